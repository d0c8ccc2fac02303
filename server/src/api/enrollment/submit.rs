//! `POST /v1/enrollment`: submit the enrollment for review.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use partner_center_rules::{account, contact, uscc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{ENROLLMENT_ROLES, Warning, china_program_only, global, load, program, status_of, with_etag, with_journey};
use crate::api::accounts::phone;
use crate::api::fields::Fields;
use crate::auth::SignedIn;
use crate::error::{ApiError, FieldError};
use crate::extract::ApiBody;
use crate::settings::Cloud;
use crate::state::AppState;

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SubmitRequest {
    pub mpn_id: String,
    pub legal_business_profile: LegalBusinessProfile,
    pub approval_contact: Contact,
    pub support_profile: SupportProfile,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_challenge_id: Option<String>,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LegalBusinessProfile {
    pub company_name: String,
    pub address: EnrollmentAddress,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unified_social_credit_code: Option<String>,
    pub primary_contact: Contact,
}

/// The enrollment form's address: a wire shape of its own in the contract, not the
/// `api::address::Address` of profiles and customers. It names the province and the district
/// (the China form: 省, 市, 区) where that one has region and state, and it has no contact fields
/// (the contacts are their own objects). Its fields are checked in `validate`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnrollmentAddress {
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    pub address_line1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    pub postal_code: String,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Contact {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone_number: String,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SupportProfile {
    pub website: String,
    pub email: String,
    pub telephone: String,
}

fn check_contact(c: &mut Fields, prefix: &str, person: &Contact) {
    c.required(&format!("{prefix}.firstName"), &person.first_name, 50);
    c.required(&format!("{prefix}.lastName"), &person.last_name, 50);
    c.email(&format!("{prefix}.email"), person.email.trim());
    c.phone(&format!("{prefix}.phoneNumber"), person.phone_number.trim());
}

fn validate(cloud: Cloud, req: &SubmitRequest) -> Vec<FieldError> {
    let mut c = Fields::new();
    c.rule("mpnId", contact::mpn_id(&req.mpn_id), "The MPN ID is 5 to 10 digits.");
    let lbp = &req.legal_business_profile;
    c.required("legalBusinessProfile.companyName", &lbp.company_name, 100);
    let a = &lbp.address;
    let country = a.country.trim();
    let (province, district) = (a.province.as_deref().unwrap_or("").trim(), a.district.as_deref().unwrap_or("").trim());
    match cloud {
        Cloud::China => {
            if country != "CN" {
                c.push("legalBusinessProfile.address.country", "invalid_value", "The country must be CN.");
            }
            c.required("legalBusinessProfile.address.province", province, 50);
            c.required("legalBusinessProfile.address.district", district, 50);
        }
        Cloud::Global => {
            if account::country(country).is_err() {
                c.push("legalBusinessProfile.address.country", "invalid_format", "Use the ISO 3166 two-letter code.");
            }
            c.text("legalBusinessProfile.address.province", province, 0, 50);
            c.text("legalBusinessProfile.address.district", district, 0, 50);
        }
    }
    c.required("legalBusinessProfile.address.city", &a.city, 100);
    c.required("legalBusinessProfile.address.addressLine1", &a.address_line1, 200);
    c.text("legalBusinessProfile.address.addressLine2", a.address_line2.as_deref().unwrap_or("").trim(), 0, 200);
    c.postal_code("legalBusinessProfile.address.postalCode", country, a.postal_code.trim());
    if cloud == Cloud::China {
        // Global: not a field of the indirect reseller program; ignored.
        c.rule(
            "legalBusinessProfile.unifiedSocialCreditCode",
            uscc::validate(lbp.unified_social_credit_code.as_deref().unwrap_or("")),
            "Enter the 18-character unified social credit code from the business license.",
        );
    }
    check_contact(&mut c, "legalBusinessProfile.primaryContact", &lbp.primary_contact);
    check_contact(&mut c, "approvalContact", &req.approval_contact);
    let s = &req.support_profile;
    c.rule("supportProfile.website", contact::https_address(&s.website), "Enter an https:// web address.");
    c.email("supportProfile.email", s.email.trim());
    c.phone("supportProfile.telephone", s.telephone.trim());
    if cloud == Cloud::China && req.phone_challenge_id.as_deref().is_none_or(|s| s.trim().is_empty()) {
        c.push("phoneChallengeId", "required", "Enter a value.");
    }
    c.errors
}

/// The fields of the 21Vianet CSP reseller program a submission for `cloud` carries (none in the
/// China cloud): its business licence code and its telephone challenge, which the global cloud's
/// program does not have. Null or blank counts as not sent.
pub fn china_only_fields(cloud: Cloud, req: &SubmitRequest) -> Vec<String> {
    if cloud == Cloud::China {
        return Vec::new();
    }
    let sent = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
    [
        ("legalBusinessProfile.unifiedSocialCreditCode", &req.legal_business_profile.unified_social_credit_code),
        ("phoneChallengeId", &req.phone_challenge_id),
    ]
    .into_iter()
    .filter(|(_, v)| sent(v))
    .map(|(field, _)| field.to_string())
    .collect()
}

/// Whether an MPN id is known: the same registry the MPN ID lookup answers from (an enrollment
/// ID of the other cloud does not count).
pub fn mpn_known(conn: &Connection, mpn_id: &str, cloud: Cloud) -> Result<bool, ApiError> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM mpn_registry WHERE mpn_id = ?1
             UNION ALL SELECT 1 FROM enrollment_mpn_ids WHERE mpn_id = ?1 AND cloud = ?2
             LIMIT 1",
            params![mpn_id, cloud.as_str()],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

pub async fn submit(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    body: ApiBody<SubmitRequest>,
) -> Result<Response, ApiError> {
    session.require_any(ENROLLMENT_ROLES)?;
    let req = body.parse()?;
    let cloud = session.cloud();
    let china_only = china_only_fields(cloud, &req);
    if !china_only.is_empty() {
        return Err(china_program_only(&china_only));
    }
    let errors = validate(cloud, &req);
    if !errors.is_empty() {
        return Err(ApiError::validation_failed(errors));
    }
    let mut warnings = Vec::new();
    if cloud == Cloud::Global {
        // "we don't accept email addresses from Web-based email services such as Gmail, Yahoo!
        // Mail, iCloud Mail, AOL Mail, or Outlook Mail": the primary contact, and the approval
        // contact too (both speak for the organization).
        let web_mail: Vec<FieldError> = [
            ("legalBusinessProfile.primaryContact.email", &req.legal_business_profile.primary_contact.email),
            ("approvalContact.email", &req.approval_contact.email),
        ]
        .into_iter()
        .filter(|(_, email)| contact::organization_email(email).is_err())
        .map(|(field, _)| FieldError::new(field, contact::WEB_MAIL_CODE, contact::WEB_MAIL_MESSAGE))
        .collect();
        if !web_mail.is_empty() {
            return Err(ApiError::new(StatusCode::BAD_REQUEST, contact::WEB_MAIL_CODE, contact::WEB_MAIL_MESSAGE)
                .with_data(web_mail));
        }
    } else if contact::is_personal_email(&req.approval_contact.email) {
        warnings.push(Warning { field: "approvalContact.email".into(), code: "personal_email" });
    }
    let partner = session.partner.id.clone();
    let now = crate::time::now();
    let mpn = req.mpn_id.trim().to_string();
    let submission = serde_json::to_string(&req).map_err(ApiError::internal_from)?;
    let challenge = req.phone_challenge_id.clone().map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let primary_email = req.legal_business_profile.primary_contact.email.trim().to_string();
    let program = program(cloud);
    // Global: submitted, the enrollment waits for the primary contact's e-mail verification.
    let submitted_status = if cloud == Cloud::Global { "pending_email_verification" } else { "pending_review" };
    let status = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let row = load(&tx, &partner)?;
            if let Some(row) = &row {
                match row.status.as_str() {
                    "draft" | "rejected" => {}
                    "pending_email_verification" | "pending_review" | "credit_check" => {
                        return Err(ApiError::conflict("already_submitted", "The enrollment is already submitted and under review."));
                    }
                    other => {
                        return Err(ApiError::conflict(
                            "invalid_state",
                            format!("The enrollment cannot be submitted in its current state ({other})."),
                        ));
                    }
                }
            }
            if cloud == Cloud::Global {
                global::check_before_submit(&tx, &partner, &mpn)?;
            }
            let mut problems = Vec::new();
            if !mpn_known(&tx, &mpn, cloud)? {
                problems.push(FieldError::new("mpnId", "mpn_not_found", "There is no partner with this MPN ID."));
            }
            if let Some(id) = &challenge
                && !phone::is_verified(&tx, &partner, id)?
            {
                problems.push(FieldError::new("phoneChallengeId", "not_verified", "Verify the telephone number first."));
            }
            if !problems.is_empty() {
                return Err(ApiError::validation_failed(problems));
            }
            match row {
                None => {
                    tx.execute(
                        "INSERT INTO enrollments (id, partner_id, program, status, mpn_id, submission, phone_challenge_id,
                            created_at, status_changed_at, submitted_at)
                         VALUES (?1, ?2, ?3, ?8, ?4, ?5, ?6, ?7, ?7, ?7)",
                        params![uuid::Uuid::new_v4().to_string(), partner, program, mpn, submission, challenge, now, submitted_status],
                    )?;
                }
                Some(row) => {
                    tx.execute(
                        "UPDATE enrollments SET status = ?6, version = version + 1, mpn_id = ?2, submission = ?3,
                            phone_challenge_id = ?4, status_changed_at = ?5, submitted_at = ?5, decided_at = NULL,
                            rejection_reason = NULL WHERE id = ?1",
                        params![row.id, mpn, submission, challenge, now, submitted_status],
                    )?;
                }
            }
            let token =
                if cloud == Cloud::Global { Some(global::issue_link(&tx, &partner, &primary_email, now)?) } else { None };
            let row = load(&tx, &partner)?;
            let mut status = with_journey(&tx, &partner, cloud, status_of(cloud, row.as_ref()))?;
            if let (Some(token), Some(link)) = (token, global::latest_link(&tx, &partner)?) {
                status.email_verification = Some(global::EmailVerification::of(&link, Some(&token)));
            }
            tx.commit()?;
            Ok(status)
        })
        .await?;
    let mut status = status;
    status.warnings = warnings;
    let secret = status.email_verification.as_ref().is_some_and(|v| v.debug_token.is_some());
    Ok(global::secret_if(with_etag(status, StatusCode::CREATED), secret))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategies;
    use proptest::prelude::*;

    fn contact(v: &[String]) -> Contact {
        Contact { first_name: v[0].clone(), last_name: v[1].clone(), email: v[2].clone(), phone_number: v[3].clone() }
    }

    /// A submission with every string field from `v` (22 values); `country` for the address.
    fn submission(v: &[String], country: &str) -> SubmitRequest {
        SubmitRequest {
            mpn_id: v[0].clone(),
            legal_business_profile: LegalBusinessProfile {
                company_name: v[1].clone(),
                address: EnrollmentAddress {
                    country: country.to_string(),
                    province: Some(v[2].clone()),
                    city: v[3].clone(),
                    district: Some(v[4].clone()),
                    address_line1: v[5].clone(),
                    address_line2: Some(v[6].clone()),
                    postal_code: v[7].clone(),
                },
                unified_social_credit_code: Some(v[8].clone()),
                primary_contact: contact(&v[9..13]),
            },
            approval_contact: contact(&v[13..17]),
            support_profile: SupportProfile { website: v[17].clone(), email: v[18].clone(), telephone: v[19].clone() },
            phone_challenge_id: Some(v[20].clone()),
        }
    }

    #[test]
    fn the_china_programs_fields_are_the_china_clouds() {
        let v = vec!["x".to_string(); 22];
        let mut req = submission(&v, "US");
        assert!(china_only_fields(Cloud::China, &req).is_empty());
        assert_eq!(
            china_only_fields(Cloud::Global, &req),
            ["legalBusinessProfile.unifiedSocialCreditCode", "phoneChallengeId"]
        );
        req.phone_challenge_id = Some("  ".into());
        req.legal_business_profile.unified_social_credit_code = None;
        assert!(china_only_fields(Cloud::Global, &req).is_empty(), "null or blank is not sent");
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_submission_is_validated(v in proptest::collection::vec(strategies::text(), 22)) {
            for cloud in [Cloud::China, Cloud::Global] {
                for country in [v[21].as_str(), "CN", "US", "GB"] {
                    let errors = validate(cloud, &submission(&v, country));
                    prop_assert!(errors.iter().all(|e| !e.field.is_empty()));
                }
            }
            let _ = contact::is_personal_email(&v[13]);
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_submissions(s in strategies::long()) {
            let v = vec![s.clone(); 22];
            for cloud in [Cloud::China, Cloud::Global] {
                prop_assert!(!validate(cloud, &submission(&v, "US")).is_empty());
            }
            let _ = contact::is_personal_email(&s);
        }
    }
}
