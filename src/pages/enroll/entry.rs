//! The wizard's one entry point from outside: `crate::areas` calls it, so the whole wizard is
//! one chunk that loads when a partner first enters it. (Its own file, not mod.rs: the pages
//! use mod.rs's helpers, and mod.rs naming the pages back would make an import cycle.)

use leptos::prelude::*;

/// The wizard's page for `page`: this area's one entry point (`crate::areas`), so the whole
/// wizard is one chunk that loads when a partner first enters it.
pub fn view(page: crate::routes::Page) -> AnyView {
    use crate::routes::Page as P;
    match page {
        P::Enroll => view! { <super::before_you_begin::BeforeYouBegin/> }.into_any(),
        P::EnrollResume => view! { <super::resume::Resume/> }.into_any(),
        P::EnrollAccount => view! { <super::account::AccountStep/> }.into_any(),
        P::EnrollPhone => view! { <super::phone::PhoneStep/> }.into_any(),
        P::EnrollCreated => view! { <super::created::CreatedStep/> }.into_any(),
        P::EnrollProgram => view! { <super::program::ProgramStep/> }.into_any(),
        P::EnrollReview => view! { <super::review::ReviewStep/> }.into_any(),
        P::EnrollStatus => view! { <super::status::StatusStep/> }.into_any(),
        P::EnrollAgreement => view! { <super::agreement::AgreementStep/> }.into_any(),
        P::EnrollOrganization => view! { <super::organization::OrganizationStep/> }.into_any(),
        P::EnrollDetails => view! { <super::details::DetailsStep/> }.into_any(),
        P::EnrollVerifyEmail => view! { <super::verify_email::VerifyEmailPage/> }.into_any(),
        // The page list puts no other page in this area (routes.rs).
        _ => view! { <crate::components::NotFound/> }.into_any(),
    }
}
