//! API responses echo MS-RequestId and MS-CorrelationId (a new one when the client sent none),
//! and are never cached: they hold one partner's data.

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

pub const MS_REQUEST_ID: HeaderName = HeaderName::from_static("ms-requestid");
pub const MS_CORRELATION_ID: HeaderName = HeaderName::from_static("ms-correlationid");

pub async fn api_headers(mut req: Request, next: Next) -> Response {
    let request_id = req.headers().get(&MS_REQUEST_ID).cloned();
    let correlation_id = match req.headers().get(&MS_CORRELATION_ID) {
        Some(v) if !v.as_bytes().trim_ascii().is_empty() => v.clone(),
        _ => {
            let generated = HeaderValue::from_str(&uuid::Uuid::new_v4().to_string())
                .unwrap_or_else(|_| HeaderValue::from_static("00000000-0000-0000-0000-000000000000"));
            // Handlers and logs see the same id the client will.
            req.headers_mut().insert(MS_CORRELATION_ID, generated.clone());
            generated
        }
    };
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(id) = request_id {
        headers.insert(MS_REQUEST_ID, id);
    }
    headers.insert(MS_CORRELATION_ID, correlation_id);
    res
}
