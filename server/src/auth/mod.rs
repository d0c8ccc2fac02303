//! Who is signed in: roles, the session cookie, the session store and the extractors handlers
//! use to authorise (`SignedIn`, `MaybeSignedIn`).

pub mod password;
pub mod store;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap, HeaderValue, header};
use serde::Serializer;

use crate::error::ApiError;
use crate::settings::Cloud;
use crate::state::AppState;

pub use store::{MAX_SESSION_LIFETIME_SECS, SessionInfo, SessionPartner, SessionUser};

/// The `__Host-` prefix makes the browser refuse the cookie unless it is Secure, has Path=/ and
/// no Domain: no subdomain can plant or read it.
pub const SESSION_COOKIE: &str = "__Host-pc_session";

/// The six Partner Center roles, defined once in the shared rules (the app reads the same type).
/// A user holds at most one admin role and one agent role.
pub use partner_center_rules::Role;

/// Roles as the contract writes them (`global_admin`), for `#[serde(serialize_with = ...)]`:
/// the shared rules have no serde.
pub fn role_values<S: Serializer>(roles: &[Role], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(roles.iter().map(|r| r.as_str()))
}

/// Hashes a password off the async threads, holding one of the sign-in permits.
pub async fn hash_blocking(state: &AppState, password: String) -> Result<String, ApiError> {
    // argon2 is memory- and CPU-hungry: share the sign-in permits.
    let _permit = state.password_checks.acquire().await.map_err(ApiError::internal_from)?;
    tokio::task::spawn_blocking(move || password::hash_password(&password))
        .await
        .map_err(ApiError::internal_from)?
        .map_err(ApiError::internal_from)
}

/// The session token from the `Cookie` header(s), if it looks like one of ours.
pub fn session_token(headers: &HeaderMap) -> Option<&str> {
    // Split the bytes, then read each pair: a non-ASCII byte in another cookie (which
    // `HeaderValue::to_str` refuses for the whole header) must not hide ours.
    headers
        .get_all(header::COOKIE)
        .iter()
        .flat_map(|v| v.as_bytes().split(|b| *b == b';'))
        .filter_map(|pair| std::str::from_utf8(pair).ok())
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.trim())
        .filter(|v| {
            !v.is_empty() && v.len() <= 128 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// No Max-Age: the cookie ends with the browser session; the server ends it sooner if idle.
pub fn session_cookie(token: &str) -> HeaderValue {
    HeaderValue::from_str(&format!("{SESSION_COOKIE}={token}; Path=/; Secure; HttpOnly; SameSite=Strict"))
        .unwrap_or_else(|_| clear_session_cookie())
}

pub fn clear_session_cookie() -> HeaderValue {
    HeaderValue::from_static("__Host-pc_session=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0")
}

/// The request's session, looked up once and kept in the request extensions (middleware and
/// handlers both ask).
#[derive(Clone)]
struct Resolved(Option<SessionInfo>);

pub async fn resolve_session(
    state: &AppState,
    headers: &HeaderMap,
    extensions: &mut Extensions,
) -> Result<Option<SessionInfo>, ApiError> {
    if let Some(Resolved(found)) = extensions.get::<Resolved>() {
        return Ok(found.clone());
    }
    let found = match session_token(headers) {
        None => None,
        Some(token) => {
            let hash = password::token_hash(token);
            let ttl = state.settings.session_ttl_secs();
            state.db.call(move |c| store::lookup(c, &hash, crate::time::now(), ttl)).await?
        }
    };
    extensions.insert(Resolved(found.clone()));
    Ok(found)
}

/// A handler argument that requires a signed-in user (401 `session_required` otherwise).
pub struct SignedIn(pub SessionInfo);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        resolve_session(state, &parts.headers, &mut parts.extensions)
            .await?
            .map(SignedIn)
            .ok_or_else(ApiError::session_required)
    }
}

/// A handler argument for endpoints that also serve anonymous callers.
pub struct MaybeSignedIn(pub Option<SessionInfo>);

impl FromRequestParts<AppState> for MaybeSignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        resolve_session(state, &parts.headers, &mut parts.extensions).await.map(MaybeSignedIn)
    }
}

impl SessionInfo {
    pub fn has_role(&self, role: Role) -> bool {
        self.user.roles.contains(&role)
    }

    /// 403 `forbidden` unless the user holds one of `roles`.
    pub fn require_any(&self, roles: &[Role]) -> Result<(), ApiError> {
        if roles.iter().any(|r| self.has_role(*r)) { Ok(()) } else { Err(ApiError::forbidden()) }
    }

    pub fn cloud(&self) -> Cloud {
        self.partner.cloud
    }

    /// 403 `not_available_in_cloud` unless the partner is in `cloud`.
    pub fn require_cloud(&self, cloud: Cloud) -> Result<(), ApiError> {
        if self.partner.cloud == cloud { Ok(()) } else { Err(ApiError::not_in_cloud()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_session_cookie_among_others() {
        let mut h = HeaderMap::new();
        h.append(header::COOKIE, HeaderValue::from_static("a=1; __Host-pc_session=abc_-9 ; b=2"));
        assert_eq!(session_token(&h), Some("abc_-9"));
        let mut h = HeaderMap::new();
        h.append(header::COOKIE, HeaderValue::from_static("x=1"));
        h.append(header::COOKIE, HeaderValue::from_static("__Host-pc_session=zz"));
        assert_eq!(session_token(&h), Some("zz"));
        let mut h = HeaderMap::new();
        h.append(header::COOKIE, HeaderValue::from_static("__Host-pc_session=bad value!"));
        assert_eq!(session_token(&h), None);
        // Another cookie's non-ASCII value does not hide the session.
        let mut h = HeaderMap::new();
        h.append(header::COOKIE, HeaderValue::from_bytes("theme=中; __Host-pc_session=ok".as_bytes()).unwrap());
        assert_eq!(session_token(&h), Some("ok"));
    }

    use crate::strategies;
    use proptest::prelude::*;

    fn cookies(value: &[u8]) -> Option<HeaderMap> {
        let mut h = HeaderMap::new();
        h.append(header::COOKIE, HeaderValue::from_bytes(value).ok()?);
        Some(h)
    }

    fn looks_like_a_token(t: &str) -> bool {
        (1..=128).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_cookie_header_gives_a_token_or_none(value in strategies::bytes()) {
            if let Some(h) = cookies(&value)
                && let Some(t) = session_token(&h)
            {
                prop_assert!(looks_like_a_token(t), "{:?}", t);
            }
        }

        #[test]
        fn the_session_cookie_is_found_among_any_others(
            token in "[A-Za-z0-9_-]{1,128}",
            before in strategies::text(),
            after in strategies::text(),
        ) {
            prop_assume!(!before.contains(SESSION_COOKIE));
            if let Some(h) = cookies(format!("{before}; {SESSION_COOKIE}={token} ; {after}").as_bytes()) {
                prop_assert_eq!(session_token(&h), Some(token.as_str()));
            }
            if let Some(h) = cookies(format!("{SESSION_COOKIE}={token}{after}").as_bytes()) {
                let got = session_token(&h);
                prop_assert!(got.is_none() || got.is_some_and(looks_like_a_token));
            }
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_cookies(s in strategies::long()) {
            if let Some(h) = cookies(s.as_bytes()) {
                let _ = session_token(&h);
            }
            let h = cookies(format!("{SESSION_COOKIE}={}", "a".repeat(10_000)).as_bytes()).unwrap();
            prop_assert_eq!(session_token(&h), None);
        }
    }

    #[test]
    fn roles_round_trip() {
        #[derive(serde::Serialize)]
        struct Wire {
            #[serde(serialize_with = "role_values")]
            roles: Vec<Role>,
        }
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
            assert_eq!(serde_json::to_value(Wire { roles: vec![r] }).unwrap()["roles"][0], r.as_str());
        }
    }
}
