//! `GET {base}/health`: liveness, for load balancers and start-up scripts. No CSRF header needed.

use axum::Json;
use serde_json::{Value, json};

pub async fn get() -> Json<Value> {
    Json(json!({"status": "ok"}))
}
