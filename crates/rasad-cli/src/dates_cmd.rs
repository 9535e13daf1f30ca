//! `rasad dates`: one JSON line per date expression, resolved against
//! `--ref` (see `../shared/spec/dates-output.md`).

use crate::input::{Source, Utf8Blocks};
use anyhow::{Context, Result};
use rasad_text::CharCounter;
use rasad_time::{Day, DateRecord};
use std::io::{self, BufWriter, Write};

/// Text is tagged in pieces of about this many bytes, cut at a line break
/// (dates never span lines), so memory stays bounded on any input.
const PIECE: usize = 1 << 20;

/// Parses `YYYY-MM-DD` into a day.
pub fn parse_ref(s: &str) -> std::result::Result<Day, String> {
    let bad = || format!("{s:?} is not a date; write the reference as YYYY-MM-DD (Gregorian), e.g. 2023-10-04");
    let p: Vec<&str> = s.split('-').collect();
    if p.len() != 3 {
        return Err(bad());
    }
    let y: i32 = p[0].parse().map_err(|_| bad())?;
    let m: u32 = p[1].parse().map_err(|_| bad())?;
    let d: u32 = p[2].parse().map_err(|_| bad())?;
    rasad_time::calendar::from_gregorian(y, m, d).ok_or_else(bad)
}

pub fn run(input: Option<String>, reference: Option<Day>) -> Result<()> {
    let src = Source::from_arg(input.as_deref());
    let mut blocks = Utf8Blocks::new(src.open()?, src.name(), PIECE);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let tagger = rasad_time::Tagger::new();
    let mut buf = String::new();
    let mut base_chars = 0usize;
    loop {
        let more = blocks.next_into(&mut buf)?;
        if more && buf.len() < PIECE {
            continue;
        }
        let cut = if more { piece_end(&buf) } else { buf.len() };
        let piece = &buf[..cut];
        let mut chars = CharCounter::new(piece);
        let mut err = None;
        tagger.find_each(piece, |e| {
            if err.is_some() {
                return;
            }
            let r = rasad_time::resolve(e, reference);
            let (s, t) = (chars.char_at(e.start), chars.char_at(e.end));
            let rec = DateRecord::new(piece, &r, base_chars + s, base_chars + t);
            if let Err(e) = serde_json::to_writer(&mut out, &rec).map_err(io::Error::from).and_then(|_| out.write_all(b"\n")) {
                err = Some(e);
            }
        });
        if let Some(e) = err {
            return Err(e).context("cannot write the output");
        }
        base_chars += chars.char_at(cut);
        buf.drain(..cut);
        if !more {
            break;
        }
    }
    out.flush().context("cannot write the output")
}

/// Where to end a piece: after its last line break, else after its last
/// space, else at its end.
fn piece_end(buf: &str) -> usize {
    buf.rfind('\n').map(|i| i + 1).or_else(|| buf.rfind(' ').map(|i| i + 1)).filter(|&i| i > 0).unwrap_or(buf.len())
}
