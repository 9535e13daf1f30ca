//! `rasad normalize`: streaming normalization, and `--json` tokens and
//! sentences with offsets into the original.

use crate::input::{Source, Utf8Blocks};
use anyhow::{Context, Result};
use rasad_text::{sentences, safe_cut, CharCounter, DigitStyle, Lexicon, Normalizer, OffsetMap, Options, TokenKind, Tokenizer};
use serde::Serialize;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Size of the pieces a stream is normalized in.
const PIECE: usize = 1 << 20;

pub struct Args {
    pub inputs: Vec<String>,
    pub out_dir: Option<PathBuf>,
    pub json: bool,
    pub opts: Options,
}

pub fn parse_digits(s: &str) -> Result<DigitStyle, String> {
    match s {
        "keep" => Ok(DigitStyle::Keep),
        "persian" | "fa" => Ok(DigitStyle::Persian),
        "latin" | "ascii" | "en" => Ok(DigitStyle::Latin),
        _ => Err(format!("unknown digit style {s:?}: use keep, persian or latin")),
    }
}

pub fn run(args: Args) -> Result<()> {
    let mut norm = Normalizer::new(args.opts);
    let inputs = if args.inputs.is_empty() { vec!["-".to_string()] } else { args.inputs.clone() };
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let mut failed = 0;
        for inp in &inputs {
            let src = Source::from_arg(Some(inp));
            let name = Path::new(inp).file_name().map(|s| s.to_owned()).unwrap_or_else(|| "stdin.txt".into());
            let path = dir.join(name);
            let res = (|| -> Result<()> {
                let f = std::fs::File::create(&path).with_context(|| format!("cannot write {}", path.display()))?;
                let mut w = BufWriter::new(f);
                stream(&mut norm, &src, &mut w, args.json)?;
                w.flush()?;
                Ok(())
            })();
            if let Err(e) = res {
                eprintln!("rasad: {e:#}");
                failed += 1;
            }
        }
        if failed > 0 {
            anyhow::bail!("{failed} of {} inputs failed", inputs.len());
        }
        return Ok(());
    }
    let stdout = std::io::stdout();
    let mut w = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut failed = 0;
    for inp in &inputs {
        if let Err(e) = stream(&mut norm, &Source::from_arg(Some(inp)), &mut w, args.json) {
            w.flush().ok();
            eprintln!("rasad: {e:#}");
            failed += 1;
        }
    }
    w.flush()?;
    if failed > 0 {
        anyhow::bail!("{failed} of {} inputs failed", inputs.len());
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonToken<'a> {
    text: &'a str,
    kind: &'static str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsonSentence<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    tokens: Vec<JsonToken<'a>>,
}

/// Normalizes one input in pieces cut where [`safe_cut`] says, so memory
/// stays bounded whatever the size of the input or of its lines.
fn stream(norm: &mut Normalizer<'_>, src: &Source, w: &mut dyn Write, json: bool) -> Result<()> {
    let name = src.name();
    let mut blocks = Utf8Blocks::new(src.open()?, name.clone(), PIECE);
    let mut buf = String::new();
    let mut out = String::new();
    let mut more = true;
    let mut char_base = 0usize;
    let mut first = true;
    while more || !buf.is_empty() {
        // Hold more than one piece (or the whole rest) before cutting, so
        // that the cut falls where safe_cut finds a safe place.
        while more && buf.len() <= PIECE {
            more = blocks.next_into(&mut buf)?;
            if first {
                if let Some(rest) = buf.strip_prefix('\u{FEFF}') {
                    buf = rest.to_string();
                }
                first = false;
            }
        }
        let cut = if buf.len() > PIECE { safe_cut(&buf, PIECE, Lexicon::builtin()).at.max(1) } else { buf.len() };
        let piece = &buf[..cut];
        out.clear();
        if json {
            let mut map = OffsetMap::new();
            norm.normalize_chunk(piece, &mut out, Some(&mut map), 0, 0);
            map.finish(out.len() as u64, piece.len() as u64);
            write_json(piece, &out, &map, char_base, w)?;
        } else {
            norm.normalize_chunk(piece, &mut out, None, 0, 0);
            w.write_all(out.as_bytes()).with_context(|| "cannot write output")?;
        }
        char_base += piece.chars().count();
        buf.drain(..cut);
    }
    Ok(())
}

fn write_json(orig: &str, text: &str, map: &OffsetMap, char_base: usize, w: &mut dyn Write) -> Result<()> {
    let mut cc = CharCounter::new(orig);
    let mut to_char = |b: usize| char_base + cc.char_at(map.to_original(b as u64) as usize);
    let toks: Vec<_> = Tokenizer::tokens(text).filter(|t| t.kind.is_content()).collect();
    let mut ti = 0;
    for s in sentences(text) {
        while ti < toks.len() && toks[ti].start < s.start {
            ti += 1;
        }
        let start = to_char(s.start);
        let mut tokens = Vec::new();
        while ti < toks.len() && toks[ti].end <= s.end {
            let t = toks[ti];
            if t.kind != TokenKind::Joiner {
                tokens.push(JsonToken { text: t.text(text), kind: t.kind.name(), start: to_char(t.start), end: to_char(t.end) });
            }
            ti += 1;
        }
        let js = JsonSentence { text: &text[s.start..s.end], start, end: to_char(s.end), tokens };
        serde_json::to_writer(&mut *w, &js)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}
