//! The HTTP API and the pages, in process, over an embedded store holding
//! the five sample articles (tests/fixtures/seeds) and one hostile page.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use rasad_ingest::Article;
use rasad_store::{Embedded, Ingested, Store};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

const HOSTILE: &str = "<script>alert('x')</script> سید عباس عراقچی وزیر امور خارجه ایران در سفر به باکو با جیحون بایراموف دیدار و گفت‌وگو کرد. <img src=x onerror=alert(1)> «</q><b>همکاری‌های منطقه‌ای</b>» را گسترش می‌دهیم.";

struct Fixture {
    _dir: tempfile::TempDir,
    store: Arc<dyn Store>,
    hostile_id: String,
    seed_id: String,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let store = Embedded::open(dir.path(), rasad_kb::Kb::builtin(), Default::default()).unwrap();
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/seeds");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&seeds).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        let mut arts: Vec<Article> = files.iter().map(|p| Article::from_text(Some(p.display().to_string()), std::fs::read_to_string(p).unwrap())).collect();
        let mut hostile = Article::from_text(Some("hostile.txt".into()), HOSTILE.to_string());
        hostile.url = Some("https://example.invalid/<script>".into());
        hostile.title = Some("<b onmouseover=alert(1)>title</b>".into());
        arts.push(hostile);
        let items: Vec<Ingested> = arts.iter().map(|a| Ingested { article: a.clone(), record: rasad_extract::extract(a) }).collect();
        store.put(&items, false).unwrap();
        store.finish().unwrap();
        Fixture { hostile_id: items[5].record.doc_id.clone(), seed_id: items[0].record.doc_id.clone(), _dir: dir, store: Arc::new(store) }
    })
}

fn app(token: Option<&str>) -> Router {
    rasad_serve::router(fixture().store.clone(), rasad_serve::Config { token: token.map(String::from), ..Default::default() })
}

async fn call(app: Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String) {
    let res = app.oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = axum::body::to_bytes(res.into_body(), 64 << 20).await.unwrap();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

async fn get(path: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    call(app(None), Request::get(path).body(Body::empty()).unwrap()).await
}

async fn get_json(path: &str) -> (StatusCode, Value) {
    let (s, h, b) = get(path).await;
    assert_eq!(h.get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap()), Some("application/json"), "{path}");
    (s, serde_json::from_str(&b).unwrap_or_else(|e| panic!("{path}: {e}: {b}")))
}

/// A query value, form-encoded.
fn q(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// A path segment, percent-encoded (a space is %20 in a path).
fn seg(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() || b == b'-' { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

#[tokio::test]
async fn search_finds_any_spelling_and_marks_the_hit() {
    let (s, v) = get_json(&format!("/api/search?q={}", q("همکاری های"))).await;
    assert_eq!(s, StatusCode::OK);
    let total = v["total"].as_u64().unwrap();
    assert!(total >= 2);
    for glued in ["همکاریهای", "همکاری‌های", "همكاري‌هاي"] {
        let (_, w) = get_json(&format!("/api/search?q={}", q(glued))).await;
        assert_eq!(w["total"].as_u64(), Some(total), "{glued}");
    }
    let hit = &v["results"][0];
    for k in ["doc_id", "title", "outlet", "published", "snippet"] {
        assert!(hit.get(k).is_some(), "{k} missing: {hit}");
    }
    assert!(hit["snippet"].as_str().unwrap().contains("<mark>"));
    let (_, page) = get_json(&format!("/api/search?q={}&limit=1&offset=1", q("همکاری"))).await;
    assert_eq!(page["results"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn every_route_answers_in_its_shape() {
    let f = fixture();
    let (s, rec) = get_json(&format!("/api/articles/{}", f.seed_id)).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(rec["doc_id"].as_str(), Some(f.seed_id.as_str()));
    assert!(rec["events"].is_array() && rec["quotes"].is_array() && rec["entities"].is_array());
    assert!(rec["rasad_version"].is_string() && rec["kb_version"].is_string());

    let (s, ev) = get_json("/api/events?type=CONSULT&from=1402-07-01&to=2023-10-31&limit=200").await;
    assert_eq!(s, StatusCode::OK);
    assert!(ev["total"].as_u64().unwrap() > 0);
    for e in ev["results"].as_array().unwrap() {
        assert_eq!(e["type"], "CONSULT");
        for k in ["event_id", "mode", "source", "target", "place", "date", "status", "mentions", "n_articles", "n_sources"] {
            assert!(e.get(k).is_some(), "{k} missing");
        }
    }
    let (_, by_actor) = get_json(&format!("/api/events?actor={}&place={}", q("جیحون بایراموف"), q("Baku"))).await;
    assert!(by_actor["total"].as_u64().unwrap() > 0);

    let (s, ent) = get_json(&format!("/api/entities/{}", seg("عباس عراقچی"))).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(ent["name"], "Abbas Araghchi");
    assert!(!ent["roles"].as_array().unwrap().is_empty());
    let (s, by_id) = get_json(&format!("/api/entities/{}", seg(ent["kb_id"].as_str().unwrap()))).await;
    assert_eq!((s, &by_id["name"]), (StatusCode::OK, &ent["name"]), "{by_id}");

    let (s, tl) = get_json(&format!("/api/timeline?actor={}&actor=Azerbaijan", q("ایران"))).await;
    assert_eq!(s, StatusCode::OK);
    assert!(tl["total"].as_u64().unwrap() > 3);

    let (s, g) = get_json("/api/graph?from=2023-01-01&to=1404-12-29").await;
    assert_eq!(s, StatusCode::OK);
    assert!(!g["nodes"].as_array().unwrap().is_empty() && !g["edges"].as_array().unwrap().is_empty());

    let (s, st) = get_json("/api/stats").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(st["articles"], 6);
    assert!(st["published"].is_object());

    let (s, oa) = get_json("/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    for route in ["/api/search", "/api/articles/{doc_id}", "/api/events", "/api/entities/{name}", "/api/timeline", "/api/graph", "/api/stats"] {
        assert!(oa["paths"].get(route).is_some(), "{route} not in the OpenAPI document");
    }
}

#[tokio::test]
async fn bad_parameters_get_a_clear_4xx() {
    let cases = [
        ("/api/search", StatusCode::BAD_REQUEST, "q is missing"),
        ("/api/search?q=x&limit=500", StatusCode::BAD_REQUEST, "limit must be between 1 and 200"),
        ("/api/search?q=x&limit=ten", StatusCode::BAD_REQUEST, "whole number"),
        ("/api/search?q=x&colour=red", StatusCode::BAD_REQUEST, "unknown parameter"),
        ("/api/events?from=yesterday", StatusCode::BAD_REQUEST, "YYYY-MM-DD"),
        ("/api/events?from=2024-01-01&to=2023-01-01", StatusCode::BAD_REQUEST, "after"),
        ("/api/events?type=%3Cscript%3E", StatusCode::BAD_REQUEST, "PLOVER"),
        ("/api/events?limit=0", StatusCode::BAD_REQUEST, "limit"),
        ("/api/timeline", StatusCode::BAD_REQUEST, "actor"),
        ("/api/timeline?actor=a&actor=b&actor=c", StatusCode::BAD_REQUEST, "two"),
        ("/api/articles/0000000000000000", StatusCode::NOT_FOUND, "no article"),
        ("/api/articles/..%2F..%2Fetc", StatusCode::BAD_REQUEST, "not an article id"),
        ("/api/entities/nobody%20at%20all", StatusCode::NOT_FOUND, "no entity"),
        ("/api/nothing", StatusCode::NOT_FOUND, "openapi"),
    ];
    for (path, want, says) in cases {
        let (s, h, b) = get(path).await;
        assert_eq!(s, want, "{path}: {b}");
        assert_eq!(h.get(header::CONTENT_TYPE).unwrap(), "application/json", "{path}");
        let v: Value = serde_json::from_str(&b).unwrap();
        let msg = v["error"].as_str().unwrap_or_else(|| panic!("{path}: no error field: {b}"));
        assert!(msg.contains(says), "{path}: {msg:?} should say {says:?}");
    }
    // Not a GET.
    let (s, _, _) = call(app(None), Request::post("/api/stats").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn oversized_requests_are_refused() {
    let long = "ا".repeat(5000);
    let (s, _, b) = get(&format!("/api/search?q={}", q(&long))).await;
    assert_eq!(s, StatusCode::URI_TOO_LONG, "{b}");
    assert!(b.contains("\"error\""));
    let body = vec![b'x'; 1 << 20];
    let req = Request::post("/api/stats").header(header::CONTENT_LENGTH, body.len()).body(Body::from(body)).unwrap();
    let (s, _, b) = call(app(None), req).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{b}");
    // A query just under the URI limit but over the query limit.
    let (s, _, _) = get(&format!("/api/search?q={}", "a".repeat(600))).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn html_in_article_text_is_rendered_inert() {
    let f = fixture();
    let (s, h, page) = get(&format!("/article/{}", f.hostile_id)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(h.get(header::CONTENT_TYPE).unwrap().to_str().unwrap().starts_with("text/html"));
    assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "the script must show as text");
    assert!(!page.contains("<script>alert"), "no script from the article may run");
    assert!(!page.contains("<img src=x"), "no element from the article");
    assert!(!page.contains("<b>همکاری"), "no markup from the article");
    assert!(!page.contains("<b onmouseover"), "no markup from the title");
    // The event is highlighted at its evidence.
    assert!(page.contains("<mark class=\"ev\""), "the visit must be highlighted");
    // The JSON keeps the text as data.
    let (_, rec) = get_json(&format!("/api/articles/{}", f.hostile_id)).await;
    assert!(rec["source"]["url"].as_str().unwrap().contains("<script>"));
    // Search pages escape the query and the snippets.
    let (_, _, sp) = get(&format!("/search?q={}", q("<script>alert(1)</script> عراقچی"))).await;
    assert!(!sp.contains("<script>alert(1)"), "the query must not come back as markup");
    assert!(sp.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let (_, _, ep) = get(&format!("/entity/{}", seg("<svg onload=alert(1)>"))).await;
    assert!(!ep.contains("<svg onload"));
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    for path in ["/", "/api/stats", "/api/nothing", "/search?q=x", "/static/app.js", "/nowhere"] {
        let (_, h, _) = get(path).await;
        let csp = h.get(header::CONTENT_SECURITY_POLICY).unwrap_or_else(|| panic!("{path}: no CSP")).to_str().unwrap();
        assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(h.get(header::X_CONTENT_TYPE_OPTIONS).unwrap(), "nosniff", "{path}");
        assert_eq!(h.get(header::X_FRAME_OPTIONS).unwrap(), "DENY", "{path}");
    }
}

#[tokio::test]
async fn pages_are_persian_right_to_left_and_work_offline() {
    for path in ["/", &format!("/search?q={}", q("همکاری")), &format!("/article/{}", fixture().seed_id), "/timeline?actor=Iran&actor=Azerbaijan", "/graph", "/entity/Iran"] {
        let (s, _, page) = get(path).await;
        assert_eq!(s, StatusCode::OK, "{path}");
        assert!(page.contains("<html lang=\"fa\" dir=\"rtl\">"), "{path}");
        // Nothing is fetched from elsewhere.
        assert!(!page.contains("src=\"http") && !page.contains("stylesheet\" href=\"http"), "{path}");
        assert!(!page.contains("src=\"//") && !page.contains("href=\"//"), "{path}");
    }
    let (_, _, tl) = get("/timeline?actor=Iran&actor=Azerbaijan").await;
    assert!(tl.contains("<svg class=\"timeline\"") && tl.contains("<circle"), "the timeline is drawn");
    let (_, _, g) = get("/graph").await;
    assert!(g.contains("<svg class=\"graph\"") && g.contains("<line"), "the network is drawn");
    // The English toggle: English names and summaries.
    let req = Request::get("/timeline?actor=Iran&actor=Azerbaijan").header(header::COOKIE, "lang=en").body(Body::empty()).unwrap();
    let (_, _, en) = call(app(None), req).await;
    assert!(en.contains("visited") && en.contains("Khalaf Khalafov"), "English summaries");
    // Dates in both calendars.
    assert!(tl.contains("مهر ۱۴۰۲") && tl.contains("Oct 2023"));
}

#[tokio::test]
async fn a_token_once_set_is_required() {
    let (s, _, b) = call(app(Some("s3cret")), Request::get("/api/stats").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "{b}");
    assert!(b.contains("Bearer"));
    let ok = Request::get("/api/stats").header(header::AUTHORIZATION, "Bearer s3cret").body(Body::empty()).unwrap();
    assert_eq!(call(app(Some("s3cret")), ok).await.0, StatusCode::OK);
    let wrong = Request::get("/api/stats").header(header::AUTHORIZATION, "Bearer s3creT").body(Body::empty()).unwrap();
    assert_eq!(call(app(Some("s3cret")), wrong).await.0, StatusCode::UNAUTHORIZED);
    let cookie = Request::get("/").header(header::COOKIE, "lang=en; rasad_token=s3cret").body(Body::empty()).unwrap();
    assert_eq!(call(app(Some("s3cret")), cookie).await.0, StatusCode::OK);
    let (s, h, _) = call(app(Some("s3cret")), Request::get("/login?token=s3cret").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert!(h.get(header::SET_COOKIE).unwrap().to_str().unwrap().contains("HttpOnly"));
}

#[test]
fn a_public_address_needs_a_token() {
    let cfg = |addr: &str, token: Option<&str>| rasad_serve::Config { addr: addr.into(), token: token.map(String::from), ..Default::default() };
    assert!(rasad_serve::check_address(&cfg("127.0.0.1:0", None)).is_ok());
    assert!(rasad_serve::check_address(&cfg("[::1]:0", None)).is_ok());
    let e = rasad_serve::check_address(&cfg("0.0.0.0:8080", None)).unwrap_err().to_string();
    assert!(e.contains("token"), "{e}");
    assert!(rasad_serve::check_address(&cfg("0.0.0.0:8080", Some(""))).is_err());
    assert!(rasad_serve::check_address(&cfg("0.0.0.0:8080", Some("t"))).is_ok());
    assert!(rasad_serve::check_address(&cfg("not an address", None)).unwrap_err().to_string().contains("HOST:PORT"));
}

#[test]
fn the_default_address_is_loopback() {
    let addr = rasad_serve::check_address(&rasad_serve::Config::default()).unwrap();
    assert!(addr.ip().is_loopback(), "{addr}");
}

/// A store whose stats take half a second.
struct Slow(Arc<dyn Store>);

impl Store for Slow {
    fn doc_ids(&self) -> rasad_store::Result<rustc_hash::FxHashSet<String>> {
        self.0.doc_ids()
    }
    fn put(&self, b: &[Ingested], r: bool) -> rasad_store::Result<rasad_store::PutReport> {
        self.0.put(b, r)
    }
    fn finish(&self) -> rasad_store::Result<()> {
        self.0.finish()
    }
    fn for_each_article(&self, f: &mut dyn FnMut(Article) -> rasad_store::Result<()>) -> rasad_store::Result<()> {
        self.0.for_each_article(f)
    }
    fn article(&self, id: &str) -> rasad_store::Result<Option<rasad_store::StoredArticle>> {
        self.0.article(id)
    }
    fn search(&self, q: &str, p: rasad_store::Paging) -> rasad_store::Result<rasad_store::Page<rasad_store::SearchHit>> {
        self.0.search(q, p)
    }
    fn events(&self, f: &rasad_store::EventFilter, p: rasad_store::Paging) -> rasad_store::Result<rasad_store::Page<rasad_extract::merge::MergedEvent>> {
        self.0.events(f, p)
    }
    fn timeline(&self, a: &[String], p: rasad_store::Paging) -> rasad_store::Result<rasad_store::Page<rasad_extract::merge::MergedEvent>> {
        self.0.timeline(a, p)
    }
    fn entity(&self, n: &str) -> rasad_store::Result<Option<rasad_store::EntityView>> {
        self.0.entity(n)
    }
    fn graph(&self, f: Option<&str>, t: Option<&str>) -> rasad_store::Result<rasad_store::Graph> {
        self.0.graph(f, t)
    }
    fn stats(&self) -> rasad_store::Result<rasad_store::Stats> {
        std::thread::sleep(std::time::Duration::from_millis(500));
        self.0.stats()
    }
    fn check(&self) -> rasad_store::Result<rasad_store::CheckReport> {
        self.0.check()
    }
}

#[tokio::test]
async fn a_request_over_its_time_is_stopped_with_an_error() {
    let slow = rasad_serve::router(Arc::new(Slow(fixture().store.clone())), rasad_serve::Config { timeout: std::time::Duration::from_millis(50), ..Default::default() });
    let (s, h, b) = call(slow, Request::get("/api/stats").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{b}");
    assert_eq!(h.get(header::CONTENT_TYPE).unwrap(), "application/json");
    assert!(b.contains("was stopped"), "{b}");
    assert!(h.get(header::CONTENT_SECURITY_POLICY).is_some());
}
