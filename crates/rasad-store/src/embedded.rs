//! The embedded store: a directory holding `rasad.sqlite` (records, WAL
//! mode) and `index/` (the tantivy search index).

use crate::analyzer::{PersianTokenizer, Terms};
use crate::{
    CheckReport, Counts, EntityView, Error, EventFilter, Graph, Ingested, Page, Paging, PutReport, QuoteView, Result,
    Role, SearchHit, Stats, Store, StoredArticle,
};
use crate::shared::{self, name_key, StoredMention};
use rasad_extract::merge::MergedEvent;
use rasad_extract::record::{DateValue, TextSpan};
use rasad_ingest::{Article, Format};
use rasad_kb::Kb;
use rusqlite::types::Value as SqlValue;
use rusqlite::{params, Connection, OptionalExtension};
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::query::{AllQuery, QueryParser};
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED, STRING};
use tantivy::tokenizer::{RemoveLongFilter, TextAnalyzer};
use tantivy::{doc, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

/// The schema version this build writes; older stores are migrated.
pub const SCHEMA_VERSION: i64 = 1;

/// Migrations: the SQL that takes a store from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[include_str!("schema.sql")];

/// Index documents buffered before an index commit during a long ingest.
const COMMIT_EVERY: usize = 5000;

/// The name of the analyzer in the index.
const ANALYZER: &str = "fa";

/// How an embedded store is opened.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Light stemming in the search index (fixed when the store is created).
    pub stem: bool,
    /// Memory for the index writer, in bytes.
    pub index_memory: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { stem: true, index_memory: 64 << 20 }
    }
}

struct Fields {
    seq: Field,
    doc_id: Field,
    title: Field,
    body: Field,
}

struct Writer {
    writer: IndexWriter,
    /// Documents added since the last commit, and the last seq added.
    pending: usize,
    last_seq: i64,
}

/// The embedded store.
pub struct Embedded {
    dir: PathBuf,
    conn: Mutex<Connection>,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    writer: Mutex<Option<Writer>>,
    stem: bool,
    index_memory: usize,
    kb: &'static Kb,
}

fn io_err(what: &str, path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Io(format!("{what} {}: {e}", path.display()))
}

fn days(d: Option<&DateValue>) -> (Option<String>, Option<String>) {
    match d {
        Some(d) => {
            let (a, b) = d.days();
            (Some(a.to_string()), Some(b.to_string()))
        }
        None => (None, None),
    }
}

/// Appends `s` to `out`, escaped for HTML text and quoted attributes.
pub fn escape_html(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The passage of `text` around the first word matching one of `terms`,
/// HTML-escaped, matching words marked.
pub fn snippet(text: &str, terms: &FxHashSet<String>, stem: bool, width: usize) -> String {
    let mut hits: Vec<(usize, usize)> = Vec::new();
    let mut it = Terms::new(text, stem);
    let mut first: Option<usize> = None;
    while let Some((span, term)) = it.next_term() {
        if terms.contains(term) {
            if hits.last().is_none_or(|h| h.0 != span.0) {
                hits.push(span);
            }
            first.get_or_insert(span.0);
            if span.0 > first.unwrap_or(0) + width * 4 {
                break;
            }
        }
    }
    let anchor = first.unwrap_or(0);
    // A window of about `width` characters, a third before the hit.
    let before: usize = text[..anchor].chars().rev().take(width / 3).map(char::len_utf8).sum();
    let mut start = anchor - before;
    if start > 0 {
        if let Some(sp) = text[start..anchor].find(char::is_whitespace) {
            start += sp + 1;
        }
    }
    let after: usize = text[start..].chars().take(width).map(char::len_utf8).sum();
    let mut end = start + after;
    if end < text.len() {
        if let Some(sp) = text[start..end].rfind(char::is_whitespace) {
            if sp > anchor - start {
                end = start + sp;
            }
        }
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut pos = start;
    for &(a, b) in hits.iter().filter(|h| h.0 >= start && h.1 <= end) {
        escape_html(&text[pos..a], &mut out);
        out.push_str("<mark>");
        escape_html(&text[a..b], &mut out);
        out.push_str("</mark>");
        pos = b;
    }
    escape_html(&text[pos..end], &mut out);
    if end < text.len() {
        out.push('…');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Embedded {
    /// Opens the store in `dir`, creating it on first use and migrating an
    /// older one. Indexes whatever an interrupted run stored but did not
    /// index, and merges events an interrupted run did not merge.
    pub fn open(dir: &Path, kb: &'static Kb, opts: Options) -> Result<Embedded> {
        std::fs::create_dir_all(dir).map_err(|e| io_err("cannot create the store directory", dir, e))?;
        let db = dir.join("rasad.sqlite");
        let conn = Connection::open(&db).map_err(|e| Error::Io(format!("cannot open {}: {e}", db.display())))?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let stem = migrate(&conn, opts.stem)?;

        let mut schema = Schema::builder();
        let text_opts = TextOptions::default()
            .set_indexing_options(TextFieldIndexing::default().set_tokenizer(ANALYZER).set_index_option(IndexRecordOption::WithFreqsAndPositions));
        let seq = schema.add_u64_field("seq", INDEXED | FAST | STORED);
        let doc_id = schema.add_text_field("doc_id", STRING | STORED);
        let title = schema.add_text_field("title", text_opts.clone());
        let body = schema.add_text_field("body", text_opts);
        let schema = schema.build();
        let idx_dir = dir.join("index");
        std::fs::create_dir_all(&idx_dir).map_err(|e| io_err("cannot create the index directory", &idx_dir, e))?;
        let mmap = tantivy::directory::MmapDirectory::open(&idx_dir).map_err(|e| io_err("cannot open the index", &idx_dir, e))?;
        let index = Index::open_or_create(mmap, schema)?;
        index.tokenizers().register(ANALYZER, TextAnalyzer::builder(PersianTokenizer { stem }).filter(RemoveLongFilter::limit(64)).build());
        let reader = index.reader_builder().reload_policy(ReloadPolicy::OnCommitWithDelay).try_into()?;
        let store = Embedded {
            dir: dir.to_path_buf(),
            conn: Mutex::new(conn),
            index,
            reader,
            fields: Fields { seq, doc_id, title, body },
            writer: Mutex::new(None),
            stem,
            index_memory: opts.index_memory.max(15 << 20),
            kb,
        };
        store.recover()?;
        Ok(store)
    }

    /// The store's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether the index stems.
    pub fn stems(&self) -> bool {
        self.stem
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The last seq the index holds, by its last commit.
    fn indexed_seq(&self) -> Result<i64> {
        let metas = self.index.load_metas()?;
        Ok(metas.payload.as_deref().and_then(|p| p.parse().ok()).unwrap_or(0))
    }

    /// Brings the index and the merged events up to the database, when this
    /// process can take the index writer (another process may hold it).
    fn recover(&self) -> Result<()> {
        let max_seq: i64 = self.conn().query_row("SELECT COALESCE(MAX(seq), 0) FROM articles", [], |r| r.get(0))?;
        let indexed = self.indexed_seq()?;
        if max_seq > indexed {
            match self.with_writer(|w, f| {
                let conn = self.conn();
                let mut st = conn.prepare("SELECT seq, doc_id, COALESCE(title, ''), text FROM articles WHERE seq > ?1 ORDER BY seq")?;
                let mut rows = st.query([indexed])?;
                while let Some(r) = rows.next()? {
                    let (seq, id, title, text): (i64, String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
                    w.writer.add_document(doc!(f.seq => seq as u64, f.doc_id => id, f.title => title, f.body => text))?;
                    w.last_seq = seq;
                    w.pending += 1;
                }
                Ok(())
            }) {
                Ok(()) => self.commit_index()?,
                Err(Error::Busy(_)) => {}
                Err(e) => return Err(e),
            }
        }
        if self.generation_behind()? {
            self.merge_events()?;
        }
        Ok(())
    }

    fn with_writer<T>(&self, f: impl FnOnce(&mut Writer, &Fields) -> Result<T>) -> Result<T> {
        let mut g = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        if g.is_none() {
            let writer = match self.index.writer_with_num_threads(1, self.index_memory) {
                Ok(w) => w,
                Err(tantivy::TantivyError::LockFailure(..)) => {
                    return Err(Error::Busy(format!(
                        "another rasad process is writing to the store {}; wait for it to finish, or use another --store",
                        self.dir.display()
                    )))
                }
                Err(e) => return Err(e.into()),
            };
            *g = Some(Writer { writer, pending: 0, last_seq: self.indexed_seq()? });
        }
        let w = g.as_mut().expect("writer just set");
        f(w, &self.fields)
    }

    /// Commits the index, recording the last seq it holds.
    fn commit_index(&self) -> Result<()> {
        let mut g = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(w) = g.as_mut() {
            if w.pending > 0 {
                let mut prepared = w.writer.prepare_commit()?;
                prepared.set_payload(&w.last_seq.to_string());
                prepared.commit()?;
                w.pending = 0;
            }
        }
        drop(g);
        self.reader.reload()?;
        Ok(())
    }

    fn meta_get(conn: &Connection, key: &str) -> Result<Option<String>> {
        Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    fn generation_behind(&self) -> Result<bool> {
        let conn = self.conn();
        let g = Self::meta_get(&conn, "generation")?;
        let m = Self::meta_get(&conn, "merged_generation")?;
        Ok(g != m)
    }

    /// Merges the stored event mentions into events, replacing the old
    /// ones; reposts of one story (near-duplicate clusters, found anew over
    /// all articles) count once among the sources.
    fn merge_events(&self) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let mut mentions: Vec<StoredMention> = Vec::new();
        {
            let mut st = tx.prepare(
                "SELECT a.doc_id, a.outlet, e.idx, e.type, e.mode, e.source, e.target, e.place, e.date_from, e.date_to, e.status, e.ev_start, e.ev_end, e.ev_text
                 FROM event_mentions e JOIN articles a ON a.seq = e.seq",
            )?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let df: Option<String> = r.get(8)?;
                let dt: Option<String> = r.get(9)?;
                mentions.push(StoredMention {
                    doc_id: r.get(0)?,
                    outlet: r.get(1)?,
                    idx: r.get::<_, i64>(2)? as usize,
                    kind: r.get(3)?,
                    mode: r.get(4)?,
                    source: serde_json::from_str(&r.get::<_, String>(5)?).unwrap_or_default(),
                    target: serde_json::from_str(&r.get::<_, String>(6)?).unwrap_or_default(),
                    place: r.get(7)?,
                    days: df.zip(dt),
                    status: r.get(10)?,
                    evidence: TextSpan { start: r.get::<_, i64>(11)? as usize, end: r.get::<_, i64>(12)? as usize, text: r.get(13)? },
                });
            }
        }
        let cluster = {
            let mut docs: Vec<(String, Vec<u64>)> = Vec::new();
            let mut seqs: Vec<i64> = Vec::new();
            let mut st = tx.prepare("SELECT a.seq, a.doc_id, b.band FROM articles a LEFT JOIN bands b ON b.seq = a.seq ORDER BY a.seq")?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let seq: i64 = r.get(0)?;
                if seqs.last() != Some(&seq) {
                    seqs.push(seq);
                    docs.push((r.get(1)?, Vec::new()));
                }
                if let Some(b) = r.get::<_, Option<i64>>(2)? {
                    docs.last_mut().expect("pushed").1.push(b as u64);
                }
            }
            let mut get = tx.prepare("SELECT text, record_json FROM articles WHERE seq = ?1")?;
            let names = shared::clusters(&docs, |i| {
                let (text, json): (String, String) = get.query_row([seqs[i]], |r| Ok((r.get(0)?, r.get(1)?))).ok()?;
                let v: serde_json::Value = serde_json::from_str(&json).ok()?;
                let (s, e) = (v["body"]["start"].as_u64()? as usize, v["body"]["end"].as_u64()? as usize);
                Some(shared::body_of(&text, s, e).to_string())
            });
            docs.into_iter().map(|d| d.0).zip(names).collect::<FxHashMap<String, String>>()
        };
        let merged = shared::merge_stored(mentions, &cluster);
        tx.execute("DELETE FROM events", [])?;
        tx.execute("DELETE FROM event_actors", [])?;
        {
            let mut ins = tx.prepare("INSERT OR REPLACE INTO events(event_id, type, place, date_from, date_to, n_sources, json) VALUES (?1,?2,?3,?4,?5,?6,?7)")?;
            let mut act = tx.prepare("INSERT OR IGNORE INTO event_actors(event_id, actor) VALUES (?1, ?2)")?;
            for ev in &merged {
                let (df, dt) = days(ev.date.as_ref());
                let json = serde_json::to_string(ev).map_err(|e| Error::Corrupt(e.to_string()))?;
                ins.execute(params![ev.event_id, ev.kind, ev.place, df, dt, ev.n_sources as i64, json])?;
                for a in ev.source.iter().chain(&ev.target) {
                    act.execute(params![ev.event_id, a])?;
                }
            }
        }
        let g = Self::meta_get(&tx, "generation")?.unwrap_or_default();
        tx.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('merged_generation', ?1)", [g])?;
        tx.commit()?;
        Ok(())
    }

    /// The names events use for an actor given by a user: its English and
    /// Persian names in the store and the knowledge base, by any spelling,
    /// alias or id; for a country, also its people and organizations in the
    /// knowledge base.
    pub fn resolve(&self, given: &str) -> Result<Vec<String>> {
        let key = name_key(given);
        let mut out: Vec<String> = Vec::new();
        if key.is_empty() {
            return Ok(out);
        }
        let conn = self.conn();
        let mut st = conn.prepare_cached("SELECT name, name_fa FROM entities WHERE key = ?1 OR key_name = ?2 OR key_fa = ?2 OR kb_id = ?1")?;
        let mut rows = st.query(params![given.trim(), key])?;
        while let Some(r) = rows.next()? {
            out.push(r.get(0)?);
            out.push(r.get(1)?);
        }
        out.extend(shared::kb_names(self.kb, given));
        if out.is_empty() {
            out.push(given.trim().to_string());
        }
        out.sort();
        out.dedup();
        Ok(out)
    }

    fn put_one(&self, tx: &rusqlite::Transaction<'_>, item: &Ingested, replace: bool, report: &mut PutReport) -> Result<Option<i64>> {
        let a = &item.article;
        let r = &item.record;
        let json = serde_json::to_string(r).map_err(|e| Error::Corrupt(e.to_string()))?;
        let (pf, pt) = days(r.published.as_ref());
        let existing: Option<(i64, String)> =
            tx.query_row("SELECT seq, record_json FROM articles WHERE doc_id = ?1", [&r.doc_id], |row| Ok((row.get(0)?, row.get(1)?))).optional()?;
        let seq = match existing {
            Some((seq, old)) => {
                if !replace {
                    report.duplicates += 1;
                    return Ok(None);
                }
                let old_events = serde_json::from_str::<serde_json::Value>(&old).ok().and_then(|v| v["events"].as_array().map(Vec::len)).unwrap_or(0);
                report.events_before += old_events;
                report.events_after += r.events.len();
                if shared::same_record(&old, &json) {
                    report.unchanged += 1;
                } else {
                    report.changed += 1;
                }
                tx.execute(
                    "UPDATE articles SET title=?2, outlet=?3, published_from=?4, published_to=?5, record_json=?6, rasad_version=?7, kb_version=?8 WHERE seq=?1",
                    params![seq, r.title, r.outlet, pf, pt, json, r.rasad_version, r.kb_version],
                )?;
                for t in ["mentions", "event_mentions", "quotes"] {
                    tx.execute(&format!("DELETE FROM {t} WHERE seq = ?1"), [seq])?;
                }
                seq
            }
            None => {
                tx.execute(
                    "INSERT INTO articles(doc_id, path, record_no, url, format, container_title, container_published, text, title, outlet, published_from, published_to, record_json, rasad_version, kb_version)
                     VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)",
                    params![
                        r.doc_id, a.path, a.record.map(|n| n as i64), a.url, a.format.map(Format::name), a.title, a.published, a.text, r.title, r.outlet, pf, pt, json,
                        r.rasad_version, r.kb_version
                    ],
                )?;
                let seq = tx.last_insert_rowid();
                let mut ins = tx.prepare_cached("INSERT OR IGNORE INTO bands(band, seq) VALUES (?1, ?2)")?;
                for k in shared::article_bands(&a.text, r) {
                    ins.execute(params![k as i64, seq])?;
                }
                report.stored += 1;
                seq
            }
        };
        {
            let mut ent = tx.prepare_cached(
                "INSERT INTO entities(key, name, name_fa, type, kb_id, key_name, key_fa) VALUES (?1,?2,?3,?4,?5,?6,?7)
                 ON CONFLICT(key) DO UPDATE SET name=excluded.name, name_fa=excluded.name_fa, type=excluded.type",
            )?;
            let mut men = tx.prepare_cached("INSERT INTO mentions(seq, entity, start, end, text) VALUES (?1,?2,?3,?4,?5)")?;
            for e in &r.entities {
                let key = e.kb_id.clone().unwrap_or_else(|| format!("fa:{}", e.name_fa));
                ent.execute(params![key, e.name, e.name_fa, e.kind, e.kb_id, name_key(&e.name), name_key(&e.name_fa)])?;
                for m in &e.mentions {
                    men.execute(params![seq, key, m.start as i64, m.end as i64, m.text])?;
                }
            }
            let mut ev = tx.prepare_cached(
                "INSERT INTO event_mentions(seq, idx, type, mode, source, target, place, date_from, date_to, status, ev_start, ev_end, ev_text, confidence)
                 VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)",
            )?;
            for (i, e) in r.events.iter().enumerate() {
                let (df, dt) = days(e.date.as_ref());
                ev.execute(params![
                    seq,
                    i as i64,
                    e.kind,
                    e.mode,
                    serde_json::to_string(&e.source).unwrap_or_default(),
                    serde_json::to_string(&e.target).unwrap_or_default(),
                    e.place,
                    df,
                    dt,
                    e.status,
                    e.evidence.start as i64,
                    e.evidence.end as i64,
                    e.evidence.text,
                    e.confidence
                ])?;
            }
            let mut q = tx.prepare_cached("INSERT INTO quotes(seq, speaker, text, start, end) VALUES (?1,?2,?3,?4,?5)")?;
            for x in &r.quotes {
                q.execute(params![seq, x.speaker, x.text, x.start as i64, x.end as i64])?;
            }
        }
        Ok(Some(seq))
    }

    fn events_query(&self, filter: &EventFilter, order: &str, paging: Paging) -> Result<Page<MergedEvent>> {
        let mut sql = String::from(" FROM events e WHERE 1=1");
        let mut vals: Vec<SqlValue> = Vec::new();
        for actor in &filter.actors {
            let names = self.resolve(actor)?;
            sql.push_str(" AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.event_id AND x.actor IN (");
            push_in(&mut sql, &mut vals, names);
            sql.push_str("))");
        }
        if let Some(t) = &filter.kind {
            sql.push_str(" AND e.type = ?");
            vals.push(SqlValue::Text(t.trim().to_ascii_uppercase()));
        }
        if let Some(p) = &filter.place {
            let names = self.resolve(p)?;
            sql.push_str(" AND e.place IN (");
            push_in(&mut sql, &mut vals, names);
            sql.push(')');
        }
        if let Some(f) = &filter.from {
            sql.push_str(" AND e.date_to >= ?");
            vals.push(SqlValue::Text(f.clone()));
        }
        if let Some(t) = &filter.to {
            sql.push_str(" AND e.date_from <= ?");
            vals.push(SqlValue::Text(t.clone()));
        }
        let conn = self.conn();
        let total: i64 = conn.query_row(&format!("SELECT COUNT(*){sql}"), rusqlite::params_from_iter(vals.iter()), |r| r.get(0))?;
        let mut st = conn.prepare(&format!("SELECT e.json{sql} ORDER BY {order} LIMIT {} OFFSET {}", paging.limit, paging.offset))?;
        let results = st
            .query_map(rusqlite::params_from_iter(vals.iter()), |r| r.get::<_, String>(0))?
            .map(|j| serde_json::from_str::<MergedEvent>(&j?).map_err(|e| Error::Corrupt(format!("a stored event does not read back: {e}"))))
            .collect::<Result<Vec<_>>>()?;
        Ok(Page { total: total as usize, results })
    }
}

fn push_in(sql: &mut String, vals: &mut Vec<SqlValue>, names: Vec<String>) {
    for (i, n) in names.into_iter().enumerate() {
        if i > 0 {
            sql.push(',');
        }
        sql.push('?');
        vals.push(SqlValue::Text(n));
    }
}

/// Creates or migrates the schema; returns whether the index stems (fixed
/// at creation).
fn migrate(conn: &Connection, stem: bool) -> Result<bool> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(Error::Corrupt(format!(
            "this store has schema version {version}, newer than this rasad knows ({SCHEMA_VERSION}); use a newer rasad, or another --store"
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let batch = format!("BEGIN; {sql}; PRAGMA user_version = {}; COMMIT;", i + 1);
        conn.execute_batch(&batch)?;
        if i == 0 {
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('stem', ?1)", [if stem { "1" } else { "0" }])?;
        }
    }
    let s: Option<String> = conn.query_row("SELECT value FROM meta WHERE key = 'stem'", [], |r| r.get(0)).optional()?;
    Ok(s.as_deref() != Some("0"))
}

impl Store for Embedded {
    fn doc_ids(&self) -> Result<FxHashSet<String>> {
        let conn = self.conn();
        let mut st = conn.prepare("SELECT doc_id FROM articles")?;
        let ids = st.query_map([], |r| r.get::<_, String>(0))?.collect::<std::result::Result<FxHashSet<_>, _>>()?;
        Ok(ids)
    }

    fn put(&self, batch: &[Ingested], replace: bool) -> Result<PutReport> {
        let mut report = PutReport::default();
        let mut added: Vec<(i64, &Ingested)> = Vec::new();
        {
            let mut conn = self.conn();
            let tx = conn.transaction()?;
            for item in batch {
                let before = report.stored;
                if let Some(seq) = self.put_one(&tx, item, replace, &mut report)? {
                    if report.stored > before {
                        added.push((seq, item));
                    }
                }
            }
            if report.stored + report.changed + report.unchanged > 0 {
                tx.execute(
                    "INSERT INTO meta(key, value) VALUES ('generation', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
                    [],
                )?;
            }
            tx.commit()?;
        }
        if !added.is_empty() {
            let commit = self.with_writer(|w, f| {
                for (seq, item) in &added {
                    let title = item.record.title.clone().unwrap_or_default();
                    w.writer.add_document(doc!(f.seq => *seq as u64, f.doc_id => item.record.doc_id.clone(), f.title => title, f.body => item.article.text.clone()))?;
                    w.last_seq = *seq;
                    w.pending += 1;
                }
                Ok(w.pending >= COMMIT_EVERY)
            })?;
            if commit {
                self.commit_index()?;
            }
        }
        Ok(report)
    }

    fn finish(&self) -> Result<()> {
        self.commit_index()?;
        if self.generation_behind()? {
            self.merge_events()?;
        }
        Ok(())
    }

    fn for_each_article(&self, f: &mut dyn FnMut(Article) -> Result<()>) -> Result<()> {
        // Read in slices by seq, so no statement stays open while `f` runs
        // (it may write to this store).
        let mut after = 0i64;
        loop {
            let batch: Vec<(i64, Article)> = {
                let conn = self.conn();
                let mut st = conn.prepare_cached(
                    "SELECT seq, path, record_no, url, format, container_title, container_published, text FROM articles WHERE seq > ?1 ORDER BY seq LIMIT 256",
                )?;
                let rows = st.query_map([after], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        Article {
                            path: r.get(1)?,
                            record: r.get::<_, Option<i64>>(2)?.map(|n| n as usize),
                            url: r.get(3)?,
                            format: r.get::<_, Option<String>>(4)?.as_deref().and_then(Format::from_name),
                            title: r.get(5)?,
                            published: r.get(6)?,
                            text: r.get(7)?,
                        },
                    ))
                })?;
                rows.collect::<std::result::Result<Vec<_>, _>>()?
            };
            if batch.is_empty() {
                return Ok(());
            }
            for (seq, a) in batch {
                after = seq;
                f(a)?;
            }
        }
    }

    fn article(&self, doc_id: &str) -> Result<Option<StoredArticle>> {
        let conn = self.conn();
        let row: Option<(String, String)> =
            conn.query_row("SELECT record_json, text FROM articles WHERE doc_id = ?1", [doc_id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
        match row {
            None => Ok(None),
            Some((json, text)) => {
                let record = serde_json::from_str(&json).map_err(|e| Error::Corrupt(format!("the record of {doc_id} does not read back: {e}")))?;
                Ok(Some(StoredArticle { record, text }))
            }
        }
    }

    fn search(&self, query: &str, paging: Paging) -> Result<Page<SearchHit>> {
        let terms: FxHashSet<String> = crate::analyzer::terms(query, self.stem).into_iter().collect();
        if terms.is_empty() {
            return Ok(Page { total: 0, results: Vec::new() });
        }
        let searcher = self.reader.searcher();
        let mut qp = QueryParser::for_index(&self.index, vec![self.fields.title, self.fields.body]);
        qp.set_conjunction_by_default();
        qp.set_field_boost(self.fields.title, 2.0);
        let (q, _) = qp.parse_query_lenient(query);
        let (top, total) = searcher.search(&q, &(TopDocs::with_limit(paging.limit.max(1)).and_offset(paging.offset).order_by_score(), Count))?;
        let mut results = Vec::new();
        let conn = self.conn();
        let mut st = conn.prepare_cached("SELECT title, outlet, published_from, published_to, text FROM articles WHERE doc_id = ?1")?;
        for (score, addr) in top.into_iter().take(paging.limit) {
            let d: TantivyDocument = searcher.doc(addr)?;
            let Some(doc_id) = d.get_first(self.fields.doc_id).and_then(|v| v.as_str()).map(str::to_string) else { continue };
            let row: Option<(Option<String>, Option<String>, Option<String>, Option<String>, String)> =
                st.query_row([&doc_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))).optional()?;
            let Some((title, outlet, pf, pt, text)) = row else { continue };
            results.push(SearchHit {
                doc_id,
                title,
                outlet,
                published: pf.zip(pt).map(|(f, t)| DateValue::from_days(f, t)),
                snippet: snippet(&text, &terms, self.stem, 200),
                score,
            });
        }
        Ok(Page { total, results })
    }

    fn events(&self, filter: &EventFilter, paging: Paging) -> Result<Page<MergedEvent>> {
        self.events_query(filter, "e.date_to IS NULL, e.date_to DESC, e.n_sources DESC, e.event_id", paging)
    }

    fn timeline(&self, actors: &[String], paging: Paging) -> Result<Page<MergedEvent>> {
        if actors.is_empty() {
            return Err(Error::BadRequest("name an actor (actor=…), or two for the events between them".into()));
        }
        let filter = EventFilter { actors: actors.to_vec(), ..EventFilter::default() };
        self.events_query(&filter, "e.date_from IS NULL, e.date_from, e.date_to, e.event_id", paging)
    }

    fn entity(&self, name: &str) -> Result<Option<EntityView>> {
        let key = name_key(name);
        let row: Option<(String, String, String, String, Option<String>)> = {
            let conn = self.conn();
            conn.query_row(
                "SELECT key, name, name_fa, type, kb_id FROM entities WHERE key = ?1 OR kb_id = ?1 OR key_name = ?2 OR key_fa = ?2 LIMIT 1",
                params![name.trim(), key],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?
        };
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
        let roles: Vec<Role> = kb_entry.map(|e| shared::roles(self.kb, e)).unwrap_or_default();
        let names = [ename.clone(), ename_fa.clone()];
        let mut counts = Counts::default();
        let quotes: Vec<QuoteView> = {
            let conn = self.conn();
            let (a, m): (i64, i64) =
                conn.query_row("SELECT COUNT(DISTINCT seq), COUNT(*) FROM mentions WHERE entity = ?1", [&ekey], |r| Ok((r.get(0)?, r.get(1)?)))?;
            counts.articles = a as usize;
            counts.mentions = m as usize;
            counts.events = conn.query_row("SELECT COUNT(DISTINCT event_id) FROM event_actors WHERE actor IN (?1, ?2)", params![names[0], names[1]], |r| {
                r.get::<_, i64>(0)
            })? as usize;
            counts.quotes =
                conn.query_row("SELECT COUNT(*) FROM quotes WHERE speaker IN (?1, ?2)", params![names[0], names[1]], |r| r.get::<_, i64>(0))? as usize;
            let mut st = conn.prepare(
                "SELECT a.doc_id, a.published_to, q.speaker, q.text, q.start, q.end FROM quotes q JOIN articles a ON a.seq = q.seq
                 WHERE q.speaker IN (?1, ?2) ORDER BY a.published_to IS NULL, a.published_to DESC, a.doc_id DESC, q.start LIMIT 10",
            )?;
            let rows = st.query_map(params![names[0], names[1]], |r| {
                Ok(QuoteView {
                    doc_id: r.get(0)?,
                    published: r.get(1)?,
                    speaker: r.get(2)?,
                    text: r.get(3)?,
                    start: r.get::<_, i64>(4)? as usize,
                    end: r.get::<_, i64>(5)? as usize,
                })
            })?;
            rows.collect::<std::result::Result<Vec<_>, _>>()?
        };
        let events = self.events(&EventFilter { actors: vec![ekb.clone().unwrap_or_else(|| ename.clone())], ..Default::default() }, Paging { limit: 10, offset: 0 })?;
        Ok(Some(EntityView {
            name: ename,
            name_fa: ename_fa,
            kind: ekind,
            kb_id: ekb,
            aliases: kb_entry.map(|e| e.aliases.clone()).unwrap_or_default(),
            country: kb_entry.and_then(|e| e.country.clone()),
            wikidata: kb_entry.and_then(|e| e.wikidata.clone()),
            roles,
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
        let conn = self.conn();
        let mut st = conn.prepare_cached("SELECT name_fa, type FROM entities WHERE name = ?1 OR name_fa = ?1 LIMIT 1")?;
        Ok(shared::graph_of(&page.results, |id| st.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).ok()))
    }

    fn stats(&self) -> Result<Stats> {
        let conn = self.conn();
        let count = |t: &str| -> Result<usize> { Ok(conn.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get::<_, i64>(0))? as usize) };
        let range = |sql: &str| -> Result<Option<DateValue>> {
            let (a, b): (Option<String>, Option<String>) = conn.query_row(sql, [], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(a.zip(b).map(|(a, b)| DateValue::from_days(a, b)))
        };
        Ok(Stats {
            articles: count("articles")?,
            events: count("events")?,
            event_mentions: count("event_mentions")?,
            entities: conn.query_row("SELECT COUNT(DISTINCT entity) FROM mentions", [], |r| r.get::<_, i64>(0))? as usize,
            quotes: count("quotes")?,
            published: range("SELECT MIN(published_from), MAX(published_to) FROM articles")?,
            event_dates: range("SELECT MIN(date_from), MAX(date_to) FROM events")?,
        })
    }

    fn check(&self) -> Result<CheckReport> {
        let mut report = CheckReport::default();
        let conn = self.conn();
        let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if ok != "ok" {
            report.problems.push(format!("the database fails SQLite's integrity check: {ok}"));
        }
        let mut ids: FxHashMap<String, i64> = FxHashMap::default();
        let mut max_seq = 0;
        {
            let mut st = conn.prepare("SELECT seq, doc_id, text, record_json FROM articles ORDER BY seq")?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let (seq, id, text, json): (i64, String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
                max_seq = seq;
                ids.insert(id.clone(), seq);
                match serde_json::from_str::<serde_json::Value>(&json) {
                    Err(e) => report.problems.push(format!("article {id}: its record is not JSON ({e})")),
                    Ok(v) => {
                        if v["doc_id"].as_str() != Some(id.as_str()) {
                            report.problems.push(format!("article {id}: its record names another id"));
                        }
                        let chars: Vec<char> = text.chars().collect();
                        let sub = |s: &serde_json::Value, e: &serde_json::Value| -> Option<String> {
                            let (s, e) = (s.as_u64()? as usize, e.as_u64()? as usize);
                            (s <= e && e <= chars.len()).then(|| chars[s..e].iter().collect())
                        };
                        for ev in v["events"].as_array().into_iter().flatten() {
                            let evd = &ev["evidence"];
                            if sub(&evd["start"], &evd["end"]).as_deref() != evd["text"].as_str() {
                                report.problems.push(format!("article {id}: an event's evidence is not the text at its offsets"));
                            }
                        }
                        for en in v["entities"].as_array().into_iter().flatten() {
                            for m in en["mentions"].as_array().into_iter().flatten() {
                                if sub(&m["start"], &m["end"]).as_deref() != m["text"].as_str() {
                                    report.problems.push(format!("article {id}: a mention is not the text at its offsets"));
                                }
                            }
                        }
                    }
                }
            }
        }
        report.articles = ids.len();
        for t in ["mentions", "event_mentions", "quotes", "bands"] {
            let n: i64 = conn.query_row(&format!("SELECT COUNT(*) FROM {t} WHERE seq NOT IN (SELECT seq FROM articles)"), [], |r| r.get(0))?;
            if n > 0 {
                report.problems.push(format!("{n} rows of {t} belong to no article"));
            }
        }
        let g = Self::meta_get(&conn, "generation")?;
        let m = Self::meta_get(&conn, "merged_generation")?;
        if g != m {
            report.problems.push("the merged events are older than the articles: run `rasad ingest` (or any command that opens the store for writing) again".into());
        }
        drop(conn);
        self.reader.reload()?;
        let searcher = self.reader.searcher();
        let docs = searcher.search(&AllQuery, &DocSetCollector)?;
        report.indexed = docs.len();
        let mut seen: FxHashSet<String> = FxHashSet::default();
        for addr in docs {
            let d: TantivyDocument = searcher.doc(addr)?;
            let id = d.get_first(self.fields.doc_id).and_then(|v| v.as_str()).unwrap_or_default().to_string();
            let seq = d.get_first(self.fields.seq).and_then(|v| v.as_u64()).unwrap_or(0) as i64;
            if ids.get(&id) != Some(&seq) {
                report.problems.push(format!("the index holds {id} (seq {seq}), which the database does not"));
            }
            if !seen.insert(id.clone()) {
                report.problems.push(format!("the index holds {id} twice"));
            }
        }
        if seen.len() != ids.len() {
            report.problems.push(format!("the index holds {} of the {} articles", seen.len(), ids.len()));
        }
        let indexed = self.indexed_seq()?;
        if indexed != max_seq {
            report.problems.push(format!("the index was last committed at article {indexed}, the database holds {max_seq}"));
        }
        // Lookups by id work.
        if let Some((id, _)) = ids.iter().next() {
            let term = Term::from_field_text(self.fields.doc_id, id);
            let n = searcher.search(&tantivy::query::TermQuery::new(term, IndexRecordOption::Basic), &Count)?;
            if n != 1 {
                report.problems.push(format!("looking up {id} in the index finds {n} documents"));
            }
        }
        Ok(report)
    }
}

