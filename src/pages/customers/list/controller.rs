//! What the customer list does: reads the page the address names, cancels a read the partner
//! has moved on from, and moves the address (search, page, expanded row). The views only read
//! its signals and call its methods. Every handle in it is a copyable arena id, so it goes into
//! any closure of the page.
//!
//! The list's state changes at once and its address follows when the browser is idle
//! (`crate::page_address`): a router navigation with every page cost more script than a page of
//! rows on a slow machine.

use std::sync::Arc;
use std::time::Duration;

use futures::future::{AbortHandle, abortable};
use leptos::prelude::*;
use leptos_router::NavigateOptions;

use super::state::{ListState, clean_search};
use super::trail::{PAGE_SIZE, Trail, link_at, token_of};
use crate::api::{self, ApiError, Client};
use crate::i18n::I18n;
use crate::model::common::Link;
use crate::model::customers::{CustomerPage, CustomerSummary};
use crate::page_address::{PageAddress, current_search};
use crate::page_task::{PageTasks, after_paint};
use crate::routes::Page;
use crate::session::{current_address, sign_in_again};

/// Progress is shown only for a read that takes longer than this: a quick answer would only
/// make the page flicker.
const PROGRESS_AFTER: Duration = Duration::from_millis(300);

type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// The list's state and actions.
#[derive(Clone, Copy)]
pub struct ListCtl {
    /// What the address says (`ListState` cleans it).
    pub url: ReadSignal<ListState>,
    address: WriteSignal<ListState>,
    page_address: PageAddress,
    /// The rows of the page shown (None until the first read answers). Kept while the next read
    /// is under way, dimmed, so the list does not jump.
    pub rows: RwSignal<Option<Arc<Vec<CustomerSummary>>>>,
    /// The shown page's `links.next`.
    pub next: RwSignal<Option<Link>>,
    /// How many customers match the search over all pages, when the server says (`matchCount`).
    pub total: RwSignal<Option<u64>>,
    /// A read is under way.
    pub busy: RwSignal<bool>,
    /// ... and has taken long enough to say so.
    pub slow: RwSignal<bool>,
    /// Why the last read failed (the rows and the search box stay).
    pub error: RwSignal<Option<ApiError>>,
    client: StoredValue<Client>,
    navigate: StoredValue<Navigate, LocalStorage>,
    trail: StoredValue<Trail>,
    /// The read under way: aborting it drops its future, which aborts the fetch.
    running: StoredValue<Option<AbortHandle>>,
    /// Bumped by every read, so only the latest one's answer lands.
    generation: StoredValue<u32>,
    /// The search the total belongs to.
    total_of: StoredValue<Option<String>>,
    /// The next read comes from a click on Previous or Next: it starts after the frame that
    /// shows the click (dimmed rows), so the two do not add up to one long frame.
    after_click: StoredValue<bool>,
    tasks: PageTasks,
}

/// What one read brought.
struct Fetched {
    page: CustomerPage,
    /// The page it is: the one asked for, or the first when the address's token did not lead
    /// anywhere.
    at: Option<String>,
    /// Read from a first page: its match count and `links.next`.
    first: Option<(Option<u64>, Option<Link>)>,
}

impl ListCtl {
    /// Must be called while the page is built (it takes the page's owner, router and client).
    pub fn new() -> ListCtl {
        let navigate = leptos_router::hooks::use_navigate();
        let (url, address) = signal(address_state());
        // Back, Forward, or a link to another list address: the list shows what the address says.
        let page_address = PageAddress::follow(move || {
            let now = address_state();
            if url.with_untracked(|s| *s != now) {
                address.set(now);
            }
        });
        ListCtl {
            url,
            address,
            page_address,
            rows: RwSignal::new(None),
            next: RwSignal::new(None),
            total: RwSignal::new(None),
            busy: RwSignal::new(false),
            slow: RwSignal::new(false),
            error: RwSignal::new(None),
            client: StoredValue::new(expect_context::<Client>()),
            navigate: StoredValue::new_local(Box::new(navigate)),
            trail: StoredValue::new(Trail::default()),
            running: StoredValue::new(None),
            generation: StoredValue::new(0),
            total_of: StoredValue::new(None),
            after_click: StoredValue::new(false),
            tasks: PageTasks::here(),
        }
    }

    /// To `state`'s address: replacing the history entry (typing, expanding a row) or adding
    /// one (paging, so Back goes to the page before).
    pub fn go(&self, state: &ListState, replace: bool) {
        if self.url.with_untracked(|s| s == state) {
            return;
        }
        self.address.set(state.clone());
        self.page_address.write(format!("{}{}", Page::Customers.path(), state.to_search()), replace);
    }

    /// The search box's text, once the partner paused: a new search when it means another one.
    pub fn search(&self, text: &str) {
        let q = clean_search(text);
        if self.url.with_untracked(|s| s.q != q) {
            self.go(&ListState::searching(&q), true);
        }
    }

    /// Expands the row of `id`, or collapses it when it is the expanded one.
    pub fn toggle(&self, id: &str) {
        let state = self.url.get_untracked();
        let open = (state.open.as_deref() != Some(id)).then(|| id.to_string());
        self.go(&state.opened(open), true);
    }

    pub fn has_previous(&self) -> bool {
        self.url.with(|s| s.at.is_some())
    }

    pub fn go_next(&self) {
        if self.busy.get_untracked() {
            return;
        }
        let Some(token) = self.next.with_untracked(|n| n.as_ref().and_then(token_of)) else { return };
        let state = self.url.get_untracked();
        self.trail.update_value(|t| t.advance(state.at.as_deref(), &token));
        self.after_click.set_value(true);
        self.go(&state.at(Some(token)), false);
    }

    pub fn go_previous(&self) {
        if self.busy.get_untracked() {
            return;
        }
        let state = self.url.get_untracked();
        if let Some(previous) = self.trail.with_value(|t| t.previous(state.at.as_deref())) {
            self.after_click.set_value(true);
            self.go(&state.at(previous), false);
        }
    }

    /// Which page of the list is shown (1 for the first), when the pages paged through say.
    pub fn page_number(&self) -> Option<usize> {
        let at = self.url.with(|s| s.at.clone());
        self.rows.track();
        self.trail.with_value(|t| t.number(at.as_deref()))
    }

    /// Reads the page the address names again (Try again).
    pub fn retry(&self) {
        let (q, at) = self.url.with_untracked(|s| (s.q.clone(), s.at.clone()));
        self.load(q, at);
    }

    /// Reads page `at` of the search `q`, cancelling the read before it.
    pub fn load(&self, q: String, at: Option<String>) {
        if let Some(h) = self.running.get_value() {
            h.abort();
        }
        self.generation.update_value(|g| *g = g.wrapping_add(1));
        let generation = self.generation.get_value();
        self.busy.set(true);
        self.error.set(None);
        let this = *self;
        set_timeout(
            move || {
                if this.generation.try_get_value() == Some(generation) && this.busy.get_untracked() {
                    this.slow.set(true);
                }
            },
            PROGRESS_AFTER,
        );

        self.trail.update_value(|t| t.for_search(&q));
        let known = at.as_deref().and_then(|tok| self.trail.with_value(|t| t.link(tok).cloned()));
        // A known link came from this search's pages, whose first page brought the total.
        let known = known.filter(|_| self.total_of.with_value(|t| t.as_deref() == Some(q.as_str())));
        let client = self.client.get_value();
        let after_click = std::mem::take(&mut *self.after_click.write_value());
        let (read, handle) = abortable({
            let (q, at) = (q.clone(), at.clone());
            async move {
                if after_click {
                    after_paint().await;
                }
                fetch(client, q, at, known).await
            }
        });
        self.running.set_value(Some(handle));
        self.tasks.spawn(async move {
            // Aborted: a newer read (or leaving the page) took over; it owns the state now.
            let Ok(result) = read.await else { return };
            // The answer was parsed in this frame; the rows go in in the next one.
            after_paint().await;
            if this.generation.try_get_value() != Some(generation) {
                return;
            }
            this.running.set_value(None);
            this.busy.set(false);
            this.slow.set(false);
            match result {
                Ok(f) => this.shown(q, at, f),
                Err(e) if e.needs_sign_in() => {
                    // Back to this very page after signing in.
                    this.page_address.flush();
                    let navigate = this.navigate;
                    navigate.with_value(|n| sign_in_again(n, &current_address()));
                }
                Err(e) => this.error.set(Some(e)),
            }
        });
    }

    fn shown(&self, q: String, asked: Option<String>, f: Fetched) {
        let Fetched { page, at, first } = f;
        if let Some((count, first_next)) = first {
            self.total.set(count);
            self.total_of.set_value(Some(q));
            self.trail.update_value(|t| t.shown(None, first_next.as_ref()));
        }
        self.trail.update_value(|t| t.shown(at.as_deref(), page.links.next.as_ref()));
        self.next.set(page.links.next);
        self.rows.set(Some(Arc::new(page.items)));
        if at != asked {
            // The address named a page the server no longer knows: it shows the first page now.
            let state = self.url.get_untracked();
            self.go(&state.at(None), true);
        }
    }
}

/// What the document's address says the list shows.
fn address_state() -> ListState {
    let params = web_sys::UrlSearchParams::new_with_str(&current_search()).ok();
    let get = |name: &str| params.as_ref().and_then(|p| p.get(name));
    ListState::from_params(get("q").as_deref(), get("open").as_deref(), get("at").as_deref())
}

/// Reads page `at` of `q`: the first page by search; a later one through its link, known from
/// the pages before it, or after a reload made from the first page's link with the address's
/// token (the first page is read then anyway, for the total).
async fn fetch(client: Client, q: String, at: Option<String>, known: Option<Link>) -> Result<Fetched, ApiError> {
    if let (Some(tok), Some(link)) = (&at, known) {
        let page = api::customers::next_page(&client, &link).await?;
        return Ok(Fetched { page, at: Some(tok.clone()), first: None });
    }
    let first = api::customers::search(&client, &q, PAGE_SIZE).await?;
    let summary = Some((first.match_count, first.links.next.clone()));
    let (Some(tok), Some(template)) = (at, first.links.next.clone()) else {
        return Ok(Fetched { page: first, at: None, first: summary });
    };
    match api::customers::next_page(&client, &link_at(&template, &tok)).await {
        Ok(page) => Ok(Fetched { page, at: Some(tok), first: summary }),
        // A token this server did not issue (or no longer takes): the first page.
        Err(e) if e.status() == Some(400) => Ok(Fetched { page: first, at: None, first: summary }),
        Err(e) => Err(e),
    }
}

/// The message for a failed read: the app's message for the error, and for a server that asked
/// to wait (429 with Retry-After, after the client's own retries), how long.
pub fn error_text(i18n: I18n, e: &ApiError) -> String {
    match e {
        ApiError::Status { status: 429 | 503, retry_after_secs: Some(s), .. } => {
            i18n.t_with("customers-list-retry-after", "seconds", *s)
        }
        _ => crate::form::request_error_message(i18n, e),
    }
}
