//! `POST /v1/enrollment`: submit the enrollment for review; and the demo records.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use partner_center_rules::{account, contact, uscc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{ENROLLMENT_ROLES, Warning, load, program, status_of, with_etag};
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
    pub address: Address,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unified_social_credit_code: Option<String>,
    pub primary_contact: Contact,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Address {
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
    let errors = validate(cloud, &req);
    if !errors.is_empty() {
        return Err(ApiError::validation_failed(errors));
    }
    let mut warnings = Vec::new();
    if contact::is_personal_email(&req.approval_contact.email) {
        if cloud == Cloud::Global {
            let e = FieldError::new(
                "approvalContact.email",
                "personal_email",
                "Use a work e-mail address of your organization.",
            );
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "personal_email",
                "The approval contact needs a work e-mail address.",
            )
            .with_data(vec![e]));
        }
        warnings.push(Warning { field: "approvalContact.email".into(), code: "personal_email" });
    }
    let partner = session.partner.id.clone();
    let now = crate::time::now();
    let mpn = req.mpn_id.trim().to_string();
    let submission = serde_json::to_string(&req).map_err(ApiError::internal_from)?;
    let challenge = req.phone_challenge_id.clone().map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let program = program(cloud);
    let mut status = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let row = load(&tx, &partner)?;
            if let Some(row) = &row {
                match row.status.as_str() {
                    "draft" | "rejected" => {}
                    "pending_review" | "credit_check" => {
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
                         VALUES (?1, ?2, ?3, 'pending_review', ?4, ?5, ?6, ?7, ?7, ?7)",
                        params![uuid::Uuid::new_v4().to_string(), partner, program, mpn, submission, challenge, now],
                    )?;
                }
                Some(row) => {
                    tx.execute(
                        "UPDATE enrollments SET status = 'pending_review', version = version + 1, mpn_id = ?2, submission = ?3,
                            phone_challenge_id = ?4, status_changed_at = ?5, submitted_at = ?5, decided_at = NULL,
                            rejection_reason = NULL WHERE id = ?1",
                        params![row.id, mpn, submission, challenge, now],
                    )?;
                }
            }
            let row = load(&tx, &partner)?;
            tx.commit()?;
            Ok(status_of(cloud, row.as_ref()))
        })
        .await?;
    status.warnings = warnings;
    Ok(with_etag(status, StatusCode::CREATED))
}

pub const CHINA_ACTIVE_ENROLLMENT_ID: &str = "5d1c2e8a-2f6b-4b7e-9c1a-0e6f3b9d7a21";
pub const YUNQI_PARTNER_ID: &str = "8a4f6c2e-51b3-4d0a-9e7f-3c2b1a0d9e84";
pub const YUNQI_USER_ID: &str = "b7e3d1f0-2a4c-4e6b-8d9f-1c3a5e7b9d02";
pub const YUNQI_ENROLLMENT_ID: &str = "e2b8f4a6-7c1d-4f3e-a5b9-6d0c2e4f8a13";
pub const YUNQI_ADMIN: &str = "admin@yunqi-hz.partner.onmschina.cn";

/// Demo enrollments: the demo China partner active with the 21Vianet agreement accepted; the
/// demo global partner active in the indirect reseller program; and 杭州云启网络科技有限公司 pending
/// review (approve it with the `review` command). Users are created with the demo password.
pub fn seed_demo(tx: &rusqlite::Transaction, now: i64) -> rusqlite::Result<()> {
    let china = crate::demo::ACCOUNTS[0].partner_id;
    let global = crate::demo::ACCOUNTS[1].partner_id;
    let china_submission = serde_json::json!({
        "mpnId": "6102345",
        "legalBusinessProfile": {
            "companyName": "上海法布里坎信息技术有限公司",
            "address": {"country": "CN", "province": "上海市", "city": "上海市", "district": "浦东新区",
                         "addressLine1": "世纪大道100号环球金融中心58楼", "postalCode": "200120"},
            "unifiedSocialCreditCode": with_check("91310115MA1K4ABC2"),
            "primaryContact": {"firstName": "立华", "lastName": "王", "email": "wang.lihua@fabrikam-sh.cn", "phoneNumber": "+86 21 6888 1234"}
        },
        "approvalContact": {"firstName": "立华", "lastName": "王", "email": "wang.lihua@fabrikam-sh.cn", "phoneNumber": "+86 138 1234 5678"},
        "supportProfile": {"website": "https://www.fabrikam-sh.cn", "email": "support@fabrikam-sh.cn", "telephone": "400-820-1234"}
    })
    .to_string();
    let accepted_at = now - 200 * 86_400;
    tx.execute(
        "INSERT OR IGNORE INTO enrollments (id, partner_id, program, status, mpn_id, submission, created_at, status_changed_at,
            submitted_at, decided_at, accepted_by_id, accepted_by_name, accepted_at)
         VALUES (?1, ?2, 'china_csp_reseller', 'active', '6102345', ?3, ?4, ?5, ?4, ?6, ?7, '王立华', ?5)",
        params![CHINA_ACTIVE_ENROLLMENT_ID, china, china_submission, accepted_at - 10 * 86_400, accepted_at, accepted_at - 86_400, crate::demo::ACCOUNTS[0].user_id],
    )?;
    super::set_program_status(tx, china, "active")?;
    super::set_program_status(tx, global, "active")?;
    tx.execute(
        "INSERT OR IGNORE INTO enrollments (id, partner_id, program, status, mpn_id, created_at, status_changed_at,
            submitted_at, decided_at, accepted_by_id, accepted_by_name, accepted_at)
         VALUES ('0c9e7a53-6d2b-4f18-b0e4-a7c35d1f2e96', ?1, 'indirect_reseller', 'active', '4567890', ?2, ?3, ?2, ?3, ?4, 'Avery Howard', ?3)",
        params![global, accepted_at - 5 * 86_400, accepted_at, crate::demo::ACCOUNTS[1].user_id],
    )?;

    // 杭州云启: a new organization whose enrollment waits for review.
    tx.execute(
        "INSERT OR IGNORE INTO partners (id, company_name, cloud, created_at) VALUES (?1, '杭州云启网络科技有限公司', 'china', ?2)",
        params![YUNQI_PARTNER_ID, now - 3 * 86_400],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO partner_programs (partner_id, program_status) VALUES (?1, 'none')",
        [YUNQI_PARTNER_ID],
    )?;
    crate::demo::ensure_global_admin(tx, YUNQI_USER_ID, YUNQI_PARTNER_ID, YUNQI_ADMIN, "陈思远", now - 3 * 86_400)?;
    tx.execute(
        "INSERT OR IGNORE INTO work_accounts (partner_id, domain, user_id, created_at) VALUES (?1, 'yunqi-hz.partner.onmschina.cn', ?2, ?3)",
        params![YUNQI_PARTNER_ID, YUNQI_USER_ID, now - 3 * 86_400],
    )?;
    let yunqi_submission = serde_json::json!({
        "mpnId": "6104478",
        "legalBusinessProfile": {
            "companyName": "杭州云启网络科技有限公司",
            "address": {"country": "CN", "province": "浙江省", "city": "杭州市", "district": "西湖区",
                         "addressLine1": "文三路478号华星时代广场A座1203室", "postalCode": "310012"},
            "unifiedSocialCreditCode": with_check("91330106MA2CFXY20"),
            "primaryContact": {"firstName": "思远", "lastName": "陈", "email": "chen.siyuan@yunqi-hz.cn", "phoneNumber": "0571-8765-4321"}
        },
        "approvalContact": {"firstName": "思远", "lastName": "陈", "email": "chen.siyuan@yunqi-hz.cn", "phoneNumber": "139 5712 3456"},
        "supportProfile": {"website": "https://www.yunqi-hz.cn", "email": "support@yunqi-hz.cn", "telephone": "0571-8765-4300"}
    })
    .to_string();
    tx.execute(
        "INSERT OR IGNORE INTO enrollments (id, partner_id, program, status, mpn_id, submission, created_at, status_changed_at, submitted_at)
         VALUES (?1, ?2, 'china_csp_reseller', 'pending_review', '6104478', ?3, ?4, ?5, ?5)",
        params![YUNQI_ENROLLMENT_ID, YUNQI_PARTNER_ID, yunqi_submission, now - 3 * 86_400, now - 2 * 86_400],
    )?;
    Ok(())
}

/// Completes the first 17 characters of a unified social credit code with its check character.
fn with_check(body: &str) -> String {
    uscc::check_char(body).map(|c| format!("{body}{c}")).unwrap_or_default()
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
                address: Address {
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
