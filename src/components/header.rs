use leptos::prelude::*;
use leptos_router::components::A;

use super::{DashboardMenu, LanguagePicker, SignOutButton};
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::session::use_session;

/// The product name for the cloud, the language picker, the signed-in user with Sign out, and
/// the Dashboard menu.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();

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
                                <SignOutButton/>
                            </div>
                        }.into_any(),
                        None => view! {
                            <A href=Page::SignIn.path() attr:class="button button-secondary">
                                {i18n.msg("shell-sign-in")}
                            </A>
                        }.into_any(),
                    }}
                </div>
            </div>
            <DashboardMenu/>
        </header>
    }
}
