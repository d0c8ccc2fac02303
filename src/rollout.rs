//! A long list of rows goes into the document a few rows per animation frame: the first rows at
//! once (a screenful), the rest over the next frames. Building a row costs script time (its
//! elements and text), and a hundred of them in one go would hold the main
//! thread for a whole frame or more on a slow machine (the customer list's budget is 16 ms of
//! script per frame). The rows still to come are below the fold.
//!
//! How many rows a frame takes after the first follows what rows cost on this machine: the time
//! each frame's rows took is measured, and the next frame takes as many as fit in
//! `FRAME_BUDGET_MS` (more on a fast machine, fewer on a slow one).

use std::cell::Cell;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The script time a frame's rows may take, in milliseconds: a third of a 60 Hz frame, which
/// leaves the rest to the browser's style, layout and paint, and to the page's other work.
const FRAME_BUDGET_MS: f64 = 5.0;
/// Bounds on a frame's rows, whatever the measurements say: progress on a very slow machine,
/// and frames that stay short if a measurement was too low.
const MIN_ROWS: usize = 2;
const MAX_ROWS: usize = 60;

thread_local! {
    /// What one row costs on this machine (ms), learned from the frames so far; shared by every
    /// list of the app. A guess until the first frame is measured.
    static ROW_MS: Cell<f64> = const { Cell::new(0.3) };
}

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

/// The rows a frame takes when one costs `row_ms`.
pub fn rows_for(row_ms: f64) -> usize {
    if !row_ms.is_finite() || row_ms <= 0.0 {
        return MAX_ROWS;
    }
    ((FRAME_BUDGET_MS / row_ms).floor() as usize).clamp(MIN_ROWS, MAX_ROWS)
}

/// The cost of a row after a frame measured `sample` (ms per row): mostly the last frames,
/// so one slow frame (a garbage collection, another tab) does not halve the next ones.
pub fn learned(before: f64, sample: f64) -> f64 {
    if !sample.is_finite() || sample < 0.0 {
        return before;
    }
    before * 0.5 + sample * 0.5
}

/// The page's clock (`performance.now()`), by name: web-sys is not built with `Performance`.
fn now_ms() -> f64 {
    let Some(w) = web_sys::window() else { return 0.0 };
    let performance = js_sys::Reflect::get(&w, &JsValue::from_str("performance")).unwrap_or(JsValue::UNDEFINED);
    js_sys::Reflect::get(&performance, &JsValue::from_str("now"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&performance).ok())
        .and_then(|t| t.as_f64())
        .unwrap_or(0.0)
}

/// Follows `source` (None: no list yet), putting `first` rows in at once (a screenful) and more
/// every frame after the next one (so the first frame is not charged twice), as many as this
/// machine builds in a frame's budget, until all are in.
pub fn rollout<T: Send + Sync + 'static>(
    source: impl Fn() -> Option<Arc<Vec<T>>> + Send + Sync + 'static,
    first: usize,
) -> ReadSignal<Rollout<T>> {
    let state = RwSignal::new(Rollout { items: Arc::new(Vec::new()), count: 0, generation: 0 });
    Effect::new(move |_| {
        let items = source().unwrap_or_default();
        let generation = state.with_untracked(|s| s.generation.wrapping_add(1));
        let count = grown(0, items.len(), first);
        let more = count < items.len();
        state.set(Rollout { items, count, generation });
        if more {
            later(state, generation, true);
        }
    });
    state.read_only()
}

/// The next frame's rows, unless the list changed or the page is gone meanwhile.
fn later<T: Send + Sync + 'static>(state: RwSignal<Rollout<T>>, generation: u32, skip: bool) {
    request_animation_frame(move || {
        if skip {
            return later(state, generation, false);
        }
        let per_frame = rows_for(ROW_MS.get());
        let start = now_ms();
        let added = state.try_maybe_update(|s| {
            if s.generation != generation || s.count >= s.items.len() {
                return (false, None);
            }
            let before = s.count;
            s.count = grown(s.count, s.items.len(), per_frame);
            (true, Some((s.count - before, s.count < s.items.len())))
        });
        let Some(Some((added, more))) = added else { return };
        // The rows are built by the effects this update woke, which run before a task spawned
        // now: when it runs, the frame's rows are in.
        leptos::task::spawn_local(async move {
            if added > 0 {
                let sample = (now_ms() - start) / added as f64;
                ROW_MS.set(learned(ROW_MS.get(), sample));
            }
        });
        if more {
            later(state, generation, false);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::{MAX_ROWS, MIN_ROWS, grown, learned, rows_for};

    #[test]
    fn a_frame_takes_the_rows_that_fit_its_budget_within_bounds() {
        assert_eq!(rows_for(0.1), 50);
        assert_eq!(rows_for(0.5), 10);
        assert_eq!(rows_for(1.0), 5);
        assert_eq!(rows_for(100.0), MIN_ROWS);
        assert_eq!(rows_for(0.0), MAX_ROWS);
        assert_eq!(rows_for(0.001), MAX_ROWS);
        assert_eq!(rows_for(f64::NAN), MAX_ROWS);
        assert_eq!(rows_for(-1.0), MAX_ROWS);
    }

    #[test]
    fn the_cost_of_a_row_follows_the_frames_but_not_one_outlier() {
        assert_eq!(learned(0.4, 0.2), 0.30000000000000004);
        assert_eq!(learned(0.4, f64::INFINITY), 0.4);
        assert_eq!(learned(0.4, -1.0), 0.4);
        let mut cost = 0.3;
        for _ in 0..10 {
            cost = learned(cost, 1.2);
        }
        assert!((cost - 1.2).abs() < 0.01);
    }

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
