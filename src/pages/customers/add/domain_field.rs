use futures::future::{AbortHandle, abortable};
use leptos::prelude::*;

use super::fields::{Key, domain_problem};
use super::request::domain;
use super::state::Wizard;
use crate::api::{self, Client};
use crate::i18n::use_i18n;
use crate::page_task::PageTasks;

/// How long typing must pause before the domain is looked up.
const PAUSE_MS: u32 = 400;

#[derive(Clone, Debug, PartialEq)]
enum Availability {
    Unknown,
    Checking,
    Available(String),
    Taken,
    /// The lookup failed: Submit will tell for sure.
    Unchecked,
}

/// The customer's domain: the partner types the prefix, the cloud's suffix is shown next to the
/// box. Whether it is free is looked up as the partner types (after a pause; a lookup for text
/// already replaced is dropped, which aborts its request) and said at the field, politely.
#[component]
pub fn DomainField(w: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let cloud = w.cloud;
    let field = w.field(Key::Domain);
    let suffix = crate::validate::work_account::domain_suffix(cloud.into());
    let state = RwSignal::new(Availability::Unknown);
    let running = StoredValue::new(None::<AbortHandle>);
    let page = PageTasks::here();

    Effect::new(move |_| {
        let prefix = field.value.get().trim().to_ascii_lowercase();
        if let Some(h) = running.try_update_value(Option::take).flatten() {
            h.abort();
        }
        if domain_problem(&prefix).is_some() || prefix.len() > super::fields::DOMAIN_MAX {
            state.set(Availability::Unknown);
            return;
        }
        if w.taken.with_value(|t| t.contains(&prefix)) {
            state.set(Availability::Taken);
            return;
        }
        state.set(Availability::Checking);
        let client = client.clone();
        let (task, handle) = abortable(async move {
            gloo_timers::future::TimeoutFuture::new(PAUSE_MS).await;
            let full = domain(cloud, &prefix);
            match api::customers::domain_taken(&client, &full).await {
                Ok(true) => {
                    w.taken.update_value(|t| {
                        t.insert(prefix.clone());
                    });
                    state.set(Availability::Taken);
                    // Said at the field at once, not only when it is left.
                    if field.value.get_untracked().trim().eq_ignore_ascii_case(&prefix) {
                        field.check();
                    }
                }
                Ok(false) => state.set(Availability::Available(full)),
                Err(_) => state.set(Availability::Unchecked),
            }
        });
        running.set_value(Some(handle));
        page.spawn(async move {
            let _ = task.await;
        });
    });
    on_cleanup(move || {
        if let Some(h) = running.try_update_value(Option::take).flatten() {
            h.abort();
        }
    });

    let error = field.message(i18n);
    let error_id = format!("{}-error", field.id);
    let hint_id = format!("{}-hint", field.id);
    let status_id = format!("{}-status", field.id);
    let described_by = {
        let (error_id, hint_id, status_id) = (error_id.clone(), hint_id.clone(), status_id.clone());
        move || {
            let mut ids = vec![hint_id.clone(), status_id.clone()];
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };
    view! {
        <div class="field" class:field-invalid=move || error.with(Option::is_some)>
            <label for=field.id>{i18n.msg(field.label)}</label>
            <p class="field-hint" id=hint_id>{move || i18n.t_with("customers-add-domain-hint", "suffix", suffix)}</p>
            {move || error.get().map(|msg| view! {
                <p class="field-error" id=error_id.clone()>
                    <span class="visually-hidden">{i18n.t("field-error-prefix")} " "</span>
                    {msg}
                </p>
            })}
            <div class="input-with-suffix">
                <input
                    id=field.id
                    name=field.id
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    autocapitalize="none"
                    required=true
                    aria-required="true"
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby=described_by
                    prop:value=move || field.value.get()
                    on:input=move |ev| field.value.set(event_target_value(&ev))
                    on:blur=move |_| field.blur()
                />
                <span class="input-suffix" translate="no">{suffix}</span>
            </div>
            <p id=status_id class="muted" role="status" aria-live="polite">
                {move || match state.get() {
                    Availability::Unknown => String::new(),
                    Availability::Checking => i18n.t("customers-add-domain-checking"),
                    Availability::Available(d) => i18n.t_with("customers-add-domain-available", "domain", d),
                    // The field's error says it visibly; this line says it to screen readers.
                    Availability::Taken => String::new(),
                    Availability::Unchecked => i18n.t("customers-add-domain-unchecked"),
                }}
                <span class="visually-hidden">
                    {move || (state.get() == Availability::Taken).then(|| i18n.t("customers-add-domain-taken"))}
                </span>
            </p>
        </div>
    }
}
