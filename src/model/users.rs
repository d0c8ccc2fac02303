//! `/v1/users`: the partner's users (Account settings › User management).

use serde::{Deserialize, Serialize};

use super::common::Collection;
use super::{Attributes, Role};

/// `PartnerUser`: at most one admin role and one agent role, admin role first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PartnerUser {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, with = "role_values")]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub attributes: Attributes,
}

impl PartnerUser {
    /// The admin role the user holds, if any.
    pub fn admin_role(&self) -> Option<Role> {
        self.roles.iter().copied().find(|r| r.is_admin_role())
    }

    /// The agent role the user holds, if any.
    pub fn agent_role(&self) -> Option<Role> {
        self.roles.iter().copied().find(|r| !r.is_admin_role() && *r != Role::Other)
    }
}

pub type UserPage = Collection<PartnerUser>;

/// `PartnerUserCreate`. A null role is "No admin" / "not an agent", sent explicitly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewUser {
    pub display_name: String,
    pub user_principal_name: String,
    pub admin_role: Option<&'static str>,
    pub agent_role: Option<&'static str>,
}

/// `PartnerUserCreated`: the user and the temporary password, shown once.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedUser {
    #[serde(flatten)]
    pub user: PartnerUser,
    pub temporary_password: String,
}

/// `PartnerUserUpdate`: absent fields stay as they are; `Some(None)` removes a role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserUpdate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Only a global admin may send this (even unchanged, a user management admin leaves it out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_role: Option<Option<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_role: Option<Option<&'static str>>,
}

/// `TemporaryPassword`, the answer of a password reset.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemporaryPassword {
    pub temporary_password: String,
}

/// Roles as the contract writes them; a value this build does not know reads as `Other`.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_a_page_of_users_with_the_next_link() {
        let p: UserPage = serde_json::from_str(
            r#"{"totalCount":1,"items":[{"id":"u1","displayName":"王立华",
                "userPrincipalName":"admin@fabrikam-sh.partner.onmschina.cn","roles":["global_admin","admin_agent"],
                "createdAt":"2026-01-01T00:00:00Z","attributes":{"etag":"e1","objectType":"PartnerUser"}}],
               "links":{"self":{"uri":"/v1/users?size=1","method":"GET","headers":[]},
                        "next":{"uri":"/v1/users?size=1&seekOperation=Next","method":"GET",
                                "headers":[{"key":"MS-ContinuationToken","value":"abc"}]}},
               "attributes":{"objectType":"Collection"}}"#,
        )
        .unwrap();
        let u = &p.items[0];
        assert_eq!(u.admin_role(), Some(Role::GlobalAdmin));
        assert_eq!(u.agent_role(), Some(Role::AdminAgent));
        assert_eq!(u.attributes.etag.as_deref(), Some("e1"));
        let next = p.links.next.unwrap();
        assert_eq!(next.headers[0].value, "abc");
    }

    #[test]
    fn a_created_user_carries_the_temporary_password() {
        let c: CreatedUser = serde_json::from_str(
            r#"{"id":"u2","displayName":"Chloé","userPrincipalName":"c@fabrikam.onmicrosoft.com","roles":[],
                "createdAt":"x","attributes":{"objectType":"PartnerUser","etag":"e"},"temporaryPassword":"q7#Rk2mZ@x9hT4$w"}"#,
        )
        .unwrap();
        assert_eq!(c.temporary_password, "q7#Rk2mZ@x9hT4$w");
        assert_eq!(c.user.admin_role(), None);
        assert_eq!(c.user.agent_role(), None);
    }

    #[test]
    fn writes_explicit_nulls_for_no_role_and_leaves_out_what_stays() {
        let n = NewUser {
            display_name: "A".into(),
            user_principal_name: "a@b.cn".into(),
            admin_role: None,
            agent_role: Some("sales_agent"),
        };
        assert_eq!(
            serde_json::to_string(&n).unwrap(),
            r#"{"displayName":"A","userPrincipalName":"a@b.cn","adminRole":null,"agentRole":"sales_agent"}"#
        );
        let u = UserUpdate { display_name: Some("B".into()), admin_role: None, agent_role: Some(None) };
        assert_eq!(serde_json::to_string(&u).unwrap(), r#"{"displayName":"B","agentRole":null}"#);
        let u = UserUpdate { display_name: None, admin_role: Some(Some("global_admin")), agent_role: None };
        assert_eq!(serde_json::to_string(&u).unwrap(), r#"{"adminRole":"global_admin"}"#);
    }
}
