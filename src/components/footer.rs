use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Who operates this portal: in China that is 21Vianet, not Microsoft, and partners must be told.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{i18n.msg_cloud("footer-operated")}</p>
        </footer>
    }
}
