use std::time::Duration;

use leptos::prelude::*;

use crate::components::PageHeading;
use crate::i18n::use_i18n;
use crate::page_task::PageTasks;
use crate::routes::{Area, Page};

/// How long an area may take to arrive before the partner is told it is on its way: shorter
/// loads show nothing, so a fast network never flashes a progress line.
const PATIENCE: Duration = Duration::from_millis(300);
/// How long an area may take before the partner is offered Try again instead: long enough for a
/// slow mobile link in China to bring the largest chunk, as the API client's own time limit.
const GIVE_UP: Duration = Duration::from_secs(15);

/// A page of an area that loads on demand (`crate::areas`). The area's chunk and its messages
/// are fetched the first time (later visits find them in memory); past 300 ms a progress line appears; a failed
/// fetch shows a page that says so, with Try again. What the partner typed elsewhere lives in
/// sessionStorage and the app's state, so nothing is lost.
#[component]
pub fn AreaPage(area: Area, page: Page) -> impl IntoView {
    let i18n = use_i18n();
    // The view, handed once from the load to the render (a view is not Clone).
    let slot = StoredValue::new_local(None::<AnyView>);
    let ready = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let slow = RwSignal::new(false);
    // Try again runs from a click: the load (and the page it builds, which reads the app's
    // contexts) must run as this page's all the same, and a partner who leaves gets no late page.
    let tasks = PageTasks::here();
    let load = move || {
        failed.set(false);
        slow.set(false);
        // try_set: the partner may have left before the timer fires.
        set_timeout(
            move || {
                slow.try_set(true);
            },
            PATIENCE,
        );
        let task = async move {
            // The area's code and its messages, side by side; the page is built once both are
            // in, so no text it words as it is built can miss its message.
            let both = futures::future::join(crate::areas::fetch(area), i18n.enter_area(area));
            // A stalled connection fails too, rather than leaving the progress line up forever;
            // Try again waits on the same fetch if it is still on its way.
            let timer = gloo_timers::future::sleep(GIVE_UP);
            let view = match futures::future::select(Box::pin(both), Box::pin(timer)).await {
                futures::future::Either::Left(((Ok(()), Ok(())), _)) => crate::areas::load(area, page).await.ok(),
                _ => None,
            };
            match view {
                Some(view) => {
                    slot.set_value(Some(view));
                    ready.set(true);
                }
                None => failed.set(true),
            }
        };
        tasks.spawn(task);
    };
    load();

    view! {
        {move || ready.get().then(|| slot.try_update_value(Option::take).flatten())}
        {move || failed.get().then(|| view! {
            <section class="page narrow">
                <PageHeading text=i18n.msg("area-failed-title")/>
                <p role="alert">{i18n.msg("area-failed-text")}</p>
                <p><button type="button" class="button" on:click=move |_| load()>{i18n.msg("error-retry")}</button></p>
            </section>
        })}
        {move || (slow.get() && !ready.get() && !failed.get()).then(|| view! {
            <p class="loading" role="status">{i18n.msg("loading")}</p>
        })}
    }
}
