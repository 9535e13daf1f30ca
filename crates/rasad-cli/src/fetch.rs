//! A polite HTTP client for feeds and pages: timeouts, a size limit,
//! conditional GET (ETag / Last-Modified), retries with exponential backoff
//! on network errors, 429 and 5xx (honouring `Retry-After`), and a minimum
//! interval between requests to one host.

use anyhow::{anyhow, bail, Result};
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Validators of a previous response, for a conditional GET.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Validators {
    /// `ETag` of the last response.
    pub etag: Option<String>,
    /// `Last-Modified` of the last response.
    pub last_modified: Option<String>,
}

/// What a GET gave.
#[derive(Debug)]
pub enum Fetched {
    /// 304: nothing new since the validators.
    NotModified,
    /// The body.
    Body {
        /// Bytes, at most the size limit.
        bytes: Vec<u8>,
        /// Validators for the next request.
        validators: Validators,
        /// `Content-Type`.
        content_type: Option<String>,
    },
}

/// Settings of a [`Fetcher`].
#[derive(Clone, Debug)]
pub struct Settings {
    /// Whole-request timeout.
    pub timeout: Duration,
    /// Largest body accepted.
    pub max_bytes: u64,
    /// Attempts after the first.
    pub retries: u32,
    /// First backoff; doubled at each retry.
    pub backoff: Duration,
    /// Minimum time between two requests to one host.
    pub per_host_interval: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            timeout: Duration::from_secs(30),
            max_bytes: 16 << 20,
            retries: 3,
            backoff: Duration::from_secs(2),
            per_host_interval: Duration::from_secs(2),
        }
    }
}

/// The client.
pub struct Fetcher {
    agent: ureq::Agent,
    settings: Settings,
    last_request: HashMap<String, Instant>,
}

fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or("").to_ascii_lowercase()
}

impl Fetcher {
    /// A client with these settings.
    pub fn new(settings: Settings) -> Fetcher {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(settings.timeout))
            .http_status_as_error(false)
            .max_redirects(5)
            .user_agent(concat!("rasad/", env!("CARGO_PKG_VERSION"), " (news research; polite polling)"))
            .build()
            .into();
        Fetcher { agent, settings, last_request: HashMap::new() }
    }

    /// Waits until `host` may be asked again.
    fn wait_for_host(&mut self, host: &str) {
        if let Some(t) = self.last_request.get(host) {
            let since = t.elapsed();
            if since < self.settings.per_host_interval {
                std::thread::sleep(self.settings.per_host_interval - since);
            }
        }
        self.last_request.insert(host.to_string(), Instant::now());
    }

    /// GETs `url`, conditionally when `validators` are given.
    pub fn get(&mut self, url: &str, validators: &Validators) -> Result<Fetched> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            bail!("{url}: only http:// and https:// URLs can be fetched");
        }
        let host = host_of(url);
        let mut delay = self.settings.backoff;
        let mut attempt = 0;
        loop {
            self.wait_for_host(&host);
            let mut req = self.agent.get(url);
            if let Some(e) = &validators.etag {
                req = req.header("If-None-Match", e);
            }
            if let Some(m) = &validators.last_modified {
                req = req.header("If-Modified-Since", m);
            }
            let outcome = req.call();
            let retry_after = match outcome {
                Ok(mut resp) => {
                    let status = resp.status().as_u16();
                    let header = |name: &str| resp.headers().get(name).and_then(|v| v.to_str().ok()).map(String::from);
                    match status {
                        304 => return Ok(Fetched::NotModified),
                        200..=299 => {
                            let validators = Validators { etag: header("etag"), last_modified: header("last-modified") };
                            let content_type = header("content-type");
                            let limit = self.settings.max_bytes;
                            let bytes = resp.body_mut().with_config().limit(limit).read_to_vec().map_err(|e| match e {
                                ureq::Error::BodyExceedsLimit(_) => anyhow!("{url}: the response is larger than the {limit}-byte limit"),
                                e => anyhow!("{url}: {e}"),
                            })?;
                            return Ok(Fetched::Body { bytes, validators, content_type });
                        }
                        429 | 500..=599 => {
                            let after = header("retry-after").and_then(|v| v.trim().parse::<u64>().ok()).map(Duration::from_secs);
                            if attempt >= self.settings.retries {
                                bail!("{url}: HTTP {status} after {} attempts", attempt + 1);
                            }
                            after
                        }
                        _ => bail!("{url}: HTTP {status}"),
                    }
                }
                Err(e @ (ureq::Error::TooManyRedirects | ureq::Error::RedirectFailed | ureq::Error::BadUri(_) | ureq::Error::BodyExceedsLimit(_))) => {
                    // Asking again would go the same way.
                    bail!("{url}: {e}; not retried");
                }
                Err(e) => {
                    if attempt >= self.settings.retries {
                        bail!("{url}: {e} (after {} attempts)", attempt + 1);
                    }
                    None
                }
            };
            let wait = retry_after.unwrap_or(delay).min(Duration::from_secs(300));
            eprintln!("rasad: {url}: retrying in {:.1}s", wait.as_secs_f64());
            std::thread::sleep(wait);
            delay *= 2;
            attempt += 1;
        }
    }
}
