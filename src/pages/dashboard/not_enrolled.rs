use leptos::prelude::*;

use crate::components::{PageHeading, WhatYouCanDo};
use crate::i18n::use_i18n;
use crate::routes::Instead;

/// The Overview of a partner whose organization is still enrolling but who cannot enroll it
/// here: only its global admin may, or this cloud's enrollment is not in this portal yet. Says
/// so, and what they can do, instead of sending them into an enrollment that is not theirs.
#[component]
pub fn NotEnrolled(instead: Instead) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page narrow">
            <PageHeading text=i18n.msg("nav-not-enrolled-title")/>
            <WhatYouCanDo instead/>
        </section>
    }
}
