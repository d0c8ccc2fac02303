use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::account_step::AccountStep;
use super::confirmation::Confirmation;
use super::draft::{Draft, KEY};
use super::fields::{account_problems, defaults};
use super::request::subscription_problems;
use super::review_step::ReviewStep;
use super::state::Wizard;
use super::step_indicator::StepIndicator;
use super::steps::{Step, reachable};
use super::subscriptions_step::SubscriptionsStep;
use crate::components::{PageHeading, UnsavedGuard};
use crate::form::check_all;
use crate::i18n::use_i18n;
use crate::names;
use crate::routes::Page;
use crate::session::use_session;
use crate::storage;

/// The Add customer wizard: the step in the address, the typing in sessionStorage, one step
/// shown at a time, then the confirmation in place of the steps once the customer exists.
#[component]
pub fn AddCustomer() -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let session = use_session();
    let user_id = session.with(|s| s.as_ref().map(|s| s.user.id.clone()).unwrap_or_default());
    let today = names::today();
    let blank = defaults(cloud, i18n.locale_untracked().tag());
    // A draft of another user who signed in on this tab is not theirs to see.
    let draft = storage::load::<Draft>(KEY)
        .filter(|d| d.owner == user_id)
        .unwrap_or_else(|| Draft { owner: user_id.clone(), ..blank.clone() });
    let w = Wizard::new(cloud, draft, today.clone());
    let form = super::submit::form(w);

    Effect::new(move |_| {
        let d = w.draft();
        // After Submit the draft is cleared, and nothing typed before it comes back.
        if w.created.with_untracked(Option::is_none) {
            storage::save(KEY, &d);
        }
    });
    let dirty = Signal::derive(move || w.created.with(Option::is_none) && w.draft().has_input(&blank));

    let query = use_query_map();
    let wanted = Memo::new(move |_| Step::from_param(query.with(|q| q.get("step")).as_deref()));
    let navigate = use_navigate();
    // A step whose earlier steps are not valid sends the partner to the first invalid one,
    // with its problems shown.
    let shown = Memo::new(move |_| {
        let want = wanted.get();
        let d = w.draft_untracked();
        reachable(want, account_problems(cloud, &d, &today).is_empty(), subscription_problems(&d).is_empty())
    });
    Effect::new(move |_| {
        let (want, at) = (wanted.get(), shown.get());
        if want != at && w.created.with_untracked(Option::is_none) {
            if at == Step::Account {
                check_all(&w.account_fields());
            }
            w.step_failures.update(|n| *n += 1);
            navigate(&at.href(), NavigateOptions { replace: true, ..Default::default() });
        }
    });

    view! {
        <section class="page narrow">
            <p><A href=Page::Customers.path()>{i18n.msg("customers-back-to-list")}</A></p>
            <PageHeading text=i18n.msg("customers-add-title")/>
            <UnsavedGuard dirty/>
            {move || match w.created.get() {
                Some(_) => view! { <Confirmation w/> }.into_any(),
                None => {
                    let step = shown.get();
                    view! {
                        <StepIndicator current=step/>
                        {match step {
                            Step::Account => view! { <AccountStep w form/> }.into_any(),
                            Step::Subscriptions => view! { <SubscriptionsStep w/> }.into_any(),
                            Step::Review => view! { <ReviewStep w form/> }.into_any(),
                        }}
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
