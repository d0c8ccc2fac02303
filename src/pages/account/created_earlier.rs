use leptos::prelude::*;

use crate::components::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::{Page, sign_in_returning_to};
use crate::session::remember_user_name;

/// After a reload once the account exists: its sign-in name, and the way to sign in with it.
#[component]
pub fn CreatedEarlier(name: String) -> impl IntoView {
    let i18n = use_i18n();
    remember_user_name(&name);
    view! {
        <section class="page narrow">
            <PageHeading text=i18n.msg("account-create-title")/>
            <p class="notice" role="status">{i18n.t_args("account-created-notice", &[("name", name)])}</p>
            <p>
                <a class="button" href=sign_in_returning_to(Page::EnrollAccount.path())>{i18n.msg("shell-sign-in")}</a>
            </p>
        </section>
    }
}
