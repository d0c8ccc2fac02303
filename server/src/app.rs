//! Assembles the server: state from settings, the router with its layers, and serving.

use std::future::Future;
use std::net::SocketAddr;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::get;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::api;
use crate::csp::Csp;
use crate::db::Db;
use crate::middleware::{api_headers, cors, csrf, errors, idempotency, rate_limit, security_headers};
pub use crate::settings::BODY_LIMIT;
use crate::settings::Settings;
use crate::state::AppState;

#[derive(Debug)]
pub struct StartError(pub String);

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StartError {}

/// Opens (creating and migrating) the database, seeds the demo data and reads index.html for
/// the CSP. A missing dist/ is not an error: the server then says the app is not built.
pub async fn start_state(settings: Settings) -> Result<AppState, StartError> {
    let data = settings.data.clone();
    let db_path = settings.database_path();
    let password = settings.demo_password.clone();
    let demo = settings.demo.clone();
    let (db, dummy_hash) = tokio::task::spawn_blocking(move || -> Result<(Db, String), StartError> {
        std::fs::create_dir_all(&data)
            .map_err(|e| StartError(format!("cannot create the data folder {}: {e}", data.display())))?;
        let db = Db::open(&db_path)
            .map_err(|e| StartError(format!("cannot open the database {}: {e}", db_path.display())))?;
        db.call_blocking(|c| crate::demo::seed(c, &password, crate::time::now()))
            .map_err(|e| StartError(format!("cannot create the demo data: {e}")))?;
        if let Some(demo) = &demo {
            db.call_blocking(|c| crate::demo::seed_full(c, crate::time::now(), demo.customers))
                .map_err(|e| StartError(format!("cannot create the --demo dataset: {e}")))?;
        }
        let dummy = crate::auth::password::dummy_hash().map_err(StartError)?;
        Ok((db, dummy))
    })
    .await
    .map_err(|e| StartError(format!("start-up task failed: {e}")))??;

    let index = std::fs::read_to_string(settings.dist.join("index.html")).ok();
    if index.is_none() {
        tracing::warn!(dist = %settings.dist.display(), "no index.html: the app is not built (run `make build`)");
    }
    let csp = Csp::new(index.as_deref(), settings.api_base.origin.clone());
    Ok(AppState::new(settings, db, csp, dummy_hash))
}

pub fn router(state: AppState) -> Router {
    router_with_extra_v1_routes(state, Router::new())
}

/// The router with `extra` merged into `{base}/v1`, under the same layers as the real routes:
/// lets tests exercise the middleware with handlers of their own.
pub fn router_with_extra_v1_routes(state: AppState, extra: Router<AppState>) -> Router {
    // Layers wrap what was added before them: the last `.layer` is the outermost.
    let v1 = api::v1_routes()
        .merge(extra)
        .fallback(api::not_found)
        // Innermost, so that answers stored for replay already have the error body.
        .layer(from_fn(errors::normalize))
        .layer(from_fn_with_state(state.clone(), idempotency::idempotency))
        // A partner still enrolling may only use enrollment and account endpoints.
        .layer(from_fn_with_state(state.clone(), api::enrollment::program_gate))
        .layer(from_fn_with_state(state.clone(), rate_limit::rate_limit))
        .layer(from_fn(csrf::require_client_header));

    let api = Router::new()
        .route("/health", get(api::health::get))
        .nest("/v1", v1)
        .fallback(api::not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(from_fn(errors::normalize))
        .layer(from_fn(api_headers::api_headers))
        // Outermost of the API: a preflight is answered before the CSRF check could refuse it.
        .layer(from_fn_with_state(state.clone(), cors::cors));

    Router::new()
        .nest(&state.settings.api_base.path, api)
        .route("/config.json", get(crate::static_files::config_json))
        .fallback(crate::static_files::serve)
        .layer(CatchPanicLayer::custom(errors::panic_response))
        .layer(from_fn_with_state(state.clone(), security_headers::security_headers))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .with_state(state)
}

/// Serves until `shutdown` completes, then lets requests in flight finish.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // The client address keys the rate limit of signed-out callers.
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}

/// What `serve` prints on start: where to go and how to sign in.
pub fn banner(settings: &Settings, addr: SocketAddr) -> String {
    let mut out = format!(
        "Partner Center reference server on http://{addr} (cloud: {}, API base: {})\n",
        settings.cloud.as_str(),
        settings.api_base.public
    );
    out.push_str(&format!("Demo sign-in accounts (password for all: {}):\n", settings.demo_password));
    for a in crate::demo::accounts(settings.cloud) {
        out.push_str(&format!("  {:<46}  {}\n", a.user_principal_name, a.role.label()));
    }
    if let Some(demo) = &settings.demo {
        for (upn, what) in crate::demo::FULL_DEMO_ACCOUNTS {
            out.push_str(&format!("  {upn:<46}  {what}\n"));
        }
        out.push_str(&format!("Demo dataset: {} customers per demo partner", demo.customers));
        match demo.approve_after {
            Some(d) => out.push_str(&format!("; submitted enrollments are approved after {} s\n", d.as_secs())),
            None => out.push_str("; approve enrollments with `partner-center-server review approve <id>`\n"),
        }
    }
    out
}
