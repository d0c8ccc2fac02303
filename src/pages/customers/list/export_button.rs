use futures::future::{AbortHandle, abortable};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::controller::{ListCtl, error_text};
use super::csv;
use super::trail::EXPORT_PAGE_SIZE;
use crate::api::{self, ApiError, Client};
use crate::download::save_text;
use crate::i18n::{I18n, format, use_i18n};
use crate::page_task::PageTasks;
use crate::session::{current_address, sign_in_again};

/// Where an export stands.
#[derive(Clone, Debug, PartialEq)]
enum Export {
    Idle,
    Running { done: u64, total: Option<u64> },
    Done { count: u64, file: String },
    Cancelled,
    Failed(ApiError),
}

/// Export customers (global cloud): the whole list, or the customers that match the search, as
/// the CSV file the docs describe. Built here from the server's pages (500 customers a read), with
/// progress and Cancel; nothing is held but the file being written.
#[component]
pub fn ExportButton(ctl: ListCtl) -> impl IntoView {
    let i18n = use_i18n();
    let client = StoredValue::new(expect_context::<Client>());
    let tasks = PageTasks::here();
    let navigate = StoredValue::new_local(use_navigate());
    let state = RwSignal::new(Export::Idle);
    let running = StoredValue::new(None::<AbortHandle>);

    let start = move |_| {
        if matches!(state.get_untracked(), Export::Running { .. }) {
            return;
        }
        let q = ctl.url.with_untracked(|s| s.q.clone());
        let file = csv::file_name(&q);
        state.set(Export::Running { done: 0, total: None });
        let (work, handle) = abortable(build(client.get_value(), i18n, q, state));
        running.set_value(Some(handle));
        tasks.spawn(async move {
            // Cancelled: the state says so already.
            let Ok(result) = work.await else { return };
            running.set_value(None);
            match result {
                Ok((text, count)) => {
                    save_text(&file, "text/csv;charset=utf-8", &text);
                    state.set(Export::Done { count, file });
                }
                Err(e) if e.needs_sign_in() => navigate.with_value(|n| sign_in_again(n, &current_address())),
                Err(e) => state.set(Export::Failed(e)),
            }
        });
    };
    let cancel = move |_| {
        if let Some(h) = running.get_value() {
            h.abort();
        }
        running.set_value(None);
        state.set(Export::Cancelled);
    };
    on_cleanup(move || {
        if let Some(h) = running.try_get_value().flatten() {
            h.abort();
        }
    });

    let hint = move || {
        if ctl.url.with(|s| s.q.is_empty()) {
            i18n.t("customers-list-export-all")
        } else {
            i18n.t_with("customers-list-export-search", "search", ctl.url.with(|s| s.q.clone()))
        }
    };
    let l = move || i18n.locale();
    let progress = move || match state.get() {
        Export::Idle => ().into_any(),
        Export::Running { done, total } => {
            let text = match total {
                Some(t) => i18n.t_args(
                    "customers-list-exporting",
                    &[("done", format::number(l(), done as f64)), ("total", format::number(l(), t as f64))],
                ),
                None => i18n.t_args("customers-list-exporting-so-far", &[("done", format::number(l(), done as f64))]),
            };
            view! {
                <p>{text}</p>
                <button type="button" class="button button-secondary" on:click=cancel>
                    {i18n.msg("customers-list-export-cancel")}
                </button>
            }
            .into_any()
        }
        Export::Done { count, file } => {
            let text = i18n
                .t_args("customers-list-export-done", &[("count", format::number(l(), count as f64)), ("file", file)]);
            view! { <p>{text}</p> }.into_any()
        }
        Export::Cancelled => view! { <p>{i18n.msg("customers-list-export-cancelled")}</p> }.into_any(),
        Export::Failed(e) => view! {
            <p>{i18n.t("customers-list-export-failed")} " " {error_text(i18n, &e)}</p>
            <button type="button" class="button button-secondary" on:click=start>{i18n.msg("error-retry")}</button>
        }
        .into_any(),
    };
    view! {
        <div class="export">
            <p class="actions">
                <button
                    type="button"
                    class="button button-secondary"
                    on:click=start
                    aria-disabled=move || matches!(state.get(), Export::Running { .. }).then_some("true")
                >
                    {i18n.msg("customers-list-export")}
                </button>
            </p>
            <p class="muted">{hint}</p>
            <div role="status">{progress}</div>
        </div>
    }
}

/// Reads every page of the search and writes the file, telling `state` how far it is.
async fn build(client: Client, i18n: I18n, q: String, state: RwSignal<Export>) -> Result<(String, u64), ApiError> {
    let header = [
        i18n.t("customers-microsoft-id"),
        i18n.t("customers-company-name"),
        i18n.t("customers-domain"),
        i18n.t("customers-relationship"),
    ];
    let relationship = |r| i18n.t(csv::relationship_id(r));
    let mut text = csv::start(&header);
    let mut page = api::customers::search(&client, &q, EXPORT_PAGE_SIZE).await?;
    let total = page.match_count;
    let mut done = 0u64;
    loop {
        csv::append(&mut text, &page.items, relationship);
        done += page.items.len() as u64;
        state.set(Export::Running { done, total });
        // An empty page with a next link would loop for ever.
        let Some(next) = page.links.next.take().filter(|_| !page.items.is_empty()) else { break };
        page = api::customers::next_page(&client, &next).await?;
    }
    Ok((text, done))
}
