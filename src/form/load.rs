//! One way to load what a page shows: the read starts with the page and is aborted when the
//! partner leaves it; a failure can be retried; [`crate::components::Loaded`] shows the three
//! states (progress, the error with Try again, the data) the same way on every page.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;

use crate::api::ApiError;
use crate::page_task::PageTasks;

/// Where a read stands.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadState<T> {
    Loading,
    Ready(T),
    Failed(ApiError),
}

type Fetch<T> = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = Result<T, ApiError>>>>>;

/// A read owned by the page that made it. Cheap to copy.
pub struct Load<T: Send + Sync + 'static> {
    state: RwSignal<LoadState<T>>,
    fetch: StoredValue<Fetch<T>, LocalStorage>,
    page: PageTasks,
    /// Bumped by every start, so only the latest read's answer lands (a retry racing a slow
    /// first attempt, say).
    generation: StoredValue<u32>,
}

impl<T: Send + Sync + 'static> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Load<T> {}

impl<T: Clone + Send + Sync + 'static> Load<T> {
    /// Starts reading now. Must be called while the page is being built.
    pub fn new<Fut>(fetch: impl Fn() -> Fut + 'static) -> Load<T>
    where
        Fut: Future<Output = Result<T, ApiError>> + 'static,
    {
        let fetch: Fetch<T> = Rc::new(move || Box::pin(fetch()));
        let load = Load {
            state: RwSignal::new(LoadState::Loading),
            fetch: StoredValue::new_local(fetch),
            page: PageTasks::here(),
            generation: StoredValue::new(0),
        };
        load.start();
        load
    }

    /// Reads again (Try again, or fresh data after a change elsewhere).
    pub fn retry(&self) {
        self.start();
    }

    pub fn state(&self) -> Signal<LoadState<T>> {
        self.state.into()
    }

    fn start(&self) {
        let this = *self;
        self.generation.update_value(|g| *g = g.wrapping_add(1));
        let generation = self.generation.get_value();
        self.state.set(LoadState::Loading);
        let task = self.fetch.with_value(|f| f());
        let run = async move {
            let result = task.await;
            if this.generation.try_get_value() != Some(generation) {
                return;
            }
            this.state.set(match result {
                Ok(t) => LoadState::Ready(t),
                Err(e) => LoadState::Failed(e),
            });
        };
        self.page.spawn(run);
    }
}
