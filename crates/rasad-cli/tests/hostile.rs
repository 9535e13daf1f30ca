//! Hostile and broken input, each ending in a clear error for that input
//! alone, in bounded time, with the rest of the batch processed: UTF-16, a
//! binary file named .txt, deeply nested HTML, gzip bombs in a WARC.gz
//! (a record that claims gigabytes, a body that inflates past the limit), a
//! 10 MB line, a feed that never ends, redirect loops and redirects to
//! other schemes. (A 1 GB input and peak memory: scripts/huge-input.py.)

use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn rasad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasad"))
}

const GOOD: &str = "سید عباس عراقچی وزیر امور خارجه ایران روز دوشنبه ۱۷ آذر ۱۴۰۴ در سفر به باکو با جیحون بایراموف دیدار و گفت‌وگو کرد.";

/// Runs `rasad extract ARGS`; returns (exit ok, records, stderr, seconds).
fn extract(args: &[&str]) -> (bool, Vec<serde_json::Value>, String, f64) {
    let t = Instant::now();
    let out = rasad().arg("extract").args(args).output().unwrap();
    assert!(out.status.code().is_some(), "rasad died of a signal: {:?}\n{}", out.status, String::from_utf8_lossy(&out.stderr));
    let recs = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (out.status.success(), recs, String::from_utf8_lossy(&out.stderr).into_owned(), t.elapsed().as_secs_f64())
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

#[test]
fn utf16_and_binary_files_are_refused_and_the_rest_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in GOOD.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    write(tmp.path(), "a_utf16.txt", &utf16);
    write(tmp.path(), "b_binary.txt", &[0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0xff, 0xfe]);
    write(tmp.path(), "c_good.txt", GOOD.as_bytes());
    let (ok, recs, err, _) = extract(&[tmp.path().to_str().unwrap()]);
    assert!(ok, "{err}");
    assert_eq!(recs.len(), 1);
    assert!(err.contains("a_utf16.txt") && err.contains("UTF-16") && err.contains("iconv"), "{err}");
    assert!(err.contains("b_binary.txt") && err.contains("binary data"), "{err}");
}

#[test]
fn deeply_nested_html_does_not_overflow_the_stack() {
    let tmp = tempfile::tempdir().unwrap();
    let depth = 200_000;
    let mut html = String::from("<html><head><title>عنوان</title></head><body>");
    html.push_str(&"<div>".repeat(depth));
    html.push_str(&format!("<p>{GOOD}</p>"));
    html.push_str(&"</div>".repeat(depth));
    html.push_str("</body></html>");
    let page = write(tmp.path(), "nested.html", html.as_bytes());
    let good = write(tmp.path(), "good.txt", GOOD.as_bytes());
    let (ok, recs, err, secs) = extract(&[&page, &good]);
    assert!(ok, "{err}");
    assert_eq!(recs.len(), 2, "{err}");
    assert!(recs[0]["events"].as_array().is_some_and(|e| !e.is_empty()), "the text inside is read");
    assert!(secs < 60.0, "{secs} s");
}

fn warc_record(uri: &str, http: &[u8]) -> Vec<u8> {
    let mut r = format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n", http.len()).into_bytes();
    r.extend_from_slice(http);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn page(body: &str) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>{body}</p></body></html>").into_bytes()
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn gzip_bombs_in_a_warc_gz_end_in_errors_for_their_records() {
    let tmp = tempfile::tempdir().unwrap();
    // 1. A gzipped HTTP body that inflates to 200 MB of zeros, between two
    //    good pages: that record is refused, both pages are read.
    let mut zeros = GzEncoder::new(Vec::new(), Compression::fast());
    let chunk = vec![0u8; 1 << 20];
    for _ in 0..200 {
        zeros.write_all(&chunk).unwrap();
    }
    let bomb_body = zeros.finish().unwrap();
    assert!(bomb_body.len() < 1 << 20);
    let mut bomb = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
    bomb.extend_from_slice(&bomb_body);
    let mut warc = Vec::new();
    warc.extend(gz(&warc_record("https://example.invalid/1", &page(GOOD))));
    warc.extend(gz(&warc_record("https://example.invalid/bomb", &bomb)));
    warc.extend(gz(&warc_record("https://example.invalid/2", &page(GOOD))));
    let a = write(tmp.path(), "inner.warc.gz", &warc);
    // 2. A record that claims 20 GB: the rest of that archive is skipped at
    //    once, not inflated; the next file is read.
    let mut claim = gz(&warc_record("https://example.invalid/3", &page(GOOD)));
    let mut huge = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.invalid/huge\r\nContent-Length: 20000000000\r\n\r\n".to_vec();
    huge.extend_from_slice(&vec![0u8; 4 << 20]);
    claim.extend(gz(&huge));
    let b = write(tmp.path(), "claim.warc.gz", &claim);
    let c = write(tmp.path(), "z_good.txt", GOOD.as_bytes());
    let (ok, recs, err, secs) = extract(&[&a, &b, &c]);
    assert!(ok, "{err}");
    let urls: Vec<&str> = recs.iter().filter_map(|r| r["source"]["url"].as_str()).collect();
    assert_eq!(urls, ["https://example.invalid/1", "https://example.invalid/2", "https://example.invalid/3"], "{err}");
    assert_eq!(recs.len(), 4);
    assert!(err.contains("inflates to over") && err.contains("record 2"), "{err}");
    assert!(err.contains("claims a block of 20000000000 bytes") && err.contains("rest of the archive is skipped"), "{err}");
    assert!(secs < 30.0, "{secs} s");
}

#[test]
fn a_ten_megabyte_line_is_one_article() {
    let tmp = tempfile::tempdir().unwrap();
    let mut line = String::new();
    while line.len() < 10 << 20 {
        line.push_str(GOOD);
        line.push(' ');
    }
    let p = write(tmp.path(), "line.txt", line.as_bytes());
    let (ok, recs, err, secs) = extract(&[&p]);
    assert!(ok, "{err}");
    assert_eq!(recs.len(), 1);
    // Linear time: a long line once took minutes (per-sentence scans of
    // every mention).
    assert!(secs < 30.0, "{secs} s");
}

/// A local HTTP server answering every request with `respond`.
fn server(respond: impl Fn(&str, &mut std::net::TcpStream) + Send + Sync + 'static) -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    let respond = std::sync::Arc::new(respond);
    std::thread::spawn(move || {
        for s in l.incoming().flatten() {
            let respond = respond.clone();
            std::thread::spawn(move || {
                let mut s = s;
                let mut r = BufReader::new(s.try_clone().unwrap());
                let mut first = String::new();
                let _ = r.read_line(&mut first);
                loop {
                    let mut l = String::new();
                    if r.read_line(&mut l).unwrap_or(0) == 0 || l == "\r\n" {
                        break;
                    }
                }
                let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
                respond(&path, &mut s);
            });
        }
    });
    format!("http://{addr}")
}

#[test]
fn a_feed_that_never_ends_is_cut_at_the_size_limit() {
    let base = server(|_, s| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n<?xml version=\"1.0\"?><rss><channel><title>t</title>");
        let item = "<item><title>خبر</title><description>متن خبر</description></item>".repeat(100);
        // Until the client hangs up.
        while s.write_all(item.as_bytes()).is_ok() {}
    });
    let (ok, recs, err, secs) = extract(&[&format!("{base}/feed.xml")]);
    assert!(!ok && recs.is_empty(), "{err}");
    assert!(err.contains("larger than") && err.contains("limit"), "{err}");
    assert!(secs < 60.0, "{secs} s");
}

#[test]
fn redirect_loops_and_other_schemes_are_refused() {
    let base = server(|path, s| {
        let to = if path == "/loop" { "/loop".to_string() } else { "file:///etc/passwd".to_string() };
        let _ = write!(s, "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\n\r\n");
    });
    let (ok, _, err, secs) = extract(&[&format!("{base}/loop")]);
    assert!(!ok, "{err}");
    assert!(err.to_lowercase().contains("redirect"), "{err}");
    assert!(secs < 60.0);
    let (ok, recs, err, secs) = extract(&[&format!("{base}/elsewhere")]);
    assert!(!ok && recs.is_empty(), "{err}");
    assert!(err.contains("not retried") && secs < 10.0, "{err}");
    assert!(!err.contains("root:"), "nothing of a local file may be read");
    eprintln!("{err}");
}
