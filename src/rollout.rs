//! A long list of rows goes into the document a few rows per animation frame: the first rows at
//! once (a screenful), the rest over the next frames. Building a row costs script time (its
//! elements and text), and a hundred of them in one go would hold the main
//! thread for a whole frame or more on a slow machine (the customer list's budget is 16 ms of
//! script per frame). The rows still to come are below the fold.

use std::sync::Arc;

use leptos::prelude::*;

/// The rows in the document: the first `count` of `items`. `generation` changes with every new
/// list (a new page, a new search, another language), so rows are keyed by it and never show an
/// older list's data.
#[derive(Clone, Debug)]
pub struct Rollout<T> {
    pub items: Arc<Vec<T>>,
    pub count: usize,
    pub generation: u32,
}

impl<T> Rollout<T> {
    /// The keys of the rows to show: (generation, index).
    pub fn keys(&self) -> Vec<(u32, usize)> {
        (0..self.count).map(|i| (self.generation, i)).collect()
    }

    /// Rows are still to come.
    pub fn pending(&self) -> bool {
        self.count < self.items.len()
    }
}

/// How many rows after one more frame: `per_frame` more, at most all of them.
pub fn grown(count: usize, len: usize, per_frame: usize) -> usize {
    count.saturating_add(per_frame.max(1)).min(len)
}

/// Follows `source` (None: no list yet), putting `per_frame` rows in at once and `per_frame` more
/// every frame after the next one (so the first frame is not charged twice), until all are in.
pub fn rollout<T: Send + Sync + 'static>(
    source: impl Fn() -> Option<Arc<Vec<T>>> + Send + Sync + 'static,
    per_frame: usize,
) -> ReadSignal<Rollout<T>> {
    let state = RwSignal::new(Rollout { items: Arc::new(Vec::new()), count: 0, generation: 0 });
    Effect::new(move |_| {
        let items = source().unwrap_or_default();
        let generation = state.with_untracked(|s| s.generation.wrapping_add(1));
        let count = grown(0, items.len(), per_frame);
        let more = count < items.len();
        state.set(Rollout { items, count, generation });
        if more {
            later(state, generation, per_frame, true);
        }
    });
    state.read_only()
}

/// The next frame's rows, unless the list changed or the page is gone meanwhile.
fn later<T: Send + Sync + 'static>(state: RwSignal<Rollout<T>>, generation: u32, per_frame: usize, skip: bool) {
    request_animation_frame(move || {
        if skip {
            return later(state, generation, per_frame, false);
        }
        let more = state.try_maybe_update(|s| {
            if s.generation != generation || s.count >= s.items.len() {
                return (false, false);
            }
            s.count = grown(s.count, s.items.len(), per_frame);
            (true, s.count < s.items.len())
        });
        if more == Some(true) {
            later(state, generation, per_frame, false);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::grown;

    #[test]
    fn rows_grow_by_a_frame_s_worth_up_to_all() {
        assert_eq!(grown(0, 100, 12), 12);
        assert_eq!(grown(96, 100, 12), 100);
        assert_eq!(grown(100, 100, 12), 100);
        assert_eq!(grown(0, 5, 12), 5);
        assert_eq!(grown(0, 0, 12), 0);
        // A zero rate still makes progress.
        assert_eq!(grown(3, 10, 0), 4);
        assert_eq!(grown(usize::MAX - 1, usize::MAX, 12), usize::MAX);
    }
}
