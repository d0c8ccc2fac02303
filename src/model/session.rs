//! Sessions: the signed-in partner user, as `GET /v1/sessions/current` returns it.

use serde::{Deserialize, Serialize};

use super::Attributes;
use crate::config::Cloud;

/// The six Partner Center roles (the docs' names). A user holds at most one admin role and one
/// agent role. Unknown values from a newer server decode as `Other` instead of failing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    GlobalAdmin,
    BillingAdmin,
    UserManagementAdmin,
    AdminAgent,
    SalesAgent,
    HelpdeskAgent,
    #[serde(other)]
    Other,
}

impl Role {
    pub fn message_id(self) -> Option<&'static str> {
        Some(match self {
            Role::GlobalAdmin => "role-global-admin",
            Role::BillingAdmin => "role-billing-admin",
            Role::UserManagementAdmin => "role-user-management-admin",
            Role::AdminAgent => "role-admin-agent",
            Role::SalesAgent => "role-sales-agent",
            Role::HelpdeskAgent => "role-helpdesk-agent",
            Role::Other => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionUser {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    #[serde(default)]
    pub roles: Vec<Role>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PartnerSummary {
    pub id: String,
    pub company_name: String,
    pub cloud: Cloud,
    /// A server without the field predates enrollment, so its partners are active.
    #[serde(default)]
    pub program_status: ProgramStatus,
}

/// Whether the partner may run its business yet, or is still enrolling.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProgramStatus {
    None,
    #[default]
    #[serde(other)]
    Active,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub user: SessionUser,
    pub partner: PartnerSummary,
    /// RFC 3339, UTC.
    pub expires_at: String,
    #[serde(default)]
    pub attributes: Attributes,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignInRequest {
    pub user_name: String,
    pub password: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_a_session_and_tolerates_new_roles() {
        let s: Session = serde_json::from_str(
            r#"{"user":{"id":"u1","displayName":"王立华","userPrincipalName":"admin@fabrikam-sh.partner.onmschina.cn",
                "roles":["global_admin","admin_agent","incentive_admin"]},
               "partner":{"id":"p1","companyName":"上海法布里坎信息技术有限公司","cloud":"china"},
               "expiresAt":"2026-11-22T18:00:00Z","attributes":{"objectType":"Session"}}"#,
        )
        .unwrap();
        assert_eq!(s.user.roles, vec![Role::GlobalAdmin, Role::AdminAgent, Role::Other]);
        assert_eq!(s.partner.cloud, Cloud::China);
        assert_eq!(s.attributes.object_type, "Session");
        let back: Session = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
        assert_eq!(back.user.display_name, "王立华");
    }

    #[test]
    fn sign_in_request_is_camel_case() {
        let r = SignInRequest { user_name: "a@b.cn".into(), password: "p".into() };
        assert_eq!(serde_json::to_string(&r).unwrap(), r#"{"userName":"a@b.cn","password":"p"}"#);
    }
}
