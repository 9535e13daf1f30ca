//! `rasad enqueue` and `rasad worker`: articles through NATS JetStream to
//! workers that extract them and write to a store.

use crate::extract_cmd::{self, InputFormat};
use anyhow::{Context, Result};
use rasad_ingest::{Article, Format};
use rasad_queue::JetStream;
use rasad_store::Ingested;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The default stream.
pub const STREAM: &str = "RASAD";
/// The consumer all workers of a stream share.
pub const DURABLE: &str = "rasad-workers";

/// The subject of a stream's articles.
fn subject(stream: &str) -> String {
    format!("{}.articles", stream.to_ascii_lowercase())
}

/// A stream name NATS accepts.
pub fn check_stream(s: &str) -> Result<()> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        anyhow::bail!("{s:?} is not a stream name: letters, digits, - and _ only");
    }
    Ok(())
}

/// An article as a message.
pub fn encode(a: &Article) -> Vec<u8> {
    json!({"path": a.path, "record": a.record, "url": a.url, "text": a.text, "title": a.title, "published": a.published, "format": a.format.map(Format::name)})
        .to_string()
        .into_bytes()
}

/// A message as an article.
pub fn decode(bytes: &[u8]) -> Result<Article> {
    let v: Value = serde_json::from_slice(bytes).context("a message that is not an article (not JSON)")?;
    let text = v["text"].as_str().context("a message without text")?.to_string();
    let s = |k: &str| v[k].as_str().map(String::from);
    Ok(Article {
        path: s("path"),
        record: v["record"].as_u64().map(|n| n as usize),
        url: s("url"),
        text,
        title: s("title"),
        published: s("published"),
        format: v["format"].as_str().and_then(Format::from_name),
    })
}

/// `rasad enqueue`.
pub fn enqueue(inputs: &[String], format: InputFormat, nats: &str, stream: &str) -> Result<()> {
    check_stream(stream)?;
    let t0 = Instant::now();
    let subject = subject(stream);
    let mut js = JetStream::connect(nats)?;
    js.ensure_stream(stream, &subject)?;
    js.ensure_consumer(stream, DURABLE, Duration::from_secs(30))?;
    let mut pending: Vec<(String, Vec<u8>)> = Vec::new();
    let (mut published, mut duplicates) = (0usize, 0usize);
    let mut send = |pending: &mut Vec<(String, Vec<u8>)>, js: &mut JetStream| -> Result<()> {
        for ack in js.publish_all(&subject, pending, 256)? {
            if ack.duplicate {
                duplicates += 1;
            } else {
                published += 1;
            }
        }
        pending.clear();
        Ok(())
    };
    let (read, unreadable) = extract_cmd::for_each_article(inputs, format, |a| {
        pending.push((rasad_extract::doc_id(&a), encode(&a)));
        if pending.len() >= 1024 {
            send(&mut pending, &mut js)?;
        }
        Ok(())
    })?;
    send(&mut pending, &mut js)?;
    eprintln!(
        "rasad enqueue: {read} articles read, {published} published to {stream} ({subject}), {duplicates} already in the stream; {unreadable} inputs unreadable — {:.1} s",
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Counts a worker exposes.
#[derive(Default)]
struct Counters {
    articles: AtomicU64,
    stored: AtomicU64,
    duplicates: AtomicU64,
    bad: AtomicU64,
    batches: AtomicU64,
    merges: AtomicU64,
}

/// Serves the counts as Prometheus text at any path of `addr`.
fn serve_metrics(addr: &str, c: Arc<Counters>) -> Result<()> {
    let listener = std::net::TcpListener::bind(addr).with_context(|| format!("cannot listen on {addr} for metrics"))?;
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            use std::io::{Read, Write};
            let mut s = stream;
            let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf);
            let body = format!(
                "# rasad worker counts\nrasad_worker_articles_total {}\nrasad_worker_stored_total {}\nrasad_worker_duplicates_total {}\nrasad_worker_bad_messages_total {}\nrasad_worker_batches_total {}\nrasad_worker_merges_total {}\n",
                c.articles.load(Ordering::Relaxed),
                c.stored.load(Ordering::Relaxed),
                c.duplicates.load(Ordering::Relaxed),
                c.bad.load(Ordering::Relaxed),
                c.batches.load(Ordering::Relaxed),
                c.merges.load(Ordering::Relaxed)
            );
            let _ = write!(s, "HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
        }
    });
    Ok(())
}

/// `rasad worker`.
pub struct WorkerArgs {
    pub nats: String,
    pub stream: String,
    pub store: String,
    pub batch: usize,
    pub ack_wait: Duration,
    pub exit_when_idle: bool,
    pub metrics: Option<String>,
    pub kb: Option<std::path::PathBuf>,
}

/// Pulls articles, extracts them, writes them to the store, and only then
/// acknowledges them; merges events whenever the queue runs dry.
pub fn worker(args: WorkerArgs) -> Result<()> {
    let recognizer = extract_cmd::recognizer(args.kb.as_deref())?;
    let store = crate::store_cmd::open(&args.store, recognizer.kb())?;
    check_stream(&args.stream)?;
    let stream = args.stream.as_str();
    let mut js = JetStream::connect(&args.nats)?;
    js.ensure_stream(stream, &subject(stream))?;
    js.ensure_consumer(stream, DURABLE, args.ack_wait)?;
    let c = Arc::new(Counters::default());
    if let Some(addr) = &args.metrics {
        serve_metrics(addr, Arc::clone(&c))?;
    }
    let pid = std::process::id();
    eprintln!("rasad worker pid={pid} event=start nats={} store={} consumer={stream}.{DURABLE}", args.nats, args.store);
    let mut dirty = false;
    let (mut extract_time, mut store_time) = (Duration::ZERO, Duration::ZERO);
    let mut last_log = Instant::now();
    let t0 = Instant::now();
    loop {
        let msgs = js.fetch(stream, DURABLE, args.batch, Duration::from_secs(1))?;
        if msgs.is_empty() {
            if dirty {
                store.finish()?;
                dirty = false;
                c.merges.fetch_add(1, Ordering::Relaxed);
                eprintln!("rasad worker pid={pid} event=merged articles={}", c.articles.load(Ordering::Relaxed));
            }
            if args.exit_when_idle {
                let info = js.consumer_info(stream, DURABLE)?;
                if info["num_pending"].as_u64() == Some(0) && info["num_ack_pending"].as_u64() == Some(0) {
                    eprintln!(
                        "rasad worker pid={pid} event=idle-exit articles={} stored={} duplicates={} bad={} seconds={:.1}",
                        c.articles.load(Ordering::Relaxed),
                        c.stored.load(Ordering::Relaxed),
                        c.duplicates.load(Ordering::Relaxed),
                        c.bad.load(Ordering::Relaxed),
                        t0.elapsed().as_secs_f64()
                    );
                    return Ok(());
                }
            }
            continue;
        }
        let te = Instant::now();
        let mut batch = Vec::with_capacity(msgs.len());
        for m in &msgs {
            match decode(&m.payload) {
                Ok(a) => {
                    let record = rasad_extract::extract_with(&a, None, recognizer);
                    batch.push(Ingested { article: a, record });
                }
                Err(e) => {
                    // A message no worker can read is acknowledged, not retried forever.
                    eprintln!("rasad worker pid={pid} event=bad-message error={e:#}");
                    c.bad.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
        extract_time += te.elapsed();
        let ts = Instant::now();
        let report = store.put(&batch, false)?;
        store_time += ts.elapsed();
        js.ack(&msgs)?;
        dirty = true;
        c.articles.fetch_add(batch.len() as u64, Ordering::Relaxed);
        c.stored.fetch_add(report.stored as u64, Ordering::Relaxed);
        c.duplicates.fetch_add(report.duplicates as u64, Ordering::Relaxed);
        c.batches.fetch_add(1, Ordering::Relaxed);
        if last_log.elapsed() > Duration::from_secs(5) {
            last_log = Instant::now();
            let n = c.articles.load(Ordering::Relaxed);
            eprintln!(
                "rasad worker pid={pid} event=progress articles={n} stored={} rate={:.1}/s extract_s={:.1} store_s={:.1}",
                c.stored.load(Ordering::Relaxed),
                n as f64 / t0.elapsed().as_secs_f64(),
                extract_time.as_secs_f64(),
                store_time.as_secs_f64()
            );
        }
    }
}
