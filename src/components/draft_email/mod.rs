//! A draft email with a partner's personalized link, to copy or open in the email app: Customers
//! › Request a reseller relationship, Indirect providers › Invite new customers, and Indirect
//! resellers › Request a partnership. The text is each page's; this is how it is shown and sent.
//! Used by two areas, so the splitter puts it in a chunk they share, not in the first load.

mod clipboard;
pub mod email;
mod mailto;

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::page_task::PageTasks;

/// The Fluent ids of a draft's labels: each page words them the docs' way for its own flow
/// ("Open in email app" for a customer's relationship request, "Open in email" and "Copy to
/// clipboard" for a provider's partnership request).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DraftLabels {
    /// The label of the recipient line, for a flow that asks for one.
    pub to: Option<&'static str>,
    /// The label of the subject line.
    pub subject: &'static str,
    pub copy: &'static str,
    pub open: &'static str,
    /// Said once the text is on the clipboard.
    pub copied: &'static str,
    /// Said when the browser refused the clipboard.
    pub copy_refused: &'static str,
    /// Said when the mail app gets shortened paragraphs.
    pub shortened: &'static str,
    /// Said when even the link is too long for a mail app.
    pub too_long: &'static str,
}

/// The draft email in the partner's language, with Copy and Open in email.
///
/// Shown read-only, on purpose: the docs have the partner copy the text and edit the paragraphs
/// in their own email, leaving the link as-is. Editing there keeps the link out of reach here (a
/// textarea holding it could lose a character and break the invitation), and the page holds
/// nothing typed that a reload could lose. The text is plain selectable text, so it can also be
/// copied by hand when the browser refuses the clipboard. The page gives the draft a heading with
/// the id `draft-heading`.
#[component]
pub fn DraftEmail(
    /// The link, already checked (`email::safe_link`, `email::absolute_link`).
    link: String,
    /// The subject, in the UI language (a language switch rewrites it).
    #[prop(into)]
    subject: Signal<String>,
    /// The paragraphs before the link, in the UI language; blank ones are left out.
    #[prop(into)]
    paragraphs: Signal<Vec<String>>,
    /// The recipient the partner typed, if the flow asks for one.
    #[prop(optional, into)]
    to: String,
    labels: DraftLabels,
) -> impl IntoView {
    let i18n = use_i18n();
    let tasks = PageTasks::here();
    let link = StoredValue::new(link);
    let to = StoredValue::new(to);
    let text = Memo::new(move |_| {
        paragraphs.with(|p| {
            let p: Vec<&str> = p.iter().map(String::as_str).collect();
            link.with_value(|l| email::body(&p, l))
        })
    });
    let mail = Memo::new(move |_| {
        let s = subject.get();
        paragraphs.with(|p| {
            let p: Vec<&str> = p.iter().map(String::as_str).collect();
            link.with_value(|l| to.with_value(|t| mailto::build(t, &s, &p, l)))
        })
    });
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        copied.set(None);
        let t = text.get_untracked();
        tasks.spawn(async move { copied.set(Some(clipboard::copy(&t).await)) });
    };
    let recipient = to.with_value(|t| {
        labels.to.filter(|_| !t.is_empty()).map(|label| {
            let t = t.clone();
            view! {
                <dt>{i18n.msg(label)}</dt>
                // What the partner typed: text, never markup.
                <dd id="draft-to" translate="no">{t}</dd>
            }
        })
    });

    view! {
        <div class="card" role="group" aria-labelledby="draft-heading" id="draft-email">
            <dl class="details">
                {recipient}
                <dt>{i18n.msg(labels.subject)}</dt>
                <dd id="draft-subject">{move || subject.get()}</dd>
            </dl>
            <div id="draft-body">
                {move || {
                    paragraphs
                        .get()
                        .into_iter()
                        .filter(|p| !p.trim().is_empty())
                        .map(|p| view! { <p>{p}</p> })
                        .collect_view()
                }}
                <p translate="no" id="draft-link">{link.get_value()}</p>
            </div>
        </div>
        <div class="actions">
            <button type="button" class="button" id="draft-copy" on:click=copy>
                {i18n.msg(labels.copy)}
            </button>
            {move || {
                mail.get()
                    .map(|m| {
                        view! {
                            <a class="button" id="draft-mailto" href=m.href>
                                {i18n.msg(labels.open)}
                            </a>
                        }
                    })
            }}
        </div>
        <p role="status" class="muted">
            {move || copied.get().map(|ok| i18n.t(if ok { labels.copied } else { labels.copy_refused }))}
        </p>
        {move || match mail.get() {
            None => Some(view! { <p class="notice">{i18n.msg(labels.too_long)}</p> }),
            Some(m) if m.shortened => Some(view! { <p class="notice">{i18n.msg(labels.shortened)}</p> }),
            Some(_) => None,
        }}
    }
}
