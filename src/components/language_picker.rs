use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{Locale, use_i18n};

/// The language menu. Each language is written in its own script and marked with its `lang`,
/// so anyone can find theirs and screen readers pronounce it right. Switching is instant:
/// only the new catalog is fetched, the page is not reloaded, and typed input stays.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(to) = Locale::from_tag(&event_target_value(&ev)) {
            spawn_local(async move {
                // On failure the current language simply stays; the menu snaps back to it.
                let _ = i18n.switch(to).await;
            });
        }
    };

    view! {
        <div class="language-picker">
            <label for="language-picker">{i18n.msg("shell-language")}</label>
            <select id="language-picker" on:change=on_change aria-busy=move || i18n.switching().is_some().then_some("true")>
                {Locale::ALL.into_iter().map(|l| view! {
                    <option value=l.tag() lang=l.tag() selected=move || i18n.locale() == l prop:selected=move || i18n.locale() == l>
                        {l.autonym()}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}
