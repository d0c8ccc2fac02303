//! One way to submit a form. A page gives its fields, how to send the request, and what to do
//! on success; [`Form`] owns the rest of the lifecycle, so no page writes it again:
//!
//! - the request ids: one per logical operation, reused when the partner retries after an
//!   unknown outcome (so the server replays instead of redoing), new after a definite answer,
//!   after a success and after any edit;
//! - the pending state (a second click while a request is on its way does nothing), the failed
//!   submit count that moves focus to the error summary, and "outcome unknown";
//! - the error summary's lines, and the server's field errors placed onto their fields;
//! - the session ending mid-submit (to Sign in and back; the typing is in sessionStorage);
//! - leaving the page: the request is aborted with it.
//!
//! ```ignore
//! let form = Form::new(&[user, password]);
//! let on_submit = form.on_submit(
//!     move |ids| { let (c, req) = (client.clone(), request()); async move { api::x::y(&c, &req, &ids.main()).await } },
//!     move |answer| navigate(next, Default::default()),
//! );
//! view! { <ErrorSummary items=form.summary(i18n) focus=form.failures()/> <form on:submit=on_submit>..<SubmitButton form=form label="x"/></form> }
//! ```

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;

use leptos::prelude::*;

use super::field::{Field, apply_server_errors, check_all, outcome_unknown, request_error_message, summary};
use crate::api::{self, ApiError};
use crate::components::SummaryItem;
use crate::i18n::I18n;
use crate::page_task::PageTasks;

/// A problem with the form as a whole, for the error summary's last line.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The request failed in a way no field explains (server down, conflict, ...).
    Request(ApiError),
    /// The page's own words (a Fluent id): "this reset can no longer be completed".
    Message(&'static str),
}

/// The request ids of one logical operation. Most operations send one request (`main`); one
/// that sends several in a row (create an account, then sign in with it) names the others, and
/// all of them are kept or renewed together.
#[derive(Clone, Copy)]
pub struct RequestIds(StoredValue<HashMap<&'static str, String>>);

impl RequestIds {
    fn new() -> RequestIds {
        RequestIds(StoredValue::new(HashMap::new()))
    }

    /// The id of the operation's only (or first) request.
    pub fn main(&self) -> String {
        self.get("main")
    }

    /// The id of the operation's request called `name`.
    pub fn get(&self, name: &'static str) -> String {
        if let Some(id) = self.0.with_value(|m| m.get(name).cloned()) {
            return id;
        }
        let id = api::new_request_id();
        self.0.update_value(|m| {
            m.insert(name, id.clone());
        });
        id
    }

    /// A new operation begins: every request gets a new id.
    pub fn renew(&self) {
        self.0.update_value(HashMap::clear);
    }
}

/// What the page's error handler decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handled {
    /// The page showed the failure its own way; the form only counts it.
    Yes,
    /// The form's usual handling applies.
    No,
    /// The page dealt with it and nothing failed (a new code asked for too soon: the countdown
    /// follows the server's word): not counted, and the summary stays as it is.
    Quietly,
}

type ErrorHook = Arc<dyn Fn(&ApiError) -> Handled + Send + Sync>;
type Precondition = Arc<dyn Fn() -> bool + Send + Sync>;

/// A form's submit lifecycle. Cheap to copy into every closure of the page.
#[derive(Clone, Copy)]
pub struct Form {
    fields: StoredValue<Vec<Field>>,
    pending: RwSignal<bool>,
    failures: RwSignal<u32>,
    problem: RwSignal<Option<Problem>>,
    ids: RequestIds,
    on_error: StoredValue<Option<ErrorHook>>,
    precondition: StoredValue<Option<Precondition>>,
    /// See [`Form::keep_ids_while_unknown`].
    keep_ids_while_unknown: StoredValue<bool>,
    /// See [`Form::same_label_on_retry`].
    same_label_on_retry: StoredValue<bool>,
    /// A request of any part of the form is on its way ([`Form::part`]): one at a time.
    busy: RwSignal<bool>,
    /// The fields a submit checks, and the only ones the server's field errors land on; None:
    /// all of them. See [`Form::part`].
    checked: StoredValue<Option<Vec<Field>>>,
    /// The page the form is on: its requests are the page's, aborted when it is left.
    page: PageTasks,
}

impl Form {
    /// A form over `fields`, in the order the summary lists them. Must be called while the page
    /// is being built (it belongs to the page's reactive owner).
    pub fn new(fields: &[Field]) -> Form {
        let form = Form {
            fields: StoredValue::new(fields.to_vec()),
            pending: RwSignal::new(false),
            failures: RwSignal::new(0),
            problem: RwSignal::new(None),
            ids: RequestIds::new(),
            on_error: StoredValue::new(None),
            precondition: StoredValue::new(None),
            keep_ids_while_unknown: StoredValue::new(false),
            same_label_on_retry: StoredValue::new(false),
            busy: RwSignal::new(false),
            checked: StoredValue::new(None),
            page: PageTasks::here(),
        };
        // An edit makes the next submit a new operation: the server must judge the new values,
        // not replay its answer to the old ones.
        let values: Vec<RwSignal<String>> = fields.iter().map(|f| f.value).collect();
        Effect::new(move |first: Option<()>| {
            for v in &values {
                v.track();
            }
            if first.is_some() && !(form.keep_ids_while_unknown.get_value() && form.unknown_untracked()) {
                form.ids.renew();
            }
        });
        form
    }

    /// The page's own handling of some failures (a code that expired, a reset that is gone),
    /// tried before the usual handling.
    pub fn on_error(self, hook: impl Fn(&ApiError) -> Handled + Send + Sync + 'static) -> Form {
        self.on_error.set_value(Some(Arc::new(hook)));
        self
    }

    /// A check beyond the fields (a box to tick, a stage that must be restarted), run with them
    /// on every submit; false stops the submit as a failed one. It shows its own message.
    pub fn precondition(self, check: impl Fn() -> bool + Send + Sync + 'static) -> Form {
        self.precondition.set_value(Some(Arc::new(check)));
        self
    }

    /// While the last attempt's outcome is unknown, an edit does not make the next submit a new
    /// operation: the retry carries the same request ids with the new values, which the server
    /// refuses as a conflict (`request_id_conflict`) instead of doing the work a second time, so
    /// the page can say an earlier attempt may have done it (an account that may already exist).
    pub fn keep_ids_while_unknown(self) -> Form {
        self.keep_ids_while_unknown.set_value(true);
        self
    }

    /// True while a request is on its way (reactive).
    pub fn pending(&self) -> Signal<bool> {
        self.pending.into()
    }

    /// The failed submit count: the error summary takes focus each time it grows; 0 hides it.
    pub fn failures(&self) -> Signal<u32> {
        self.failures.into()
    }

    pub fn problem(&self) -> Signal<Option<Problem>> {
        self.problem.into()
    }

    /// True when the last attempt's outcome is unknown, so the button offers to try again
    /// (the same operation, under the same request ids).
    pub fn retryable(&self) -> bool {
        !self.same_label_on_retry.get_value()
            && self.problem.with(|p| matches!(p, Some(Problem::Request(e)) if outcome_unknown(e)))
    }

    /// After an unknown outcome the button keeps its own label instead of offering "Try again":
    /// pressing Continue (or Submit) again is the retry, still under the same request ids. For
    /// the enrollment steps, whose button has always read the same after a failure.
    pub fn same_label_on_retry(self) -> Form {
        self.same_label_on_retry.set_value(true);
        self
    }

    /// A part of the form that sends its own request (a form in stages, or "Send a new code"
    /// beside "Verify"): it checks only `fields`, which alone take the server's field errors, and
    /// has its own busy state for its button, and its own error hook and precondition (the
    /// form's, until it is given others). The parts share the rest: the summary and the failure
    /// count, the problem, the request ids (named per request) and one request at a time.
    pub fn part(&self, fields: &[Field]) -> Form {
        Form {
            pending: RwSignal::new(false),
            checked: StoredValue::new(Some(fields.to_vec())),
            on_error: StoredValue::new(self.on_error.get_value()),
            precondition: StoredValue::new(self.precondition.get_value()),
            ..*self
        }
    }

    fn with_checked<R>(&self, f: impl FnOnce(&[Field]) -> R) -> R {
        self.checked.with_value(|c| match c {
            Some(c) => f(c),
            None => self.fields.with_value(|all| f(all)),
        })
    }

    /// Not tracked: the edit effect must rerun on edits only, not when an answer arrives.
    fn unknown_untracked(&self) -> bool {
        self.problem.with_untracked(|p| matches!(p, Some(Problem::Request(e)) if outcome_unknown(e)))
    }

    /// The error summary's lines: the fields in error in form order, then the form's problem.
    pub fn summary(&self, i18n: I18n) -> Signal<Vec<SummaryItem>> {
        let form = *self;
        Signal::derive(move || {
            let mut items = form.fields.with_value(|f| summary(i18n, f));
            match form.problem.get() {
                Some(Problem::Request(e)) => {
                    items.push(SummaryItem { field: None, message: request_error_message(i18n, &e) })
                }
                Some(Problem::Message(id)) => items.push(SummaryItem { field: None, message: i18n.t(id) }),
                None => {}
            }
            items
        })
    }

    /// Shows `problem` as the summary's last line without counting a failure: for an
    /// [`Form::on_error`] hook that handles a failure its own way (its [`Handled::Yes`] counts
    /// it) yet still has a line for the summary, in other words or after placing part of the
    /// failure on the fields itself.
    pub fn show_problem(&self, problem: Problem) {
        self.problem.set(Some(problem));
    }

    /// A failure the page found in a successful answer and showed at its fields itself (a
    /// lookup that found nothing): it counts as a failed submit, so the summary takes focus and
    /// lists those fields, with no line of its own.
    pub fn fail_at_fields(&self) {
        self.failures.update(|n| *n += 1);
    }

    /// Starts over: no problem shown, and the next submit is a new operation (a new stage).
    pub fn reset(&self) {
        self.problem.set(None);
        self.failures.set(0);
        self.ids.renew();
    }

    /// The submit event handler: see [`Form::submit`].
    pub fn on_submit<T, Fut>(
        self,
        send: impl Fn(RequestIds) -> Fut + Clone + 'static,
        then: impl Fn(T) + Clone + 'static,
    ) -> impl Fn(leptos::ev::SubmitEvent) + Clone + 'static
    where
        T: 'static,
        Fut: Future<Output = Result<T, ApiError>> + 'static,
    {
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            self.submit(send.clone(), then.clone());
        }
    }

    /// Checks every field (and the precondition); if all is well, sends the request that `send`
    /// builds (it is called only then, so it reads the values as checked), and hands a success
    /// to `then`. A failure lands on the fields and in the summary; a second submit while one is
    /// on its way does nothing.
    pub fn submit<T, Fut>(self, send: impl FnOnce(RequestIds) -> Fut + 'static, then: impl FnOnce(T) + 'static)
    where
        T: 'static,
        Fut: Future<Output = Result<T, ApiError>> + 'static,
    {
        if self.busy.get_untracked() {
            return;
        }
        self.problem.set(None);
        let fields_ok = self.with_checked(check_all);
        let pre_ok = self.precondition.get_value().is_none_or(|p| p());
        if !(fields_ok && pre_ok) {
            self.failures.update(|n| *n += 1);
            return;
        }
        self.pending.set(true);
        self.busy.set(true);
        let task = send(self.ids);
        let run = async move {
            let result = task.await;
            self.pending.set(false);
            self.busy.set(false);
            match result {
                Ok(answer) => {
                    self.succeeded();
                    then(answer);
                }
                Err(e) => self.failed(e),
            }
        };
        self.page.spawn(run);
    }

    fn succeeded(&self) {
        self.ids.renew();
        self.problem.set(None);
        self.failures.set(0);
    }

    fn failed(&self, e: ApiError) {
        if !outcome_unknown(&e) {
            self.ids.renew();
        }
        match self.on_error.get_value().map(|hook| hook(&e)) {
            Some(Handled::Yes) => return self.failures.update(|n| *n += 1),
            Some(Handled::Quietly) => return,
            Some(Handled::No) | None => {}
        }
        if e.needs_sign_in() {
            // What was typed is in sessionStorage; Sign in brings the partner back here.
            crate::session::sign_in_again(&leptos_router::hooks::use_navigate(), &crate::session::current_address());
            return;
        }
        let errors = e.field_errors();
        let rest = self.with_checked(|f| apply_server_errors(f, &errors));
        // A validation failure fully explained at the fields needs no second line.
        let explained = !errors.is_empty() && rest.is_empty() && matches!(e.status(), Some(400 | 422));
        if !explained {
            self.problem.set(Some(Problem::Request(e)));
        }
        self.failures.update(|n| *n += 1);
    }
}
