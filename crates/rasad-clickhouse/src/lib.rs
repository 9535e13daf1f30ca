//! # rasad-clickhouse
//!
//! ClickHouse as rasad's store, behind the same [`Store`] trait as the
//! embedded one: for years of news from hundreds of outlets. It speaks plain
//! HTTP with `JSONEachRow` (ClickHouse 18.16, as Debian ships it, and
//! current releases alike), creates its tables (`schema/tables.sql`) when
//! they are missing, and on a cluster (`?cluster=NAME`) writes through
//! Distributed tables sharded by `cityHash64` of each row's id.
//!
//! Rows are only ever inserted. Each carries the time it was written; a
//! ReplacingMergeTree folds repeated rows, and readers keep the newest
//! version of each key, counting an article's events, entities and quotes
//! only at the version of its `articles` row, which is written last. So a
//! writer killed at any moment leaves nothing half-visible, and writing an
//! article again (a redelivered message) duplicates nothing.
//!
//! Events merged across articles are computed by [`Store::finish`] with the
//! same code as the embedded store (`rasad_store::shared`) and written as a
//! new generation; queries read the latest finished one.

#![warn(missing_docs)]

use rasad_extract::merge::MergedEvent;
use rasad_extract::record::{DateValue, TextSpan};
use rasad_ingest::{Article, Format};
use rasad_kb::Kb;
use rasad_store::shared::{self, name_key, StoredMention};
use rasad_store::{
    CheckReport, Counts, EntityView, Error, EventFilter, Graph, Ingested, Page, Paging, PutReport, QuoteView, Result, SearchHit, Stats, Store,
    StoredArticle,
};
use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::{json, Value};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The schema, with the placeholders described at its top.
pub const SCHEMA: &str = include_str!("../schema/tables.sql");

/// Where the store is: `clickhouse://[USER[:PASSWORD]@]HOST:PORT/DB[?cluster=NAME&shards=H:P,H:P]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Url {
    /// `http://HOST:PORT`.
    pub http: String,
    /// Database.
    pub db: String,
    /// Cluster of `remote_servers`, for Distributed tables.
    pub cluster: Option<String>,
    /// HTTP addresses of every shard (`HOST:PORT`), to create the local
    /// tables on each without ZooKeeper; without them, `ON CLUSTER` is used.
    pub shards: Vec<String>,
    /// User.
    pub user: Option<String>,
    /// Password.
    pub password: Option<String>,
}

impl Url {
    /// Parses a store URL.
    pub fn parse(s: &str) -> Result<Url> {
        let bad = |why: &str| Error::BadRequest(format!("{s}: {why}; write clickhouse://HOST:8123/DB (optionally ?cluster=NAME&shards=HOST:PORT,HOST:PORT)"));
        let rest = s.strip_prefix("clickhouse://").ok_or_else(|| bad("not a clickhouse:// URL"))?;
        let (main, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (auth, hostpath) = match main.rsplit_once('@') {
            Some((a, h)) => (Some(a), h),
            None => (None, main),
        };
        let (host, db) = hostpath.split_once('/').ok_or_else(|| bad("no database"))?;
        let db = db.trim_end_matches('/');
        if host.is_empty() || db.is_empty() || !db.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return Err(bad("the host or the database name is missing or not a plain name"));
        }
        let host = if host.contains(':') { host.to_string() } else { format!("{host}:8123") };
        let (user, password) = match auth {
            Some(a) => match a.split_once(':') {
                Some((u, p)) => (Some(u.to_string()), Some(p.to_string())),
                None => (Some(a.to_string()), None),
            },
            None => (None, None),
        };
        let mut url = Url { http: format!("http://{host}"), db: db.to_string(), cluster: None, shards: Vec::new(), user, password };
        for (k, v) in query.split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap_or((p, ""))) {
            match k {
                "cluster" if v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') && !v.is_empty() => url.cluster = Some(v.to_string()),
                "shards" => url.shards = v.split(',').filter(|x| !x.is_empty()).map(|x| format!("http://{x}")).collect(),
                _ => return Err(bad(&format!("unknown or bad parameter {k:?}"))),
            }
        }
        Ok(url)
    }
}

/// The ClickHouse store.
pub struct ClickHouse {
    url: Url,
    agent: ureq::Agent,
    kb: &'static Kb,
}

/// A string literal for SQL.
fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\0' => out.push_str("\\0"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A list of string literals: `['a', 'b']`.
fn lits(xs: &[String]) -> String {
    format!("[{}]", xs.iter().map(|x| lit(x)).collect::<Vec<_>>().join(","))
}

fn now_ns() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64)
}

fn s(v: &Value) -> String {
    match v {
        Value::String(x) => x.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn u(v: &Value) -> u64 {
    v.as_u64().or_else(|| v.as_str().and_then(|x| x.parse().ok())).unwrap_or(0)
}

fn opt(x: String) -> Option<String> {
    (!x.is_empty()).then_some(x)
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().map(s).collect()).unwrap_or_default()
}

/// The day a row is partitioned by: the first day of `d`, or 1970-01-01.
fn day_of(d: Option<&DateValue>) -> String {
    d.map(|d| d.days().0.to_string()).filter(|d| d.len() == 10).unwrap_or_else(|| "1970-01-01".into())
}

impl ClickHouse {
    /// Connects to the store the URL names, creating its database and
    /// tables when they are missing.
    pub fn open(url: &str, kb: &'static Kb) -> Result<ClickHouse> {
        let url = Url::parse(url)?;
        let agent: ureq::Agent = ureq::Agent::config_builder().timeout_global(Some(Duration::from_secs(120))).http_status_as_error(false).build().into();
        let ch = ClickHouse { url, agent, kb };
        ch.exec_on(&ch.url.http, "SELECT 1").map_err(|e| Error::Io(format!("cannot reach ClickHouse at {}: {e}", ch.url.http)))?;
        ch.create()?;
        Ok(ch)
    }

    /// The table to read and write: the Distributed one on a cluster.
    fn t(&self, name: &str) -> String {
        format!("{}.{name}", self.url.db)
    }

    fn exec_on(&self, base: &str, sql: &str) -> Result<String> {
        self.post(base, sql, &[])
    }

    fn post(&self, base: &str, body: &str, params: &[(&str, &str)]) -> Result<String> {
        let mut req = self
            .agent
            .post(base)
            .query("output_format_json_quote_64bit_integers", "0")
            .query("insert_distributed_sync", "1")
            .query("max_query_size", "10485760");
        for (k, v) in params {
            req = req.query(*k, *v);
        }
        if let Some(user) = &self.url.user {
            req = req.header("X-ClickHouse-User", user);
        }
        if let Some(p) = &self.url.password {
            req = req.header("X-ClickHouse-Key", p);
        }
        let mut resp = req.send(body).map_err(|e| Error::Io(format!("ClickHouse at {base}: {e}")))?;
        let status = resp.status();
        let text = resp.body_mut().with_config().limit(1 << 30).read_to_string().map_err(|e| Error::Io(format!("ClickHouse at {base}: {e}")))?;
        if !status.is_success() {
            let first: String = text.chars().take(600).collect();
            return Err(Error::Io(format!("ClickHouse at {base} answered {status}: {first}")));
        }
        Ok(text)
    }

    fn exec(&self, sql: &str) -> Result<String> {
        self.exec_on(&self.url.http, sql)
    }

    /// Runs a SELECT and reads its rows.
    fn select(&self, sql: &str) -> Result<Vec<Value>> {
        let text = self.exec(&format!("{sql} FORMAT JSONEachRow"))?;
        text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).map_err(|e| Error::Corrupt(format!("ClickHouse row: {e}")))).collect()
    }

    /// Inserts rows (JSON objects) into a table.
    fn insert(&self, table: &str, rows: &[Value]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut body = String::new();
        for r in rows {
            body.push_str(&r.to_string());
            body.push('\n');
        }
        let q = format!("INSERT INTO {} FORMAT JSONEachRow", self.t(table));
        self.post(&self.url.http, &body, &[("query", &q), ("input_format_skip_unknown_fields", "1")])?;
        Ok(())
    }

    /// Creates the database and tables that are missing.
    fn create(&self) -> Result<()> {
        let db = &self.url.db;
        // Comments out (they may hold `;`), except the `-- shard:` lines,
        // which name each table's sharding key.
        let sql: String = SCHEMA
            .lines()
            .filter_map(|l| match l.trim().strip_prefix("-- shard: ") {
                Some(key) => Some(format!("@shard {key}")),
                None if l.trim_start().starts_with("--") => None,
                None => Some(l.to_string()),
            })
            .collect::<Vec<_>>()
            .join("\n");
        let statements: Vec<(String, String, String)> = sql
            .split(';')
            .map(str::trim)
            .filter(|st| st.contains("CREATE TABLE"))
            .map(|st| {
                let shard = st.lines().find_map(|l| l.trim().strip_prefix("@shard ")).unwrap_or("doc_id").trim().to_string();
                let body: String = st.lines().filter(|l| !l.trim_start().starts_with("@shard ")).collect::<Vec<_>>().join("\n");
                let name = body.split("{name:").nth(1).and_then(|r| r.split('}').next()).unwrap_or("").to_string();
                (name, shard, body)
            })
            .collect();
        match &self.url.cluster {
            None => {
                self.exec(&format!("CREATE DATABASE IF NOT EXISTS {db}"))?;
                for (name, _, body) in &statements {
                    let sql = body.replace("{db}", db).replace(&format!("{{name:{name}}}"), name).replace("{engine}", "ReplacingMergeTree(version)");
                    self.exec(&sql)?;
                }
            }
            Some(cluster) => {
                let on = |sql: &str| -> Result<()> {
                    if self.url.shards.is_empty() {
                        // ON CLUSTER needs the cluster's distributed DDL (ZooKeeper).
                        let sql = match sql.find(" (") {
                            Some(i) if sql.starts_with("CREATE TABLE") => format!("{} ON CLUSTER {cluster}{}", &sql[..i], &sql[i..]),
                            _ => format!("{sql} ON CLUSTER {cluster}"),
                        };
                        self.exec(&sql).map(|_| ())
                    } else {
                        for shard in &self.url.shards {
                            self.exec_on(shard, sql)?;
                        }
                        Ok(())
                    }
                };
                if self.url.shards.is_empty() {
                    self.exec(&format!("CREATE DATABASE IF NOT EXISTS {db} ON CLUSTER {cluster}"))?;
                } else {
                    for shard in &self.url.shards {
                        self.exec_on(shard, &format!("CREATE DATABASE IF NOT EXISTS {db}"))?;
                    }
                }
                for (name, shard_key, body) in &statements {
                    let local = format!("{name}_local");
                    let sql = body.replace("{db}", db).replace(&format!("{{name:{name}}}"), &local).replace("{engine}", "ReplacingMergeTree(version)");
                    on(&sql)?;
                    let dist = format!(
                        "CREATE TABLE IF NOT EXISTS {db}.{name} AS {db}.{local} ENGINE = Distributed({cluster}, {db}, {local}, cityHash64({shard_key}))"
                    );
                    if self.url.shards.is_empty() {
                        self.exec(&format!("CREATE TABLE IF NOT EXISTS {db}.{name} ON CLUSTER {cluster} AS {db}.{local} ENGINE = Distributed({cluster}, {db}, {local}, cityHash64({shard_key}))"))?;
                    } else {
                        for shard in &self.url.shards {
                            self.exec_on(shard, &dist)?;
                        }
                        if !self.url.shards.contains(&self.url.http) {
                            self.exec(&dist)?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// The latest finished generation of merged events (0: none yet).
    fn generation(&self) -> Result<u64> {
        let rows = self.select(&format!("SELECT max(generation) AS g FROM {}", self.t("generations")))?;
        Ok(rows.first().map_or(0, |r| u(&r["g"])))
    }

    /// The current version of each of these articles.
    fn versions(&self, ids: &[String]) -> Result<FxHashMap<String, u64>> {
        let mut out = FxHashMap::default();
        for chunk in ids.chunks(2000) {
            let rows = self.select(&format!("SELECT doc_id, max(version) AS v FROM {} WHERE doc_id IN ({}) GROUP BY doc_id", self.t("articles"), chunk.iter().map(|x| lit(x)).collect::<Vec<_>>().join(",")))?;
            for r in rows {
                out.insert(s(&r["doc_id"]), u(&r["v"]));
            }
        }
        Ok(out)
    }

    /// The current version of every article.
    fn all_versions(&self) -> Result<FxHashMap<String, u64>> {
        let rows = self.select(&format!("SELECT doc_id, max(version) AS v FROM {} GROUP BY doc_id", self.t("articles")))?;
        Ok(rows.into_iter().map(|r| (s(&r["doc_id"]), u(&r["v"]))).collect())
    }

    /// The names events use for an actor a user gives (as the embedded
    /// store resolves them).
    pub fn resolve(&self, given: &str) -> Result<Vec<String>> {
        let key = name_key(given);
        let mut out = Vec::new();
        if key.is_empty() {
            return Ok(out);
        }
        let g = given.trim();
        for r in self.select(&format!(
            "SELECT DISTINCT name, name_fa FROM {} WHERE key = {} OR key_name = {} OR key_fa = {} OR kb_id = {}",
            self.t("entities"),
            lit(g),
            lit(&key),
            lit(&key),
            lit(g)
        ))? {
            out.push(s(&r["name"]));
            out.push(s(&r["name_fa"]));
        }
        out.extend(shared::kb_names(self.kb, given));
        if out.is_empty() {
            out.push(g.to_string());
        }
        out.sort();
        out.dedup();
        Ok(out)
    }

    fn events_where(&self, g: u64, filter: &EventFilter) -> Result<String> {
        let mut w = format!("generation = {g}");
        for a in &filter.actors {
            let names = self.resolve(a)?;
            w.push_str(&format!(" AND arrayExists(x -> has({}, x), actors)", lits(&names)));
        }
        if let Some(t) = &filter.kind {
            w.push_str(&format!(" AND type = {}", lit(&t.trim().to_ascii_uppercase())));
        }
        if let Some(p) = &filter.place {
            let names = self.resolve(p)?;
            w.push_str(&format!(" AND has({}, place)", lits(&names)));
        }
        if let Some(f) = &filter.from {
            w.push_str(&format!(" AND date_to != '' AND date_to >= {}", lit(f)));
        }
        if let Some(t) = &filter.to {
            w.push_str(&format!(" AND date_from != '' AND date_from <= {}", lit(t)));
        }
        Ok(w)
    }

    fn events_query(&self, filter: &EventFilter, order: &str, paging: Paging) -> Result<Page<MergedEvent>> {
        let g = self.generation()?;
        if g == 0 {
            return Ok(Page { total: 0, results: Vec::new() });
        }
        let w = self.events_where(g, filter)?;
        let total = self.select(&format!("SELECT uniqExact(event_id) AS n FROM {} WHERE {w}", self.t("events")))?.first().map_or(0, |r| u(&r["n"])) as usize;
        let rows = self.select(&format!(
            "SELECT json FROM {} WHERE {w} ORDER BY {order} LIMIT 1 BY event_id LIMIT {}, {}",
            self.t("events"),
            paging.offset,
            paging.limit
        ))?;
        let results = rows
            .iter()
            .map(|r| serde_json::from_str::<MergedEvent>(r["json"].as_str().unwrap_or("")).map_err(|e| Error::Corrupt(format!("a stored event does not read back: {e}"))))
            .collect::<Result<Vec<_>>>()?;
        Ok(Page { total, results })
    }

    fn put_rows(&self, batch: &[&Ingested], version: u64) -> Result<()> {
        let (mut arts, mut evs, mut ents, mut quotes) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        // Rows are partitioned by the month they are written in: a batch
        // makes one part per table and shard, however old its stories.
        let day = rasad_store::dates::iso(rasad_time::Day((version / 86_400_000_000_000) as i32));
        for item in batch {
            let a = &item.article;
            let r = &item.record;
            let (pf, pt) = r.published.as_ref().map(|d| (d.days().0.to_string(), d.days().1.to_string())).unwrap_or_default();
            let mut key = String::from(" ");
            rasad_store::analyzer::for_each_term(&a.text, true, |_, t| {
                key.push_str(t);
                key.push(' ');
            });
            arts.push(json!({
                "doc_id": r.doc_id, "version": version, "day": day, "path": a.path.clone().unwrap_or_default(),
                "record_no": a.record.unwrap_or(0), "url": a.url.clone().unwrap_or_default(), "format": a.format.map_or("", Format::name),
                "container_title": a.title.clone().unwrap_or_default(), "container_published": a.published.clone().unwrap_or_default(),
                "text": a.text, "text_key": key, "title": r.title.clone().unwrap_or_default(), "outlet": r.outlet.clone().unwrap_or_default(),
                "published_from": pf, "published_to": pt, "body_start": r.body.start, "body_end": r.body.end,
                "bands": shared::article_bands(&a.text, r),
                "record_json": serde_json::to_string(r).map_err(|e| Error::Corrupt(e.to_string()))?,
                "rasad_version": r.rasad_version, "kb_version": r.kb_version,
            }));
            for (i, e) in r.events.iter().enumerate() {
                let (df, dt) = e.date.as_ref().map(|d| (d.days().0.to_string(), d.days().1.to_string())).unwrap_or_default();
                evs.push(json!({
                    "doc_id": r.doc_id, "idx": i, "version": version, "day": day, "outlet": r.outlet.clone().unwrap_or_default(),
                    "type": e.kind, "mode": e.mode.clone().unwrap_or_default(), "source": e.source, "target": e.target,
                    "place": e.place.clone().unwrap_or_default(), "date_from": df, "date_to": dt, "status": e.status,
                    "ev_start": e.evidence.start, "ev_end": e.evidence.end, "ev_text": e.evidence.text, "confidence": e.confidence,
                }));
            }
            for e in &r.entities {
                let key = e.kb_id.clone().unwrap_or_else(|| format!("fa:{}", e.name_fa));
                ents.push(json!({
                    "key": key, "doc_id": r.doc_id, "version": version, "day": day, "name": e.name, "name_fa": e.name_fa, "type": e.kind,
                    "kb_id": e.kb_id.clone().unwrap_or_default(), "key_name": name_key(&e.name), "key_fa": name_key(&e.name_fa),
                    "n_mentions": e.mentions.len(),
                }));
            }
            for (i, q) in r.quotes.iter().enumerate() {
                quotes.push(json!({
                    "doc_id": r.doc_id, "idx": i, "version": version, "day": day, "published": pt,
                    "speaker": q.speaker.clone().unwrap_or_default(), "text": q.text, "start": q.start, "end": q.end,
                }));
            }
        }
        // The article rows last: until they are written, nothing of the
        // batch counts.
        self.insert("event_mentions", &evs)?;
        self.insert("entities", &ents)?;
        self.insert("quotes", &quotes)?;
        self.insert("articles", &arts)
    }
}

impl Store for ClickHouse {
    fn doc_ids(&self) -> Result<FxHashSet<String>> {
        Ok(self.select(&format!("SELECT DISTINCT doc_id FROM {}", self.t("articles")))?.iter().map(|r| s(&r["doc_id"])).collect())
    }

    fn put(&self, batch: &[Ingested], replace: bool) -> Result<PutReport> {
        let mut report = PutReport::default();
        let ids: Vec<String> = batch.iter().map(|i| i.record.doc_id.clone()).collect();
        let mut old: FxHashMap<String, String> = FxHashMap::default();
        for chunk in ids.chunks(500) {
            let list = chunk.iter().map(|x| lit(x)).collect::<Vec<_>>().join(",");
            for r in self.select(&format!(
                "SELECT doc_id, record_json FROM {} WHERE doc_id IN ({list}) ORDER BY version DESC LIMIT 1 BY doc_id",
                self.t("articles")
            ))? {
                old.insert(s(&r["doc_id"]), s(&r["record_json"]));
            }
        }
        let mut write: Vec<&Ingested> = Vec::new();
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        for item in batch {
            let id = item.record.doc_id.as_str();
            if !seen.insert(id) {
                report.duplicates += 1;
                continue;
            }
            match old.get(id) {
                Some(_) if !replace => report.duplicates += 1,
                Some(json) => {
                    let old_events = serde_json::from_str::<Value>(json).ok().and_then(|v| v["events"].as_array().map(Vec::len)).unwrap_or(0);
                    report.events_before += old_events;
                    report.events_after += item.record.events.len();
                    let new = serde_json::to_string(&item.record).map_err(|e| Error::Corrupt(e.to_string()))?;
                    if shared::same_record(json, &new) {
                        report.unchanged += 1;
                    } else {
                        report.changed += 1;
                        write.push(item);
                    }
                }
                None => {
                    report.stored += 1;
                    write.push(item);
                }
            }
        }
        if !write.is_empty() {
            self.put_rows(&write, now_ns())?;
        }
        Ok(report)
    }

    fn finish(&self) -> Result<()> {
        let versions = self.all_versions()?;
        let rows = self.select(&format!(
            "SELECT doc_id, idx, version, outlet, type, mode, source, target, place, date_from, date_to, status, ev_start, ev_end, ev_text FROM {}",
            self.t("event_mentions")
        ))?;
        let mut seen: FxHashSet<(String, u64)> = FxHashSet::default();
        let mut mentions = Vec::new();
        for r in rows {
            let id = s(&r["doc_id"]);
            if versions.get(&id) != Some(&u(&r["version"])) || !seen.insert((id.clone(), u(&r["idx"]))) {
                continue;
            }
            let (df, dt) = (s(&r["date_from"]), s(&r["date_to"]));
            mentions.push(StoredMention {
                doc_id: id,
                outlet: opt(s(&r["outlet"])),
                idx: u(&r["idx"]) as usize,
                kind: s(&r["type"]),
                mode: opt(s(&r["mode"])),
                source: strs(&r["source"]),
                target: strs(&r["target"]),
                place: opt(s(&r["place"])),
                days: (!df.is_empty()).then_some((df, dt)),
                status: s(&r["status"]),
                evidence: TextSpan { start: u(&r["ev_start"]) as usize, end: u(&r["ev_end"]) as usize, text: s(&r["ev_text"]) },
            });
        }
        // Near-duplicate clusters, as the embedded store finds them.
        let mut docs: Vec<(String, Vec<u64>)> = Vec::new();
        let mut seen_docs: FxHashSet<String> = FxHashSet::default();
        for r in self.select(&format!("SELECT doc_id, bands FROM {} ORDER BY doc_id, version DESC LIMIT 1 BY doc_id", self.t("articles")))? {
            let id = s(&r["doc_id"]);
            if seen_docs.insert(id.clone()) {
                docs.push((id, r["bands"].as_array().map(|a| a.iter().map(u).collect()).unwrap_or_default()));
            }
        }
        // The bodies of the articles that may be near-duplicates, fetched
        // together.
        let mut bodies: FxHashMap<String, String> = FxHashMap::default();
        let wanted: Vec<&String> = shared::candidates(&docs).into_iter().map(|i| &docs[i].0).collect();
        for chunk in wanted.chunks(200) {
            let list = chunk.iter().map(|x| lit(x)).collect::<Vec<_>>().join(",");
            for r in self.select(&format!(
                "SELECT doc_id, text, body_start, body_end FROM {} WHERE doc_id IN ({list}) ORDER BY version DESC LIMIT 1 BY doc_id",
                self.t("articles")
            ))? {
                let body = shared::body_of(r["text"].as_str().unwrap_or(""), u(&r["body_start"]) as usize, u(&r["body_end"]) as usize).to_string();
                bodies.insert(s(&r["doc_id"]), body);
            }
        }
        let names = shared::clusters(&docs, |i| bodies.get(&docs[i].0).cloned());
        let cluster: FxHashMap<String, String> = docs.iter().map(|d| d.0.clone()).zip(names).collect();
        let merged = shared::merge_stored(mentions, &cluster);
        let g = now_ns();
        let rows: Vec<Value> = merged
            .iter()
            .map(|e| {
                let (df, dt) = e.date.as_ref().map(|d| (d.days().0.to_string(), d.days().1.to_string())).unwrap_or_default();
                let actors: Vec<&String> = e.source.iter().chain(&e.target).collect();
                json!({
                    "event_id": e.event_id, "generation": g, "version": g, "day": day_of(e.date.as_ref()), "type": e.kind,
                    "place": e.place.clone().unwrap_or_default(), "date_from": df, "date_to": dt, "n_sources": e.n_sources,
                    "actors": actors, "json": serde_json::to_string(e).unwrap_or_default(),
                })
            })
            .collect();
        for chunk in rows.chunks(5000) {
            self.insert("events", chunk)?;
        }
        // Finished: readers move to this generation.
        // rasad_time::Day counts days from 1970-01-01.
        let today = rasad_store::dates::iso(rasad_time::Day((g / 86_400_000_000_000) as i32));
        self.insert("generations", &[json!({"generation": g, "version": g, "day": today, "events": merged.len()})])
    }

    fn for_each_article(&self, f: &mut dyn FnMut(Article) -> Result<()>) -> Result<()> {
        let mut after = String::new();
        loop {
            let rows = self.select(&format!(
                "SELECT doc_id, path, record_no, url, format, container_title, container_published, text FROM {} WHERE doc_id > {} ORDER BY doc_id, version DESC LIMIT 1 BY doc_id LIMIT 256",
                self.t("articles"),
                lit(&after)
            ))?;
            if rows.is_empty() {
                return Ok(());
            }
            for r in rows {
                after = s(&r["doc_id"]);
                let n = u(&r["record_no"]);
                f(Article {
                    path: opt(s(&r["path"])),
                    record: (n > 0).then_some(n as usize),
                    url: opt(s(&r["url"])),
                    format: Format::from_name(&s(&r["format"])),
                    title: opt(s(&r["container_title"])),
                    published: opt(s(&r["container_published"])),
                    text: s(&r["text"]),
                })?;
            }
        }
    }

    fn article(&self, doc_id: &str) -> Result<Option<StoredArticle>> {
        let rows = self.select(&format!("SELECT record_json, text FROM {} WHERE doc_id = {} ORDER BY version DESC LIMIT 1", self.t("articles"), lit(doc_id)))?;
        match rows.first() {
            None => Ok(None),
            Some(r) => Ok(Some(StoredArticle {
                record: serde_json::from_str(r["record_json"].as_str().unwrap_or("")).map_err(|e| Error::Corrupt(format!("the record of {doc_id}: {e}")))?,
                text: s(&r["text"]),
            })),
        }
    }

    fn search(&self, query: &str, paging: Paging) -> Result<Page<SearchHit>> {
        // A scan over the analyzed text: every term of the query, as a word.
        let terms: Vec<String> = rasad_store::analyzer::terms(query, true);
        if terms.is_empty() {
            return Ok(Page { total: 0, results: Vec::new() });
        }
        let w = terms.iter().map(|t| format!("position(text_key, {}) > 0", lit(&format!(" {t} ")))).collect::<Vec<_>>().join(" AND ");
        let total = self.select(&format!("SELECT uniqExact(doc_id) AS n FROM {} WHERE {w}", self.t("articles")))?.first().map_or(0, |r| u(&r["n"])) as usize;
        let rows = self.select(&format!(
            "SELECT doc_id, title, outlet, published_from, published_to, text FROM {} WHERE {w} ORDER BY published_to DESC, doc_id LIMIT 1 BY doc_id LIMIT {}, {}",
            self.t("articles"),
            paging.offset,
            paging.limit
        ))?;
        let set: FxHashSet<String> = terms.into_iter().collect();
        let results = rows
            .iter()
            .map(|r| {
                let (pf, pt) = (s(&r["published_from"]), s(&r["published_to"]));
                SearchHit {
                    doc_id: s(&r["doc_id"]),
                    title: opt(s(&r["title"])),
                    outlet: opt(s(&r["outlet"])),
                    published: (!pf.is_empty()).then(|| DateValue::from_days(pf, pt)),
                    snippet: rasad_store::embedded::snippet(r["text"].as_str().unwrap_or(""), &set, true, 200),
                    score: 1.0,
                }
            })
            .collect();
        Ok(Page { total, results })
    }

    fn events(&self, filter: &EventFilter, paging: Paging) -> Result<Page<MergedEvent>> {
        self.events_query(filter, "date_to = '', date_to DESC, n_sources DESC, event_id", paging)
    }

    fn timeline(&self, actors: &[String], paging: Paging) -> Result<Page<MergedEvent>> {
        if actors.is_empty() {
            return Err(Error::BadRequest("name an actor (actor=…), or two for the events between them".into()));
        }
        let filter = EventFilter { actors: actors.to_vec(), ..EventFilter::default() };
        self.events_query(&filter, "date_from = '', date_from, date_to, event_id", paging)
    }

    fn entity(&self, name: &str) -> Result<Option<EntityView>> {
        let key = name_key(name);
        let g = name.trim();
        let rows = self.select(&format!(
            "SELECT key, name, name_fa, type, kb_id FROM {} WHERE key = {} OR kb_id = {} OR key_name = {} OR key_fa = {} ORDER BY key LIMIT 1",
            self.t("entities"),
            lit(g),
            lit(g),
            lit(&key),
            lit(&key)
        ))?;
        let row = rows.first().map(|r| (s(&r["key"]), s(&r["name"]), s(&r["name_fa"]), s(&r["type"]), opt(s(&r["kb_id"]))));
        let kb_entry = match &row {
            Some((_, _, _, _, Some(id))) => self.kb.get(id),
            Some(_) => None,
            None => shared::kb_entries(self.kb, name).into_iter().next(),
        };
        let (ekey, ename, ename_fa, ekind, ekb) = match (row, kb_entry) {
            (Some(r), _) => r,
            (None, Some(e)) => (e.id.clone(), e.name_en.clone(), e.name_fa.clone(), e.kind.as_str().to_string(), Some(e.id.clone())),
            (None, None) => return Ok(None),
        };
        let mut counts = Counts::default();
        let ent_rows = self.select(&format!("SELECT doc_id, version, n_mentions FROM {} WHERE key = {}", self.t("entities"), lit(&ekey)))?;
        let ids: Vec<String> = ent_rows.iter().map(|r| s(&r["doc_id"])).collect::<FxHashSet<_>>().into_iter().collect();
        let versions = self.versions(&ids)?;
        let mut seen = FxHashSet::default();
        for r in &ent_rows {
            let id = s(&r["doc_id"]);
            if versions.get(&id) == Some(&u(&r["version"])) && seen.insert(id) {
                counts.articles += 1;
                counts.mentions += u(&r["n_mentions"]) as usize;
            }
        }
        let names = vec![ename.clone(), ename_fa.clone()];
        let gen = self.generation()?;
        counts.events = self
            .select(&format!("SELECT uniqExact(event_id) AS n FROM {} WHERE generation = {gen} AND arrayExists(x -> has({}, x), actors)", self.t("events"), lits(&names)))?
            .first()
            .map_or(0, |r| u(&r["n"])) as usize;
        let qrows = self.select(&format!(
            "SELECT doc_id, idx, version, published, speaker, text, start, end FROM {} WHERE speaker IN ({}, {})",
            self.t("quotes"),
            lit(&names[0]),
            lit(&names[1])
        ))?;
        let qids: Vec<String> = qrows.iter().map(|r| s(&r["doc_id"])).collect::<FxHashSet<_>>().into_iter().collect();
        let qversions = self.versions(&qids)?;
        let mut qseen = FxHashSet::default();
        let mut quotes: Vec<QuoteView> = qrows
            .iter()
            .filter(|r| qversions.get(&s(&r["doc_id"])) == Some(&u(&r["version"])) && qseen.insert((s(&r["doc_id"]), u(&r["idx"]))))
            .map(|r| QuoteView {
                doc_id: s(&r["doc_id"]),
                published: opt(s(&r["published"])),
                speaker: opt(s(&r["speaker"])),
                text: s(&r["text"]),
                start: u(&r["start"]) as usize,
                end: u(&r["end"]) as usize,
            })
            .collect();
        counts.quotes = quotes.len();
        quotes.sort_by(|a, b| {
            (a.published.is_none(), std::cmp::Reverse(a.published.clone()), std::cmp::Reverse(a.doc_id.clone()), a.start).cmp(&(
                b.published.is_none(),
                std::cmp::Reverse(b.published.clone()),
                std::cmp::Reverse(b.doc_id.clone()),
                b.start,
            ))
        });
        quotes.truncate(10);
        let events = self.events(&EventFilter { actors: vec![ekb.clone().unwrap_or_else(|| ename.clone())], ..Default::default() }, Paging { limit: 10, offset: 0 })?;
        Ok(Some(EntityView {
            name: ename,
            name_fa: ename_fa,
            kind: ekind,
            kb_id: ekb,
            aliases: kb_entry.map(|e| e.aliases.clone()).unwrap_or_default(),
            country: kb_entry.and_then(|e| e.country.clone()),
            wikidata: kb_entry.and_then(|e| e.wikidata.clone()),
            roles: kb_entry.map(|e| shared::roles(self.kb, e)).unwrap_or_default(),
            counts,
            events: events.results,
            quotes,
        }))
    }

    fn graph(&self, from: Option<&str>, to: Option<&str>) -> Result<Graph> {
        let page = self.events(
            &EventFilter { kind: Some("CONSULT".into()), from: from.map(String::from), to: to.map(String::from), ..Default::default() },
            Paging { limit: 100_000, offset: 0 },
        )?;
        let mut names: Vec<String> = page.results.iter().flat_map(|e| e.source.iter().chain(&e.target).cloned()).collect();
        names.sort();
        names.dedup();
        let mut info: FxHashMap<String, (String, String)> = FxHashMap::default();
        for chunk in names.chunks(500) {
            for r in self.select(&format!(
                "SELECT name, name_fa, type FROM {} WHERE has({l}, name) OR has({l}, name_fa) ORDER BY key",
                self.t("entities"),
                l = lits(chunk)
            ))? {
                for n in [s(&r["name"]), s(&r["name_fa"])] {
                    info.entry(n).or_insert_with(|| (s(&r["name_fa"]), s(&r["type"])));
                }
            }
        }
        Ok(shared::graph_of(&page.results, |id| info.get(id).cloned()))
    }

    fn stats(&self) -> Result<Stats> {
        let one = |sql: String| -> Result<Value> { Ok(self.select(&sql)?.into_iter().next().unwrap_or(Value::Null)) };
        let versions = self.all_versions()?;
        let count_current = |table: &str, key: &str| -> Result<usize> {
            let rows = self.select(&format!("SELECT DISTINCT doc_id, {key} AS k, version FROM {}", self.t(table)))?;
            let mut seen = FxHashSet::default();
            Ok(rows.iter().filter(|r| versions.get(&s(&r["doc_id"])) == Some(&u(&r["version"])) && seen.insert((s(&r["doc_id"]), s(&r["k"])))).count())
        };
        let a = one(format!("SELECT min(published_from) AS a, max(published_to) AS b FROM {} WHERE published_from != ''", self.t("articles")))?;
        let g = self.generation()?;
        let e = one(format!("SELECT uniqExact(event_id) AS n, min(date_from) AS a, max(date_to) AS b FROM {} WHERE generation = {g}", self.t("events")))?;
        let ed = one(format!("SELECT min(date_from) AS a, max(date_to) AS b FROM {} WHERE generation = {g} AND date_from != ''", self.t("events")))?;
        let range = |v: &Value| -> Option<DateValue> {
            let (x, y) = (s(&v["a"]), s(&v["b"]));
            (!x.is_empty() && !y.is_empty() && x != "0000-00-00").then(|| DateValue::from_days(x, y))
        };
        let ent_rows = self.select(&format!("SELECT DISTINCT key, doc_id, version FROM {}", self.t("entities")))?;
        let entities: FxHashSet<String> = ent_rows.iter().filter(|r| versions.get(&s(&r["doc_id"])) == Some(&u(&r["version"]))).map(|r| s(&r["key"])).collect();
        Ok(Stats {
            articles: versions.len(),
            events: u(&e["n"]) as usize,
            event_mentions: count_current("event_mentions", "toString(idx)")?,
            entities: entities.len(),
            quotes: count_current("quotes", "toString(idx)")?,
            published: range(&a),
            event_dates: range(&ed),
        })
    }

    fn check(&self) -> Result<CheckReport> {
        let versions = self.all_versions()?;
        let mut report = CheckReport { articles: versions.len(), indexed: versions.len(), problems: Vec::new() };
        let orphans = self.select(&format!("SELECT DISTINCT doc_id FROM {}", self.t("event_mentions")))?;
        let n = orphans.iter().filter(|r| !versions.contains_key(&s(&r["doc_id"]))).count();
        if n > 0 {
            // Rows of a batch whose article rows were never written (a
            // writer stopped mid-batch): invisible, and rewritten when the
            // articles are.
            report.problems.push(format!("note: event rows of {n} articles that were never completed (invisible; they are written again with their articles)"));
        }
        let has_events = !self.select(&format!("SELECT doc_id FROM {} LIMIT 1", self.t("event_mentions")))?.is_empty();
        if has_events && self.generation()? == 0 {
            report.problems.push("events were stored but never merged: run `rasad ingest` or a worker to the end".into());
        }
        report.problems.retain(|p| !p.starts_with("note:"));
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_urls() {
        let u = Url::parse("clickhouse://127.0.0.1:8123/rasad").unwrap();
        assert_eq!((u.http.as_str(), u.db.as_str(), u.cluster.as_deref()), ("http://127.0.0.1:8123", "rasad", None));
        let u = Url::parse("clickhouse://me:pw@ch1/news?cluster=two_shards&shards=127.0.0.1:8123,127.0.0.1:8124").unwrap();
        assert_eq!(u.http, "http://ch1:8123");
        assert_eq!((u.user.as_deref(), u.password.as_deref()), (Some("me"), Some("pw")));
        assert_eq!(u.cluster.as_deref(), Some("two_shards"));
        assert_eq!(u.shards, vec!["http://127.0.0.1:8123", "http://127.0.0.1:8124"]);
        for bad in ["clickhouse://host", "clickhouse:///db", "clickhouse://h/db;drop", "clickhouse://h/db?cluster=a;b", "clickhouse://h/db?x=1", "http://h/db"] {
            let e = Url::parse(bad).unwrap_err().to_string();
            assert!(e.contains("clickhouse://HOST:8123/DB"), "{bad}: {e}");
        }
    }

    #[test]
    fn literals_cannot_break_out() {
        assert_eq!(lit("a'b\\c"), "'a\\'b\\\\c'");
        assert_eq!(lits(&["x".into(), "y'".into()]), "['x','y\\'']");
    }
}
