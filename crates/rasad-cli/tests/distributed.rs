//! rasad beyond one machine: articles enqueued to NATS JetStream, two
//! workers writing to a two-shard ClickHouse cluster, one of them killed
//! with SIGKILL mid-stream and started again. Afterwards ClickHouse holds
//! exactly what the embedded store holds for the same input, and the API
//! answers the same from both.
//!
//! Needs the servers of `scripts/servers.sh up` (CI starts them):
//! RASAD_TEST_CLICKHOUSE (default http://127.0.0.1:18123 and :18124, cluster
//! rasad_two_shards) and RASAD_TEST_NATS (default nats://127.0.0.1:14222).
//! Without them it says so and skips, unless RASAD_REQUIRE_SERVERS=1.

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn rasad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasad"))
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/seeds")
}

fn reachable(url: &str) -> bool {
    ureq::get(url).call().is_ok()
}

fn servers() -> Option<(String, String)> {
    let nats = std::env::var("RASAD_TEST_NATS").unwrap_or_else(|_| "nats://127.0.0.1:14222".into());
    let shards = std::env::var("RASAD_TEST_CLICKHOUSE_SHARDS").unwrap_or_else(|_| "127.0.0.1:18123,127.0.0.1:18124".into());
    let first = shards.split(',').next().unwrap_or("").to_string();
    let nats_ok = std::net::TcpStream::connect(nats.trim_start_matches("nats://")).is_ok();
    let ch_ok = shards.split(',').all(|s| reachable(&format!("http://{s}/ping")));
    if !(nats_ok && ch_ok) {
        let msg = format!("SKIPPED the distributed test: no NATS at {nats} or no ClickHouse at {shards} (run scripts/servers.sh up)");
        if std::env::var("RASAD_REQUIRE_SERVERS").as_deref() == Ok("1") {
            panic!("{msg} (RASAD_REQUIRE_SERVERS=1)");
        }
        eprintln!("{msg}");
        return None;
    }
    let db = format!("rasad_it_{}", std::process::id());
    Some((format!("clickhouse://{first}/{db}?cluster=rasad_two_shards&shards={shards}"), nats))
}

/// The sample articles, each repeated with its own URL and a line of its own
/// (reposts: near-duplicates that must count once among the sources), and
/// each also cut to its first half (another story on the same events).
fn corpus(path: &Path, copies: usize) -> usize {
    let mut files: Vec<PathBuf> = std::fs::read_dir(seeds()).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut n = 0;
    for (i, p) in files.iter().enumerate() {
        let text = std::fs::read_to_string(p).unwrap();
        for k in 0..copies {
            let t = format!("{text}\nبازنشر شماره {k}.");
            serde_json::to_writer(&mut f, &serde_json::json!({"url": format!("https://example.invalid/{i}/{k}"), "text": t})).unwrap();
            f.write_all(b"\n").unwrap();
            n += 1;
        }
        let half: String = text.chars().take(text.chars().count() / 2).collect();
        serde_json::to_writer(&mut f, &serde_json::json!({"url": format!("https://example.invalid/{i}/half"), "text": half})).unwrap();
        f.write_all(b"\n").unwrap();
        n += 1;
    }
    n
}

fn worker(store: &str, nats: &str, stream: &str, metrics: Option<&str>) -> Child {
    let mut cmd = rasad();
    cmd.args(["worker", "--store", store, "--nats", nats, "--stream", stream, "--batch", "4", "--ack-wait", "3", "--exit-when-idle"]);
    if let Some(m) = metrics {
        cmd.args(["--metrics", m]);
    }
    cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

struct Server(Child, String);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(store: &str) -> Server {
    let mut child = rasad().args(["serve", "--store", store, "--addr", "127.0.0.1:0"]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap()).read_line(&mut line).unwrap();
    let url = line.split_whitespace().find(|w| w.starts_with("http://")).unwrap().trim_end_matches('/').to_string();
    Server(child, url)
}

fn get(base: &str, path: &str) -> Value {
    let mut resp = ureq::get(&format!("{base}{path}")).call().unwrap_or_else(|e| panic!("{base}{path}: {e}"));
    serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap()
}

#[test]
fn two_workers_one_killed_give_what_the_embedded_store_gives() {
    let Some((ch, nats)) = servers() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("corpus.jsonl");
    let n = corpus(&input, 60);
    let input_s = input.display().to_string();
    let stream = format!("IT{}", std::process::id());

    // The embedded store, for comparison.
    let emb = tmp.path().join("embedded").display().to_string();
    let out = rasad().args(["ingest", &input_s, "--store", &emb, "--single-pass"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let out = rasad().args(["enqueue", &input_s, "--nats", &nats, "--stream", &stream]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && err.contains(&format!("{n} published")), "{err}");

    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let metrics = format!("127.0.0.1:{port}");
    let mut a = worker(&ch, &nats, &stream, Some(&metrics));
    let mut b = worker(&ch, &nats, &stream, None);
    // Kill one mid-stream: as soon as it has written something.
    let written = || -> u64 {
        let Ok(mut r) = ureq::get(&format!("http://{metrics}/metrics")).call() else { return 0 };
        let text = r.body_mut().read_to_string().unwrap_or_default();
        text.lines().find_map(|l| l.strip_prefix("rasad_worker_articles_total ")).and_then(|n| n.trim().parse().ok()).unwrap_or(0)
    };
    let t = Instant::now();
    while written() < 8 {
        assert!(a.try_wait().unwrap().is_none(), "the first worker stopped before it could be killed");
        assert!(t.elapsed() < Duration::from_secs(60), "the first worker wrote nothing in a minute");
        std::thread::sleep(Duration::from_millis(20));
    }
    a.kill().unwrap(); // SIGKILL
    a.wait().unwrap();
    let mut a2 = worker(&ch, &nats, &stream, None);
    let deadline = Instant::now() + Duration::from_secs(600);
    for w in [&mut b, &mut a2] {
        loop {
            if let Some(status) = w.try_wait().unwrap() {
                let mut log = String::new();
                std::io::Read::read_to_string(w.stderr.as_mut().unwrap(), &mut log).unwrap();
                assert!(status.success(), "a worker failed:\n{log}");
                assert!(log.contains("event=idle-exit"), "{log}");
                break;
            }
            assert!(Instant::now() < deadline, "the workers did not finish in 10 minutes");
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    let c = serve(&ch);
    let e = serve(&emb);
    let (cs, es) = (get(&c.1, "/api/stats"), get(&e.1, "/api/stats"));
    assert_eq!(cs["articles"].as_u64(), Some(n as u64), "every article, once: {cs}");
    assert!(es["events"].as_u64().unwrap() > 10);
    assert_eq!(cs, es, "stats");
    for path in [
        "/api/events?limit=200",
        "/api/events?type=CONSULT&from=1402-07-01&to=1402-07-30&limit=200",
        "/api/events?actor=Azerbaijan&limit=200",
        "/api/timeline?actor=Iran&actor=Azerbaijan&limit=200",
        "/api/timeline?actor=%D8%B9%D8%B1%D8%A7%D9%82%DA%86%DB%8C&limit=200",
        "/api/entities/Abbas%20Araghchi",
        "/api/entities/Jeyhun%20Bayramov",
        "/api/graph",
    ] {
        let (x, y) = (get(&c.1, path), get(&e.1, path));
        assert_eq!(x, y, "{path} differs between ClickHouse and the embedded store");
    }
    // Reposts counted once: an event told by the 60 copies of one story
    // and its half has over 60 articles but few sources.
    let events = get(&c.1, "/api/events?limit=200");
    assert!(events["results"].as_array().unwrap().iter().any(|e| e["n_articles"].as_u64() > Some(60) && e["n_sources"].as_u64() < Some(5)), "{events}");
}
