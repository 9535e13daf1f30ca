//! The JSON API (`../shared/spec/api.md`).

use crate::{ApiError, AppState};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use rasad_store::{EventFilter, Paging, Store};
use serde::Serialize;
use std::sync::Arc;

/// Results per page at most.
pub const MAX_LIMIT: usize = 200;
/// Longest query text.
pub const MAX_QUERY: usize = 500;

/// The parameters of a request, checked against what its route takes.
pub struct Params(Vec<(String, String)>);

impl Params {
    /// Parses a query string; a parameter the route does not take is an
    /// error that lists the ones it does.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Params, ApiError> {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.unwrap_or("").as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        for (k, _) in &pairs {
            if !allowed.contains(&k.as_str()) {
                return Err(bad(format!("unknown parameter {k:?}; this route takes: {}", allowed.join(", "))));
            }
        }
        Ok(Params(pairs))
    }

    /// Every value of `key`, blank ones dropped.
    pub fn all(&self, key: &str) -> Vec<String> {
        self.0.iter().filter(|(k, v)| k == key && !v.trim().is_empty()).map(|(_, v)| v.trim().to_string()).collect()
    }

    /// The one value of `key`; given twice is an error.
    pub fn one(&self, key: &str) -> Result<Option<String>, ApiError> {
        let v = self.all(key);
        match v.len() {
            0 => Ok(None),
            1 => Ok(v.into_iter().next()),
            _ => Err(bad(format!("{key} is given {} times; give it once", v.len()))),
        }
    }

    /// `limit` and `offset`.
    pub fn paging(&self) -> Result<Paging, ApiError> {
        let num = |key: &str, default: usize| -> Result<usize, ApiError> {
            match self.one(key)? {
                None => Ok(default),
                Some(v) => v.parse::<usize>().map_err(|_| bad(format!("{key} must be a whole number, not {v:?}"))),
            }
        };
        let limit = num("limit", 20)?;
        if limit == 0 || limit > MAX_LIMIT {
            return Err(bad(format!("limit must be between 1 and {MAX_LIMIT}, not {limit}")));
        }
        let offset = num("offset", 0)?;
        if offset > 1_000_000 {
            return Err(bad("offset must be at most 1000000; narrow the query instead".into()));
        }
        Ok(Paging { limit, offset })
    }

    /// A date in either calendar, as a Gregorian day range.
    pub fn date(&self, key: &str) -> Result<Option<(String, String)>, ApiError> {
        match self.one(key)? {
            None => Ok(None),
            Some(v) => {
                let (a, b) = rasad_store::dates::parse_range(&v).map_err(|e| bad(format!("{key}: {e}")))?;
                Ok(Some((rasad_store::dates::iso(a), rasad_store::dates::iso(b))))
            }
        }
    }
}

/// A 400 with a message.
pub fn bad(msg: String) -> ApiError {
    ApiError(StatusCode::BAD_REQUEST, msg)
}

/// Runs a store query off the async threads.
pub async fn blocking<T: Send + 'static>(
    store: &Arc<dyn Store>,
    f: impl FnOnce(&dyn Store) -> rasad_store::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    let s = Arc::clone(store);
    tokio::task::spawn_blocking(move || f(s.as_ref()))
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("the query failed: {e}")))?
        .map_err(ApiError::from)
}

fn json<T: Serialize>(v: T) -> Response {
    Json(v).into_response()
}

/// `GET /api/search?q=…`
pub async fn search(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &["q", "limit", "offset"])?;
    let Some(query) = p.one("q")? else { return Err(bad("q is missing: give the words to search for, e.g. ?q=همکاری".into())) };
    if query.chars().count() > MAX_QUERY {
        return Err(bad(format!("q is over {MAX_QUERY} characters; shorten it")));
    }
    let paging = p.paging()?;
    let page = blocking(&st.store, move |s| s.search(&query, paging)).await?;
    Ok(json(page))
}

/// `GET /api/articles/{doc_id}`
pub async fn article(State(st): State<AppState>, Path(doc_id): Path<String>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), &[])?;
    if doc_id.len() > 64 || !doc_id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Err(bad(format!("{doc_id:?} is not an article id (16 hex digits, as search and events give them)")));
    }
    let id = doc_id.clone();
    match blocking(&st.store, move |s| s.article(&id)).await? {
        Some(a) => Ok(json(a.record)),
        None => Err(ApiError(StatusCode::NOT_FOUND, format!("no article {doc_id} in the store; search for one with /api/search?q=…"))),
    }
}

fn filter(p: &Params) -> Result<EventFilter, ApiError> {
    let kind = p.one("type")?.map(|t| t.to_ascii_uppercase());
    if let Some(t) = &kind {
        if !t.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') || t.len() > 24 {
            return Err(bad(format!("type {t:?} is not a PLOVER type (CONSULT, SUPPORT, REJECT, ACCUSE, AGREE, COOPERATE, ASSAULT, …)")));
        }
    }
    let actors = p.all("actor");
    if actors.len() > 4 {
        return Err(bad("give at most 4 actors".into()));
    }
    let from = p.date("from")?.map(|r| r.0);
    let to = p.date("to")?.map(|r| r.1);
    if let (Some(f), Some(t)) = (&from, &to) {
        if f > t {
            return Err(bad(format!("from ({f}) is after to ({t})")));
        }
    }
    Ok(EventFilter { actors, kind, from, to, place: p.one("place")? })
}

/// `GET /api/events?actor=…&type=…&from=…&to=…&place=…`
pub async fn events(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &["actor", "type", "from", "to", "place", "limit", "offset"])?;
    let f = filter(&p)?;
    let paging = p.paging()?;
    Ok(json(blocking(&st.store, move |s| s.events(&f, paging)).await?))
}

/// `GET /api/entities/{name or kb_id}`
pub async fn entity(State(st): State<AppState>, Path(name): Path<String>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), &[])?;
    if name.chars().count() > 200 {
        return Err(bad("the name is over 200 characters".into()));
    }
    let n = name.clone();
    match blocking(&st.store, move |s| s.entity(&n)).await? {
        Some(e) => Ok(json(e)),
        None => Err(ApiError(StatusCode::NOT_FOUND, format!("no entity {name:?} in the store or the knowledge base; try its English or Persian name, or its id"))),
    }
}

/// `GET /api/timeline?actor=A[&actor=B]`
pub async fn timeline(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &["actor", "limit", "offset"])?;
    let actors = p.all("actor");
    if actors.is_empty() || actors.len() > 2 {
        return Err(bad("give one actor (actor=…) for its events, or two for the events between them".into()));
    }
    let paging = p.paging()?;
    Ok(json(blocking(&st.store, move |s| s.timeline(&actors, paging)).await?))
}

/// `GET /api/graph?from=…&to=…`
pub async fn graph(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &["from", "to"])?;
    let from = p.date("from")?.map(|r| r.0);
    let to = p.date("to")?.map(|r| r.1);
    Ok(json(blocking(&st.store, move |s| s.graph(from.as_deref(), to.as_deref())).await?))
}

/// `GET /api/stats`
pub async fn stats(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), &[])?;
    Ok(json(blocking(&st.store, |s| s.stats()).await?))
}

/// `GET /api/openapi.json`
pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], include_str!("openapi.json")).into_response()
}

/// Any other `/api/…` path.
pub async fn not_found() -> ApiError {
    ApiError(StatusCode::NOT_FOUND, "no such API route; the routes are listed at /api/openapi.json".into())
}
