//! WARC archives (ISO 28500; Common Crawl's CC-NEWS), plain or gzipped.
//!
//! [`Records`] reads one record at a time from any `BufRead`, so archives
//! of any size stream. A record cut off by the end of the file, a header
//! without `Content-Length` or a block over the size limit is an error for
//! that record; the reader then stops (a truncated archive) or skips on
//! (an oversized record), and every record read before stays good.
//! [`response_article`] turns an HTTP response record holding HTML into an
//! [`Article`] (decoding `chunked` and `gzip` bodies and legacy charsets such
//! as windows-1256).

use crate::article::{Article, Format};
use std::io::{BufRead, Read};

/// The largest record block read into memory; larger ones are skipped.
pub const MAX_RECORD: u64 = 32 << 20;

/// A record claiming a block larger than this is not skipped but ends the
/// archive: skipping it would mean reading (and, gzipped, inflating) it.
pub const MAX_SKIP: u64 = 1 << 30;

/// One WARC record: its headers and its block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Header fields in order, names as written.
    pub headers: Vec<(String, String)>,
    /// The block (for a response: the HTTP response as sent).
    pub block: Vec<u8>,
}

impl Record {
    /// The value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Why a record could not be read.
#[derive(Debug, thiserror::Error)]
pub enum WarcError {
    /// Reading failed (for a gzipped archive, usually a member cut off).
    #[error("record {record}: read error ({source}); the archive may be truncated or corrupt")]
    Io {
        /// 1-based record number.
        record: usize,
        /// The error.
        source: std::io::Error,
    },
    /// Not a WARC record where one should start.
    #[error("record {record}: expected a WARC/1.x version line, found {found:?}")]
    NotWarc {
        /// 1-based record number.
        record: usize,
        /// What was there.
        found: String,
    },
    /// No usable Content-Length.
    #[error("record {record}: missing or bad Content-Length")]
    NoLength {
        /// 1-based record number.
        record: usize,
    },
    /// The archive ends inside a record.
    #[error("record {record}: truncated (the archive ends {missing} bytes early)")]
    Truncated {
        /// 1-based record number.
        record: usize,
        /// Bytes missing.
        missing: u64,
    },
    /// A block so large that the rest of the archive is not read.
    #[error("record {record}: claims a block of {len} bytes (over {MAX_SKIP} bytes), which no news page is; the rest of the archive is skipped")]
    Enormous {
        /// 1-based record number.
        record: usize,
        /// The length it claims.
        len: u64,
    },
    /// Block larger than [`MAX_RECORD`].
    #[error("record {record}: block of {len} bytes is over the {MAX_RECORD}-byte limit; skipped")]
    TooLarge {
        /// 1-based record number.
        record: usize,
        /// Its length.
        len: u64,
    },
}

/// Reads WARC records one by one.
pub struct Records<R: BufRead> {
    inner: R,
    n: usize,
    done: bool,
}

impl<R: BufRead> Records<R> {
    /// Records of a plain (already decompressed) WARC stream. For `.warc.gz`
    /// wrap the file in `flate2::bufread::MultiGzDecoder` and a `BufReader`.
    pub fn new(inner: R) -> Self {
        Records { inner, n: 0, done: false }
    }

    /// An I/O error of the current record; reading stops after it.
    fn io(&mut self, e: std::io::Error) -> WarcError {
        self.done = true;
        WarcError::Io { record: self.n.max(1), source: e }
    }

    fn read_line(&mut self, buf: &mut Vec<u8>) -> std::io::Result<usize> {
        buf.clear();
        // Bound header lines so binary garbage cannot exhaust memory.
        let mut limited = (&mut self.inner).take(64 * 1024);
        limited.read_until(b'\n', buf)
    }

    fn next_record(&mut self) -> Option<Result<Record, WarcError>> {
        let mut line = Vec::new();
        // Skip blank lines between records.
        loop {
            match self.read_line(&mut line) {
                Ok(0) => return None,
                Ok(_) if line.iter().all(|b| b.is_ascii_whitespace()) => continue,
                Ok(_) => break,
                Err(e) => return Some(Err(self.io(e))),
            }
        }
        self.n += 1;
        let record = self.n;
        let version = String::from_utf8_lossy(&line).trim().to_string();
        if !version.starts_with("WARC/") {
            self.done = true;
            return Some(Err(WarcError::NotWarc { record, found: version.chars().take(40).collect() }));
        }
        let mut headers = Vec::new();
        loop {
            match self.read_line(&mut line) {
                Ok(0) => {
                    self.done = true;
                    return Some(Err(WarcError::Truncated { record, missing: 0 }));
                }
                Ok(_) => {}
                Err(e) => return Some(Err(self.io(e))),
            }
            let l = String::from_utf8_lossy(&line);
            let l = l.trim_end_matches(['\r', '\n']);
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                headers.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        let len = headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("Content-Length")).and_then(|(_, v)| v.parse::<u64>().ok());
        let Some(len) = len else {
            self.done = true;
            return Some(Err(WarcError::NoLength { record }));
        };
        if len > MAX_SKIP {
            self.done = true;
            return Some(Err(WarcError::Enormous { record, len }));
        }
        if len > MAX_RECORD {
            // Skip the block and go on with the next record.
            let skipped = match std::io::copy(&mut (&mut self.inner).take(len), &mut std::io::sink()) {
                Ok(n) => n,
                Err(e) => return Some(Err(self.io(e))),
            };
            if skipped < len {
                self.done = true;
                return Some(Err(WarcError::Truncated { record, missing: len - skipped }));
            }
            return Some(Err(WarcError::TooLarge { record, len }));
        }
        let mut block = Vec::with_capacity(len as usize);
        match (&mut self.inner).take(len).read_to_end(&mut block) {
            Ok(n) if (n as u64) < len => {
                self.done = true;
                return Some(Err(WarcError::Truncated { record, missing: len - n as u64 }));
            }
            Ok(_) => {}
            Err(e) => return Some(Err(self.io(e))),
        }
        Some(Ok(Record { headers, block }))
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Result<Record, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        self.next_record()
    }
}

/// An HTTP response split into status, headers and decoded body.
struct Response<'a> {
    status: u16,
    headers: Vec<(String, String)>,
    body: std::borrow::Cow<'a, [u8]>,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The response of a record, `Ok(None)` when the block is not one, or why
/// its body cannot be read (a compressed body that inflates past the limit).
fn parse_response(block: &[u8]) -> Result<Option<Response<'_>>, String> {
    let Some(mut r) = parse_response_head(block) else { return Ok(None) };
    let gzipped = r.headers.iter().any(|(n, v)| n == "content-encoding" && v.to_ascii_lowercase().contains("gzip"));
    if gzipped {
        let mut out = Vec::new();
        let mut dec = flate2::read::MultiGzDecoder::new(&r.body[..]).take(MAX_RECORD + 1);
        if dec.read_to_end(&mut out).is_ok() {
            if out.len() as u64 > MAX_RECORD {
                return Err(format!("its gzipped body inflates to over {MAX_RECORD} bytes (a compression bomb?); skipped"));
            }
            r.body = std::borrow::Cow::Owned(out);
        }
    }
    Ok(Some(r))
}

fn parse_response_head(block: &[u8]) -> Option<Response<'_>> {
    let head_end = find(block, b"\r\n\r\n").map(|i| (i, i + 4)).or_else(|| find(block, b"\n\n").map(|i| (i, i + 2)))?;
    let head = String::from_utf8_lossy(&block[..head_end.0]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> =
        lines.filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))).collect();
    let mut body: std::borrow::Cow<'_, [u8]> = std::borrow::Cow::Borrowed(&block[head_end.1..]);
    let get = |k: &str| headers.iter().find(|(n, _)| n == k).map(|(_, v)| v.to_ascii_lowercase());
    if get("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        body = std::borrow::Cow::Owned(dechunk(&body));
    }
    Some(Response { status, headers, body })
}

fn dechunk(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let Some(nl) = find(&b[i..], b"\n") else { break };
        let size_line = String::from_utf8_lossy(&b[i..i + nl]);
        let Ok(size) = usize::from_str_radix(size_line.trim().split(';').next().unwrap_or("").trim(), 16) else { break };
        i += nl + 1;
        if size == 0 {
            break;
        }
        let end = (i + size).min(b.len());
        out.extend_from_slice(&b[i..end]);
        i = end;
        while i < b.len() && (b[i] == b'\r' || b[i] == b'\n') {
            i += 1;
        }
    }
    out
}

/// Decodes page bytes to text by the charset the HTTP header or the page
/// declares (UTF-8 when none does).
pub fn decode_html(bytes: &[u8], content_type: Option<&str>) -> String {
    let declared = content_type.and_then(charset_of).or_else(|| {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
        let i = head.find("charset=")?;
        let rest = head[i + 8..].trim_start_matches(['"', '\'']);
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(rest.len());
        Some(rest[..end].to_string())
    });
    let enc = declared.and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes())).unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = enc.decode(bytes);
    text.into_owned()
}

fn charset_of(ct: &str) -> Option<String> {
    let lower = ct.to_ascii_lowercase();
    let i = lower.find("charset=")?;
    Some(lower[i + 8..].trim_matches(['"', '\'', ' ', ';']).split(';').next()?.trim().to_string())
}

/// The article of a WARC `response` record holding an HTML page with status
/// 200; `None` for other records (requests, metadata, redirects, images)
/// and for bodies that cannot be read (see [`response_article_checked`]).
pub fn response_article(rec: &Record, path: Option<String>, number: usize) -> Option<Article> {
    response_article_checked(rec, path, number).ok().flatten()
}

/// [`response_article`], with why a response's body cannot be read (a
/// gzipped body that inflates past [`MAX_RECORD`]).
pub fn response_article_checked(rec: &Record, path: Option<String>, number: usize) -> Result<Option<Article>, String> {
    if !rec.header("WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response")) {
        return Ok(None);
    }
    let url = rec.header("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_string());
    let Some(resp) = parse_response(&rec.block).map_err(|why| format!("record {number}: {why}"))? else { return Ok(None) };
    if resp.status != 200 {
        return Ok(None);
    }
    let ct = resp.headers.iter().find(|(k, _)| k == "content-type").map(|(_, v)| v.as_str());
    if ct.is_some_and(|c| !c.to_ascii_lowercase().contains("html")) {
        return Ok(None);
    }
    let html = decode_html(&resp.body, ct);
    let mut a = crate::html::article(&html, path, url);
    a.record = Some(number);
    a.format = Some(Format::Warc);
    Ok(Some(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(uri: &str, body: &str) -> Vec<u8> {
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}");
        let mut r = format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n", http.len()).into_bytes();
        r.extend_from_slice(http.as_bytes());
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    #[test]
    fn reads_records_and_stops_at_truncation() {
        let mut data = record("https://a.ir/1", "<p>خبر اول</p>");
        data.extend(record("https://a.ir/2", "<p>خبر دوم</p>"));
        let third = record("https://a.ir/3", "<p>خبر سوم</p>");
        data.extend_from_slice(&third[..third.len() - 10]);
        let recs: Vec<_> = Records::new(&data[..]).collect();
        assert_eq!(recs.len(), 3);
        let a = response_article(recs[0].as_ref().unwrap(), None, 1).unwrap();
        assert_eq!(a.url.as_deref(), Some("https://a.ir/1"));
        assert!(a.text.contains("خبر اول"));
        assert!(matches!(recs[2], Err(WarcError::Truncated { record: 3, .. })));
    }

    #[test]
    fn decodes_legacy_charsets_and_chunks() {
        // «سلام» in windows-1256.
        let bytes = [0xD3, 0xE1, 0xC7, 0xE3];
        assert_eq!(decode_html(&bytes, Some("text/html; charset=windows-1256")), "سلام");
        assert_eq!(dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n"), b"Wikipedia");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let recs: Vec<_> = Records::new(&b"\x00\x01 not a warc"[..]).collect();
        assert!(matches!(recs.as_slice(), [Err(WarcError::NotWarc { .. })]));
        let recs: Vec<_> = Records::new(&b"WARC/1.0\r\nWARC-Type: response\r\n\r\n"[..]).collect();
        assert!(matches!(recs.as_slice(), [Err(WarcError::NoLength { .. })]));
    }
}
