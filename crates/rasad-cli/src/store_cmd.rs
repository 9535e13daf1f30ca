//! The commands over a store: `ingest`, `reextract`, `search`, `events`,
//! `timeline`, `entity`, `export`, `check`.

use crate::extract_cmd::{self, InputFormat};
use crate::output::{self, Format};
use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rasad_extract::record::Record;
use rasad_ingest::Article;
use rasad_store::{EventFilter, Ingested, Paging, PutReport, Store};
use serde_json::Value;
use std::path::Path;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// The default embedded store.
pub const DEFAULT_STORE: &str = "rasad-data";

/// Opens the store a `--store` argument names: a directory (the embedded
/// store, created on first use) or `clickhouse://HOST:PORT/DB` (tables
/// created when missing).
pub fn open(spec: &str, kb: &'static rasad_kb::Kb) -> Result<Box<dyn Store>> {
    if spec.starts_with("clickhouse://") {
        let store = rasad_clickhouse::ClickHouse::open(spec, kb).with_context(|| format!("cannot open the store {spec}"))?;
        return Ok(Box::new(store));
    }
    if spec.contains("://") {
        bail!("{spec}: a store is a directory (the embedded store) or clickhouse://HOST:8123/DB");
    }
    let store = rasad_store::Embedded::open(Path::new(spec), kb, rasad_store::embedded::Options::default())
        .with_context(|| format!("cannot open the store {spec}"))?;
    Ok(Box::new(store))
}

/// Articles per store transaction.
const BATCH: usize = 128;

/// What one run of the pipeline did.
#[derive(Default)]
struct Summary {
    read: usize,
    unreadable: usize,
    put: PutReport,
}

/// Runs articles from `source` through extraction on `jobs` threads into
/// `store`; `source` calls its argument with each article and returns
/// (articles, unreadable inputs).
fn pipeline(
    store: &dyn Store,
    jobs: usize,
    replace: bool,
    total: Option<u64>,
    extract: &(dyn Fn(&Article) -> Record + Sync),
    source: impl FnOnce(&mut dyn FnMut(Article) -> Result<()>) -> Result<(usize, usize)> + Send,
) -> Result<Summary> {
    let bar = match total {
        Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr_with_hz(4)),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4)),
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos}/{len} articles  {per_sec}  ETA {eta}  {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let (work_tx, work_rx) = sync_channel::<Article>(256);
    let (done_tx, done_rx) = sync_channel::<Ingested>(256);
    let mut summary = Summary::default();
    std::thread::scope(|s| -> Result<()> {
        let reader = s.spawn(move || {
            source(&mut |a: Article| match work_tx.send(a) {
                Ok(()) => Ok(()),
                Err(_) => bail!("the store writer stopped"),
            })
        });
        let work_rx: Arc<Mutex<Receiver<Article>>> = Arc::new(Mutex::new(work_rx));
        for _ in 0..jobs.max(1) {
            let rx = Arc::clone(&work_rx);
            let tx = done_tx.clone();
            s.spawn(move || loop {
                let next = rx.lock().map(|r| r.recv());
                let Ok(Ok(article)) = next else { break };
                let record = extract(&article);
                if tx.send(Ingested { article, record }).is_err() {
                    break;
                }
            });
        }
        // Only the workers hold the work queue: when they stop (the writer
        // failed), the reader's next send fails and it stops too.
        drop(work_rx);
        drop(done_tx);
        let mut batch: Vec<Ingested> = Vec::with_capacity(BATCH);
        let flush = |batch: &mut Vec<Ingested>, summary: &mut Summary| -> Result<()> {
            if batch.is_empty() {
                return Ok(());
            }
            let r = store.put(batch, replace)?;
            bar.inc(batch.len() as u64);
            summary.put.stored += r.stored;
            summary.put.duplicates += r.duplicates;
            summary.put.changed += r.changed;
            summary.put.unchanged += r.unchanged;
            summary.put.events_before += r.events_before;
            summary.put.events_after += r.events_after;
            batch.clear();
            Ok(())
        };
        let mut failed: Option<anyhow::Error> = None;
        for item in done_rx.iter() {
            batch.push(item);
            if batch.len() >= BATCH {
                if let Err(e) = flush(&mut batch, &mut summary) {
                    failed = Some(e);
                    break;
                }
            }
        }
        if let Some(e) = failed {
            // Dropping the receivers stops the workers and the reader.
            drop(done_rx);
            return Err(e);
        }
        flush(&mut batch, &mut summary)?;
        let (read, unreadable) = reader.join().map_err(|_| anyhow::anyhow!("the reader thread panicked"))??;
        summary.read = read;
        summary.unreadable = unreadable;
        Ok(())
    })?;
    bar.finish_and_clear();
    Ok(summary)
}

/// `rasad ingest`.
pub struct IngestArgs {
    pub inputs: Vec<String>,
    pub store: String,
    pub input_format: InputFormat,
    pub kb: Option<std::path::PathBuf>,
    pub jobs: usize,
    pub single_pass: bool,
}

pub fn ingest(args: IngestArgs) -> Result<()> {
    let t0 = Instant::now();
    let recognizer = extract_cmd::recognizer(args.kb.as_deref())?;
    let store = open(&args.store, recognizer.kb())?;
    let known = store.doc_ids()?;
    // A first pass learns the lines that repeat across a site's pages and
    // counts the articles for the progress bar.
    let rereadable = !args.inputs.is_empty() && args.inputs.iter().all(|i| i != "-" && !i.contains("://"));
    let (repeated, total) = if rereadable && !args.single_pass {
        let mut r = rasad_ingest::meta::RepeatedLines::new(3);
        let mut n = 0u64;
        let pass = extract_cmd::for_each_article_quiet(&args.inputs, args.input_format, |a| {
            if !known.contains(&rasad_extract::doc_id(&a)) {
                n += 1;
            }
            r.observe(&a);
            Ok(())
        });
        (pass.ok().map(|_| r), Some(n))
    } else {
        (None, None)
    };
    let extract = |a: &Article| rasad_extract::extract_with(a, repeated.as_ref(), recognizer);
    let mut seen = known;
    let mut skipped_known = 0usize;
    let inputs = args.inputs.clone();
    let summary = pipeline(store.as_ref(), args.jobs, false, total, &extract, |send| {
        extract_cmd::for_each_article(&inputs, args.input_format, |a| {
            // Known by id (stored before, or met earlier in this run): not
            // extracted again.
            if !seen.insert(rasad_extract::doc_id(&a)) {
                skipped_known += 1;
                return Ok(());
            }
            send(a)
        })
    });
    let summary = summary?;
    store.finish()?;
    let stats = store.stats()?;
    let secs = t0.elapsed().as_secs_f64();
    let new = summary.put.stored;
    eprintln!(
        "rasad ingest: {} articles read: {new} stored, {} already stored; {} inputs unreadable{} — {:.1} s, {:.0} articles/s",
        summary.read,
        skipped_known + summary.put.duplicates,
        summary.unreadable,
        if summary.unreadable > 0 { " (reasons above)" } else { "" },
        secs,
        summary.read as f64 / secs.max(1e-9),
    );
    eprintln!(
        "rasad ingest: store {}: {} articles, {} events ({} mentions), {} entities, {} quotes",
        args.store, stats.articles, stats.events, stats.event_mentions, stats.entities, stats.quotes
    );
    if summary.read == 0 && summary.unreadable > 0 {
        bail!("no input could be read");
    }
    Ok(())
}

/// `rasad reextract`: runs extraction again over every stored article.
pub fn reextract(store_spec: &str, kb: Option<&Path>, jobs: usize) -> Result<()> {
    let t0 = Instant::now();
    let recognizer = extract_cmd::recognizer(kb)?;
    let store = open(store_spec, recognizer.kb())?;
    let before = store.stats()?;
    let mut r = rasad_ingest::meta::RepeatedLines::new(3);
    store.for_each_article(&mut |a| {
        r.observe(&a);
        Ok(())
    })?;
    let extract = |a: &Article| rasad_extract::extract_with(a, Some(&r), recognizer);
    let total = Some(before.articles as u64);
    let st: &dyn Store = store.as_ref();
    let summary = pipeline(st, jobs, true, total, &extract, |send| {
        let mut n = 0;
        st.for_each_article(&mut |a| {
            n += 1;
            send(a).map_err(|e| rasad_store::Error::Io(e.to_string()))?;
            Ok(())
        })?;
        Ok((n, 0))
    })?;
    store.finish()?;
    let after = store.stats()?;
    let p = &summary.put;
    println!(
        "rasad reextract: {} articles in {:.1} s (rasad {}, knowledge base {}): {} records changed, {} unchanged; events in records {} → {}; merged events {} → {}; entities {} → {}; quotes {} → {}",
        summary.read,
        t0.elapsed().as_secs_f64(),
        rasad_extract::RASAD_VERSION,
        recognizer.kb().version,
        p.changed,
        p.unchanged,
        p.events_before,
        p.events_after,
        before.events,
        after.events,
        before.entities,
        after.entities,
        before.quotes,
        after.quotes
    );
    Ok(())
}

/// A date argument in either calendar, as a Gregorian day range.
pub fn date_arg(s: &str) -> std::result::Result<(String, String), String> {
    let (a, b) = rasad_store::dates::parse_range(s)?;
    Ok((rasad_store::dates::iso(a), rasad_store::dates::iso(b)))
}

fn values<T: serde::Serialize>(xs: &[T]) -> Vec<Value> {
    xs.iter().map(|x| serde_json::to_value(x).unwrap_or(Value::Null)).collect()
}

pub fn search(store: &str, query: &str, paging: Paging, format: Format) -> Result<()> {
    let s = open(store, rasad_kb::Kb::builtin())?;
    let page = s.search(query, paging)?;
    output::write(format, page.total, &values(&page.results), &output::search_columns())
}

pub struct EventsArgs {
    pub store: String,
    pub actors: Vec<String>,
    pub kind: Option<String>,
    pub from: Option<(String, String)>,
    pub to: Option<(String, String)>,
    pub place: Option<String>,
    pub paging: Paging,
    pub format: Format,
}

pub fn events(a: EventsArgs) -> Result<()> {
    let s = open(&a.store, rasad_kb::Kb::builtin())?;
    let filter = EventFilter {
        actors: a.actors,
        kind: a.kind,
        from: a.from.map(|r| r.0),
        to: a.to.map(|r| r.1),
        place: a.place,
    };
    let page = s.events(&filter, a.paging)?;
    output::write(a.format, page.total, &values(&page.results), &output::event_columns())
}

pub fn timeline(store: &str, actors: Vec<String>, paging: Paging, format: Format) -> Result<()> {
    let s = open(store, rasad_kb::Kb::builtin())?;
    let page = s.timeline(&actors, paging)?;
    output::write(format, page.total, &values(&page.results), &output::event_columns())
}

pub fn entity(store: &str, name: &str, format: Format) -> Result<()> {
    let s = open(store, rasad_kb::Kb::builtin())?;
    let Some(e) = s.entity(name)? else {
        bail!("no entity is called {name:?} in the store or the knowledge base; try its English or Persian name, or its id")
    };
    match format {
        Format::Json | Format::Jsonl => {
            let v = serde_json::to_value(&e)?;
            if format == Format::Json {
                println!("{}", serde_json::to_string_pretty(&v)?);
            } else {
                println!("{v}");
            }
        }
        Format::Table | Format::Csv => {
            println!("{} — {} ({}{})", e.name, e.name_fa, e.kind, e.kb_id.as_deref().map(|i| format!(", {i}")).unwrap_or_default());
            println!("articles {}, mentions {}, events {}, quotes {}", e.counts.articles, e.counts.mentions, e.counts.events, e.counts.quotes);
            if !e.roles.is_empty() {
                println!("\nroles");
                for r in &e.roles {
                    println!("  {} {}  {} – {}", r.country, r.office, r.from, r.to.as_deref().unwrap_or("now"));
                }
            }
            if !e.events.is_empty() {
                println!("\nlatest events");
                output::write(Format::Table, e.counts.events, &values(&e.events), &output::event_columns())?;
            }
            if !e.quotes.is_empty() {
                println!("\nlatest quotes");
                for q in &e.quotes {
                    let text: String = q.text.chars().take(160).collect();
                    println!("  {} {}: «{}»", q.published.as_deref().unwrap_or("?"), q.doc_id, text);
                }
            }
        }
    }
    Ok(())
}

/// Shapes of `rasad export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Every stored record, one JSON per line (the shape of `rasad extract`).
    Jsonl,
    /// Merged events as CSV, one row per event.
    Csv,
    /// A GDELT-like pair of tab-separated tables: events (one row per
    /// event) and mentions (one row per article that tells it).
    Gdelt,
}

pub fn export(store: &str, format: ExportFormat, out: Option<&Path>) -> Result<()> {
    use std::io::Write;
    let s = open(store, rasad_kb::Kb::builtin())?;
    let all_events = || -> Result<Vec<rasad_extract::merge::MergedEvent>> {
        let mut out = Vec::new();
        let mut offset = 0;
        loop {
            let page = s.events(&EventFilter::default(), Paging { limit: 5000, offset })?;
            let n = page.results.len();
            out.extend(page.results);
            offset += n;
            if n == 0 || offset >= page.total {
                return Ok(out);
            }
        }
    };
    let sink = |name: &str| -> Result<Box<dyn Write>> {
        Ok(match out {
            None => Box::new(std::io::stdout().lock()),
            Some(dir) => {
                std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
                let p = dir.join(name);
                Box::new(std::fs::File::create(&p).with_context(|| format!("cannot create {}", p.display()))?)
            }
        })
    };
    match format {
        ExportFormat::Jsonl => {
            let mut w = std::io::BufWriter::new(sink("records.jsonl")?);
            let mut ids: Vec<String> = s.doc_ids()?.into_iter().collect();
            ids.sort();
            for id in ids {
                if let Some(a) = s.article(&id)? {
                    serde_json::to_writer(&mut w, &a.record)?;
                    w.write_all(b"\n")?;
                }
            }
            w.flush()?;
        }
        ExportFormat::Csv => {
            let events = all_events()?;
            let mut w = csv::Writer::from_writer(sink("events.csv")?);
            w.write_record(["event_id", "date_from", "date_to", "type", "mode", "source", "target", "place", "status", "n_articles", "n_sources", "evidence"])?;
            for e in &events {
                let (f, t) = e.date.as_ref().map(|d| d.days()).map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or_default();
                w.write_record([
                    e.event_id.clone(),
                    f,
                    t,
                    e.kind.clone(),
                    e.mode.clone().unwrap_or_default(),
                    e.source.join("; "),
                    e.target.join("; "),
                    e.place.clone().unwrap_or_default(),
                    e.status.clone(),
                    e.n_articles.to_string(),
                    e.n_sources.to_string(),
                    e.mentions.first().map(|m| m.evidence.text.clone()).unwrap_or_default(),
                ])?;
            }
            w.flush()?;
        }
        ExportFormat::Gdelt => {
            let Some(dir) = out else { bail!("--format gdelt writes two tables (events.tsv, mentions.tsv): give a directory with --out") };
            let events = all_events()?;
            let tsv = |name: &str| -> Result<csv::Writer<Box<dyn Write>>> {
                let _ = dir;
                Ok(csv::WriterBuilder::new().delimiter(b'\t').quote_style(csv::QuoteStyle::Necessary).from_writer(sink(name)?))
            };
            let mut ev = tsv("events.tsv")?;
            ev.write_record([
                "GlobalEventID", "Day", "DayEnd", "DayJalali", "Actor1Name", "Actor2Name", "EventRootCode", "EventMode", "Status", "ActionGeo_FullName",
                "NumMentions", "NumSources", "NumArticles", "SourceDocID",
            ])?;
            let mut me = tsv("mentions.tsv")?;
            me.write_record(["GlobalEventID", "MentionDocID", "MentionSourceName", "EvidenceStart", "EvidenceEnd", "Evidence"])?;
            for e in &events {
                let (f, t) = e.date.as_ref().map(|d| d.days()).map(|(a, b)| (a.replace('-', ""), b.replace('-', ""))).unwrap_or_default();
                let jal = e.date.as_ref().and_then(|d| rasad_store::dates::jalali_of(d.days().0)).unwrap_or_default();
                ev.write_record([
                    e.event_id.clone(),
                    f,
                    t,
                    jal,
                    e.source.join("; "),
                    e.target.join("; "),
                    e.kind.clone(),
                    e.mode.clone().unwrap_or_default(),
                    e.status.clone(),
                    e.place.clone().unwrap_or_default(),
                    e.mentions.len().to_string(),
                    e.n_sources.to_string(),
                    e.n_articles.to_string(),
                    e.mentions.first().map(|m| m.doc_id.clone()).unwrap_or_default(),
                ])?;
                for m in &e.mentions {
                    me.write_record([
                        e.event_id.clone(),
                        m.doc_id.clone(),
                        m.outlet.clone().unwrap_or_default(),
                        m.evidence.start.to_string(),
                        m.evidence.end.to_string(),
                        m.evidence.text.replace(['\n', '\t'], " "),
                    ])?;
                }
            }
            ev.flush()?;
            me.flush()?;
            eprintln!("rasad export: {} events and their mentions in {}", events.len(), dir.display());
        }
    }
    Ok(())
}

/// `rasad check`: verifies the store; exits non-zero when anything is wrong.
pub fn check(store: &str) -> Result<()> {
    let s = open(store, rasad_kb::Kb::builtin())?;
    let r = s.check()?;
    println!("{}: {} articles, {} indexed", store, r.articles, r.indexed);
    for p in &r.problems {
        println!("problem: {p}");
    }
    if r.problems.is_empty() {
        println!("the store and its index agree");
        Ok(())
    } else {
        bail!("{} problems in the store {store}", r.problems.len())
    }
}
