//! Areas that load on demand. In the release build (the `split` feature, see
//! scripts/build-app.sh) each area's pages are cut out of the main wasm into a chunk of their
//! own, which the browser fetches the first time a partner enters the area; the first load
//! carries only the shell, landing, sign-in and the error pages. Without the
//! feature (`make dev`, the tests) the same calls are plain calls into one wasm.
//!
//! The one pattern for a new area:
//! 1. a variant of `routes::Area`, and `.in_area(Area::X)` on its pages in the page list;
//! 2. `pub fn view(page: Page) -> AnyView` in its page module's `entry.rs`, matching its pages;
//! 3. one `area!` line below, and one arm in `fetch` and in `load`;
//! 4. its routes in app.rs as `<AreaRoute page=Page::Y/>`.
//!
//! Nothing outside the area's module may name its components, or their code would be pulled
//! back into the first load.

use leptos::prelude::*;

use crate::routes::{Area, Page};

/// An area's chunk could not be fetched (offline, a 404 after a redeploy, a dropped
/// connection). Not cached: the next attempt fetches again.
#[derive(Debug)]
pub struct ChunkError;

#[cfg(all(feature = "split", target_arch = "wasm32"))]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// Declares the entry point of an area's chunk: with the `split` feature, `wasm_split` moves it
/// and everything only it reaches into the chunk `$chunk`, turns it into an async call that
/// loads the chunk first (`fallible`: a failed load is an `Err`, never a panic), and adds
/// `$fetch`, which only loads the chunk.
// Not formatted: rustfmt indents an attribute inside a macro body further on every run.
#[rustfmt::skip]
macro_rules! area {
    ($name:ident, $fetch:ident, $chunk:ident, $view:path) => {
        #[cfg_attr(
            all(feature = "split", target_arch = "wasm32"),
            leptos::wasm_split::wasm_split($chunk, fallible, preload($fetch), wasm_split_path = ::leptos::wasm_split)
        )]
        fn $name(page: Page) -> Result<AnyView, ChunkError> {
            Ok($view(page))
        }
    };
}

area!(dashboard_view, fetch_dashboard, dashboard, crate::pages::dashboard::entry::view);
area!(enroll_view, fetch_enroll, enroll, crate::pages::enroll::entry::view);
area!(account_view, fetch_account, account, crate::pages::account::entry::view);
area!(settings_view, fetch_settings, settings, crate::pages::settings::entry::view);
area!(pricing_view, fetch_pricing, pricing, crate::pages::pricing::entry::view);
area!(customers_view, fetch_customers, customers, crate::pages::customers::entry::view);
area!(indirect_view, fetch_indirect, indirect, crate::pages::indirect::entry::view);

/// Fetches `area`'s chunk without building anything yet (at once when it is already in).
pub async fn fetch(area: Area) -> Result<(), ChunkError> {
    #[cfg(all(feature = "split", target_arch = "wasm32"))]
    let fetched = match area {
        Area::Dashboard => fetch_dashboard().await,
        Area::Enroll => fetch_enroll().await,
        Area::Account => fetch_account().await,
        Area::Settings => fetch_settings().await,
        Area::Pricing => fetch_pricing().await,
        Area::Customers => fetch_customers().await,
        Area::Indirect => fetch_indirect().await,
    }
    .map_err(ChunkError::from);
    #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
    let fetched = {
        let _ = area;
        Ok(())
    };
    fetched
}

/// The view of `page` of `area`, once the area's chunk is in (at once when it already is).
pub async fn load(area: Area, page: Page) -> Result<AnyView, ChunkError> {
    #[cfg(all(feature = "split", target_arch = "wasm32"))]
    let view = match area {
        Area::Dashboard => dashboard_view(page).await,
        Area::Enroll => enroll_view(page).await,
        Area::Account => account_view(page).await,
        Area::Settings => settings_view(page).await,
        Area::Pricing => pricing_view(page).await,
        Area::Customers => customers_view(page).await,
        Area::Indirect => indirect_view(page).await,
    };
    #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
    let view = match area {
        Area::Dashboard => dashboard_view(page),
        Area::Enroll => enroll_view(page),
        Area::Account => account_view(page),
        Area::Settings => settings_view(page),
        Area::Pricing => pricing_view(page),
        Area::Customers => customers_view(page),
        Area::Indirect => indirect_view(page),
    };
    view
}
