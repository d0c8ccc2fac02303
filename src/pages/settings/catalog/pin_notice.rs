use leptos::prelude::*;

use super::pins::{PinNotice, PinState};
use crate::api::ApiError;
use crate::i18n::{I18n, use_i18n};

/// What became of the partner's last change to the pins: progress and success as a status,
/// a refusal or failure as an alert, with the way to apply the change again.
#[component]
pub fn PinNoticeView(pins: PinState) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let notice = pins.notice.get()?;
        let again = move |op| {
            view! {
                <button type="button" class="button" on:click=move |_| pins.change(Clone::clone(&op))>
                    {i18n.msg("catalog-apply-again")}
                </button>
            }
        };
        Some(match notice {
            PinNotice::Saving => view! { <p class="notice" role="status">{i18n.msg("catalog-saving")}</p> }.into_any(),
            PinNotice::Saved => {
                view! { <p class="notice notice-success" role="status">{i18n.msg("catalog-saved")}</p> }.into_any()
            }
            PinNotice::Full => {
                view! { <p class="notice notice-error" role="alert">{i18n.msg("catalog-full")}</p> }.into_any()
            }
            PinNotice::FullOnServer => {
                view! { <p class="notice notice-error" role="alert">{i18n.msg("catalog-full-server")}</p> }.into_any()
            }
            PinNotice::Conflict(op) => view! {
                <div class="notice notice-warning" role="alert">
                    <p>{i18n.msg("catalog-conflict")}</p>
                    {again(op)}
                </div>
            }
            .into_any(),
            PinNotice::Failed(e, op) => {
                let text = error_text(i18n, &e);
                let retry = (e.status() != Some(403)).then(|| {
                    view! {
                        <button type="button" class="button" on:click=move |_| pins.change(Clone::clone(&op))>
                            {i18n.msg("error-retry")}
                        </button>
                    }
                });
                view! {
                    <div class="notice notice-error" role="alert">
                        <p>{text}</p>
                        {retry}
                    </div>
                }
                .into_any()
            }
        })
    }
}

/// The failure in words; a 429 that says how long to wait says it to the partner too.
fn error_text(i18n: I18n, e: &ApiError) -> String {
    match e {
        ApiError::Status { status: 429, retry_after_secs: Some(s), .. } => {
            i18n.t_with("catalog-throttled-wait", "seconds", i64::from(*s))
        }
        _ => crate::form::request_error_message(i18n, e),
    }
}
