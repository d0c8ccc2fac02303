//! Partner users and roles: list (filter by role), read, create with a temporary password,
//! change name and roles, delete, admin password reset (global cloud only), and Partner
//! Center's `/v1/roles` and `/v1/roles/{roleId}/usermembers`.
//!
//! Rules from the docs: a user has at most one admin role and one agent role (the two fields);
//! only global and user management admins manage users; "Global admins are the only admins who
//! can assign other admin roles"; a partner keeps at least one global admin; in Partner Center
//! operated by 21Vianet, admins cannot reset passwords (self-service only).

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Deserializer, Serialize};

use crate::api::fields::Fields;
use crate::api::profiles::partner_info;
use crate::api::resource::{Attributes, EchoedObject, echoed_object};
use crate::auth::password::temporary_password;
use crate::auth::{Role, SessionInfo, SignedIn, hash_blocking, role_values};
use crate::concurrency::{check_if_match, etag, etag_header};
use crate::error::ApiError;
use crate::extract::ApiBody;
use crate::middleware::idempotency::SecretAnswer;
use crate::paging::{Collection, page_size, seek_key, seek_operation};
use crate::settings::Cloud;
use crate::state::AppState;

/// Who may manage the partner's users ("Only global or user management admins can add users and
/// assign roles").
pub const MANAGERS: &[Role] = &[Role::GlobalAdmin, Role::UserManagementAdmin];

pub const DISPLAY_NAME_MAX: usize = 100;
pub const UPN_MAX: usize = 113;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/users", get(list).post(create))
        .route("/users/{id}", get(get_one).patch(update).delete(delete))
        .route("/users/{id}/resetpassword", post(reset_password))
        .route("/roles", get(list_roles))
        .route("/roles/{role_id}/usermembers", get(role_members))
}

// ---------------------------------------------------------------------------------------------
// Shapes

/// `PartnerUser`.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct PartnerUser {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Admin role first, then agent role.
    #[serde(serialize_with = "role_values")]
    pub roles: Vec<Role>,
    pub created_at: String,
    pub attributes: Attributes,
}

struct UserRow {
    id: String,
    display_name: String,
    upn: String,
    first_name: Option<String>,
    last_name: Option<String>,
    admin_role: Option<Role>,
    agent_role: Option<Role>,
    created_at: i64,
    version: i64,
}

/// Columns of `FROM users u LEFT JOIN user_details d ON d.user_id = u.id` (see [`USER_FROM`]).
const USER_COLUMNS: &str =
    "u.id, u.display_name, u.user_principal_name, d.first_name, d.last_name, u.admin_role, u.agent_role,
     u.created_at, coalesce(d.version, 1)";
const USER_FROM: &str = "users u LEFT JOIN user_details d ON d.user_id = u.id";

fn user_row(r: &rusqlite::Row) -> rusqlite::Result<UserRow> {
    let role = |i: usize| -> rusqlite::Result<Option<Role>> {
        Ok(r.get::<_, Option<String>>(i)?.and_then(|s| Role::parse(&s)))
    };
    Ok(UserRow {
        id: r.get(0)?,
        display_name: r.get(1)?,
        upn: r.get(2)?,
        first_name: r.get(3)?,
        last_name: r.get(4)?,
        admin_role: role(5)?,
        agent_role: role(6)?,
        created_at: r.get(7)?,
        version: r.get(8)?,
    })
}

impl UserRow {
    fn etag(&self) -> String {
        etag(&self.id, self.version)
    }

    fn into_user(self) -> PartnerUser {
        let mut attributes = Attributes::of("PartnerUser");
        attributes.etag = Some(self.etag());
        PartnerUser {
            roles: [self.admin_role, self.agent_role].into_iter().flatten().collect(),
            id: self.id,
            display_name: self.display_name,
            user_principal_name: self.upn,
            first_name: self.first_name,
            last_name: self.last_name,
            created_at: crate::time::rfc3339(self.created_at),
            attributes,
        }
    }
}

fn find_user(conn: &Connection, partner_id: &str, user_id: &str) -> Result<UserRow, ApiError> {
    conn.query_row(
        &format!("SELECT {USER_COLUMNS} FROM {USER_FROM} WHERE u.id = ?1 AND u.partner_id = ?2"),
        params![user_id, partner_id],
        user_row,
    )
    .optional()?
    .ok_or_else(ApiError::not_found)
}

fn global_admin_count(conn: &Connection, partner_id: &str) -> Result<i64, ApiError> {
    Ok(conn.query_row(
        "SELECT count(*) FROM users WHERE partner_id = ?1 AND admin_role = 'global_admin'",
        [partner_id],
        |r| r.get(0),
    )?)
}

fn last_global_admin() -> ApiError {
    ApiError::conflict(
        "last_global_admin",
        "A partner account must keep at least one global admin. Make another user a global admin first.",
    )
}

fn user_response(status: StatusCode, row: UserRow) -> Response {
    let tag = row.etag();
    (status, [(header::ETAG, etag_header(&tag))], Json(row.into_user())).into_response()
}

// ---------------------------------------------------------------------------------------------
// Listing (seek paging, sorted by display name then id)

/// Seek position: the sort key of the last item of the previous page.
fn seek_after(headers: &HeaderMap) -> Result<Option<(String, String)>, ApiError> {
    let Some(key) = seek_key(headers)? else { return Ok(None) };
    // The last separator: the id (a UUID) has none, a display name might.
    key.rsplit_once('\u{1f}').map(|(n, id)| Some((n.to_string(), id.to_string()))).ok_or_else(|| {
        ApiError::validation_failed(vec![crate::error::FieldError::new(
            crate::paging::CONTINUATION_HEADER,
            "invalid_value",
            "Not a continuation token from this server.",
        )])
    })
}

struct PageQuery {
    size: u32,
    after: Option<(String, String)>,
}

fn page_query(query: &HashMap<String, String>, headers: &HeaderMap) -> Result<PageQuery, ApiError> {
    let mut r = Fields::new();
    let size = match query.get("size").map(|s| s.trim().parse::<u32>()) {
        None => None,
        Some(Ok(n)) => Some(n),
        Some(Err(_)) => {
            r.push("size", "invalid_format", "size is a whole number from 1 to 500.");
            None
        }
    };
    r.finish()?;
    seek_operation(query)?;
    Ok(PageQuery { size: page_size(size)?, after: seek_after(headers)? })
}

fn users_page(
    conn: &Connection,
    partner_id: &str,
    role: Option<Role>,
    q: &PageQuery,
) -> Result<(Vec<UserRow>, Option<String>), ApiError> {
    let (after_name, after_id) = match &q.after {
        Some((n, id)) => (Some(n.as_str()), Some(id.as_str())),
        None => (None, None),
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT {USER_COLUMNS} FROM {USER_FROM}
         WHERE u.partner_id = ?1 AND (?2 IS NULL OR u.admin_role = ?2 OR u.agent_role = ?2)
           AND (?3 IS NULL OR u.display_name > ?3 OR (u.display_name = ?3 AND u.id > ?4))
         ORDER BY u.display_name, u.id LIMIT ?5"
    ))?;
    let mut rows = stmt
        .query_map(params![partner_id, role.map(Role::as_str), after_name, after_id, q.size as i64 + 1], user_row)?
        .collect::<Result<Vec<_>, _>>()?;
    let next = if rows.len() > q.size as usize {
        rows.truncate(q.size as usize);
        rows.last().map(|u| format!("{}\u{1f}{}", u.display_name, u.id))
    } else {
        None
    };
    Ok((rows, next))
}

fn parse_role_filter(query: &HashMap<String, String>) -> Result<Option<Role>, ApiError> {
    match query.get("role").map(|r| r.trim()) {
        None | Some("") => Ok(None),
        Some(r) => Role::parse(r).map(Some).ok_or_else(|| {
            ApiError::validation_failed(vec![crate::error::FieldError::new(
                "role",
                "invalid_value",
                "Use one of global_admin, billing_admin, user_management_admin, admin_agent, sales_agent, helpdesk_agent.",
            )])
        }),
    }
}

async fn list(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Collection<PartnerUser>>, ApiError> {
    session.require_any(MANAGERS)?;
    let role = parse_role_filter(&query)?;
    let q = page_query(&query, &headers)?;
    let partner_id = session.partner.id.clone();
    let mut uri = format!("/v1/users?size={}", q.size);
    if let Some(role) = role {
        uri.push_str(&format!("&role={}", role.as_str()));
    }
    let (rows, next) = state.db.call(move |c| users_page(c, &partner_id, role, &q)).await?;
    let items = rows.into_iter().map(UserRow::into_user).collect();
    Ok(Json(Collection::seek_page(items, next.as_deref(), &uri)))
}

async fn get_one(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    session.require_any(MANAGERS)?;
    let partner_id = session.partner.id.clone();
    let row = state.db.call(move |c| find_user(c, &partner_id, &id)).await?;
    Ok(user_response(StatusCode::OK, row))
}

// ---------------------------------------------------------------------------------------------
// Roles

/// `DirectoryRole`: one of the six Partner Center roles; `id` is the role value.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DirectoryRole {
    pub id: &'static str,
    pub name: &'static str,
    pub attributes: Attributes,
}

/// `UserMember`: a user holding a role.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserMember {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    pub role_id: &'static str,
    pub attributes: Attributes,
}

async fn list_roles(SignedIn(_session): SignedIn) -> Json<Collection<DirectoryRole>> {
    let roles = Role::ALL
        .into_iter()
        .map(|r| DirectoryRole { id: r.as_str(), name: r.label(), attributes: Attributes::of("DirectoryRole") })
        .collect();
    Json(Collection::all(roles))
}

async fn role_members(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    headers: HeaderMap,
    Path(role_id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Collection<UserMember>>, ApiError> {
    session.require_any(MANAGERS)?;
    let role = Role::parse(&role_id).ok_or_else(ApiError::not_found)?;
    let q = page_query(&query, &headers)?;
    let uri = format!("/v1/roles/{}/usermembers?size={}", role.as_str(), q.size);
    let partner_id = session.partner.id.clone();
    let (rows, next) = state.db.call(move |c| users_page(c, &partner_id, Some(role), &q)).await?;
    let items = rows
        .into_iter()
        .map(|u| UserMember {
            id: u.id,
            display_name: u.display_name,
            user_principal_name: u.upn,
            role_id: role.as_str(),
            attributes: Attributes::of("UserMember"),
        })
        .collect();
    Ok(Json(Collection::seek_page(items, next.as_deref(), &uri)))
}

// ---------------------------------------------------------------------------------------------
// Create

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateUser {
    pub display_name: String,
    pub user_principal_name: String,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub admin_role: Option<String>,
    #[serde(default)]
    pub agent_role: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CreatedUser {
    #[serde(flatten)]
    user: PartnerUser,
    /// Shown once; the user must change it at the next sign-in.
    temporary_password: String,
}

fn parse_admin_role(r: &mut Fields, field: &str, v: Option<&str>) -> Option<Role> {
    let v = v?;
    match Role::parse(v) {
        Some(role) if role.is_admin_role() => Some(role),
        _ => {
            r.push(
                field,
                "invalid_value",
                "Use global_admin, billing_admin, user_management_admin or null (no admin).",
            );
            None
        }
    }
}

fn parse_agent_role(r: &mut Fields, field: &str, v: Option<&str>) -> Option<Role> {
    let v = v?;
    match Role::parse(v) {
        Some(role) if !role.is_admin_role() => Some(role),
        _ => {
            r.push(field, "invalid_value", "Use admin_agent, sales_agent, helpdesk_agent or null (not an agent).");
            None
        }
    }
}

fn check_name(r: &mut Fields, field: &str, v: &Option<String>) {
    if let Some(v) = v {
        r.text(field, v, 1, 50);
    }
}

fn clean(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string())
}

async fn create(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    body: ApiBody<CreateUser>,
) -> Result<Response, ApiError> {
    session.require_any(MANAGERS)?;
    let req = body.parse()?;
    let display_name = req.display_name.trim().to_string();
    let upn = req.user_principal_name.trim().to_string();
    let (first_name, last_name) = (clean(req.first_name), clean(req.last_name));
    let mut r = Fields::new();
    r.text("displayName", &display_name, 1, DISPLAY_NAME_MAX);
    if r.text("userPrincipalName", &upn, 1, UPN_MAX) {
        let shape = partner_center_rules::contact::email(&upn);
        r.rule("userPrincipalName", shape, "Enter a sign-in name like name@contoso.onmicrosoft.com.");
    }
    check_name(&mut r, "firstName", &first_name);
    check_name(&mut r, "lastName", &last_name);
    let admin = parse_admin_role(&mut r, "adminRole", req.admin_role.as_deref());
    let agent = parse_agent_role(&mut r, "agentRole", req.agent_role.as_deref());
    let partner_id = session.partner.id.clone();
    let pid = partner_id.clone();
    let domain = state.db.call(move |c| Ok(partner_info(c, &pid)?.domain)).await?;
    if !r.failed("userPrincipalName") && !upn.rsplit_once('@').is_some_and(|(_, d)| d.eq_ignore_ascii_case(&domain)) {
        r.push("userPrincipalName", "invalid_value", format!("The sign-in name must be in your domain, {domain}."));
    }
    r.finish()?;
    // "Global admins are the only admins who can assign other admin roles."
    if admin.is_some() && !session.has_role(Role::GlobalAdmin) {
        return Err(ApiError::forbidden());
    }

    let password = temporary_password().map_err(ApiError::internal_from)?;
    let hash = hash_blocking(&state, password.clone()).await?;
    let id = uuid::Uuid::new_v4().to_string();
    let row = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let key = upn.to_lowercase();
            let taken =
                tx.query_row("SELECT 1 FROM users WHERE user_name_key = ?1", [&key], |_| Ok(())).optional()?.is_some();
            if taken {
                return Err(ApiError::conflict("user_exists", "A user with this sign-in name already exists."));
            }
            tx.execute(
                "INSERT INTO users (id, partner_id, user_principal_name, user_name_key, display_name, password_hash,
                                    admin_role, agent_role, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    id,
                    partner_id,
                    upn,
                    key,
                    display_name,
                    hash,
                    admin.map(Role::as_str),
                    agent.map(Role::as_str),
                    crate::time::now()
                ],
            )?;
            tx.execute(
                "INSERT INTO user_details (user_id, version, first_name, last_name) VALUES (?1, 1, ?2, ?3)",
                params![id, first_name, last_name],
            )?;
            let row = find_user(&tx, &partner_id, &id)?;
            tx.commit()?;
            Ok(row)
        })
        .await?;
    let location = HeaderValue::from_str(&format!("{}/v1/users/{}", state.settings.api_base.path, row.id))
        .map_err(ApiError::internal_from)?;
    let tag = etag_header(&row.etag());
    let body = CreatedUser { user: row.into_user(), temporary_password: password };
    let mut res =
        (StatusCode::CREATED, [(header::LOCATION, location), (header::ETAG, tag)], Json(body)).into_response();
    // The temporary password is shown once: a replay keeps it in memory, never in the database.
    res.extensions_mut().insert(SecretAnswer);
    Ok(res)
}

// ---------------------------------------------------------------------------------------------
// Update, delete, reset password

/// `Some(None)` for an explicit null, `None` when the field is absent.
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

/// Present means a string: `null` or another type is refused like any wrong type.
fn string_when_present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    String::deserialize(d).map(Some)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateUser {
    /// Absent: unchanged; `null` is refused (the contract does not make it nullable, and a
    /// display name cannot be removed).
    #[serde(default, deserialize_with = "string_when_present")]
    pub display_name: Option<String>,
    #[serde(default, deserialize_with = "present")]
    pub first_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub last_name: Option<Option<String>>,
    /// Absent: unchanged; null: no admin role.
    #[serde(default, deserialize_with = "present")]
    pub admin_role: Option<Option<String>>,
    /// Absent: unchanged; null: not an agent.
    #[serde(default, deserialize_with = "present")]
    pub agent_role: Option<Option<String>>,
    /// Read-only, ignored; an object when present.
    #[serde(default, deserialize_with = "echoed_object")]
    pub attributes: Option<EchoedObject>,
}

async fn update(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: ApiBody<UpdateUser>,
) -> Result<Response, ApiError> {
    session.require_any(MANAGERS)?;
    let req = body.parse()?;
    let display_name = req.display_name.map(|s| s.trim().to_string());
    let first_name = req.first_name.map(|v| clean(v).filter(|s| !s.is_empty()));
    let last_name = req.last_name.map(|v| clean(v).filter(|s| !s.is_empty()));
    let mut r = Fields::new();
    if let Some(n) = &display_name {
        r.text("displayName", n, 1, DISPLAY_NAME_MAX);
    }
    if let Some(n) = &first_name {
        check_name(&mut r, "firstName", n);
    }
    if let Some(n) = &last_name {
        check_name(&mut r, "lastName", n);
    }
    let admin = req.admin_role.map(|v| parse_admin_role(&mut r, "adminRole", v.as_deref()));
    let agent = req.agent_role.map(|v| parse_agent_role(&mut r, "agentRole", v.as_deref()));
    r.finish()?;
    let is_global_admin = session.has_role(Role::GlobalAdmin);
    let partner_id = session.partner.id.clone();
    let row = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let cur = find_user(&tx, &partner_id, &id)?;
            let new_admin = admin.unwrap_or(cur.admin_role);
            if new_admin != cur.admin_role && !is_global_admin {
                return Err(ApiError::forbidden());
            }
            check_if_match(&headers, &cur.etag())?;
            if cur.admin_role == Some(Role::GlobalAdmin)
                && new_admin != Some(Role::GlobalAdmin)
                && global_admin_count(&tx, &partner_id)? <= 1
            {
                return Err(last_global_admin());
            }
            tx.execute(
                "UPDATE users SET display_name = ?2, admin_role = ?3, agent_role = ?4 WHERE id = ?1",
                params![
                    cur.id,
                    display_name.unwrap_or(cur.display_name.clone()),
                    new_admin.map(Role::as_str),
                    agent.unwrap_or(cur.agent_role).map(Role::as_str)
                ],
            )?;
            tx.execute(
                "INSERT INTO user_details (user_id, version, first_name, last_name) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (user_id) DO UPDATE SET version = excluded.version, first_name = excluded.first_name,
                                                     last_name = excluded.last_name",
                params![
                    cur.id,
                    cur.version.saturating_add(1),
                    first_name.unwrap_or(cur.first_name.clone()),
                    last_name.unwrap_or(cur.last_name.clone())
                ],
            )?;
            let row = find_user(&tx, &partner_id, &cur.id)?;
            tx.commit()?;
            Ok(row)
        })
        .await?;
    Ok(user_response(StatusCode::OK, row))
}

/// Removing a user who holds an admin role removes that role: only a global admin may.
fn may_touch(session: &SessionInfo, target: &UserRow) -> Result<(), ApiError> {
    if target.admin_role.is_some() && !session.has_role(Role::GlobalAdmin) {
        Err(ApiError::forbidden())
    } else {
        Ok(())
    }
}

async fn delete(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    session.require_any(MANAGERS)?;
    let partner_id = session.partner.id.clone();
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let target = find_user(&tx, &partner_id, &id)?;
            if target.id == session.user.id {
                return Err(ApiError::conflict("cannot_delete_self", "You cannot delete your own account."));
            }
            may_touch(&session, &target)?;
            // If-Match is optional here; when sent, it must be current.
            if headers.contains_key(header::IF_MATCH) {
                check_if_match(&headers, &target.etag())?;
            }
            if target.admin_role == Some(Role::GlobalAdmin) && global_admin_count(&tx, &partner_id)? <= 1 {
                return Err(last_global_admin());
            }
            // Their sessions go with them (ON DELETE CASCADE).
            match tx.execute("DELETE FROM users WHERE id = ?1", [&target.id]) {
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY =>
                {
                    return Err(ApiError::conflict(
                        "user_has_dependents",
                        "Other records still refer to this user; it cannot be deleted.",
                    ));
                }
                other => other?,
            };
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TemporaryPassword {
    temporary_password: String,
    attributes: Attributes,
}

async fn reset_password(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    session.require_any(MANAGERS)?;
    // 21Vianet: "Global admins cannot reset a password on behalf of a user" (self-service only).
    session.require_cloud(Cloud::Global)?;
    let partner_id = session.partner.id.clone();
    let pid = partner_id.clone();
    let target = state.db.call(move |c| find_user(c, &pid, &id)).await?;
    may_touch(&session, &target)?;
    if target.id == session.user.id {
        return Err(ApiError::conflict(
            "cannot_reset_self",
            "You cannot reset your own password here; change it from your profile.",
        ));
    }
    let password = temporary_password().map_err(ApiError::internal_from)?;
    let hash = hash_blocking(&state, password.clone()).await?;
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let n = tx.execute(
                "UPDATE users SET password_hash = ?3 WHERE id = ?1 AND partner_id = ?2",
                params![target.id, partner_id, hash],
            )?;
            if n == 0 {
                return Err(ApiError::not_found());
            }
            // The old password's sessions end.
            tx.execute("DELETE FROM sessions WHERE user_id = ?1", [&target.id])?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    let mut res =
        Json(TemporaryPassword { temporary_password: password, attributes: Attributes::of("TemporaryPassword") })
            .into_response();
    res.extensions_mut().insert(SecretAnswer);
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::strategies;
    use proptest::prelude::*;

    fn token(key: &str) -> HeaderMap {
        let c = Collection::seek_page(vec![()], Some(key), "/v1/users?size=1");
        let mut h = HeaderMap::new();
        h.insert(crate::paging::CONTINUATION_HEADER, HeaderValue::from_str(&c.continuation_token.unwrap()).unwrap());
        h
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_user_query_is_a_page_or_400(size in strategies::text(), op in strategies::text(), role in strategies::text()) {
            let query = HashMap::from([
                ("size".to_string(), size.clone()),
                ("seekOperation".to_string(), op),
                ("role".to_string(), role),
            ]);
            match page_query(&query, &HeaderMap::new()) {
                Ok(q) => {
                    prop_assert_eq!(Some(q.size), size.trim().parse::<u32>().ok());
                    prop_assert!((1..=crate::paging::MAX_SIZE).contains(&q.size));
                }
                Err(e) => prop_assert_eq!(e.status.as_u16(), 400),
            }
            if let Err(e) = parse_role_filter(&query) {
                prop_assert_eq!(e.status.as_u16(), 400);
            }
        }

        #[test]
        fn seek_positions_round_trip(name in strategies::text(), other in strategies::text()) {
            let id = uuid::Uuid::new_v4().to_string();
            let key = format!("{name}\u{1f}{id}");
            prop_assert_eq!(seek_after(&token(&key)).unwrap(), Some((name, id)));
            let has_separator = other.contains('\u{1f}');
            match seek_after(&token(&other)) {
                Ok(position) => prop_assert!(position.is_some() && has_separator),
                Err(e) => prop_assert_eq!(e.status.as_u16(), 400),
            }
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_user_queries(s in strategies::long()) {
            let query = HashMap::from([("size".to_string(), s.clone()), ("role".to_string(), s.clone())]);
            prop_assert!(page_query(&query, &token(&s)).is_err());
            prop_assert!(parse_role_filter(&query).is_err());
            let mut r = Fields::new();
            check_name(&mut r, "firstName", &Some(s));
            prop_assert!(r.failed("firstName"));
        }
    }
}
