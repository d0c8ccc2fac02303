//! Sessions: the signed-in partner user, as `GET /v1/sessions/current` returns it.

use serde::{Deserialize, Serialize};

use super::Attributes;
use crate::locale::Cloud;

/// The six Partner Center roles (the docs' names), defined once in the shared rules for the app
/// and the server. A user holds at most one admin role and one agent role. Unknown values from a
/// newer server decode as `Other` instead of failing.
pub use partner_center_rules::Role;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionUser {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    #[serde(default, with = "role_values")]
    pub roles: Vec<Role>,
}

/// Roles as the contract writes them (`global_admin`); a value this build does not know reads as
/// [`Role::Other`] (the shared rules have no serde: they compile into the wasm as they are).
mod role_values {
    use serde::{Deserialize, Deserializer, Serializer};

    use super::Role;

    pub fn serialize<S: Serializer>(roles: &[Role], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(roles.iter().map(|r| r.as_str()))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Role>, D::Error> {
        Ok(Vec::<String>::deserialize(d)?.iter().map(|v| Role::from_wire(v)).collect())
    }
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
    /// The partner works as an indirect provider (global): the menu offers Indirect resellers.
    #[serde(default)]
    pub indirect_provider: bool,
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
        assert_eq!(back.user.roles, s.user.roles);
        let written = serde_json::to_value(&s.user).unwrap();
        assert_eq!(written["roles"], serde_json::json!(["global_admin", "admin_agent", "other"]));
    }

    #[test]
    fn sign_in_request_is_camel_case() {
        let r = SignInRequest { user_name: "a@b.cn".into(), password: "p".into() };
        assert_eq!(serde_json::to_string(&r).unwrap(), r#"{"userName":"a@b.cn","password":"p"}"#);
    }
}
