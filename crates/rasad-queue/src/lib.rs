//! # rasad-queue
//!
//! The stream of articles to workers, over NATS JetStream: a small blocking
//! client of the NATS protocol (text commands over TCP) and of the
//! JetStream API (JSON requests on `$JS.API.…` subjects) — just what
//! `rasad enqueue` and `rasad worker` need: a stream, a durable pull
//! consumer that several workers share, publishing with de-duplication ids,
//! fetching batches and acknowledging each message after it is stored.
//!
//! A worker that dies before acknowledging loses nothing: JetStream
//! delivers the message again once its ack wait has passed.

#![warn(missing_docs)]

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// What can go wrong talking to NATS.
#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// Results of this crate.
pub type Result<T> = std::result::Result<T, Error>;

fn io(what: &str, e: std::io::Error) -> Error {
    Error(format!("NATS {what}: {e}"))
}

/// A message received.
#[derive(Clone, Debug, Default)]
pub struct Msg {
    /// Its subject.
    pub subject: String,
    /// Where to reply (for JetStream messages, the subject that acknowledges it).
    pub reply: Option<String>,
    /// A status in the header line (`404 No Messages`, `408 Request Timeout`).
    pub status: Option<u16>,
    /// Headers.
    pub headers: Vec<(String, String)>,
    /// The payload.
    pub payload: Vec<u8>,
}

/// A connection to a NATS server.
pub struct Nats {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    inbox: String,
    next: u64,
    max_payload: usize,
}

/// The inbox subscription's id.
const INBOX_SID: &str = "1";

impl Nats {
    /// Connects to `nats://HOST:PORT`.
    pub fn connect(url: &str) -> Result<Nats> {
        let addr = url.strip_prefix("nats://").ok_or_else(|| Error(format!("{url}: not a nats:// URL; write nats://HOST:4222")))?;
        let addr = addr.trim_end_matches('/');
        let addr = if addr.contains(':') { addr.to_string() } else { format!("{addr}:4222") };
        let stream = TcpStream::connect(&addr).map_err(|e| Error(format!("cannot connect to NATS at {addr}: {e}")))?;
        stream.set_nodelay(true).ok();
        let writer = stream.try_clone().map_err(|e| io("connect", e))?;
        let mut nats = Nats { reader: BufReader::with_capacity(1 << 16, stream), writer, inbox: String::new(), next: 0, max_payload: 1 << 20 };
        nats.set_timeout(Some(Duration::from_secs(10)))?;
        let mut line = String::new();
        nats.reader.read_line(&mut line).map_err(|e| io("handshake", e))?;
        let info: Value = line.strip_prefix("INFO ").and_then(|j| serde_json::from_str(j.trim()).ok()).ok_or_else(|| Error(format!("{addr} is not a NATS server (it said {line:?})")))?;
        if let Some(m) = info["max_payload"].as_u64() {
            nats.max_payload = m as usize;
        }
        if info["jetstream"].as_bool() == Some(false) {
            return Err(Error(format!("the NATS server at {addr} runs without JetStream; start it with -js")));
        }
        let nonce = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()) ^ u128::from(std::process::id()) << 64;
        nats.inbox = format!("_INBOX.rasad{nonce:x}");
        let connect = json!({"verbose": false, "pedantic": false, "headers": true, "no_responders": true, "name": "rasad", "lang": "rust", "version": env!("CARGO_PKG_VERSION"), "protocol": 1});
        nats.send(format!("CONNECT {connect}\r\nSUB {}.* {INBOX_SID}\r\n", nats.inbox).as_bytes())?;
        nats.flush()?;
        Ok(nats)
    }

    fn set_timeout(&mut self, t: Option<Duration>) -> Result<()> {
        self.reader.get_ref().set_read_timeout(t).map_err(|e| io("timeout", e))
    }

    fn send(&mut self, bytes: &[u8]) -> Result<()> {
        self.writer.write_all(bytes).map_err(|e| io("write", e))
    }

    /// Waits until the server has processed everything sent so far.
    pub fn flush(&mut self) -> Result<()> {
        self.send(b"PING\r\n")?;
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            self.set_timeout(Some(Duration::from_secs(1)))?;
            match self.read()? {
                Some(Incoming::Pong) => return Ok(()),
                _ if Instant::now() > deadline => return Err(Error("the NATS server did not answer a PING within 30 s".into())),
                _ => continue,
            }
        }
    }

    /// A new reply subject under this connection's inbox.
    fn reply_subject(&mut self) -> String {
        self.next += 1;
        format!("{}.{}", self.inbox, self.next)
    }

    /// Publishes a message, with headers, asking for a reply on `reply`.
    fn publish(&mut self, subject: &str, reply: Option<&str>, headers: &[(&str, &str)], payload: &[u8]) -> Result<()> {
        if payload.len() > self.max_payload {
            return Err(Error(format!("a message of {} bytes is over the server's limit of {} bytes", payload.len(), self.max_payload)));
        }
        let mut out = Vec::with_capacity(payload.len() + 128);
        let r = reply.map(|r| format!(" {r}")).unwrap_or_default();
        if headers.is_empty() {
            out.extend_from_slice(format!("PUB {subject}{r} {}\r\n", payload.len()).as_bytes());
        } else {
            let mut h = String::from("NATS/1.0\r\n");
            for (k, v) in headers {
                h.push_str(&format!("{k}: {v}\r\n"));
            }
            h.push_str("\r\n");
            out.extend_from_slice(format!("HPUB {subject}{r} {} {}\r\n", h.len(), h.len() + payload.len()).as_bytes());
            out.extend_from_slice(h.as_bytes());
        }
        out.extend_from_slice(payload);
        out.extend_from_slice(b"\r\n");
        self.send(&out)
    }

    /// Reads one protocol message; `None` on a read timeout.
    fn read(&mut self) -> Result<Option<Incoming>> {
        let mut line = String::new();
        match self.reader.read_line(&mut line) {
            Ok(0) => return Err(Error("the NATS server closed the connection".into())),
            Ok(_) => {}
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => return Ok(None),
            Err(e) => return Err(io("read", e)),
        }
        let line = line.trim_end();
        let mut parts = line.split_ascii_whitespace();
        let op = parts.next().unwrap_or("").to_ascii_uppercase();
        let args: Vec<&str> = parts.collect();
        match op.as_str() {
            "PING" => {
                self.send(b"PONG\r\n")?;
                Ok(Some(Incoming::Other))
            }
            "PONG" => Ok(Some(Incoming::Pong)),
            "+OK" | "INFO" => Ok(Some(Incoming::Other)),
            "-ERR" => Err(Error(format!("NATS server error: {}", line.trim_start_matches("-ERR").trim()))),
            "MSG" | "HMSG" => {
                let headered = op == "HMSG";
                let need = if headered { 4 } else { 3 };
                if args.len() < need {
                    return Err(Error(format!("NATS: malformed {op} line {line:?}")));
                }
                let total: usize = args[args.len() - 1].parse().map_err(|_| Error(format!("NATS: bad size in {line:?}")))?;
                let hlen: usize = if headered { args[args.len() - 2].parse().map_err(|_| Error(format!("NATS: bad size in {line:?}")))? } else { 0 };
                let reply = if args.len() > need { Some(args[2].to_string()) } else { None };
                let subject = args[0].to_string();
                let mut buf = vec![0u8; total + 2];
                // The payload follows at once: wait for it whatever the timeout.
                self.set_timeout(Some(Duration::from_secs(30)))?;
                let r = self.reader.read_exact(&mut buf).map_err(|e| io("read", e));
                r?;
                buf.truncate(total);
                let mut msg = Msg { subject, reply, ..Msg::default() };
                if headered && hlen <= total {
                    let head = String::from_utf8_lossy(&buf[..hlen]).into_owned();
                    let mut lines = head.split("\r\n");
                    if let Some(first) = lines.next() {
                        msg.status = first.split_ascii_whitespace().nth(1).and_then(|s| s.parse().ok());
                    }
                    for l in lines.filter(|l| !l.is_empty()) {
                        if let Some((k, v)) = l.split_once(':') {
                            msg.headers.push((k.trim().to_string(), v.trim().to_string()));
                        }
                    }
                    msg.payload = buf[hlen..].to_vec();
                } else {
                    msg.payload = buf;
                }
                Ok(Some(Incoming::Msg(msg)))
            }
            _ => Ok(Some(Incoming::Other)),
        }
    }

    /// Sends a request and waits for its reply.
    pub fn request(&mut self, subject: &str, payload: &[u8], timeout: Duration) -> Result<Msg> {
        let reply = self.reply_subject();
        self.publish(subject, Some(&reply), &[], payload)?;
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(Error(format!("no answer to {subject} within {timeout:?}")));
            }
            self.set_timeout(Some(left.max(Duration::from_millis(1))))?;
            if let Some(Incoming::Msg(m)) = self.read()? {
                if m.subject == reply {
                    if m.status == Some(503) {
                        return Err(Error(format!("nobody answers {subject}: is JetStream enabled on the server (nats-server -js)?")));
                    }
                    return Ok(m);
                }
            }
        }
    }
}

enum Incoming {
    Msg(Msg),
    Pong,
    Other,
}

/// JetStream over one connection.
pub struct JetStream {
    nats: Nats,
}

/// What JetStream said to a publish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PubAck {
    /// Sequence of the message in the stream.
    pub seq: u64,
    /// The message id was seen within the de-duplication window: not stored again.
    pub duplicate: bool,
}

fn api(m: &Msg) -> Result<Value> {
    let v: Value = serde_json::from_slice(&m.payload).map_err(|e| Error(format!("JetStream answered something that is not JSON: {e}")))?;
    if let Some(err) = v.get("error") {
        return Err(Error(format!("JetStream: {} (code {})", err["description"].as_str().unwrap_or("error"), err["err_code"])));
    }
    Ok(v)
}

impl JetStream {
    /// JetStream on the server at `url`.
    pub fn connect(url: &str) -> Result<JetStream> {
        Ok(JetStream { nats: Nats::connect(url)? })
    }

    /// Creates the stream `name` over `subject` (a work queue kept on disk)
    /// unless it exists.
    pub fn ensure_stream(&mut self, name: &str, subject: &str) -> Result<()> {
        let info = self.nats.request(&format!("$JS.API.STREAM.INFO.{name}"), b"", Duration::from_secs(5))?;
        let v: Value = serde_json::from_slice(&info.payload).unwrap_or_default();
        if v.get("error").is_none() {
            return Ok(());
        }
        let cfg = json!({"name": name, "subjects": [subject], "retention": "workqueue", "storage": "file", "discard": "old", "duplicate_window": 120_000_000_000u64});
        api(&self.nats.request(&format!("$JS.API.STREAM.CREATE.{name}"), cfg.to_string().as_bytes(), Duration::from_secs(10))?).map(|_| ())
    }

    /// Creates the durable pull consumer `durable` of `stream` unless it
    /// exists: explicit acks, redelivery after `ack_wait`.
    pub fn ensure_consumer(&mut self, stream: &str, durable: &str, ack_wait: Duration) -> Result<()> {
        let info = self.nats.request(&format!("$JS.API.CONSUMER.INFO.{stream}.{durable}"), b"", Duration::from_secs(5))?;
        let v: Value = serde_json::from_slice(&info.payload).unwrap_or_default();
        if v.get("error").is_none() {
            return Ok(());
        }
        let cfg = json!({"stream_name": stream, "config": {
            "durable_name": durable, "ack_policy": "explicit", "ack_wait": ack_wait.as_nanos() as u64,
            "deliver_policy": "all", "max_deliver": -1, "max_ack_pending": 4096, "replay_policy": "instant",
        }});
        api(&self.nats.request(&format!("$JS.API.CONSUMER.DURABLE.CREATE.{stream}.{durable}"), cfg.to_string().as_bytes(), Duration::from_secs(10))?)
            .map(|_| ())
    }

    /// Publishes messages (`(id, payload)`, the id de-duplicating a message
    /// published twice) to `subject`, `window` at a time, and waits for
    /// JetStream to store each.
    pub fn publish_all(&mut self, subject: &str, msgs: &[(String, Vec<u8>)], window: usize) -> Result<Vec<PubAck>> {
        let mut acks = Vec::with_capacity(msgs.len());
        for chunk in msgs.chunks(window.max(1)) {
            let mut replies = Vec::with_capacity(chunk.len());
            for (id, payload) in chunk {
                let reply = self.nats.reply_subject();
                self.nats.publish(subject, Some(&reply), &[("Nats-Msg-Id", id)], payload)?;
                replies.push(reply);
            }
            let mut got: rustc_hash::FxHashMap<String, PubAck> = rustc_hash::FxHashMap::default();
            let deadline = Instant::now() + Duration::from_secs(30);
            while got.len() < replies.len() {
                if Instant::now() > deadline {
                    return Err(Error(format!("JetStream stored {} of {} messages within 30 s", got.len(), replies.len())));
                }
                self.nats.set_timeout(Some(Duration::from_secs(1)))?;
                if let Some(Incoming::Msg(m)) = self.nats.read()? {
                    if m.status == Some(503) {
                        return Err(Error(format!("no stream takes {subject}: run `rasad enqueue` (it creates the stream) or check the subject")));
                    }
                    let v = api(&m)?;
                    got.insert(m.subject.clone(), PubAck { seq: v["seq"].as_u64().unwrap_or(0), duplicate: v["duplicate"].as_bool().unwrap_or(false) });
                }
            }
            for r in replies {
                acks.push(got.remove(&r).unwrap_or(PubAck { seq: 0, duplicate: false }));
            }
        }
        Ok(acks)
    }

    /// Fetches up to `batch` messages for the consumer, waiting at most
    /// `expires` for the first.
    pub fn fetch(&mut self, stream: &str, durable: &str, batch: usize, expires: Duration) -> Result<Vec<Msg>> {
        let reply = self.nats.reply_subject();
        let req = json!({"batch": batch, "expires": expires.as_nanos() as u64});
        self.nats.publish(&format!("$JS.API.CONSUMER.MSG.NEXT.{stream}.{durable}"), Some(&reply), &[], req.to_string().as_bytes())?;
        let deadline = Instant::now() + expires + Duration::from_secs(2);
        let mut out = Vec::new();
        while out.len() < batch {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            self.nats.set_timeout(Some(left))?;
            match self.nats.read()? {
                Some(Incoming::Msg(m)) => {
                    if m.reply.as_deref().is_some_and(|r| r.starts_with("$JS.ACK.")) {
                        out.push(m);
                    } else if m.subject == reply && m.status.is_some() {
                        // 404 no messages, 408 timeout, 409 consumer gone: the batch ends.
                        if m.status == Some(409) {
                            return Err(Error(format!("the consumer {stream}.{durable} went away (409)")));
                        }
                        break;
                    }
                }
                Some(_) => {}
                None => break,
            }
        }
        Ok(out)
    }

    /// Acknowledges messages: they are done and will not come again.
    pub fn ack(&mut self, msgs: &[Msg]) -> Result<()> {
        for m in msgs {
            if let Some(r) = &m.reply {
                self.nats.publish(r, None, &[], b"+ACK")?;
            }
        }
        self.nats.flush()
    }

    /// The consumer's state: `num_pending` (not yet delivered) and
    /// `num_ack_pending` (delivered, not acknowledged), among others.
    pub fn consumer_info(&mut self, stream: &str, durable: &str) -> Result<Value> {
        api(&self.nats.request(&format!("$JS.API.CONSUMER.INFO.{stream}.{durable}"), b"", Duration::from_secs(5))?)
    }
}
