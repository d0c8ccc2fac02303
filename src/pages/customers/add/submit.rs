//! Submit: the customer first (one request id for this submit, kept across retries, so a
//! double click or a retry after an unknown outcome creates one customer), then each chosen
//! offer (each with its own id, kept for its Try again), then in the global cloud the
//! agreement's acceptance. Once the customer exists the draft is cleared and the confirmation
//! shows its admin's credentials, whatever happens to the purchases after.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use super::fields::Key;
use super::request::{new_agreement, new_customer, new_subscriptions};
use super::state::{Created, Outcome, Purchase, Wizard};
use super::steps::Step;
use crate::api::{self, ApiError, Client};
use crate::form::submit::{Handled, Problem};
use crate::form::{Form, apply_server_errors};
use crate::locale::Cloud;
use crate::model::customers::Customer;
use crate::page_task::PageTasks;
use crate::storage;

/// The wizard's form: Account info's fields (where the server's field errors land), sent from
/// Review.
pub fn form(w: Wizard) -> Form {
    let form = Form::new(&w.account_fields()).keep_ids_while_unknown();
    let navigate = use_navigate();
    let back_to_account = move || {
        w.step_failures.update(|n| *n += 1);
        navigate(&Step::Account.href(), NavigateOptions::default());
    };
    form.on_error(move |e| on_error(w, form, e, &back_to_account))
}

/// A domain in use, or fields the server refused, are fixed on Account info: the partner is
/// taken there with the messages on the fields.
fn on_error(w: Wizard, form: Form, e: &ApiError, back: &dyn Fn()) -> Handled {
    if e.body().is_some_and(|b| b.code.is("domain_taken")) {
        let domain = w.field(Key::Domain);
        w.taken.update_value(|t| {
            t.insert(domain.value.get_untracked().trim().to_ascii_lowercase());
        });
        domain.set_server_message("form-error-domain-taken");
        back();
        return Handled::Yes;
    }
    let errors = e.field_errors();
    if matches!(e.status(), Some(400 | 422)) && !errors.is_empty() {
        let rest = apply_server_errors(&w.account_fields(), &errors);
        if !rest.is_empty() {
            form.show_problem(Problem::Request(e.clone()));
        }
        if rest.len() < errors.len() {
            back();
        }
        return Handled::Yes;
    }
    Handled::No
}

/// The Submit handler (on the Review step's form).
pub fn on_submit(w: Wizard, form: Form) -> impl Fn(leptos::ev::SubmitEvent) + Clone + 'static {
    let client = expect_context::<Client>();
    let page = w.page;
    form.on_submit(
        move |ids| {
            let client = client.clone();
            let req = new_customer(w.cloud, &w.draft_untracked());
            async move { api::customers::create(&client, &req, &ids.get("customer")).await }
        },
        move |customer: Customer| created(w, page, customer),
    )
}

fn created(w: Wizard, page: PageTasks, mut customer: Customer) {
    let d = w.draft_untracked();
    storage::clear(super::draft::KEY);
    let credentials = customer.user_credentials.take();
    let purchases = new_subscriptions(&d)
        .into_iter()
        .zip(d.offers.iter().filter(|c| super::request::quantity(c).is_ok()))
        .map(|(s, c)| Purchase {
            chosen: c.clone(),
            quantity: s.quantity,
            request_id: api::new_request_id(),
            outcome: Outcome::Pending,
        })
        .collect();
    w.purchases.set(purchases);
    if w.cloud == Cloud::Global {
        w.agreement.set(Some(Outcome::Pending));
    }
    let id = customer.id.clone();
    w.created.set(Some(Created { customer, credentials }));
    buy(w, page, &id, None);
    if w.cloud == Cloud::Global {
        record_agreement(w, page, id, new_agreement(&d));
    }
}

/// Buys the purchases still to do (all of them, or the failed ones on Try again), one after
/// the other so the server sees them in the order chosen.
pub fn buy(w: Wizard, page: PageTasks, customer: &str, only_failed: Option<()>) {
    let client = expect_context::<Client>();
    let customer = customer.to_string();
    let todo: Vec<usize> = w.purchases.with_untracked(|p| {
        p.iter()
            .enumerate()
            .filter(|(_, p)| match only_failed {
                Some(()) => matches!(p.outcome, Outcome::Failed(_)),
                None => p.outcome == Outcome::Pending,
            })
            .map(|(i, _)| i)
            .collect()
    });
    for i in &todo {
        w.purchases.update(|p| p[*i].outcome = Outcome::Pending);
    }
    page.spawn(async move {
        for i in todo {
            let Some(p) = w.purchases.with_untracked(|p| p.get(i).cloned()) else { continue };
            let req = crate::model::customers::NewSubscription {
                offer_id: p.chosen.offer_id.clone(),
                quantity: p.quantity,
                friendly_name: None,
            };
            let outcome = match api::subscriptions::create(&client, &customer, &req, &p.request_id).await {
                Ok(_) => Outcome::Done,
                Err(e) => Outcome::Failed(e),
            };
            // A definite refusal is a new operation next time; an unknown outcome keeps its id.
            let renew = matches!(&outcome, Outcome::Failed(e) if !crate::form::outcome_unknown(e));
            w.purchases.update(|all| {
                if let Some(p) = all.get_mut(i) {
                    p.outcome = outcome;
                    if renew {
                        p.request_id = api::new_request_id();
                    }
                }
            });
        }
    });
}

/// Records the customer's acceptance of the Microsoft Cloud Agreement (global cloud).
pub fn record_agreement(w: Wizard, page: PageTasks, customer: String, req: crate::model::agreements::NewAgreement) {
    let client = expect_context::<Client>();
    w.agreement.set(Some(Outcome::Pending));
    w.agreement_request.set_value(Some(req));
    page.spawn(async move {
        let Some(mut req) = w.agreement_request.get_value() else { return };
        if req.template_id.is_none() {
            // The agreement's current template, asked once: a retry reuses it.
            match api::agreements::current_template(&client).await {
                Ok(t) => {
                    req.template_id = Some(t);
                    w.agreement_request.set_value(Some(req.clone()));
                }
                Err(e) => return w.agreement.set(Some(Outcome::Failed(e))),
            }
        }
        let id = w.agreement_request_id.get_value();
        let outcome = match api::agreements::create(&client, &customer, &req, &id).await {
            Ok(_) => Outcome::Done,
            Err(e) => {
                if !crate::form::outcome_unknown(&e) {
                    w.agreement_request_id.set_value(api::new_request_id());
                }
                Outcome::Failed(e)
            }
        };
        w.agreement.set(Some(outcome));
    });
}
