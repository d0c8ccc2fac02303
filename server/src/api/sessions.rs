//! `/v1/sessions`: sign in with a user name and password, see who is signed in, sign out.
//! The session lives in a `__Host-` cookie; the browser app never holds a token.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use crate::api::resource::Attributes;
use crate::auth::password::{new_token, token_hash, verify_password};
use crate::auth::{Role, SessionInfo, SignedIn, clear_session_cookie, session_cookie, session_token, store};
use crate::error::ApiError;
use crate::extract::ApiJson;
use crate::settings::Cloud;
use crate::state::AppState;
use crate::validate::Validator;

pub fn routes() -> Router<AppState> {
    Router::new().route("/sessions", post(create)).route("/sessions/current", get(current).delete(delete))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SignInRequest {
    pub user_name: String,
    pub password: String,
}

/// The Session resource.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub user: User,
    pub partner: Partner,
    pub expires_at: String,
    pub attributes: Attributes,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    #[serde(serialize_with = "crate::auth::role_values")]
    pub roles: Vec<Role>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Partner {
    pub id: String,
    pub company_name: String,
    pub cloud: Cloud,
    pub program_status: String,
    /// Whether the partner works as an indirect provider (see
    /// `relationships::is_indirect_provider`): the app shows the Indirect resellers page to
    /// those partners only.
    pub indirect_provider: bool,
}

impl Session {
    fn of(s: SessionInfo, indirect_provider: bool) -> Session {
        Session {
            user: User {
                id: s.user.id,
                display_name: s.user.display_name,
                user_principal_name: s.user.user_principal_name,
                roles: s.user.roles,
            },
            partner: Partner {
                id: s.partner.id,
                company_name: s.partner.company_name,
                cloud: s.partner.cloud,
                program_status: s.partner.program_status,
                indirect_provider,
            },
            expires_at: crate::time::rfc3339(s.expires_at),
            attributes: Attributes::of("Session"),
        }
    }
}

async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<SignInRequest>,
) -> Result<Response, ApiError> {
    let user_name = req.user_name.trim().to_string();
    Validator::new().length("userName", &user_name, 1, 256).length("password", &req.password, 1, 256).finish()?;

    let found = state.db.call(move |c| store::credentials(c, &user_name)).await?;
    // An unknown user costs the same argon2 check as a wrong password, so timing does not tell
    // which user names exist.
    let (user_id, phc) = match found {
        Some((id, phc)) => (Some(id), phc),
        None => (None, state.dummy_hash.clone()),
    };
    let permit = state.password_checks.acquire().await.map_err(ApiError::internal_from)?;
    let password = req.password;
    let matches =
        tokio::task::spawn_blocking(move || verify_password(&password, &phc)).await.map_err(ApiError::internal_from)?;
    drop(permit);
    let Some(user_id) = user_id.filter(|_| matches) else {
        return Err(ApiError::invalid_credentials());
    };

    let token = new_token().map_err(ApiError::internal_from)?;
    let hash = token_hash(&token);
    let replaces = session_token(&headers).map(token_hash);
    let ttl = state.settings.session_ttl_secs();
    let info = state.db.call(move |c| store::create(c, &user_id, &hash, replaces, crate::time::now(), ttl)).await?;
    let provider = provider_flag(&state, &info).await?;
    let location = HeaderValue::from_str(&format!("{}/v1/sessions/current", state.settings.api_base.path))
        .map_err(ApiError::internal_from)?;
    Ok((
        StatusCode::CREATED,
        [(header::SET_COOKIE, session_cookie(&token)), (header::LOCATION, location)],
        Json(Session::of(info, provider)),
    )
        .into_response())
}

async fn current(State(state): State<AppState>, SignedIn(session): SignedIn) -> Result<Json<Session>, ApiError> {
    let provider = provider_flag(&state, &session).await?;
    Ok(Json(Session::of(session, provider)))
}

/// Read with the session itself (not on every request's session lookup): the app asks for the
/// session once per load and after sign-in.
async fn provider_flag(state: &AppState, session: &SessionInfo) -> Result<bool, ApiError> {
    if session.partner.cloud != Cloud::Global {
        return Ok(false);
    }
    let partner = session.partner.id.clone();
    state.db.call(move |c| crate::api::relationships::is_indirect_provider(c, &partner)).await
}

/// Idempotent: 204 with or without a live session, and the cookie is cleared either way.
async fn delete(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    if let Some(token) = session_token(&headers) {
        let hash = token_hash(token);
        state.db.call(move |c| store::delete(c, &hash)).await?;
    }
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, clear_session_cookie())]).into_response())
}
