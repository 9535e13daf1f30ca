//! `rasad extract`: articles in, one extraction record per article out.

use anyhow::{bail, Context, Result};
use rasad_ingest::{jsonl, Article};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// The largest text, HTML or feed file read as one document.
pub const MAX_ARTICLE: u64 = 64 << 20;

/// How the inputs are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// By file extension, else by the first bytes.
    Auto,
    /// Plain text, one article per file.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// An HTML page.
    Html,
    /// A WARC archive, plain or gzipped.
    Warc,
    /// An RSS or Atom feed.
    Feed,
}

/// The format of a file, from its name and first bytes.
pub fn detect(path: Option<&Path>, head: &[u8]) -> InputFormat {
    let name = path.and_then(|p| p.file_name()).and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        return InputFormat::Jsonl;
    }
    if name.ends_with(".warc") || name.ends_with(".warc.gz") {
        return InputFormat::Warc;
    }
    if name.ends_with(".html") || name.ends_with(".htm") {
        return InputFormat::Html;
    }
    if name.ends_with(".rss") || name.ends_with(".atom") || name.ends_with(".xml") {
        return InputFormat::Feed;
    }
    if name.ends_with(".txt") {
        return InputFormat::Text;
    }
    let head_text = String::from_utf8_lossy(&head[..head.len().min(512)]).trim_start_matches('\u{FEFF}').trim_start().to_ascii_lowercase();
    if head.starts_with(b"WARC/") || head.starts_with(&[0x1f, 0x8b]) {
        InputFormat::Warc
    } else if head_text.starts_with('{') {
        InputFormat::Jsonl
    } else if head_text.contains("<rss") || head_text.contains("<feed") || head_text.contains("<rdf:rdf") {
        InputFormat::Feed
    } else if head_text.starts_with('<') {
        InputFormat::Html
    } else {
        InputFormat::Text
    }
}

/// Output shapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One JSON record per line.
    Jsonl,
}

pub struct Args {
    pub inputs: Vec<String>,
    pub input_format: InputFormat,
    pub out: Option<PathBuf>,
    pub strict: bool,
    pub single_pass: bool,
    pub kb: Option<PathBuf>,
}

/// The recognizer: the bundled knowledge base, plus a user's files from
/// `dir` (every .tsv and .txt in it, by the bundled files' names and
/// columns; see data/kb/README.md).
pub fn recognizer(dir: Option<&Path>) -> Result<&'static rasad_kb::Recognizer<'static>> {
    let Some(dir) = dir else { return Ok(rasad_extract::recognizer()) };
    let kb: &'static rasad_kb::Kb = Box::leak(Box::new(load_kb(Some(dir))?));
    Ok(Box::leak(Box::new(rasad_kb::Recognizer::new(kb))))
}

/// The bundled knowledge base plus a user's files.
pub fn load_kb(dir: Option<&Path>) -> Result<rasad_kb::Kb> {
    let mut files: Vec<(String, String)> = rasad_kb::data::BUILTIN.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
    if let Some(dir) = dir {
        let mut extra: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read the knowledge-base directory {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("tsv" | "txt")))
            .collect();
        extra.sort();
        for p in extra {
            let text = std::fs::read_to_string(&p).with_context(|| format!("cannot read {} (UTF-8 text expected)", p.display()))?;
            files.push((p.display().to_string(), text));
        }
    }
    Ok(rasad_kb::Kb::load(files))
}

/// Files named by the arguments: files as given, directories walked
/// recursively in name order, `-` for standard input.
pub fn expand(inputs: &[String]) -> Result<Vec<Option<PathBuf>>> {
    let mut out = Vec::new();
    for i in inputs {
        if i == "-" {
            out.push(None);
            continue;
        }
        let p = PathBuf::from(i);
        if !p.exists() && (i.contains('*') || i.contains('?')) {
            let found = glob(i)?;
            if found.is_empty() {
                bail!("{i}: no file matches");
            }
            out.extend(found.into_iter().map(Some));
            continue;
        }
        let md = std::fs::metadata(&p).with_context(|| format!("cannot read {i}: no such file or directory"))?;
        if md.is_dir() {
            walk(&p, &mut out)?;
        } else {
            out.push(Some(p));
        }
    }
    if inputs.is_empty() {
        out.push(None);
    }
    Ok(out)
}

/// Files matching a pattern whose last component holds `*` or `?`
/// (`corpus/*.txt`, `data/2023-??.jsonl`), in name order; for shells that
/// leave a quoted pattern alone.
fn glob(pattern: &str) -> Result<Vec<PathBuf>> {
    let path = Path::new(pattern);
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if dir.to_string_lossy().contains(['*', '?']) {
        bail!("{pattern}: only the last part of a path may hold * or ?");
    }
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_str().is_some_and(|n| wildcard(name.as_bytes(), n.as_bytes())))
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    Ok(out)
}

/// `*` matches any run of bytes, `?` one byte.
fn wildcard(p: &[u8], s: &[u8]) -> bool {
    match (p.first(), s.first()) {
        (None, None) => true,
        (Some(b'*'), _) => wildcard(&p[1..], s) || (!s.is_empty() && wildcard(p, &s[1..])),
        (Some(b'?'), Some(_)) => wildcard(&p[1..], &s[1..]),
        (Some(a), Some(b)) if a == b => wildcard(&p[1..], &s[1..]),
        _ => false,
    }
}

fn walk(dir: &Path, out: &mut Vec<Option<PathBuf>>) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            walk(&p, out)?;
        } else {
            out.push(Some(p));
        }
    }
    Ok(())
}

/// Reads every article of the inputs and calls `f` with each; a bad record
/// is reported on standard error with its place and skipped. Returns
/// (articles, errors).
pub fn for_each_article(inputs: &[String], format: InputFormat, f: impl FnMut(Article) -> Result<()>) -> Result<(usize, usize)> {
    read_articles(inputs, format, false, f)
}

/// [`for_each_article`] for a first pass: the second reports the errors.
pub fn for_each_article_quiet(inputs: &[String], format: InputFormat, f: impl FnMut(Article) -> Result<()>) -> Result<(usize, usize)> {
    read_articles(inputs, format, true, f)
}

/// [`for_each_article`], reporting skipped records unless `quiet`.
fn read_articles(inputs: &[String], format: InputFormat, quiet: bool, mut f: impl FnMut(Article) -> Result<()>) -> Result<(usize, usize)> {
    let mut tally = Tally { articles: 0, errors: 0, quiet };
    let (urls, files): (Vec<String>, Vec<String>) = inputs.iter().cloned().partition(|i| i.starts_with("http://") || i.starts_with("https://"));
    if !urls.is_empty() {
        let mut fetcher = crate::fetch::Fetcher::new(crate::fetch::Settings::default());
        for url in urls {
            match fetcher.get(&url, &crate::fetch::Validators::default()) {
                Ok(crate::fetch::Fetched::Body { bytes, content_type, .. }) => {
                    let is_html = content_type.as_deref().is_some_and(|c| c.contains("html"));
                    let fmt = if format == InputFormat::Auto && is_html { InputFormat::Html } else { format };
                    process(Box::new(std::io::Cursor::new(bytes)), None, &url, Some(&url), fmt, &mut f, &mut tally)?;
                }
                Ok(crate::fetch::Fetched::NotModified) => {}
                Err(e) => {
                    eprintln!("rasad: {e:#}");
                    tally.errors += 1;
                }
            }
        }
    }
    if files.is_empty() && !inputs.is_empty() {
        return Ok((tally.articles, tally.errors));
    }
    for path in expand(&files)? {
        let name = path.as_ref().map_or("<stdin>".to_string(), |p| p.display().to_string());
        let reader: Box<dyn Read> = match &path {
            None => Box::new(io::stdin().lock()),
            Some(p) => Box::new(std::fs::File::open(p).with_context(|| format!("cannot open {name}"))?),
        };
        process(reader, path.as_deref(), &name, None, format, &mut f, &mut tally)?;
    }
    Ok((tally.articles, tally.errors))
}

/// What reading the inputs has met so far, and whether to report skips.
struct Tally {
    articles: usize,
    errors: usize,
    /// A first pass: skipped records are not reported (the second pass does).
    quiet: bool,
}

/// Reports a skipped record, unless `$quiet` (a first pass).
macro_rules! skip {
    ($quiet:expr, $($arg:tt)*) => {
        if !$quiet {
            eprintln!($($arg)*);
        }
    };
}

/// Reads one input (a file, standard input or a fetched URL) and calls `f`
/// for each article; counts articles and errors into `tally`.
fn process(
    reader: Box<dyn Read>,
    path: Option<&Path>,
    name: &str,
    url: Option<&str>,
    format: InputFormat,
    f: &mut impl FnMut(Article) -> Result<()>,
    tally: &mut Tally,
) -> Result<()> {
    let quiet = tally.quiet;
    let Tally { articles: n, errors, .. } = tally;
    let mut r = BufReader::with_capacity(1 << 16, reader);
    let head = r.fill_buf().with_context(|| format!("{name}: read error"))?.to_vec();
    let fmt = match format {
        InputFormat::Auto => detect(path, &head),
        f => f,
    };
    let path_s = path.map(|p| p.display().to_string());
    match fmt {
        InputFormat::Jsonl => {
            let mut buf = Vec::new();
            let mut line_no = 0;
            loop {
                buf.clear();
                let got = (&mut r).take(MAX_ARTICLE + 1).read_until(b'\n', &mut buf).with_context(|| format!("{name}: read error"))?;
                if got == 0 {
                    break;
                }
                line_no += 1;
                if buf.len() as u64 > MAX_ARTICLE && !buf.ends_with(b"\n") {
                    // A line too long for one article: skip to its end without holding it.
                    let mut skipped = 0u64;
                    loop {
                        let chunk = r.fill_buf().with_context(|| format!("{name}: read error"))?;
                        if chunk.is_empty() {
                            break;
                        }
                        match chunk.iter().position(|&b| b == b'\n') {
                            Some(i) => {
                                r.consume(i + 1);
                                break;
                            }
                            None => {
                                let n = chunk.len();
                                skipped += n as u64;
                                r.consume(n);
                            }
                        }
                    }
                    skip!(quiet, "rasad: {name}:{line_no}: a line of over {} MB ({} MB more skipped), too large for one article; record skipped", MAX_ARTICLE >> 20, skipped >> 20);
                    *errors += 1;
                    continue;
                }
                let line = match crate::input::utf8(&buf) {
                    Ok(l) => l.trim(),
                    Err(e) => {
                        skip!(quiet, "rasad: {name}:{line_no}: invalid UTF-8 at byte {} of the line; record skipped", e.valid_up_to());
                        *errors += 1;
                        continue;
                    }
                };
                if line.is_empty() {
                    continue;
                }
                match jsonl::parse_line(line) {
                    Ok(mut a) => {
                        a.path = Some(name.to_string());
                        a.record = Some(line_no);
                        f(a)?;
                        *n += 1;
                    }
                    Err(e) => {
                        skip!(quiet, "rasad: {name}:{line_no}: {e}; record skipped");
                        *errors += 1;
                    }
                }
            }
        }
        InputFormat::Warc => {
            let gz = head.starts_with(&[0x1f, 0x8b]);
            let inner: Box<dyn BufRead> =
                if gz { Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(r))) } else { Box::new(r) };
            for (i, rec) in rasad_ingest::warc::Records::new(inner).enumerate() {
                match rec {
                    Ok(rec) => match rasad_ingest::warc::response_article_checked(&rec, path_s.clone(), i + 1) {
                        Ok(Some(a)) => {
                            f(a)?;
                            *n += 1;
                        }
                        Ok(None) => {}
                        Err(why) => {
                            skip!(quiet, "rasad: {name}: {why}");
                            *errors += 1;
                        }
                    },
                    Err(e) => {
                        skip!(quiet, "rasad: {name}: {e}");
                        *errors += 1;
                    }
                }
            }
        }
        InputFormat::Text | InputFormat::Html | InputFormat::Feed | InputFormat::Auto => {
            let mut bytes = Vec::new();
            // One article is read whole: refuse what cannot be one.
            (&mut r).take(MAX_ARTICLE + 1).read_to_end(&mut bytes).with_context(|| format!("{name}: read error"))?;
            if bytes.len() as u64 > MAX_ARTICLE {
                skip!(quiet, "rasad: {name}: over {} MB, too large for one article; split it, or give it as JSONL; file skipped", MAX_ARTICLE >> 20);
                *errors += 1;
                return Ok(());
            }
            if fmt == InputFormat::Html {
                let html = rasad_ingest::warc::decode_html(&bytes, None);
                f(rasad_ingest::html::article(&html, path_s, url.map(String::from)))?;
                *n += 1;
                return Ok(());
            }
            let text = match text_of(&bytes) {
                Ok(t) => t,
                Err(why) => {
                    skip!(quiet, "rasad: {name}: {why}; file skipped");
                    *errors += 1;
                    return Ok(());
                }
            };
            if fmt == InputFormat::Feed {
                match rasad_ingest::feed::parse(&text) {
                    Ok(feed) => {
                        for why in &feed.skipped {
                            skip!(quiet, "rasad: {name}: {why}; skipped");
                            *errors += 1;
                        }
                        for a in rasad_ingest::feed::articles(&feed, path_s) {
                            f(a)?;
                            *n += 1;
                        }
                    }
                    Err(e) => {
                        skip!(quiet, "rasad: {name}: {e}; file skipped");
                        *errors += 1;
                    }
                }
                return Ok(());
            }
            let mut a = Article::from_text(path_s, text);
            a.url = url.map(String::from);
            f(a)?;
            *n += 1;
        }
    }
    Ok(())
}

/// The text of a file, or why it is not text.
fn text_of(bytes: &[u8]) -> std::result::Result<String, String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)".into());
    }
    if let Some(p) = bytes.iter().position(|&b| b == 0) {
        return Err(format!("binary data (a NUL byte) at byte {p}"));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    crate::input::utf8(bytes).map(str::to_string).map_err(|e| {
        format!("invalid UTF-8 at byte {}; convert the file to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)", e.valid_up_to())
    })
}

pub fn run(args: Args) -> Result<()> {
    let sink: Box<dyn Write> = match &args.out {
        Some(p) => Box::new(std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    // A first pass learns the lines that repeat across a site's pages, when
    // the inputs can be read twice.
    let rereadable = !args.inputs.is_empty() && args.inputs.iter().all(|i| i != "-" && !i.starts_with("http://") && !i.starts_with("https://"));
    let repeated = if rereadable && !args.single_pass {
        let mut r = rasad_ingest::meta::RepeatedLines::new(3);
        let quiet = for_each_article_quiet(&args.inputs, args.input_format, |a| {
            r.observe(&a);
            Ok(())
        });
        quiet.ok().map(|_| r)
    } else {
        None
    };
    let rec_kb = recognizer(args.kb.as_deref())?;
    // An article that trips a bug in extraction is reported and skipped,
    // not the end of the run: the articles after it are still read.
    let mut failed = 0usize;
    let (n, errors) = for_each_article(&args.inputs, args.input_format, |a| {
        let rec = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| rasad_extract::extract_with(&a, repeated.as_ref(), rec_kb))) {
            Ok(rec) => rec,
            Err(_) => {
                let at = match (&a.path, a.record, &a.url) {
                    (_, _, Some(url)) => url.clone(),
                    (Some(p), Some(r), None) => format!("{p}, record {r}"),
                    (Some(p), None, None) => p.clone(),
                    _ => "an article".to_string(),
                };
                eprintln!("rasad: {at}: internal error while extracting (a bug: please report it with this article); skipped");
                failed += 1;
                return Ok(());
            }
        };
        serde_json::to_writer(&mut out, &rec)?;
        out.write_all(b"\n")?;
        Ok(())
    })?;
    out.flush().context("cannot write the output")?;
    let (n, errors) = (n - failed, errors + failed);
    if errors > 0 {
        eprintln!("rasad: {n} articles extracted, {errors} skipped (see above)");
        if args.strict || n == 0 {
            bail!("{errors} inputs could not be read");
        }
    }
    Ok(())
}
