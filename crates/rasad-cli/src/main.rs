//! The `rasad` command line.

mod dates_cmd;
mod dedup_cmd;
mod extract_cmd;
mod fetch;
mod watch_cmd;
mod input;
mod normalize_cmd;
mod output;
mod queue_cmd;
mod store_cmd;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "rasad", version, about = "Reads Persian news and records who met, called, visited, supported or opposed whom, when and where.")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Normalize Persian text: letter forms, lost ZWNJs, digits, punctuation spacing.
    ///
    /// Reads FILEs (or standard input) as UTF-8 and writes the normalized
    /// text to standard output, streaming: inputs of any size run in bounded
    /// memory.
    Normalize {
        /// Input files; `-` or none for standard input.
        files: Vec<String>,
        /// Print sentences with their tokens as JSON lines, offsets in
        /// characters of the original input.
        #[arg(long)]
        json: bool,
        /// Digits of the output: keep, persian or latin.
        #[arg(long, default_value = "keep", value_parser = normalize_cmd::parse_digits)]
        digits: rasad_text::DigitStyle,
        /// Remove diacritics (harakat).
        #[arg(long)]
        remove_diacritics: bool,
        /// Do not restore ZWNJs.
        #[arg(long)]
        no_zwnj: bool,
        /// Do not fold Arabic letter forms.
        #[arg(long)]
        no_fold: bool,
        /// Do not repair spacing around punctuation or collapse spaces.
        #[arg(long)]
        no_spacing: bool,
        /// Write each input to a file of the same name in this directory.
        #[arg(short = 'o', long)]
        out_dir: Option<PathBuf>,
    },
    /// Extract the record of each article: metadata, entities, events, quotes.
    ///
    /// Reads files (plain text, or JSONL with `url`/`text`/`title`/`published`
    /// fields), directories (recursively) or standard input, and writes one
    /// JSON record per article (see ../shared/spec/extract-output.md). A bad
    /// record is reported with its file and line and skipped.
    Extract {
        /// Files or directories; `-` or none for standard input.
        inputs: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "jsonl")]
        format: extract_cmd::OutputFormat,
        /// How to read the inputs.
        #[arg(long = "input-format", value_enum, default_value = "auto")]
        input_format: extract_cmd::InputFormat,
        /// Write to this file instead of standard output.
        #[arg(short = 'o', long)]
        out: Option<PathBuf>,
        /// Fail if any input or record cannot be read.
        #[arg(long)]
        strict: bool,
        /// Read the inputs once: do not learn the lines that repeat across
        /// a site's pages (template boilerplate) in a first pass.
        #[arg(long)]
        single_pass: bool,
        /// Add to (or override) the knowledge base with the files of this directory.
        #[arg(long)]
        kb: Option<PathBuf>,
    },
    /// The entities of a text: people, organizations and places, linked to
    /// the knowledge base, one JSON line each with its mentions.
    Entities {
        /// Input file; `-` or none for standard input.
        file: Option<String>,
        /// The day the text speaks of (YYYY-MM-DD): role phrases such as
        /// «وزیر امور خارجه ایران» then resolve to that day's office-holder.
        #[arg(long = "date", value_parser = dates_cmd::parse_ref)]
        date: Option<rasad_time::Day>,
        /// Add to (or override) the knowledge base with the files of this directory.
        #[arg(long)]
        kb: Option<PathBuf>,
    },
    /// The knowledge base.
    Kb {
        #[command(subcommand)]
        cmd: KbCmd,
    },
    /// Find near-duplicates: reposts of one story across outlets.
    ///
    /// Prints one JSON line per cluster of two or more articles (MinHash
    /// over word 5-shingles of the body, then an exact check: Jaccard or
    /// containment of the shorter text).
    Dedup {
        /// Files, directories, URLs; `-` or none for standard input.
        inputs: Vec<String>,
        /// How to read the inputs.
        #[arg(long = "input-format", value_enum, default_value = "auto")]
        input_format: extract_cmd::InputFormat,
        /// Jaccard similarity that makes two texts one story.
        #[arg(long, default_value_t = 0.5)]
        jaccard: f64,
        /// Containment of the shorter text that makes two texts one story.
        #[arg(long, default_value_t = 0.7)]
        containment: f64,
    },
    /// Events merged across articles, from the store or from files.
    ///
    /// Without INPUTS, asks the store: merged events, newest first, that
    /// involve every --actor, of --type, at --place, overlapping --from/--to.
    /// With INPUTS, extracts and merges those files instead. Either way each
    /// event has every mention (article, outlet, evidence) and article and
    /// source counts (reposts of one story count once).
    Events {
        /// Files, directories, URLs to merge instead of the store.
        inputs: Vec<String>,
        #[command(flatten)]
        store: StoreArg,
        /// An actor, by English or Persian name or knowledge-base id; twice
        /// for the events between two.
        #[arg(long = "actor")]
        actors: Vec<String>,
        /// PLOVER type (CONSULT, SUPPORT, REJECT, ACCUSE, AGREE, …).
        #[arg(long = "type")]
        kind: Option<String>,
        /// From this day: YYYY-MM-DD in either calendar (2023-10-04 or 1402-07-12), or a month or year.
        #[arg(long, value_parser = store_cmd::date_arg)]
        from: Option<(String, String)>,
        /// To this day, in either calendar.
        #[arg(long, value_parser = store_cmd::date_arg)]
        to: Option<(String, String)>,
        /// Where it happened.
        #[arg(long)]
        place: Option<String>,
        #[command(flatten)]
        page: PageArgs,
        /// How to read INPUTS.
        #[arg(long = "input-format", value_enum, default_value = "auto")]
        input_format: extract_cmd::InputFormat,
        /// Add to (or override) the knowledge base with the files of this directory.
        #[arg(long)]
        kb: Option<PathBuf>,
    },
    /// Store articles: read, extract and keep them with their records.
    ///
    /// Reads files, directories, URLs (any format `extract` reads) on all
    /// cores into the store, with a progress bar. An article already stored
    /// (by id) is skipped, so running it again after an interrupt finishes
    /// the job without duplicating anything. Ends with a summary of what was
    /// read, stored and skipped, and why.
    Ingest {
        /// Files, directories, URLs; `-` for standard input.
        #[arg(required = true)]
        inputs: Vec<String>,
        #[command(flatten)]
        store: StoreArg,
        /// How to read the inputs.
        #[arg(long = "input-format", value_enum, default_value = "auto")]
        input_format: extract_cmd::InputFormat,
        /// Add to (or override) the knowledge base with the files of this directory.
        #[arg(long)]
        kb: Option<PathBuf>,
        /// Extraction threads (default: the number of cores).
        #[arg(short = 'j', long)]
        jobs: Option<usize>,
        /// Read the inputs once (no first pass over template lines, no total for the progress bar).
        #[arg(long)]
        single_pass: bool,
    },
    /// Extract every stored article again (after the knowledge base or
    /// rasad changed) and report what changed.
    Reextract {
        #[command(flatten)]
        store: StoreArg,
        /// Add to (or override) the knowledge base with the files of this directory.
        #[arg(long)]
        kb: Option<PathBuf>,
        /// Extraction threads (default: the number of cores).
        #[arg(short = 'j', long)]
        jobs: Option<usize>,
    },
    /// Search the stored articles (insensitive to ZWNJs, spaces, Arabic
    /// letter forms and digit scripts; `"…"` for a phrase).
    Search {
        /// The query.
        query: String,
        #[command(flatten)]
        store: StoreArg,
        #[command(flatten)]
        page: PageArgs,
    },
    /// The events of an actor, or between two, in date order.
    Timeline {
        /// An actor; twice for the events between two.
        #[arg(long = "actor", required = true)]
        actors: Vec<String>,
        #[command(flatten)]
        store: StoreArg,
        #[command(flatten)]
        page: PageArgs,
    },
    /// One entity: names, roles with tenures, counts, latest events and quotes.
    Entity {
        /// English or Persian name, alias, or knowledge-base id.
        name: String,
        #[command(flatten)]
        store: StoreArg,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: output::Format,
    },
    /// Export the store: records (jsonl), merged events (csv), or a
    /// GDELT-like events table with a mentions table (gdelt).
    Export {
        #[command(flatten)]
        store: StoreArg,
        /// What to write.
        #[arg(long, value_enum, default_value = "jsonl")]
        format: store_cmd::ExportFormat,
        /// Write into this directory (records.jsonl, events.csv, or
        /// events.tsv and mentions.tsv) instead of standard output.
        #[arg(short = 'o', long)]
        out: Option<PathBuf>,
    },
    /// Publish articles to NATS JetStream for `rasad worker`s to extract.
    ///
    /// Creates the stream (RASAD, subject rasad.articles, a work queue on
    /// disk) and the workers' durable consumer when missing. Each article's
    /// id travels as its message id, so enqueuing twice within two minutes
    /// stores it once.
    Enqueue {
        /// Files, directories, URLs.
        #[arg(required = true)]
        inputs: Vec<String>,
        /// The NATS server.
        #[arg(long, default_value = "nats://127.0.0.1:4222", env = "RASAD_NATS")]
        nats: String,
        /// How to read the inputs.
        #[arg(long = "input-format", value_enum, default_value = "auto")]
        input_format: extract_cmd::InputFormat,
        /// The JetStream stream (its subject is the lower-cased name and `.articles`).
        #[arg(long, default_value = queue_cmd::STREAM)]
        stream: String,
    },
    /// Pull articles from NATS JetStream, extract them, write them to the
    /// store, and acknowledge each only after it is written.
    ///
    /// Any number of workers share one durable consumer; a worker killed at
    /// any moment loses nothing (unacknowledged messages come again) and
    /// duplicates nothing (the store keeps one row per id). Events are merged
    /// whenever the queue runs dry. Logs key=value lines on standard error.
    Worker {
        /// The NATS server.
        #[arg(long, default_value = "nats://127.0.0.1:4222", env = "RASAD_NATS")]
        nats: String,
        #[command(flatten)]
        store: StoreArg,
        /// The JetStream stream.
        #[arg(long, default_value = queue_cmd::STREAM)]
        stream: String,
        /// Messages per fetch (and per store write).
        #[arg(long, default_value_t = 256)]
        batch: usize,
        /// Seconds before an unacknowledged message is delivered again
        /// (set when the consumer is created).
        #[arg(long, default_value_t = 30)]
        ack_wait: u64,
        /// Exit once the queue is empty and nothing is in flight.
        #[arg(long)]
        exit_when_idle: bool,
        /// Serve the counts (Prometheus text) on this address, e.g. 127.0.0.1:9187.
        #[arg(long)]
        metrics: Option<String>,
        /// Add to (or override) the knowledge base with the files of this directory.
        #[arg(long)]
        kb: Option<PathBuf>,
    },
    /// Verify the store: the database's integrity, every record's offsets,
    /// and that the search index holds every article exactly once.
    Check {
        #[command(flatten)]
        store: StoreArg,
    },
    /// Serve the HTTP API and the web UI over the store.
    ///
    /// With PATHS, ingests them first (as `rasad ingest` does). Binds to
    /// loopback; prints the URL.
    Serve {
        /// Files or directories to ingest before serving.
        paths: Vec<String>,
        #[command(flatten)]
        store: StoreArg,
        /// Address to listen on. Anything but loopback needs --token.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        /// Access token every request must carry (`Authorization: Bearer
        /// TOKEN`, or once /login?token=TOKEN in a browser).
        #[arg(long, env = "RASAD_TOKEN", hide_env_values = true)]
        token: Option<String>,
    },
    /// Poll feeds, extract what is new, never process an item twice.
    ///
    /// Each FEED is an RSS/Atom URL or file. Requests are polite:
    /// conditional GET (ETag, Last-Modified), retries with backoff, at most
    /// one request every 2 s to a host. What was seen is kept in
    /// STATE_DIR/watch-state.json across restarts.
    Watch {
        /// Feeds: URLs or files.
        feeds: Vec<String>,
        /// How often to poll: 30s, 10m, 2h, 1d.
        #[arg(long, default_value = "10m", value_parser = watch_cmd::parse_every)]
        every: std::time::Duration,
        /// Poll once and exit.
        #[arg(long)]
        once: bool,
        /// Where the watch state is kept.
        #[arg(long, default_value = "rasad-data")]
        state_dir: PathBuf,
        /// Append records to this file instead of standard output.
        #[arg(short = 'o', long)]
        out: Option<PathBuf>,
        /// Use the feed's own text instead of fetching each item's page.
        #[arg(long)]
        no_fetch_pages: bool,
        /// Seconds between two requests to one host.
        #[arg(long, default_value_t = 2.0)]
        host_interval: f64,
        /// Request timeout in seconds.
        #[arg(long, default_value_t = 30.0)]
        timeout: f64,
        /// Retries after a failed request (network error, 429, 5xx).
        #[arg(long, default_value_t = 3)]
        retries: u32,
    },
    /// Find the dates of a text and resolve them: one JSON line each.
    ///
    /// Reads FILE (or standard input) and prints, for every date expression
    /// (Solar Hijri, Gregorian or lunar dates in any digits, year-less dates
    /// with weekdays, ranges, relative words such as «دیروز» or «هفته
    /// گذشته», times of day), its text, character offsets, Gregorian and
    /// Solar Hijri range, precision and any conflict.
    Dates {
        /// Input file; `-` or none for standard input.
        file: Option<String>,
        /// The day the text speaks from (usually the publication date),
        /// YYYY-MM-DD. Without it, relative and year-less dates are null.
        #[arg(long = "ref", value_parser = dates_cmd::parse_ref)]
        reference: Option<rasad_time::Day>,
    },
}

/// Where the store is.
#[derive(clap::Args, Clone)]
struct StoreArg {
    /// The store: a directory for the embedded store, created on first use,
    /// or clickhouse://HOST:8123/DB[?cluster=NAME&shards=HOST:PORT,…].
    #[arg(long = "store", default_value = store_cmd::DEFAULT_STORE, env = "RASAD_STORE")]
    store: String,
}

/// A page of results.
#[derive(clap::Args, Clone)]
struct PageArgs {
    /// Results to show.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Results to skip.
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: output::Format,
}

impl PageArgs {
    fn paging(&self) -> rasad_store::Paging {
        rasad_store::Paging { limit: self.limit, offset: self.offset }
    }
}

fn jobs(j: Option<usize>) -> usize {
    j.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).max(1)
}

#[derive(Subcommand)]
enum KbCmd {
    /// Check the knowledge base: bad lines, duplicate ids, an alias two
    /// entries claim, overlapping tenures of a single-holder office,
    /// unknown countries and offices. Exits non-zero if anything is wrong.
    Check {
        /// Also check the files of this directory, loaded over the bundled ones.
        #[arg(long)]
        kb: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let res = match cli.cmd {
        Cmd::Normalize { files, json, digits, remove_diacritics, no_zwnj, no_fold, no_spacing, out_dir } => {
            let opts = rasad_text::Options {
                fold_letters: !no_fold,
                remove_diacritics,
                digits,
                repair_zwnj: !no_zwnj,
                fix_punctuation_spacing: !no_spacing,
                collapse_spaces: !no_spacing,
            };
            normalize_cmd::run(normalize_cmd::Args { inputs: files, out_dir, json, opts })
        }
        Cmd::Dates { file, reference } => dates_cmd::run(file, reference),
        Cmd::Dedup { inputs, input_format, jaccard, containment } => dedup_cmd::run(
            inputs,
            input_format,
            rasad_ingest::dedup::DedupSettings { jaccard, containment, ..Default::default() },
        ),
        Cmd::Watch { feeds, every, once, state_dir, out, no_fetch_pages, host_interval, timeout, retries } => {
            let settings = fetch::Settings {
                timeout: std::time::Duration::from_secs_f64(timeout.max(0.1)),
                retries,
                per_host_interval: std::time::Duration::from_secs_f64(host_interval.max(0.0)),
                ..fetch::Settings::default()
            };
            watch_cmd::run(watch_cmd::Args { feeds, every, once, state_dir, out, fetch_pages: !no_fetch_pages, settings })
        }
        Cmd::Entities { file, date, kb } => entities_cmd(file, date, kb),
        Cmd::Events { inputs, store, actors, kind, from, to, place, page, input_format, kb } => {
            if inputs.is_empty() {
                store_cmd::events(store_cmd::EventsArgs { store: store.store, actors, kind, from, to, place, paging: page.paging(), format: page.format })
            } else {
                events_cmd(inputs, input_format, kb)
            }
        }
        Cmd::Ingest { inputs, store, input_format, kb, jobs: j, single_pass } => {
            store_cmd::ingest(store_cmd::IngestArgs { inputs, store: store.store, input_format, kb, jobs: jobs(j), single_pass })
        }
        Cmd::Reextract { store, kb, jobs: j } => store_cmd::reextract(&store.store, kb.as_deref(), jobs(j)),
        Cmd::Search { query, store, page } => store_cmd::search(&store.store, &query, page.paging(), page.format),
        Cmd::Timeline { actors, store, page } => store_cmd::timeline(&store.store, actors, page.paging(), page.format),
        Cmd::Entity { name, store, format } => store_cmd::entity(&store.store, &name, format),
        Cmd::Export { store, format, out } => store_cmd::export(&store.store, format, out.as_deref()),
        Cmd::Check { store } => store_cmd::check(&store.store),
        Cmd::Enqueue { inputs, nats, input_format, stream } => queue_cmd::enqueue(&inputs, input_format, &nats, &stream),
        Cmd::Worker { nats, stream, store, batch, ack_wait, exit_when_idle, metrics, kb } => queue_cmd::worker(queue_cmd::WorkerArgs {
            nats,
            stream,
            store: store.store,
            batch: batch.max(1),
            ack_wait: std::time::Duration::from_secs(ack_wait.max(1)),
            exit_when_idle,
            metrics,
            kb,
        }),
        Cmd::Serve { paths, store, addr, token } => serve_cmd(paths, store.store, addr, token),
        Cmd::Kb { cmd: KbCmd::Check { kb } } => kb_check(kb),
        Cmd::Extract { inputs, format: _, input_format, out, strict, single_pass, kb } => {
            extract_cmd::run(extract_cmd::Args { inputs, input_format, out, strict, single_pass, kb })
        }
    };
    match res {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rasad: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve_cmd(paths: Vec<String>, store: String, addr: String, token: Option<String>) -> anyhow::Result<()> {
    let config = rasad_serve::Config { addr, token, ..rasad_serve::Config::default() };
    // Refuse a bad address before spending time on ingest.
    rasad_serve::check_address(&config)?;
    if !paths.is_empty() {
        store_cmd::ingest(store_cmd::IngestArgs {
            inputs: paths,
            store: store.clone(),
            input_format: extract_cmd::InputFormat::Auto,
            kb: None,
            jobs: jobs(None),
            single_pass: false,
        })?;
    }
    let s = store_cmd::open(&store, rasad_kb::Kb::builtin())?;
    rasad_serve::run(std::sync::Arc::from(s), config)?;
    Ok(())
}

fn kb_check(dir: Option<PathBuf>) -> anyhow::Result<()> {
    let kb = extract_cmd::load_kb(dir.as_deref())?;
    let problems = rasad_kb::check(&kb);
    let people = kb.entries.iter().filter(|e| e.kind == rasad_kb::Kind::PER).count();
    println!("{} entries ({people} people), {} tenures, {} offices", kb.entries.len(), kb.tenures.len(), kb.offices.len());
    for p in &problems {
        println!("{p}");
    }
    if problems.is_empty() {
        println!("no problems");
        Ok(())
    } else {
        anyhow::bail!("{} problems in the knowledge base", problems.len())
    }
}

fn entities_cmd(file: Option<String>, date: Option<rasad_time::Day>, dir: Option<PathBuf>) -> anyhow::Result<()> {
    use std::io::Write;
    let src = input::Source::from_arg(file.as_deref());
    let mut text = String::new();
    let mut blocks = input::Utf8Blocks::new(src.open()?, src.name(), 1 << 20);
    while blocks.next_into(&mut text)? {}
    let r = extract_cmd::recognizer(dir.as_deref())?;
    let mut chars = rasad_text::CharCounter::new(&text);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for e in rasad_extract::entities(&text, r, &[], &mut chars) {
        serde_json::to_writer(&mut out, &e)?;
        out.write_all(b"\n")?;
    }
    // People reached through a role on that day.
    for m in r.roles(&text, date) {
        let who = m.person.map(|p| &r.kb().entries[p]);
        let line = serde_json::json!({
            "role": m.office, "country": m.country, "start": chars.char_at(m.start), "end": chars.char_at(m.end),
            "text": &text[m.start..m.end], "holder": who.map(|e| &e.name_en), "kb_id": who.map(|e| &e.id),
        });
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

fn events_cmd(inputs: Vec<String>, input_format: extract_cmd::InputFormat, dir: Option<PathBuf>) -> anyhow::Result<()> {
    use std::io::Write;
    let r = extract_cmd::recognizer(dir.as_deref())?;
    let outlets = rasad_ingest::Outlets::builtin();
    let mut dedup = rasad_ingest::dedup::Deduper::new(rasad_ingest::dedup::DedupSettings::default());
    let mut records = Vec::new();
    let (_, errors) = extract_cmd::for_each_article(&inputs, input_format, |a| {
        let m = rasad_ingest::meta::extract(&a, outlets);
        dedup.add(&a.text[m.body.start..m.body.end]);
        records.push(rasad_extract::extract_with(&a, None, r));
        Ok(())
    })?;
    let clusters = dedup.cluster_ids();
    let merged = rasad_extract::merge::merge(&records, &clusters);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for e in &merged {
        serde_json::to_writer(&mut out, e)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    eprintln!("rasad events: {} articles, {} events{}", records.len(), merged.len(), if errors > 0 { format!(", {errors} inputs skipped") } else { String::new() });
    Ok(())
}
