//! `rasad watch` and `rasad extract URL` against feeds served from a local
//! HTTP server on loopback: conditional GET, retries, restart without
//! duplicates.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::Command;
use std::sync::{Arc, Mutex};

struct Server {
    base: String,
    hits: Arc<Mutex<HashMap<String, Vec<String>>>>,
}

fn page(title: &str, body: &str) -> String {
    format!("<html><head><title>{title}</title><meta property=\"article:published_time\" content=\"2023-10-04\"></head><body><nav><a href='/'>خانه</a></nav><p>{body}</p></body></html>")
}

/// Serves a feed (ETag "v1"), two pages, and a path that fails once with 503.
fn serve() -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let hits: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
    let h = hits.clone();
    let b = base.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            let _ = reader.read_line(&mut request);
            let mut headers = Vec::new();
            loop {
                let mut l = String::new();
                if reader.read_line(&mut l).unwrap_or(0) == 0 || l.trim().is_empty() {
                    break;
                }
                headers.push(l.trim().to_ascii_lowercase());
            }
            let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
            let n = {
                let mut m = h.lock().unwrap();
                let e = m.entry(path.clone()).or_default();
                e.push(headers.join("\n"));
                e.len()
            };
            let feed = format!(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>خبرگزاری ایسنا</title>\
                 <item><title>دیدار وزیران</title><link>{b}/p/1</link><guid>isna-1</guid><pubDate>Wed, 04 Oct 2023 10:00:00 +0330</pubDate><description>خلاصه یک</description></item>\
                 <item><title>تماس تلفنی</title><link>{b}/p/2</link><guid>isna-2</guid><description>خلاصه دو</description></item>\
                 </channel></rss>"
            );
            let (status, extra, body) = match path.as_str() {
                "/feed.rss" if headers.iter().any(|l| l == "if-none-match: \"v1\"") => ("304 Not Modified", "", String::new()),
                "/feed.rss" => ("200 OK", "ETag: \"v1\"\r\nContent-Type: application/rss+xml\r\n", feed),
                "/flaky.rss" if n == 1 => ("503 Service Unavailable", "Retry-After: 0\r\n", String::new()),
                "/flaky.rss" => ("200 OK", "Content-Type: application/rss+xml\r\n", feed),
                "/p/1" => ("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page("دیدار وزیران", "به گزارش ایسنا، وزیر امور خارجه امروز با همتای خود در تهران دیدار و گفت‌وگو کرد و دو طرف بر همکاری تاکید کردند.")),
                "/p/2" => ("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page("تماس تلفنی", "به گزارش ایسنا، وزیران خارجه دو کشور در تماس تلفنی درباره تحولات منطقه قفقاز جنوبی گفت‌وگو کردند و بر صلح تاکید کردند.")),
                _ => ("404 Not Found", "", String::new()),
            };
            let _ = write!(stream, "HTTP/1.1 {status}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
        }
    });
    Server { base, hits }
}

fn rasad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasad"))
}

fn tmpdir(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("rasad-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn watch_polls_conditionally_and_never_repeats_an_item() {
    let s = serve();
    let dir = tmpdir("watch");
    let out = dir.join("records.jsonl");
    let feed = format!("{}/feed.rss", s.base);
    let run = || {
        let o = rasad()
            .args(["watch", &feed, "--once", "--host-interval", "0", "--state-dir"])
            .arg(&dir)
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stderr).into_owned()
    };
    let log1 = run();
    assert!(log1.contains("2 items, 2 new"), "{log1}");
    let recs: Vec<serde_json::Value> = std::fs::read_to_string(&out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["outlet"], "ISNA");
    assert_eq!(recs[0]["source"]["url"], format!("{}/p/1", s.base));
    assert!(recs[0]["lead"].as_str().unwrap().contains("دیدار و گفت‌وگو کرد"), "the page was fetched: {}", recs[0]["lead"]);
    // A restart: the server answers 304, nothing is written twice.
    let log2 = run();
    assert!(log2.contains("not modified"), "{log2}");
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 2);
    let hits = s.hits.lock().unwrap();
    assert!(hits["/feed.rss"][1].contains("if-none-match: \"v1\""), "conditional GET: {:?}", hits["/feed.rss"]);
    assert_eq!(hits["/p/1"].len(), 1);
    drop(hits);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn extract_fetches_a_feed_url_and_retries_a_503() {
    let s = serve();
    let o = rasad().args(["extract", &format!("{}/flaky.rss", s.base)]).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("retrying"), "{err}");
    let n = String::from_utf8_lossy(&o.stdout).lines().count();
    assert_eq!(n, 2);
    let o = rasad().args(["extract", &format!("{}/missing.rss", s.base)]).output().unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("HTTP 404"));
}
