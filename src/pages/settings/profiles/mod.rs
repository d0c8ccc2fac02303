//! Account settings › the partner profiles: Partner profile (legal business), Partner billing
//! profile, Organization profile, Support profile (each read-only first, then Update → Submit
//! or Cancel, under If-Match with a merge when someone else changed it meanwhile) and the MPN
//! profile (read-only).

mod changes_notice;
mod choice_field;
mod draft;
mod merge;
mod mpn_page;
mod profile_details;
mod profile_page;
mod spec;
mod store;

use leptos::prelude::*;

use crate::routes::Page;

pub fn view(page: Page) -> AnyView {
    match spec::Kind::of(page) {
        Some(kind) => view! { <profile_page::ProfilePage kind=kind/> }.into_any(),
        None if page == Page::MpnProfile => view! { <mpn_page::MpnProfilePage/> }.into_any(),
        None => view! { <crate::components::NotFound/> }.into_any(),
    }
}
