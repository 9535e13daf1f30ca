//! # rasad-serve
//!
//! The HTTP side of rasad, over any [`Store`]: the JSON API of
//! `../shared/spec/api.md` under `/api/` (with its OpenAPI document at
//! `/api/openapi.json`), and a right-to-left Persian web UI at `/` that
//! works offline: server-rendered pages, one small script of our own, no
//! CDN.
//!
//! Safety: the server binds to loopback unless an access token is
//! configured, and then requires it; request size, time and result size
//! are limited; everything rendered is escaped, and every response carries
//! a Content-Security-Policy, `X-Content-Type-Options: nosniff` and
//! `X-Frame-Options: DENY`.

#![warn(missing_docs)]

mod api;
mod html;
mod ui;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rasad_store::Store;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// How the server runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// Address to listen on.
    pub addr: String,
    /// Access token; required of every request when set. A non-loopback
    /// address is refused without one.
    pub token: Option<String>,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Longest request target (path and query), in bytes.
    pub max_uri: usize,
    /// Time allowed to answer one request.
    pub timeout: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config { addr: "127.0.0.1:8080".into(), token: None, max_body: 16 << 10, max_uri: 4 << 10, timeout: Duration::from_secs(10) }
    }
}

/// The Content-Security-Policy of every response: only this server's own
/// scripts, styles and images; no frames, plugins or foreign forms.
pub const CSP: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// What the handlers share.
#[derive(Clone)]
pub struct AppState {
    /// The store.
    pub store: Arc<dyn Store>,
    /// The configuration.
    pub config: Arc<Config>,
    /// Persian names of the knowledge base's entries, by English name.
    pub names: Arc<ui::Names>,
}

/// A JSON error: `{"error": "…"}` with a status.
#[derive(Debug)]
pub struct ApiError(pub StatusCode, pub String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = (self.0, axum::Json(serde_json::json!({ "error": self.1 }))).into_response();
        r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        r
    }
}

impl From<rasad_store::Error> for ApiError {
    fn from(e: rasad_store::Error) -> Self {
        match e {
            rasad_store::Error::BadRequest(m) => ApiError(StatusCode::BAD_REQUEST, m),
            other => ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("the store failed: {other}; see the server's log, and run `rasad check`")),
        }
    }
}

/// The application: API, UI and the safety layers.
pub fn router(store: Arc<dyn Store>, config: Config) -> Router {
    let state = AppState { store, config: Arc::new(config), names: Arc::new(ui::Names::from_kb(rasad_kb::Kb::builtin())) };
    Router::new()
        .route("/api/search", get(api::search))
        .route("/api/articles/{doc_id}", get(api::article))
        .route("/api/events", get(api::events))
        .route("/api/entities/{name}", get(api::entity))
        .route("/api/timeline", get(api::timeline))
        .route("/api/graph", get(api::graph))
        .route("/api/stats", get(api::stats))
        .route("/api/openapi.json", get(api::openapi))
        .route("/api/{*rest}", get(api::not_found))
        .route("/", get(ui::home))
        .route("/search", get(ui::search))
        .route("/article/{doc_id}", get(ui::article))
        .route("/entity/{name}", get(ui::entity))
        .route("/timeline", get(ui::timeline))
        .route("/graph", get(ui::graph))
        .route("/login", get(ui::login))
        .route("/static/app.js", get(ui::script))
        .route("/static/app.css", get(ui::style))
        .fallback(ui::not_found)
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .layer(middleware::from_fn(secure_headers))
        .with_state(state)
}

fn is_api(req: &Request) -> bool {
    req.uri().path().starts_with("/api/")
}

/// Limits and the token: refuses what is too large, answers what takes too
/// long with an error, and requires the token when one is set.
async fn guard(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let cfg = &st.config;
    let api = is_api(&req);
    let fail = |status: StatusCode, msg: String| -> Response {
        if api {
            ApiError(status, msg).into_response()
        } else {
            ui::error_page(status, &msg)
        }
    };
    let target = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if target > cfg.max_uri {
        return fail(StatusCode::URI_TOO_LONG, format!("the request target is {target} bytes, over the limit of {}; shorten the query", cfg.max_uri));
    }
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > cfg.max_body as u64) {
        return fail(StatusCode::PAYLOAD_TOO_LARGE, format!("the request body is over the limit of {} bytes", cfg.max_body));
    }
    if req.headers().contains_key(header::TRANSFER_ENCODING) {
        return fail(StatusCode::PAYLOAD_TOO_LARGE, "request bodies of unknown length are not accepted".into());
    }
    if let Some(token) = &cfg.token {
        let path = req.uri().path();
        if path != "/login" && !path.starts_with("/static/") && !authorized(&req, token) {
            return fail(
                StatusCode::UNAUTHORIZED,
                "this server requires its access token: send `Authorization: Bearer TOKEN`, or open /login?token=TOKEN once in a browser".into(),
            );
        }
    }
    match tokio::time::timeout(cfg.timeout, next.run(req)).await {
        Ok(r) => r,
        Err(_) => fail(StatusCode::SERVICE_UNAVAILABLE, format!("the request took over {} s and was stopped; narrow it", cfg.timeout.as_secs())),
    }
}

/// Compares in constant time.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn authorized(req: &Request, token: &str) -> bool {
    let bearer = req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    if bearer.is_some_and(|b| same(b.trim().as_bytes(), token.as_bytes())) {
        return true;
    }
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().strip_prefix("rasad_token="))
        .any(|c| same(c.as_bytes(), token.as_bytes()))
}

async fn secure_headers(req: Request, next: Next) -> Response {
    let mut r = next.run(req).await;
    let h = r.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    r
}

/// Why the server would not start.
#[derive(Debug)]
pub enum ServeError {
    /// The address is not one.
    BadAddress(String),
    /// A non-loopback address without a token.
    Exposed(String),
    /// Binding or serving failed.
    Io(std::io::Error),
}

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServeError::BadAddress(a) => write!(f, "{a:?} is not an address to listen on: write HOST:PORT, e.g. 127.0.0.1:8080"),
            ServeError::Exposed(a) => write!(
                f,
                "{a} is not a loopback address: anyone who reaches it could read the store. Set an access token (--token or RASAD_TOKEN) to listen there, or use 127.0.0.1"
            ),
            ServeError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ServeError {}

/// The address to listen on, refused when it is not loopback and no token
/// is set.
pub fn check_address(config: &Config) -> Result<SocketAddr, ServeError> {
    let addr: SocketAddr = config
        .addr
        .parse()
        .or_else(|_| std::net::ToSocketAddrs::to_socket_addrs(&config.addr).map_err(|_| ()).and_then(|mut a| a.next().ok_or(())))
        .map_err(|_| ServeError::BadAddress(config.addr.clone()))?;
    if !addr.ip().is_loopback() && config.token.as_deref().is_none_or(str::is_empty) {
        return Err(ServeError::Exposed(addr.to_string()));
    }
    Ok(addr)
}

/// Serves until interrupted (Ctrl-C): prints the URL once listening.
pub fn run(store: Arc<dyn Store>, config: Config) -> Result<(), ServeError> {
    let addr = check_address(&config)?;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(ServeError::Io)?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(ServeError::Io)?;
        let local = listener.local_addr().map_err(ServeError::Io)?;
        println!("rasad: serving on http://{local}/  (API: http://{local}/api/stats; Ctrl-C stops)");
        use std::io::Write;
        let _ = std::io::stdout().flush();
        let app = router(store, config);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(ServeError::Io)
    })
}
