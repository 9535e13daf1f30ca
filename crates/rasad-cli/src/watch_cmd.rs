//! `rasad watch`: polls feeds, extracts what is new, remembers what it saw.
//!
//! State (validators per feed, ids of items already processed) lives in
//! `STATE_DIR/watch-state.json`, written atomically after every feed, so a
//! restart never processes an item twice.

use crate::fetch::{Fetched, Fetcher, Settings, Validators};
use anyhow::{bail, Context, Result};
use rasad_ingest::{feed, Article};
use std::collections::{BTreeMap, VecDeque};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Ids remembered per feed (the oldest are forgotten beyond this).
const SEEN_PER_FEED: usize = 20_000;

#[derive(Default, serde::Serialize, serde::Deserialize)]
struct FeedState {
    validators: Validators,
    seen: VecDeque<String>,
}

#[derive(Default, serde::Serialize, serde::Deserialize)]
struct State {
    feeds: BTreeMap<String, FeedState>,
}

pub struct Args {
    pub feeds: Vec<String>,
    pub every: Duration,
    pub once: bool,
    pub state_dir: PathBuf,
    pub out: Option<PathBuf>,
    pub fetch_pages: bool,
    pub settings: Settings,
}

/// `10m`, `30s`, `2h`, `1d` or plain seconds.
pub fn parse_every(s: &str) -> std::result::Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = num.parse().map_err(|_| format!("{s:?}: write an interval like 30s, 10m, 2h"))?;
    let secs = match unit {
        "" | "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86_400,
        _ => return Err(format!("{s:?}: the unit must be s, m, h or d")),
    };
    if secs == 0 {
        return Err("the interval must be more than zero".into());
    }
    Ok(Duration::from_secs(secs))
}

fn load(path: &Path) -> Result<State> {
    match std::fs::read(path) {
        Ok(b) => serde_json::from_slice(&b).with_context(|| format!("{}: the watch state is damaged; move it away to start afresh", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(State::default()),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

fn save(path: &Path, state: &State) -> Result<()> {
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, serde_json::to_vec(state)?).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot replace {}", path.display()))
}

fn log(msg: &str) {
    eprintln!("rasad watch: {msg}");
}

pub fn run(args: Args) -> Result<()> {
    if args.feeds.is_empty() {
        bail!("name at least one feed (a URL or a file)");
    }
    std::fs::create_dir_all(&args.state_dir).with_context(|| format!("cannot create {}", args.state_dir.display()))?;
    let state_path = args.state_dir.join("watch-state.json");
    let mut state = load(&state_path)?;
    let mut fetcher = Fetcher::new(args.settings.clone());
    let mut out: Box<dyn Write> = match &args.out {
        Some(p) => Box::new(
            std::fs::OpenOptions::new().create(true).append(true).open(p).with_context(|| format!("cannot open {}", p.display()))?,
        ),
        None => Box::new(std::io::stdout()),
    };
    loop {
        for url in &args.feeds {
            match poll(url, &mut state, &mut fetcher, &mut out, args.fetch_pages) {
                Ok((items, new)) => log(&format!("{url}: {items} items, {new} new")),
                Err(e) => log(&format!("{url}: {e:#}")),
            }
            save(&state_path, &state)?;
        }
        if args.once {
            return Ok(());
        }
        log(&format!("next poll in {}s", args.every.as_secs()));
        std::thread::sleep(args.every);
    }
}

fn poll(url: &str, state: &mut State, fetcher: &mut Fetcher, out: &mut dyn Write, fetch_pages: bool) -> Result<(usize, usize)> {
    let fs = state.feeds.entry(url.to_string()).or_default();
    let text = if url.starts_with("http://") || url.starts_with("https://") {
        match fetcher.get(url, &fs.validators)? {
            Fetched::NotModified => {
                log(&format!("{url}: not modified"));
                return Ok((0, 0));
            }
            Fetched::Body { bytes, validators, content_type } => {
                fs.validators = validators;
                rasad_ingest::warc::decode_html(&bytes, content_type.as_deref())
            }
        }
    } else {
        std::fs::read_to_string(url).with_context(|| format!("cannot read {url}"))?
    };
    let parsed = feed::parse(&text)?;
    for why in &parsed.skipped {
        log(&format!("{url}: {why}; skipped"));
    }
    let items = parsed.items.len();
    let mut new = 0;
    for (i, item) in parsed.items.iter().enumerate() {
        let fs = state.feeds.get_mut(url).expect("entry made above");
        if fs.seen.contains(&item.id) {
            continue;
        }
        let mut article = page_article(item, fetch_pages, fetcher).unwrap_or_else(|e| {
            log(&format!("{}: {e:#}; using the feed's text", item.link.as_deref().unwrap_or(&item.id)));
            None
        });
        let article = article.take().unwrap_or_else(|| {
            let mut a = feed::articles(&feed::Feed { items: vec![item.clone()], ..Default::default() }, Some(url.to_string())).remove(0);
            a.record = Some(i + 1);
            a
        });
        let rec = rasad_extract::extract(&article);
        serde_json::to_writer(&mut *out, &rec)?;
        out.write_all(b"\n")?;
        out.flush()?;
        let fs = state.feeds.get_mut(url).expect("entry made above");
        fs.seen.push_back(item.id.clone());
        while fs.seen.len() > SEEN_PER_FEED {
            fs.seen.pop_front();
        }
        new += 1;
    }
    Ok((items, new))
}

/// The full page of an item, when asked for and reachable.
fn page_article(item: &feed::Item, fetch_pages: bool, fetcher: &mut Fetcher) -> Result<Option<Article>> {
    let Some(link) = item.link.as_deref().filter(|l| fetch_pages && (l.starts_with("http://") || l.starts_with("https://"))) else {
        return Ok(None);
    };
    match fetcher.get(link, &Validators::default())? {
        Fetched::NotModified => Ok(None),
        Fetched::Body { bytes, content_type, .. } => {
            let html = rasad_ingest::warc::decode_html(&bytes, content_type.as_deref());
            let mut a = rasad_ingest::html::article(&html, None, Some(link.to_string()));
            a.title = a.title.or_else(|| item.title.clone());
            a.published = a.published.or_else(|| item.published.as_deref().and_then(feed::normalize_date));
            Ok(Some(a))
        }
    }
}
