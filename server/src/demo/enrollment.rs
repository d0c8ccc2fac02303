//! Enrollments in each state: the demo China partner active with the 21Vianet agreement
//! accepted, the demo global partner active in the indirect reseller program, and a new China
//! partner (杭州云启网络科技有限公司) whose enrollment waits for review.

use partner_center_rules::uscc;
use rusqlite::params;

use super::accounts::{ACCOUNTS, CHINA_COMPANY, CHINA_PARTNER, GLOBAL_PARTNER, ensure_global_admin};
use crate::api::enrollment::set_program_status;

pub const CHINA_ACTIVE_ENROLLMENT_ID: &str = "5d1c2e8a-2f6b-4b7e-9c1a-0e6f3b9d7a21";
pub const YUNQI_PARTNER_ID: &str = "8a4f6c2e-51b3-4d0a-9e7f-3c2b1a0d9e84";
pub const YUNQI_USER_ID: &str = "b7e3d1f0-2a4c-4e6b-8d9f-1c3a5e7b9d02";
pub const YUNQI_ENROLLMENT_ID: &str = "e2b8f4a6-7c1d-4f3e-a5b9-6d0c2e4f8a13";
pub const YUNQI_ADMIN: &str = "admin@yunqi-hz.partner.onmschina.cn";

/// Demo enrollments: the demo China partner active with the 21Vianet agreement accepted; the
/// demo global partner active in the indirect reseller program; and 杭州云启网络科技有限公司 pending
/// review (approve it with the `review` command). Users are created with the demo password.
pub fn seed(tx: &rusqlite::Transaction, now: i64) -> rusqlite::Result<()> {
    let (china, global) = (CHINA_PARTNER, GLOBAL_PARTNER);
    let china_submission = serde_json::json!({
        "mpnId": "6102345",
        "legalBusinessProfile": {
            "companyName": CHINA_COMPANY,
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
        params![CHINA_ACTIVE_ENROLLMENT_ID, china, china_submission, accepted_at - 10 * 86_400, accepted_at, accepted_at - 86_400, ACCOUNTS[0].user_id],
    )?;
    set_program_status(tx, china, "active")?;
    set_program_status(tx, global, "active")?;
    tx.execute(
        "INSERT OR IGNORE INTO enrollments (id, partner_id, program, status, mpn_id, created_at, status_changed_at,
            submitted_at, decided_at, accepted_by_id, accepted_by_name, accepted_at)
         VALUES ('0c9e7a53-6d2b-4f18-b0e4-a7c35d1f2e96', ?1, 'indirect_reseller', 'active', '4567890', ?2, ?3, ?2, ?3, ?4, 'Avery Howard', ?3)",
        params![global, accepted_at - 5 * 86_400, accepted_at, ACCOUNTS[1].user_id],
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
    ensure_global_admin(tx, YUNQI_USER_ID, YUNQI_PARTNER_ID, YUNQI_ADMIN, "陈思远", now - 3 * 86_400)?;
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
