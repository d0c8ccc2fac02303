//! HTTP transport: one function that sends, times out, retries, and checks the status before
//! decoding (the shape of leptos' login_with_token_csr_only example).

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use gloo_net::http::{Method, RequestBuilder};
use serde::Serialize;
use serde::de::DeserializeOwned;
use web_sys::RequestCredentials;

use super::{ApiError, headers, retry};
use crate::i18n::Locale;
use crate::model::common::{Collection, Link};

/// Long enough for a slow mobile network in China, short enough that a stuck call does not
/// look like a frozen page.
const TIMEOUT_MS: u32 = 15_000;

/// A connection to the backend named by `config.json`. Cheap to clone; provided as context.
#[derive(Clone)]
pub struct Client {
    base: Arc<str>,
    locale: Arc<dyn Fn() -> Locale + Send + Sync>,
}

/// An answer that passed the status check.
pub(crate) struct Answer {
    pub status: u16,
    pub text: String,
}

impl Client {
    pub fn new(api_base: &str, locale: impl Fn() -> Locale + Send + Sync + 'static) -> Client {
        Client { base: api_base.trim_end_matches('/').into(), locale: Arc::new(locale) }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// GET and decode. Retried on transient failures.
    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        let id = new_request_id();
        decode(self.send(Method::GET, path, None, &id, None).await?)
    }

    /// POST a JSON body under a caller-held request id. Not retried here: the caller keeps the
    /// id and the partner's "Try again" reuses it, so the server can replay instead of redo.
    pub async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        request_id: &str,
    ) -> Result<T, ApiError> {
        let json = serde_json::to_string(body).map_err(|_| ApiError::Undecodable { status: 0 })?;
        decode(self.send(Method::POST, path, Some(json), request_id, None).await?)
    }

    /// POST whose success answer has no body (204).
    pub async fn post_no_content<B: Serialize>(&self, path: &str, body: &B, request_id: &str) -> Result<(), ApiError> {
        let json = serde_json::to_string(body).map_err(|_| ApiError::Undecodable { status: 0 })?;
        self.send(Method::POST, path, Some(json), request_id, None).await.map(|_| ())
    }

    /// POST without a body (an action on a resource), under a caller-held request id.
    pub async fn post_empty<T: DeserializeOwned>(&self, path: &str, request_id: &str) -> Result<T, ApiError> {
        decode(self.send(Method::POST, path, None, request_id, None).await?)
    }

    /// PUT a whole resource under `If-Match` (the ETag of the last read, `*` for a first write).
    /// Idempotent, so retried on transient failures; a 412 is the caller's to resolve.
    pub async fn put<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        if_match: &str,
    ) -> Result<T, ApiError> {
        let json = serde_json::to_string(body).map_err(|_| ApiError::Undecodable { status: 0 })?;
        let id = new_request_id();
        decode(self.send(Method::PUT, path, Some(json), &id, Some(if_match)).await?)
    }

    /// PATCH under `If-Match` and a caller-held request id. Not retried here, like a POST: the
    /// partner's "Try again" reuses the id.
    pub async fn patch<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        if_match: &str,
        request_id: &str,
    ) -> Result<T, ApiError> {
        let json = serde_json::to_string(body).map_err(|_| ApiError::Undecodable { status: 0 })?;
        decode(self.send_with(Method::PATCH, path, Some(json), request_id, Some(if_match), &[]).await?)
    }

    /// HEAD: whether the resource exists (200: true, 404: false). Retried on transient failures;
    /// any other status is the caller's error.
    pub async fn exists(&self, path: &str) -> Result<bool, ApiError> {
        let id = new_request_id();
        match self.send(Method::HEAD, path, None, &id, None).await {
            Ok(_) => Ok(true),
            Err(e) if e.status() == Some(404) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// DELETE; idempotent by definition, so retried.
    pub async fn delete(&self, path: &str) -> Result<(), ApiError> {
        let id = new_request_id();
        self.send(Method::DELETE, path, None, &id, None).await.map(|_| ())
    }

    /// GET a collection's `links.next` exactly as the server wrote it: its `uri` (relative to the
    /// API base) with its `headers` (the seek paging's `MS-ContinuationToken`). A header the
    /// browser could not send (a hostile or broken link) is left out rather than thrown on.
    pub async fn follow<T: DeserializeOwned>(&self, link: &Link) -> Result<T, ApiError> {
        let extra: Vec<(&str, &str)> = link
            .headers
            .iter()
            .filter(|h| headers::is_header_name(&h.key) && headers::is_header_value(&h.value))
            .map(|h| (h.key.as_str(), h.value.as_str()))
            .collect();
        let id = new_request_id();
        decode(self.send_with(Method::GET, &link.uri, None, &id, None, &extra).await?)
    }

    /// Every item of a collection: GET `first`, then `links.next` exactly (with its continuation
    /// header) until the last page. A server that kept handing out pages would keep the page
    /// loading forever: 100 pages is far more than any partner's list.
    pub async fn get_all<T: DeserializeOwned>(&self, first: &str) -> Result<Vec<T>, ApiError> {
        let mut page: Collection<T> = self.get(first).await?;
        let mut all = std::mem::take(&mut page.items);
        for _ in 0..100 {
            let Some(next) = page.links.next.take() else { break };
            page = self.follow(&next).await?;
            all.append(&mut page.items);
        }
        Ok(all)
    }

    pub(crate) async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        request_id: &str,
        if_match: Option<&str>,
    ) -> Result<Answer, ApiError> {
        self.send_with(method, path, body, request_id, if_match, &[]).await
    }

    /// `send`, with headers of the caller's on top of the contract's (a link's own).
    async fn send_with(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        request_id: &str,
        if_match: Option<&str>,
        extra: &[(&str, &str)],
    ) -> Result<Answer, ApiError> {
        let idempotent = matches!(method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE);
        let mut retries = 0;
        loop {
            let err = match self.once(method.clone(), path, body.as_deref(), request_id, if_match, extra).await {
                Ok(a) => return Ok(a),
                Err(e) => e,
            };
            match retry::delay_ms(&err, retries, idempotent, js_sys::Math::random()) {
                Some(ms) => {
                    gloo_timers::future::TimeoutFuture::new(ms).await;
                    retries += 1;
                }
                None => return Err(err),
            }
        }
    }

    async fn once(
        &self,
        method: Method,
        path: &str,
        body: Option<&str>,
        request_id: &str,
        if_match: Option<&str>,
        extra: &[(&str, &str)],
    ) -> Result<Answer, ApiError> {
        if !navigator_online() {
            return Err(ApiError::Offline);
        }
        let correlation_id = new_request_id();
        let locale = (self.locale)();
        let hs = headers::build(&headers::HeaderInputs {
            locale: locale.tag(),
            request_id,
            correlation_id: &correlation_id,
            if_match,
            json_body: body.is_some(),
        });

        let controller = web_sys::AbortController::new().map_err(|_| ApiError::Network)?;
        // A page that is left drops the futures of its reads (they are spawned with
        // `spawn_local_scoped_with_cancellation` or aborted in `on_cleanup`); the browser then
        // cancels the request too, instead of finishing a download nobody will read.
        let _cancel = AbortOnDrop(controller.clone());
        let timed_out = Rc::new(Cell::new(false));
        let _timer = {
            let (c, flag) = (controller.clone(), timed_out.clone());
            gloo_timers::callback::Timeout::new(TIMEOUT_MS, move || {
                flag.set(true);
                c.abort();
            })
        };
        let signal = controller.signal();
        let mut builder = RequestBuilder::new(&self.url(path))
            .method(method)
            .credentials(RequestCredentials::Include)
            .abort_signal(Some(&signal));
        for (k, v) in &hs {
            builder = builder.header(k, v);
        }
        for (k, v) in extra {
            builder = builder.header(k, v);
        }
        let request = match body {
            Some(b) => builder.body(b.to_string()),
            None => builder.build(),
        }
        .map_err(|_| ApiError::Network)?;

        let failed = |flag: &Cell<bool>| {
            if flag.get() {
                ApiError::Timeout
            } else if navigator_online() {
                ApiError::Network
            } else {
                ApiError::Offline
            }
        };
        let response = request.send().await.map_err(|_| failed(&timed_out))?;
        let status = response.status();
        let retry_after = response.headers().get("Retry-After");
        // The body is read under the same timer: a server can stall mid-body too.
        let text = response.text().await.map_err(|_| failed(&timed_out))?;
        if (200..300).contains(&status) {
            Ok(Answer { status, text })
        } else {
            Err(ApiError::from_status(status, &text, retry_after.as_deref()))
        }
    }
}

/// Aborts the fetch when the call's future is dropped before it finished. Aborting a fetch that
/// has already delivered its body does nothing, so the normal path needs no disarming.
struct AbortOnDrop(web_sys::AbortController);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

fn decode<T: DeserializeOwned>(a: Answer) -> Result<T, ApiError> {
    serde_json::from_str(&a.text).map_err(|_| ApiError::Undecodable { status: a.status })
}

fn navigator_online() -> bool {
    web_sys::window().map(|w| w.navigator().on_line()).unwrap_or(true)
}

/// A random UUID from the browser's CSPRNG, for MS-RequestId and MS-CorrelationId.
pub fn new_request_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{:x}-{:x}", js_sys::Date::now() as u64, (js_sys::Math::random() * 1e15) as u64))
}
