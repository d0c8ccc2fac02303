//! Work a page starts that must end with the page: a submit, a read, an area's chunk. Started
//! from a click or a timer it still runs in the page's reactive owner (its contexts at hand),
//! and it is cancelled, with the fetch it awaits, when the partner leaves the page.

use std::future::Future;

use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;

/// The page a task belongs to. Cheap to copy into every closure of the page.
#[derive(Clone, Copy)]
pub struct PageTasks(StoredValue<Option<WeakOwner>>);

impl PageTasks {
    /// The page being built now (weakly: the page owns this, not the other way round).
    pub fn here() -> PageTasks {
        PageTasks(StoredValue::new(Owner::current().map(|o| o.downgrade())))
    }

    /// Runs `task` as the page's: in its owner, cancelled when the page is left.
    pub fn spawn(&self, task: impl Future<Output = ()> + 'static) {
        match self.0.get_value().and_then(|o| o.upgrade()) {
            Some(owner) => owner.with(|| leptos::task::spawn_local_scoped_with_cancellation(task)),
            // Built outside any page: nothing to end with.
            None => leptos::task::spawn_local(task),
        }
    }
}

/// Resolves once the browser has painted a frame: work after it lands in a frame of its own. A
/// page that has just parsed a large answer waits for this before rendering it, so that parsing
/// and rendering are not charged to the same frame.
pub async fn after_paint() {
    let (painted, done) = futures::channel::oneshot::channel();
    // The animation frame callback runs just before the paint; a zero timeout set from it runs
    // after the paint.
    request_animation_frame(move || {
        set_timeout(
            move || {
                let _ = painted.send(());
            },
            std::time::Duration::ZERO,
        );
    });
    let _ = done.await;
}
