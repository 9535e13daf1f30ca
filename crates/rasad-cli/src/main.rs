//! The `rasad` command line.

mod dates_cmd;
mod dedup_cmd;
mod extract_cmd;
mod fetch;
mod watch_cmd;
mod input;
mod normalize_cmd;

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
        Cmd::Extract { inputs, format: _, input_format, out, strict, single_pass } => {
            extract_cmd::run(extract_cmd::Args { inputs, input_format, out, strict, single_pass })
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
