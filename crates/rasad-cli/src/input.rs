//! Reading input files and streams: UTF-8 checking with clear errors.

use anyhow::{bail, Context, Result};
use std::fs::File;
use std::io::{self, Read};

/// Where text comes from.
pub enum Source {
    Stdin,
    File(std::path::PathBuf),
}

impl Source {
    pub fn from_arg(arg: Option<&str>) -> Source {
        match arg {
            None | Some("-") => Source::Stdin,
            Some(p) => Source::File(p.into()),
        }
    }

    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".into(),
            Source::File(p) => p.display().to_string(),
        }
    }

    pub fn open(&self) -> Result<Box<dyn Read>> {
        Ok(match self {
            Source::Stdin => Box::new(io::stdin().lock()),
            Source::File(p) => Box::new(File::open(p).with_context(|| format!("cannot open {}", p.display()))?),
        })
    }
}

/// Reads a byte stream as UTF-8 text in pieces of about `block` bytes,
/// never splitting a character. Refuses binary data and invalid UTF-8 with
/// the name of the input and the byte offset of the fault.
pub struct Utf8Blocks<R: Read> {
    inner: R,
    name: String,
    buf: Vec<u8>,
    carry: Vec<u8>,
    offset: u64,
    block: usize,
    done: bool,
}

impl<R: Read> Utf8Blocks<R> {
    pub fn new(inner: R, name: String, block: usize) -> Self {
        Utf8Blocks { inner, name, buf: vec![0; block], carry: Vec::new(), offset: 0, block, done: false }
    }

    /// The next block of text, appended to `out`; `false` at the end.
    pub fn next_into(&mut self, out: &mut String) -> Result<bool> {
        if self.done {
            return Ok(false);
        }
        let mut filled = 0;
        while filled < self.block {
            let n = match self.inner.read(&mut self.buf[filled..]) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e).with_context(|| format!("{}: read error at byte {}", self.name, self.offset + filled as u64)),
            };
            if n == 0 {
                self.done = true;
                break;
            }
            filled += n;
        }
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(&self.buf[..filled]);
        if self.offset == 0 {
            check_start(&bytes, &self.name)?;
        }
        if let Some(p) = memchr_nul(&bytes) {
            bail!(
                "{}: binary data (a NUL byte) at byte {}; rasad reads UTF-8 text only",
                self.name,
                self.offset + p as u64
            );
        }
        // Hold back an incomplete character at the end (at most 3 bytes)
        // for the next block, so each byte is validated once.
        let keep = if self.done { 0 } else { incomplete_tail(&bytes) };
        let valid = bytes.len() - keep;
        let text = match utf8(&bytes[..valid]) {
            Ok(t) => t,
            Err(e) => bail!(
                "{}: invalid UTF-8 at byte {}; convert the file to UTF-8 (e.g. `iconv -f WINDOWS-1256 -t UTF-8`)",
                self.name,
                self.offset + e.valid_up_to() as u64
            ),
        };
        out.push_str(text);
        self.carry = bytes[valid..].to_vec();
        self.offset += valid as u64;
        Ok(valid > 0 || !self.done || !self.carry.is_empty())
    }
}

/// Length of an incomplete UTF-8 sequence at the end of `b` (0 if the last
/// character is complete or the bytes are not UTF-8 at all: validation then
/// reports them).
fn incomplete_tail(b: &[u8]) -> usize {
    for back in 1..=3.min(b.len()) {
        let c = b[b.len() - back];
        if c & 0xC0 == 0x80 {
            continue; // continuation byte: look further back
        }
        let need = match c {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => return 0,
        };
        return if need > back { back } else { 0 };
    }
    0
}

fn memchr_nul(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == 0)
}

fn check_start(bytes: &[u8], name: &str) -> Result<()> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        bail!("{name}: the file is UTF-16; rasad reads UTF-8 (convert with `iconv -f UTF-16 -t UTF-8`)");
    }
    Ok(())
}

/// `bytes` as text if they are valid UTF-8. The check runs several times
/// faster than the standard library's on Persian text (SIMD); the standard
/// one runs only to locate an error.
pub fn utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(_) => std::str::from_utf8(bytes),
    }
}
