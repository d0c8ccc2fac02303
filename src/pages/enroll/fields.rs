//! The enrollment's fields, once: each one's contract path (also its DOM id, so a server error
//! finds its input), its label, its rule, the step whose form has it and where it lives in the
//! draft. The step forms build their fields from this table, and the review page reads it to say
//! what a server error is about and which step fixes it. The table and its look-ups are pure, so
//! they are tested natively.

use std::ops::Index;

use super::steps::Step;
use super::store::EnrollStore;
use super::{Lens, draft_field};
use crate::form::{Field, Rule};

/// One field of the enrollment. The discriminant is the field's row in [`FIELDS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldId {
    CompanyName,
    Country,
    Province,
    City,
    District,
    AddressLine1,
    AddressLine2,
    PostalCode,
    CreditCode,
    AdminFirstName,
    AdminLastName,
    AdminEmail,
    AdminPhone,
    PhoneNumber,
    PhoneChallenge,
    MpnId,
    ApprovalFirstName,
    ApprovalLastName,
    ApprovalEmail,
    ApprovalPhone,
    SupportWebsite,
    SupportEmail,
    SupportPhone,
}

/// A row of the table.
pub struct Spec {
    pub id: FieldId,
    /// The contract's field path (`approvalContact.email`), which is also the input's DOM id.
    pub path: &'static str,
    /// The Fluent id of the label.
    pub label: &'static str,
    pub rule: Rule,
    /// The step whose page fixes the field.
    pub step: Step,
    /// Where the value lives in the draft.
    pub lens: Lens,
    /// False for what the partner does not type: the country (fixed to China) and the phone
    /// challenge (the verification itself); the server may still name them in an error.
    pub typed: bool,
}

impl Spec {
    /// The field with `initial` as its value, for a form that does not start from the draft.
    pub fn field(&self, initial: String) -> Field {
        Field::new(self.path, self.label, self.rule, initial)
    }
}

const fn typed(id: FieldId, path: &'static str, label: &'static str, rule: Rule, step: Step, lens: Lens) -> Spec {
    Spec { id, path, label, rule, step, lens, typed: true }
}

const fn fixed(id: FieldId, path: &'static str, label: &'static str, rule: Rule, step: Step, lens: Lens) -> Spec {
    Spec { id, path, label, rule, step, lens, typed: false }
}

const NAME: Rule = Rule::Text { max: 50 };

/// Every field, step by step, each step's in the order its form shows them (which is the order
/// its error summary lists them).
pub static FIELDS: [Spec; 23] = {
    use FieldId as F;
    use Step::{Account, Phone, Program};
    [
        typed(
            F::CompanyName,
            "legalBusinessProfile.companyName",
            "enroll-company-name",
            Rule::Text { max: 100 },
            Account,
            |d| &mut d.legal_business_profile.company_name,
        ),
        fixed(F::Country, "legalBusinessProfile.address.country", "enroll-country", NAME, Account, |d| {
            &mut d.legal_business_profile.address.country
        }),
        typed(F::Province, "legalBusinessProfile.address.province", "enroll-province", NAME, Account, |d| {
            &mut d.legal_business_profile.address.province
        }),
        typed(F::City, "legalBusinessProfile.address.city", "enroll-city", Rule::Text { max: 100 }, Account, |d| {
            &mut d.legal_business_profile.address.city
        }),
        typed(F::District, "legalBusinessProfile.address.district", "enroll-district", NAME, Account, |d| {
            &mut d.legal_business_profile.address.district
        }),
        typed(
            F::AddressLine1,
            "legalBusinessProfile.address.addressLine1",
            "enroll-address-line1",
            Rule::Text { max: 200 },
            Account,
            |d| &mut d.legal_business_profile.address.address_line1,
        ),
        typed(
            F::AddressLine2,
            "legalBusinessProfile.address.addressLine2",
            "enroll-address-line2",
            Rule::Optional { max: 200 },
            Account,
            |d| &mut d.legal_business_profile.address.address_line2,
        ),
        typed(
            F::PostalCode,
            "legalBusinessProfile.address.postalCode",
            "enroll-postal-code",
            Rule::ChinaPostalCode,
            Account,
            |d| &mut d.legal_business_profile.address.postal_code,
        ),
        typed(
            F::CreditCode,
            "legalBusinessProfile.unifiedSocialCreditCode",
            "enroll-credit-code",
            Rule::CreditCode,
            Account,
            |d| &mut d.legal_business_profile.unified_social_credit_code,
        ),
        typed(
            F::AdminFirstName,
            "legalBusinessProfile.primaryContact.firstName",
            "enroll-first-name",
            NAME,
            Account,
            |d| &mut d.legal_business_profile.primary_contact.first_name,
        ),
        typed(
            F::AdminLastName,
            "legalBusinessProfile.primaryContact.lastName",
            "enroll-last-name",
            NAME,
            Account,
            |d| &mut d.legal_business_profile.primary_contact.last_name,
        ),
        typed(F::AdminEmail, "legalBusinessProfile.primaryContact.email", "enroll-email", Rule::Email, Account, |d| {
            &mut d.legal_business_profile.primary_contact.email
        }),
        typed(
            F::AdminPhone,
            "legalBusinessProfile.primaryContact.phoneNumber",
            "enroll-phone",
            Rule::Phone,
            Account,
            |d| &mut d.legal_business_profile.primary_contact.phone_number,
        ),
        typed(F::PhoneNumber, "phoneNumber", "enroll-phone-number", Rule::ChinaPhone, Phone, |d| &mut d.phone_number),
        fixed(F::PhoneChallenge, "phoneChallengeId", "enroll-review-phone-title", NAME, Phone, |d| {
            &mut d.phone_challenge_id
        }),
        typed(F::MpnId, "mpnId", "enroll-program-mpn-id", Rule::MpnId, Program, |d| &mut d.mpn_id),
        typed(F::ApprovalFirstName, "approvalContact.firstName", "enroll-first-name", NAME, Program, |d| {
            &mut d.approval_contact.first_name
        }),
        typed(F::ApprovalLastName, "approvalContact.lastName", "enroll-last-name", NAME, Program, |d| {
            &mut d.approval_contact.last_name
        }),
        typed(F::ApprovalEmail, "approvalContact.email", "enroll-email", Rule::Email, Program, |d| {
            &mut d.approval_contact.email
        }),
        typed(F::ApprovalPhone, "approvalContact.phoneNumber", "enroll-phone", Rule::Phone, Program, |d| {
            &mut d.approval_contact.phone_number
        }),
        typed(
            F::SupportWebsite,
            "supportProfile.website",
            "enroll-program-support-website",
            Rule::Https,
            Program,
            |d| &mut d.support_profile.website,
        ),
        typed(F::SupportEmail, "supportProfile.email", "enroll-program-support-email", Rule::Email, Program, |d| {
            &mut d.support_profile.email
        }),
        typed(F::SupportPhone, "supportProfile.telephone", "enroll-program-support-phone", Rule::Phone, Program, |d| {
            &mut d.support_profile.telephone
        }),
    ]
};

const ADMIN: &str = "legalBusinessProfile.primaryContact.";
const APPROVAL: &str = "approvalContact.";

/// The contacts, whose fields share their labels ("First name"): the legend that says whose.
const PEOPLE: [(&str, &str); 2] = [(ADMIN, "enroll-admin-legend"), (APPROVAL, "enroll-program-approval-legend")];

/// The prefix of the paths the account step fixes.
const ACCOUNT_PREFIX: &str = "legalBusinessProfile.";

pub fn spec(id: FieldId) -> &'static Spec {
    &FIELDS[id as usize]
}

pub fn by_path(path: &str) -> Option<&'static Spec> {
    FIELDS.iter().find(|s| s.path == path)
}

/// The fields a step's form shows, in form order.
pub fn on_step(step: Step) -> impl Iterator<Item = &'static Spec> {
    FIELDS.iter().filter(move |s| s.step == step && s.typed)
}

/// The Fluent id of the contact a field path belongs to, so "First name" can say whose.
pub fn whose(path: &str) -> Option<&'static str> {
    PEOPLE.iter().find(|(prefix, _)| path.starts_with(prefix)).map(|(_, legend)| *legend)
}

/// What the review page needs to place a server error: the step that fixes the field, its label
/// and its rule (so a server code reads as the message the field itself would show).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Home {
    pub step: Step,
    pub label: &'static str,
    pub rule: Rule,
}

/// Where the field at `path` is fixed. A path this version does not know still gets a home: a
/// person's field by its last part (`…email` reads as an e-mail address), the account step for
/// the legal business profile, the program step otherwise.
pub fn home(path: &str) -> Home {
    if let Some(s) = by_path(path) {
        return Home { step: s.step, label: s.label, rule: s.rule };
    }
    let step = if path.starts_with(ACCOUNT_PREFIX) { Step::Account } else { Step::Program };
    let person = leaf(path)
        .and_then(|l| FIELDS.iter().filter(|s| s.path.starts_with(APPROVAL)).find(|s| leaf(s.path) == Some(l)));
    match person {
        Some(s) => Home { step, label: s.label, rule: s.rule },
        None => Home { step, label: "enroll-review-other-field", rule: NAME },
    }
}

fn leaf(path: &str) -> Option<&str> {
    path.rsplit_once('.').map(|(_, leaf)| leaf)
}

/// A step's fields, each starting from the draft and typing straight back into it, in form order.
pub struct StepFields(Vec<(FieldId, Field)>);

impl StepFields {
    pub fn new(store: EnrollStore, step: Step) -> StepFields {
        StepFields(on_step(step).map(|s| (s.id, field(store, s.id))).collect())
    }

    /// All of them, in form order: what the step's [`crate::form::Form`] is made of.
    pub fn all(&self) -> Vec<Field> {
        self.0.iter().map(|(_, f)| *f).collect()
    }
}

impl Index<FieldId> for StepFields {
    type Output = Field;

    /// Panics if the field is not on this step's form: a page asking for another step's field
    /// is a mistake in the page, found the first time it opens.
    fn index(&self, id: FieldId) -> &Field {
        let found = self.0.iter().find(|(i, _)| *i == id).map(|(_, f)| f);
        found.unwrap_or_else(|| panic!("{id:?} is not on this step's form"))
    }
}

/// The field `id`, starting from the draft and typing straight back into it.
pub fn field(store: EnrollStore, id: FieldId) -> Field {
    let s = spec(id);
    draft_field(store, s.path, s.label, s.rule, s.lens)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::form::server_message_id;
    use crate::model::enrollment::EnrollmentDraftBody;

    /// Every field path the server's submit check (server/src/api/enrollment/submit.rs) can
    /// name, in both clouds.
    const SERVER_PATHS: [&str; 22] = [
        "mpnId",
        "legalBusinessProfile.companyName",
        "legalBusinessProfile.address.country",
        "legalBusinessProfile.address.province",
        "legalBusinessProfile.address.district",
        "legalBusinessProfile.address.city",
        "legalBusinessProfile.address.addressLine1",
        "legalBusinessProfile.address.addressLine2",
        "legalBusinessProfile.address.postalCode",
        "legalBusinessProfile.unifiedSocialCreditCode",
        "legalBusinessProfile.primaryContact.firstName",
        "legalBusinessProfile.primaryContact.lastName",
        "legalBusinessProfile.primaryContact.email",
        "legalBusinessProfile.primaryContact.phoneNumber",
        "approvalContact.firstName",
        "approvalContact.lastName",
        "approvalContact.email",
        "approvalContact.phoneNumber",
        "supportProfile.website",
        "supportProfile.email",
        "supportProfile.telephone",
        "phoneChallengeId",
    ];

    fn paths(step: Step) -> Vec<&'static str> {
        on_step(step).map(|s| s.path).collect()
    }

    #[test]
    fn each_row_is_its_ids_and_every_path_is_unique() {
        for (i, s) in FIELDS.iter().enumerate() {
            assert_eq!(s.id as usize, i, "{:?} is not in its row", s.id);
            assert_eq!(spec(s.id).path, s.path);
        }
        let unique: BTreeSet<_> = FIELDS.iter().map(|s| s.path).collect();
        assert_eq!(unique.len(), FIELDS.len());
    }

    #[test]
    fn each_path_is_where_its_lens_writes_in_the_draft() {
        for s in &FIELDS {
            let mut d = EnrollmentDraftBody::default();
            *(s.lens)(&mut d) = "marker".into();
            let json = serde_json::to_value(&d).unwrap();
            let at = s.path.split('.').try_fold(&json, |v, key| v.get(key));
            assert_eq!(at.and_then(|v| v.as_str()), Some("marker"), "{}", s.path);
        }
    }

    #[test]
    fn every_step_lists_its_fields_in_form_order() {
        assert_eq!(
            paths(Step::Account),
            [
                "legalBusinessProfile.companyName",
                "legalBusinessProfile.address.province",
                "legalBusinessProfile.address.city",
                "legalBusinessProfile.address.district",
                "legalBusinessProfile.address.addressLine1",
                "legalBusinessProfile.address.addressLine2",
                "legalBusinessProfile.address.postalCode",
                "legalBusinessProfile.unifiedSocialCreditCode",
                "legalBusinessProfile.primaryContact.firstName",
                "legalBusinessProfile.primaryContact.lastName",
                "legalBusinessProfile.primaryContact.email",
                "legalBusinessProfile.primaryContact.phoneNumber",
            ]
        );
        assert_eq!(paths(Step::Phone), ["phoneNumber"]);
        assert_eq!(
            paths(Step::Program),
            [
                "mpnId",
                "approvalContact.firstName",
                "approvalContact.lastName",
                "approvalContact.email",
                "approvalContact.phoneNumber",
                "supportProfile.website",
                "supportProfile.email",
                "supportProfile.telephone",
            ]
        );
        for step in [Step::Created, Step::Review, Step::Status, Step::Agreement] {
            assert!(paths(step).is_empty(), "{step:?}");
        }
    }

    #[test]
    fn every_path_the_server_names_on_submit_is_in_the_table_with_a_step_before_the_review() {
        for path in SERVER_PATHS {
            let s = by_path(path).unwrap_or_else(|| panic!("{path} is not in the table"));
            assert!(matches!(s.step, Step::Account | Step::Phone | Step::Program), "{path}");
            assert_eq!(home(path).step, s.step);
        }
    }

    #[test]
    fn server_field_paths_lead_to_the_step_that_owns_them() {
        let owner = |path| {
            let h = home(path);
            (h.step, h.label)
        };
        assert_eq!(owner("legalBusinessProfile.unifiedSocialCreditCode"), (Step::Account, "enroll-credit-code"));
        assert_eq!(owner("legalBusinessProfile.address.postalCode"), (Step::Account, "enroll-postal-code"));
        assert_eq!(owner("legalBusinessProfile.primaryContact.email"), (Step::Account, "enroll-email"));
        assert_eq!(owner("phoneChallengeId"), (Step::Phone, "enroll-review-phone-title"));
        assert_eq!(owner("mpnId"), (Step::Program, "enroll-program-mpn-id"));
        assert_eq!(owner("approvalContact.phoneNumber"), (Step::Program, "enroll-phone"));
        assert_eq!(owner("supportProfile.website"), (Step::Program, "enroll-program-support-website"));
        assert_eq!(owner("somethingNew"), (Step::Program, "enroll-review-other-field"));
        assert_eq!(owner("legalBusinessProfile.somethingNew"), (Step::Account, "enroll-review-other-field"));
        assert_eq!(owner("approvalContact.deputy.email"), (Step::Program, "enroll-email"));
    }

    #[test]
    fn person_fields_say_whose_they_are() {
        assert_eq!(whose("legalBusinessProfile.primaryContact.firstName"), Some("enroll-admin-legend"));
        assert_eq!(whose("approvalContact.email"), Some("enroll-program-approval-legend"));
        assert_eq!(whose("supportProfile.email"), None);
    }

    #[test]
    fn server_codes_read_as_the_fields_own_messages() {
        let rule = |path| home(path).rule;
        assert_eq!(
            server_message_id(rule("legalBusinessProfile.unifiedSocialCreditCode"), "invalid_checksum"),
            "form-error-credit-code-checksum"
        );
        assert_eq!(server_message_id(rule("mpnId"), "mpn_not_found"), "form-error-mpn-not-found");
        assert_eq!(server_message_id(rule("phoneChallengeId"), "not_verified"), "form-error-phone-not-verified");
        assert_eq!(server_message_id(rule("approvalContact.email"), "invalid_format"), "form-error-email");
        assert_eq!(server_message_id(rule("approvalContact.deputy.phoneNumber"), "invalid_format"), "form-error-phone");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::form::server_message_id;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// A server's field path and error code may be anything: each still leads to a step, a
        /// label and a message of ours.
        #[test]
        fn any_server_field_error_has_a_home(
            path in prop_oneof![any_text(), any_text().prop_map(|s| format!("approvalContact.{s}"))],
            code in any_text(),
        ) {
            let h = home(&path);
            prop_assert!(matches!(h.step, Step::Account | Step::Phone | Step::Program));
            prop_assert!(h.label.starts_with("enroll-"));
            let _ = whose(&path);
            let message = server_message_id(h.rule, &code);
            prop_assert!(message.starts_with("form-"), "{}", message);
        }
    }
}
