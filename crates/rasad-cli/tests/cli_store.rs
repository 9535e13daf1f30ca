//! The store commands as a user runs them: `ingest`, `search`, `events`,
//! `timeline`, `entity`, `export`, `reextract`, `check`; and ingest killed
//! with SIGKILL again and again, then run to the end.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

fn rasad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasad"))
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/seeds")
}

fn run(args: &[&str]) -> (bool, String, String) {
    let out = rasad().args(args).output().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn store_arg(dir: &Path) -> String {
    dir.join("store").display().to_string()
}

/// `n` distinct articles as JSONL: the sample articles, each copy with its
/// own URL and a sentence of its own, so neither the id nor dedup merges them.
fn corpus(path: &Path, n: usize) {
    let mut texts: Vec<String> = std::fs::read_dir(seeds()).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    texts.sort();
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for i in 0..n {
        let text = format!("{}\nیادداشت شماره {i} از بایگانی.", texts[i % texts.len()]);
        serde_json::to_writer(&mut f, &serde_json::json!({"url": format!("https://example.invalid/news/{i}"), "text": text})).unwrap();
        f.write_all(b"\n").unwrap();
    }
}

fn exported_ids(store: &str) -> Vec<String> {
    let (ok, out, err) = run(&["export", "--store", store, "--format", "jsonl"]);
    assert!(ok, "{err}");
    out.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["doc_id"].as_str().unwrap().to_string()).collect()
}

#[test]
fn ingest_then_ask() {
    let tmp = tempfile::tempdir().unwrap();
    let store = store_arg(tmp.path());
    let seeds = seeds().display().to_string();
    let (ok, _, err) = run(&["ingest", &seeds, "--store", &store]);
    assert!(ok, "{err}");
    assert!(err.contains("5 articles read: 5 stored, 0 already stored"), "{err}");
    // Idempotent.
    let (ok, _, err) = run(&["ingest", &seeds, "--store", &store]);
    assert!(ok, "{err}");
    assert!(err.contains("5 articles read: 0 stored, 5 already stored"), "{err}");

    let (ok, out, err) = run(&["search", "همکاری های", "--store", &store, "--format", "json"]);
    assert!(ok, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(v["total"].as_u64().unwrap() >= 2);

    // Dates in either calendar give the same answer.
    let a = run(&["events", "--store", &store, "--from", "1402-07-01", "--to", "1402-07-30", "--format", "jsonl", "--limit", "200"]).1;
    let b = run(&["events", "--store", &store, "--from", "2023-09-23", "--to", "2023-10-22", "--format", "jsonl", "--limit", "200"]).1;
    assert!(!a.is_empty());
    assert_eq!(a, b);
    let (ok, _, err) = run(&["events", "--store", &store, "--from", "someday"]);
    assert!(!ok && err.contains("YYYY-MM-DD"), "{err}");

    let (ok, csv, _) = run(&["events", "--store", &store, "--actor", "Azerbaijan", "--type", "CONSULT", "--format", "csv"]);
    assert!(ok);
    assert!(csv.starts_with("date,type,mode,source,target,place,status,sources,event_id\n"), "{csv}");
    assert!(csv.lines().count() > 2);

    let (ok, table, _) = run(&["timeline", "--store", &store, "--actor", "ایران", "--actor", "Azerbaijan"]);
    assert!(ok && table.contains("Khalaf Khalafov"), "{table}");

    let (ok, ent, _) = run(&["entity", "عراقچی", "--store", &store]);
    assert!(ok && ent.contains("Abbas Araghchi") && ent.contains("foreign-minister"), "{ent}");
    let (ok, _, err) = run(&["entity", "nobody at all", "--store", &store]);
    assert!(!ok && err.contains("no entity"), "{err}");

    let out = tmp.path().join("gdelt");
    let (ok, _, err) = run(&["export", "--store", &store, "--format", "gdelt", "-o", out.to_str().unwrap()]);
    assert!(ok, "{err}");
    let events = std::fs::read_to_string(out.join("events.tsv")).unwrap();
    let mentions = std::fs::read_to_string(out.join("mentions.tsv")).unwrap();
    assert!(events.starts_with("GlobalEventID\tDay\t"));
    // One row per event, and every mention names an event of the table.
    let ids: std::collections::HashSet<&str> = events.lines().skip(1).map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(ids.len(), events.lines().count() - 1);
    assert!(mentions.lines().skip(1).all(|l| ids.contains(l.split('\t').next().unwrap())));

    let (ok, out, err) = run(&["check", "--store", &store]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("5 articles, 5 indexed"), "{out}");
}

#[test]
fn reextract_reports_what_a_knowledge_base_change_does() {
    let tmp = tempfile::tempdir().unwrap();
    let store = store_arg(tmp.path());
    let (ok, _, err) = run(&["ingest", &seeds().display().to_string(), "--store", &store]);
    assert!(ok, "{err}");
    let (ok, out, err) = run(&["reextract", "--store", &store]);
    assert!(ok, "{err}");
    assert!(out.contains("0 records changed, 5 unchanged"), "{out}");
    // An overlay that spells one minister's English name another way.
    let kb = tmp.path().join("kb");
    std::fs::create_dir(&kb).unwrap();
    std::fs::write(kb.join("people.tsv"), "person:abbas-araghchi\tPER\tAbbas Araqchi\tعباس عراقچی\tسیدعباس عراقچی|عراقچی\tIR\t\n").unwrap();
    let (ok, out, err) = run(&["reextract", "--store", &store, "--kb", kb.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(out.contains("1 records changed, 4 unchanged"), "{out}");
    let (_, ev, _) = run(&["events", "--store", &store, "--actor", "Abbas Araqchi", "--format", "jsonl"]);
    assert!(!ev.is_empty(), "the merged events follow the new records");
    let rec: Value = serde_json::from_str(&run(&["export", "--store", &store]).1.lines().find(|l| l.contains("Araqchi")).unwrap().to_string()).unwrap();
    assert_ne!(rec["kb_version"], Value::Null);
}

#[test]
fn a_non_loopback_address_is_refused_without_a_token() {
    let tmp = tempfile::tempdir().unwrap();
    let (ok, _, err) = run(&["serve", "--store", &store_arg(tmp.path()), "--addr", "0.0.0.0:0"]);
    assert!(!ok && err.contains("token"), "{err}");
}

/// SIGKILL at 50 points of ingest runs, `rasad check` after each, then a run
/// to the end: every article stored exactly once, the store and its index
/// in agreement.
#[test]
fn ingest_killed_fifty_times_then_completed_stores_every_article_once() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("corpus.jsonl");
    // Enough that fifty short runs cannot finish it.
    let n = 8000;
    corpus(&input, n);
    let store = store_arg(tmp.path());
    let input_s = input.display().to_string();
    // Kill points spread over a run, from a fixed generator (no randomness in CI).
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut killed_mid_way = 0;
    // Until fifty kills have landed mid-run (a run that finished first does not count).
    let mut round = 0;
    // The longest delay: halved whenever a run finishes before its kill, so
    // that as the store fills (and runs resume nearer the end) kills still
    // land, however fast this machine ingests.
    let mut cap: u64 = 500;
    while killed_mid_way < 50 && round < 200 {
        round += 1;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let delay = Duration::from_millis(5 + x % cap);
        let mut child = rasad().args(["ingest", &input_s, "--store", &store, "--single-pass"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(delay);
        let finished = child.try_wait().unwrap().is_some();
        if finished {
            cap = (cap / 2).max(5);
        } else {
            child.kill().unwrap(); // SIGKILL
            killed_mid_way += 1;
        }
        child.wait().unwrap();
        let (ok, out, err) = run(&["check", "--store", &store]);
        assert!(ok, "round {round}: the store fails its check after a kill at {delay:?}:\n{out}{err}");
    }
    assert_eq!(killed_mid_way, 50, "fifty kills must land mid-run");
    let (ok, _, err) = run(&["ingest", &input_s, "--store", &store]);
    assert!(ok, "{err}");
    let ids = exported_ids(&store);
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!(ids.len(), n, "every article stored");
    assert_eq!(unique.len(), n, "none twice");
    let (ok, out, _) = run(&["check", "--store", &store]);
    assert!(ok && out.contains(&format!("{n} articles, {n} indexed")), "{out}");
}
