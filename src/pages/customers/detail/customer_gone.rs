use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;
use crate::routes::Page;

/// A customer that does not exist, or is not this partner's (the server answers both with 404,
/// so as not to tell one partner about another's customers), or a link without a customer.
#[component]
pub fn CustomerGone() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice notice-warning" id="customer-gone" role="alert">
            <p>{i18n.msg("customer-gone")}</p>
            <p>
                <A href=Page::Customers.path() exact=true>{i18n.msg("customer-gone-link")}</A>
            </p>
        </div>
    }
}
