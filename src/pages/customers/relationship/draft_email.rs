use leptos::prelude::*;

use super::{clipboard, email, mailto};
use crate::i18n::use_i18n;
use crate::page_task::PageTasks;

/// The draft email in the partner's language, with Copy and Open in email app.
///
/// Shown read-only, on purpose: the docs have the partner copy the text and edit "the first two
/// paragraphs" in their own email, leaving the link as-is. Editing there keeps the link out of
/// reach here (a textarea holding it could lose a character and break the request), and the
/// page holds nothing typed that a reload could lose. The text is plain selectable text, so it
/// can also be copied by hand when the browser refuses the clipboard.
#[component]
pub fn DraftEmail(
    /// The partner's link, already checked to be an https URL.
    link: String,
    /// The partner's company name, which the email is from.
    partner: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let tasks = PageTasks::here();
    let link = StoredValue::new(link);
    // Messages are read in the views and memos, so a language switch rewrites the draft.
    let from = partner.clone();
    let subject = Memo::new(move |_| i18n.t_args("relationship-email-subject", &[("partner", from.clone())]));
    let paragraphs = Memo::new(move |_| {
        [i18n.t_args("relationship-email-p1", &[("partner", partner.clone())]), i18n.tc("relationship-email-p2")]
    });
    let text =
        Memo::new(move |_| paragraphs.with(|[a, b]| link.with_value(|l| email::body(&[a.as_str(), b.as_str()], l))));
    let mail = Memo::new(move |_| {
        let s = subject.get();
        paragraphs.with(|[a, b]| link.with_value(|l| mailto::build(&s, &[a.as_str(), b.as_str()], l)))
    });
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        copied.set(None);
        let t = text.get_untracked();
        tasks.spawn(async move { copied.set(Some(clipboard::copy(&t).await)) });
    };

    view! {
        <div class="card" role="group" aria-labelledby="draft-heading" id="draft-email">
            <dl class="details">
                <dt>{i18n.msg("relationship-subject")}</dt>
                <dd id="draft-subject">{move || subject.get()}</dd>
            </dl>
            <div id="draft-body">
                <p>{move || paragraphs.with(|p| p[0].clone())}</p>
                <p>{move || paragraphs.with(|p| p[1].clone())}</p>
                <p translate="no" id="draft-link">{link.get_value()}</p>
            </div>
        </div>
        <div class="actions">
            <button type="button" class="button" id="draft-copy" on:click=copy>
                {i18n.msg("relationship-copy")}
            </button>
            {move || {
                mail.get()
                    .map(|m| {
                        view! {
                            <a class="button" id="draft-mailto" href=m.href>
                                {i18n.msg("relationship-open-email")}
                            </a>
                        }
                    })
            }}
        </div>
        <p role="status" class="muted">
            {move || copied.get().map(|ok| i18n.t(if ok { "relationship-copied" } else { "relationship-copy-refused" }))}
        </p>
        {move || match mail.get() {
            None => Some(view! { <p class="notice">{i18n.msg("relationship-too-long")}</p> }),
            Some(m) if m.shortened => Some(view! { <p class="notice">{i18n.msg("relationship-shortened")}</p> }),
            Some(_) => None,
        }}
    }
}
