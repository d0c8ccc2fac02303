use leptos::prelude::*;
use leptos_router::components::A;

use super::LanguagePicker;
use crate::api::{self, Client};
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::session::use_session;

/// The product name for the cloud, the Dashboard menu (only pages that exist), the language
/// picker, and the signed-in user with Sign out.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let client = expect_context::<Client>();

    let sign_out = Action::new_local(move |_: &()| {
        let client = client.clone();
        async move { api::sessions::sign_out(&client).await }
    });
    // Whatever the server answered, the partner asked to leave. A full page load to the home
    // page drops everything the app held in memory about the partner, and no protected page
    // gets to react to the ended session first.
    Effect::new(move |_| {
        if sign_out.value().get().is_some() {
            let _ = window().location().assign(Page::Landing.path());
        }
    });

    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">{i18n.msg("shell-skip-to-main")}</a>
            <div class="header-bar">
                <A href=Page::Landing.path() attr:class="product-name">{i18n.msg(i18n.cloud().app_name_id())}</A>
                <div class="header-tools">
                    <LanguagePicker/>
                    {move || match session.get() {
                        Some(s) => view! {
                            <div class="user-box">
                                <span class="user-name">
                                    {i18n.t_args("shell-signed-in-as", &[("name", s.user.display_name.clone())])}
                                </span>
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    disabled=move || sign_out.pending().get()
                                    on:click=move |_| { sign_out.dispatch(()); }
                                >
                                    {move || if sign_out.pending().get() { i18n.t("shell-signing-out") } else { i18n.t("shell-sign-out") }}
                                </button>
                            </div>
                        }.into_any(),
                        None => view! {
                            <A href=Page::SignIn.path() attr:class="button button-secondary">{i18n.msg("shell-sign-in")}</A>
                        }.into_any(),
                    }}
                </div>
            </div>
            <Show when=move || session.is_signed_in()>
                <nav class="dashboard-menu" aria-label=i18n.msg("shell-menu-label")>
                    <ul>
                        <li>
                            <A href=Page::Overview.path()>{i18n.msg("shell-menu-overview")}</A>
                        </li>
                    </ul>
                </nav>
            </Show>
        </header>
    }
}
