//! One field: its value, its rule (and the page's own check), its current error, checked on
//! blur and on submit, with server field errors landing on it. Errors are kept as message ids,
//! so they re-render in a newly chosen language. Also the helpers that work on a form's fields.

use std::sync::Arc;

use leptos::prelude::*;

use super::rule::{Rule, server_message_id};

/// A page's own check on top of the rule: the message id of what is wrong with the value, or
/// None. It may read other fields (untracked); those are named with [`Field::depends_on`].
pub type Check = Arc<dyn Fn(&str) -> Option<&'static str> + Send + Sync>;

/// A page's own message ids for a rule's problems (see [`Field::worded`]).
pub type Wording = fn(Problem) -> &'static str;

use crate::components::SummaryItem;
use crate::i18n::I18n;
use crate::model::FieldError;
use crate::validate::Problem;

/// One field. `id` is the DOM id and the contract's field path (`approvalContact.email`), so a
/// server error's `field` finds its input; `label` is the Fluent id of the label.
#[derive(Clone, Copy)]
pub struct Field {
    pub id: &'static str,
    pub label: &'static str,
    pub rule: Rule,
    pub value: RwSignal<String>,
    pub error: RwSignal<Option<&'static str>>,
    /// The value the server judged, while its error is shown: leaving the field (focus moving
    /// to the error summary, say) must not replace the server's word with the local check.
    judged: RwSignal<Option<String>>,
    /// The page's own check, run after the rule passes.
    custom: StoredValue<Option<Check>>,
    /// Fields whose check reads this one's value: judged again when this one is left.
    dependents: StoredValue<Vec<Field>>,
    /// The page's own words for the rule's problems, instead of the rule's generic ones.
    wording: StoredValue<Option<Wording>>,
}

impl Field {
    pub fn new(id: &'static str, label: &'static str, rule: Rule, initial: String) -> Field {
        Field {
            id,
            label,
            rule,
            value: RwSignal::new(initial),
            error: RwSignal::new(None),
            judged: RwSignal::new(None),
            custom: StoredValue::new(None),
            dependents: StoredValue::new(Vec::new()),
            wording: StoredValue::new(None),
        }
    }

    /// Words the rule's problems the page's way ("Enter your password" on Sign in).
    pub fn worded(self, wording: Wording) -> Field {
        self.wording.set_value(Some(wording));
        self
    }

    /// Adds the page's own check, run when the rule passes: "must not contain the user name",
    /// "must match the new password". The check reads other fields untracked; list them in
    /// [`Field::depends_on`] so it reruns when they change.
    pub fn with_check(self, check: impl Fn(&str) -> Option<&'static str> + Send + Sync + 'static) -> Field {
        self.custom.set_value(Some(Arc::new(check)));
        self
    }

    /// This field's check reads `others`: leaving one of them judges this field again (if the
    /// partner has typed in it or it shows an error), so a confirmation says "does not match" or
    /// stops saying it as soon as the password it follows changes.
    pub fn depends_on(self, others: &[Field]) -> Field {
        for o in others {
            o.dependents.update_value(|d| d.push(self));
        }
        self
    }

    /// What is wrong with `value` by the rule, then by the page's check.
    pub fn problem(&self, value: &str) -> Option<&'static str> {
        match self.rule.check(value) {
            Err(p) => Some(self.wording.get_value().map_or_else(|| self.rule.message_id(p), |w| w(p))),
            Ok(()) => self.custom.with_value(|c| c.as_ref().and_then(|c| c(value))),
        }
    }

    /// Checks the value now; true when it is fine.
    pub fn check(&self) -> bool {
        self.judged.set(None);
        let e = self.problem(&self.value.get_untracked());
        self.error.set(e);
        e.is_none()
    }

    /// On leaving the field: judge what was typed, but do not scold an untouched empty field
    /// before the partner has tried to continue. Fields that depend on this one are judged again.
    pub fn blur(&self) {
        if !self.holds_server_error() && self.touched() {
            self.check();
        }
        for d in self.dependents.get_value() {
            if !d.holds_server_error() && d.touched() {
                d.check();
            }
        }
    }

    fn touched(&self) -> bool {
        !self.value.get_untracked().trim().is_empty() || self.error.get_untracked().is_some()
    }

    pub fn set_server_error(&self, code: &str) {
        self.set_server_message(server_message_id(self.rule, code));
    }

    /// A server verdict worded by the page (a domain in use, say): it stands, like any server
    /// error, until the value changes.
    pub fn set_server_message(&self, message_id: &'static str) {
        self.judged.set(Some(self.value.get_untracked()));
        self.error.set(Some(message_id));
    }

    /// True while the field shows a server error for the value still in it, so a page's own
    /// blur check must leave it alone.
    pub fn holds_server_error(&self) -> bool {
        self.error.get_untracked().is_some()
            && self.judged.with_untracked(|j| j.as_deref() == Some(self.value.get_untracked().as_str()))
    }

    /// The error in the UI language (reactive).
    pub fn message(&self, i18n: I18n) -> Signal<Option<String>> {
        let (error, label, max) = (self.error, self.label, self.rule.max());
        Signal::derive(move || error.get().map(|id| render(i18n, id, label, max)))
    }

    pub fn trimmed(&self) -> String {
        self.value.get_untracked().trim().to_string()
    }
}

fn render(i18n: I18n, id: &str, label: &str, max: usize) -> String {
    i18n.t_args(id, &[("label", i18n.t(label)), ("max", max.to_string())])
}

/// Checks every field (all of them, so every problem shows at once); true when all are fine.
pub fn check_all(fields: &[Field]) -> bool {
    // Not `all`: it would stop at the first problem and leave the others unmarked.
    fields.iter().filter(|f| !f.check()).count() == 0
}

/// Puts the server's field errors on the fields they name; returns those that matched none
/// (to show in the summary as they are).
pub fn apply_server_errors(fields: &[Field], errors: &[FieldError]) -> Vec<FieldError> {
    let mut rest = Vec::new();
    for e in errors {
        match fields.iter().find(|f| f.id == e.field) {
            Some(f) => f.set_server_error(&e.code),
            None => rest.push(e.clone()),
        }
    }
    rest
}

/// The error summary's lines for the fields in error, in form order (reactive).
pub fn summary(i18n: I18n, fields: &[Field]) -> Vec<SummaryItem> {
    fields
        .iter()
        .filter_map(|f| {
            f.error.get().map(|id| SummaryItem { field: Some(f.id), message: render(i18n, id, f.label, f.rule.max()) })
        })
        .collect()
}

/// The message for a failed request as a whole (server down, timeout, ...), in the UI language.
pub fn request_error_message(i18n: I18n, e: &crate::api::ApiError) -> String {
    match e.status() {
        Some(status) if e.message_id() == "error-request-failed" => {
            i18n.t_args("error-request-failed", &[("status", status.to_string())])
        }
        _ => i18n.t(e.message_id()),
    }
}

/// Whether the outcome of a request is unknown: no answer, a server failure, or a success that
/// came back unreadable (the work may well be done). A retry must reuse its request id so the
/// server can replay rather than redo.
pub fn outcome_unknown(e: &crate::api::ApiError) -> bool {
    use crate::api::ApiError;
    matches!(e, ApiError::Timeout | ApiError::Network | ApiError::Offline | ApiError::Undecodable { .. })
        || e.status().is_some_and(|s| s >= 500 || s == 429)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email() -> Field {
        Field::new("email", "label", Rule::Email, String::new())
    }

    #[test]
    fn a_server_error_outlives_leaving_the_field_until_the_value_changes() {
        let f = email();
        f.value.set("chen@xingchen-cloud.cn".into());
        f.set_server_error("domain_taken");
        // Focus moving to the error summary: the shape is fine, but the server's word stands.
        f.blur();
        assert_eq!(f.error.get_untracked(), Some("form-error-domain-taken"));
        assert!(f.holds_server_error());

        f.value.set("chen@xingchen.cn".into());
        assert!(!f.holds_server_error());
        f.blur();
        assert_eq!(f.error.get_untracked(), None);
    }

    #[test]
    fn a_page_worded_server_message_stands_the_same_way_and_submit_checks_afresh() {
        let f = email();
        f.value.set("a@b.cn".into());
        f.set_server_message("form-error-domain");
        f.blur();
        assert_eq!(f.error.get_untracked(), Some("form-error-domain"));
        // Submitting judges the value again locally: the server is asked again anyway.
        assert!(f.check());
        assert!(!f.holds_server_error());
    }

    #[test]
    fn a_dependent_check_reruns_when_the_field_it_reads_is_left() {
        let password = Field::new("newPassword", "label", Rule::Secret, String::new());
        let confirm = Field::new("confirmPassword", "label", Rule::Secret, String::new())
            .with_check(move |v| (v != password.value.get_untracked()).then_some("form-error-password-mismatch"))
            .depends_on(&[password]);
        password.value.set("Cloud-Partner-2027".into());
        // An untouched confirmation is not scolded when the password is left.
        password.blur();
        assert_eq!(confirm.error.get_untracked(), None);
        confirm.value.set("Cloud-Partner-2028".into());
        confirm.blur();
        assert_eq!(confirm.error.get_untracked(), Some("form-error-password-mismatch"));
        // Fixing the password instead clears the confirmation's error when the password is left.
        password.value.set("Cloud-Partner-2028".into());
        password.blur();
        assert_eq!(confirm.error.get_untracked(), None);
        // The rule comes first: an empty confirmation is "required", not "does not match".
        confirm.value.set(String::new());
        assert!(!confirm.check());
        assert_eq!(confirm.error.get_untracked(), Some("form-error-required"));
    }

    #[test]
    fn an_untouched_empty_field_is_not_scolded_on_blur_but_is_on_submit() {
        let f = email();
        f.blur();
        assert_eq!(f.error.get_untracked(), None);
        assert!(!f.check());
        assert_eq!(f.error.get_untracked(), Some("form-error-required"));
    }
}
