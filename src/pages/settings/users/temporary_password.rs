use leptos::prelude::*;

use crate::dom;
use crate::i18n::use_i18n;

/// The sign-in information of a user just added or whose password was just reset, shown once:
/// the temporary password lives in this view's memory only (never in storage or the address),
/// so leaving or reloading the page ends it, as the docs warn.
#[component]
pub fn TemporaryPasswordNotice(
    /// The Fluent id of the heading ("User added", "Password reset").
    title: &'static str,
    name: String,
    user_principal_name: String,
    password: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(None::<bool>);
    let to_copy = password.clone();
    view! {
        <section class="card" aria-labelledby="temporary-password-title">
            <h2 id="temporary-password-title" tabindex="-1">{i18n.msg(title)}</h2>
            <p class="notice notice-warning">
                <strong>{i18n.msg("users-password-once")}</strong>
            </p>
            <dl class="details">
                <dt>{i18n.msg("users-name")}</dt>
                <dd>{name}</dd>
                <dt>{i18n.msg("users-user-name")}</dt>
                <dd>{user_principal_name}</dd>
                <dt>{i18n.msg("users-temporary-password")}</dt>
                <dd><code class="temporary-password" translate="no">{password}</code></dd>
            </dl>
            <p>{i18n.msg("users-password-pass-on")}</p>
            <div class="actions no-print">
                <button type="button" class="button" on:click=move |_| copied.set(Some(dom::copy(&to_copy)))>
                    {i18n.msg("users-copy")}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| dom::print()>
                    {i18n.msg("users-print")}
                </button>
            </div>
            <p role="status" class="muted no-print">
                {move || copied.get().map(|ok| i18n.t(if ok { "users-copied" } else { "users-copy-failed" }))}
            </p>
        </section>
    }
}
