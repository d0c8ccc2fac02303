use leptos::prelude::*;

use super::progress::Progress;
use super::step_page::StepPage;
use super::steps::{self, Step};
use super::store::use_enroll_store;
use crate::api::{self, Client};
use crate::components::{ErrorSummary, PageHeading, SubmitButton};
use crate::form::Form;
use crate::i18n::{format, use_i18n};
use crate::routes::{Page, sign_in_returning_to};
use crate::session::{remember_user_name, use_session};

/// "Create account": the message confirming that the Partner Center account has been created,
/// with the details needed to sign in for the first time. Shown once (the step rules do not
/// reopen it), with copy and print. "Continue" signs out, so the partner signs in with the new
/// account's credentials, as the doc describes.
#[component]
pub fn CreatedStep() -> impl IntoView {
    view! { <StepPage step=Step::Created><Confirmation/></StepPage> }
}

#[component]
fn Confirmation() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let session = use_session();
    let client = expect_context::<Client>();
    let Some(s) = session.get_untracked() else { return ().into_any() };
    let created_at = String::from(js_sys::Date::new_0().to_iso_string());
    let phone = store.draft.with_untracked(|d| d.phone_number.clone());
    let copied = RwSignal::new(false);

    // The details, in the partner's language: (label id, value).
    let details = vec![
        ("enroll-created-sign-in-name", s.user.user_principal_name.clone()),
        ("enroll-created-organization", s.partner.company_name.clone()),
        ("enroll-created-partner-id", s.partner.id.clone()),
        ("enroll-created-admin", s.user.display_name.clone()),
        ("enroll-created-phone", phone),
    ];
    let as_text = {
        let details = details.clone();
        let created_at = created_at.clone();
        move || {
            let mut lines = vec![i18n.t("enroll-created-title")];
            lines.extend(details.iter().map(|(label, value)| format!("{}: {}", i18n.t(label), value)));
            lines.push(format!("{}: {}", i18n.t("enroll-created-at"), format::date_time(i18n.locale(), &created_at)));
            lines.join("\n")
        }
    };
    let copy = move |_| {
        copy_text(&as_text());
        copied.set(true);
    };
    let print = move |_| {
        let _ = window().print();
    };

    let user_name = s.user.user_principal_name.clone();
    let form = Form::new(&[]).same_label_on_retry();
    let on_continue = form.on_submit(
        move |_| {
            store.edit(|d| d.step = steps::completed(&d.step, Step::Created).to_string());
            let client = client.clone();
            async move {
                store.save(&client).await?;
                // Ending this session is best effort: the new sign-in replaces it anyway.
                let _ = api::sessions::sign_out(&client).await;
                Ok(())
            }
        },
        move |()| {
            remember_user_name(&user_name);
            // A full page load, like Sign out: nothing of the old session stays in memory.
            let _ = window().location().set_href(&sign_in_returning_to(Page::EnrollResume.path()));
        },
    );
    let reached = Signal::derive(move || steps::resume(store.state(), &store.draft_step()).unwrap_or(Step::Review));

    view! {
        <section class="page narrow">
            <Progress current=Step::Created reached=reached/>
            <PageHeading text=i18n.msg("enroll-created-title") caption=super::step_caption(i18n, Step::Created)/>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <p class="notice notice-warning" role="note">
                <strong>{i18n.msg("enroll-created-important")}</strong> " " {i18n.msg("enroll-created-save")}
            </p>
            <dl class="details printable">
                {details.into_iter().map(|(label, value)| view! {
                    <dt>{i18n.msg(label)}</dt>
                    <dd>{value}</dd>
                }).collect_view()}
                <dt>{i18n.msg("enroll-created-at")}</dt>
                <dd>{move || format::date_time(i18n.locale(), &created_at)}</dd>
            </dl>
            <p class="actions no-print">
                <button type="button" class="button button-secondary" on:click=copy>
                    {i18n.msg("enroll-created-copy")}
                </button>
                " "
                <button type="button" class="button button-secondary" on:click=print>
                    {i18n.msg("enroll-created-print")}
                </button>
            </p>
            <p class="visually-hidden" role="status">{move || copied.get().then(|| i18n.t("enroll-created-copied"))}</p>
            <p>{i18n.msg("enroll-created-next")}</p>
            <form novalidate on:submit=on_continue class="no-print">
                <SubmitButton form=form label="enroll-continue"/>
            </form>
        </section>
    }
    .into_any()
}

/// Copies through the async Clipboard API, called by name so no unstable web-sys feature is
/// needed; where the browser refuses, the partner still has Print and the page itself.
fn copy_text(text: &str) {
    use wasm_bindgen::JsCast;
    let navigator = window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else { return };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else { return };
    if let Some(f) = write.dyn_ref::<js_sys::Function>() {
        let _ = f.call1(&clipboard, &text.into());
    }
}
