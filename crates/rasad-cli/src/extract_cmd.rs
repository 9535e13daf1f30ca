//! `rasad extract`: articles in, one extraction record per article out.

use anyhow::{bail, Context, Result};
use rasad_ingest::{jsonl, Article};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// How the inputs are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// By file extension (.jsonl/.ndjson: JSONL; else plain text).
    Auto,
    /// Plain text, one article per file.
    Text,
    /// One JSON object per line.
    Jsonl,
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

fn is_jsonl(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("jsonl" | "ndjson"))
}

/// Reads every article of the inputs and calls `f` with each; a bad record
/// is reported on standard error with its place and skipped. Returns
/// (articles, errors).
pub fn for_each_article(inputs: &[String], format: InputFormat, mut f: impl FnMut(Article) -> Result<()>) -> Result<(usize, usize)> {
    let mut n = 0;
    let mut errors = 0;
    for path in expand(inputs)? {
        let name = path.as_ref().map_or("<stdin>".to_string(), |p| p.display().to_string());
        let reader: Box<dyn Read> = match &path {
            None => Box::new(io::stdin().lock()),
            Some(p) => Box::new(std::fs::File::open(p).with_context(|| format!("cannot open {name}"))?),
        };
        let jsonl = match format {
            InputFormat::Jsonl => true,
            InputFormat::Text => false,
            InputFormat::Auto => path.as_deref().is_some_and(is_jsonl),
        };
        if jsonl {
            let mut r = BufReader::new(reader);
            let mut buf = Vec::new();
            let mut line_no = 0;
            loop {
                buf.clear();
                let got = r.read_until(b'\n', &mut buf).with_context(|| format!("{name}: read error"))?;
                if got == 0 {
                    break;
                }
                line_no += 1;
                let line = match std::str::from_utf8(&buf) {
                    Ok(l) => l.trim(),
                    Err(e) => {
                        eprintln!("rasad: {name}:{line_no}: invalid UTF-8 at byte {} of the line; record skipped", e.valid_up_to());
                        errors += 1;
                        continue;
                    }
                };
                if line.is_empty() {
                    continue;
                }
                match jsonl::parse_line(line) {
                    Ok(mut a) => {
                        a.path = Some(name.clone());
                        a.record = Some(line_no);
                        f(a)?;
                        n += 1;
                    }
                    Err(e) => {
                        eprintln!("rasad: {name}:{line_no}: {e}; record skipped");
                        errors += 1;
                    }
                }
            }
        } else {
            let mut bytes = Vec::new();
            let mut reader = reader;
            reader.read_to_end(&mut bytes).with_context(|| format!("{name}: read error"))?;
            match text_of(&bytes) {
                Ok(text) => {
                    f(Article::from_text(path.as_ref().map(|p| p.display().to_string()), text))?;
                    n += 1;
                }
                Err(why) => {
                    eprintln!("rasad: {name}: {why}; file skipped");
                    errors += 1;
                }
            }
        }
    }
    Ok((n, errors))
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
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!("invalid UTF-8 at byte {}; convert the file to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)", e.utf8_error().valid_up_to())
    })
}

pub fn run(args: Args) -> Result<()> {
    let sink: Box<dyn Write> = match &args.out {
        Some(p) => Box::new(std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    let (n, errors) = for_each_article(&args.inputs, args.input_format, |a| {
        let rec = rasad_extract::extract(&a);
        serde_json::to_writer(&mut out, &rec)?;
        out.write_all(b"\n")?;
        Ok(())
    })?;
    out.flush().context("cannot write the output")?;
    if errors > 0 {
        eprintln!("rasad: {n} articles extracted, {errors} skipped (see above)");
        if args.strict || n == 0 {
            bail!("{errors} inputs could not be read");
        }
    }
    Ok(())
}
