//! `rasad dedup`: clusters of near-duplicate articles (reposts of one story).

use crate::extract_cmd::{for_each_article, InputFormat};
use anyhow::Result;
use rasad_ingest::dedup::{DedupSettings, Deduper};
use rasad_ingest::{meta, Outlets};
use std::io::{BufWriter, Write};

#[derive(serde::Serialize)]
struct Member {
    doc_id: String,
    path: Option<String>,
    record: Option<usize>,
    url: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
}

#[derive(serde::Serialize)]
struct Cluster {
    cluster: usize,
    size: usize,
    members: Vec<Member>,
}

pub fn run(inputs: Vec<String>, input_format: InputFormat, settings: DedupSettings) -> Result<()> {
    let outlets = Outlets::builtin();
    let mut d = Deduper::new(settings);
    let mut members = Vec::new();
    let (n, errors) = for_each_article(&inputs, input_format, |a| {
        let m = meta::extract(&a, outlets);
        // The body only: boilerplate differs between reposts.
        d.add(&a.text[m.body.start..m.body.end]);
        members.push(Member {
            doc_id: rasad_extract::doc_id(&a),
            path: a.path.clone(),
            record: a.record,
            url: a.url.clone(),
            outlet: m.outlet.map(|o| outlets.get(o).name.clone()).or(m.outlet_unknown),
            title: m.title,
        });
        Ok(())
    })?;
    let clusters = d.clusters();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut reposts = 0;
    let mut slots: Vec<Option<Member>> = members.into_iter().map(Some).collect();
    for (k, c) in clusters.iter().enumerate() {
        reposts += c.len() - 1;
        let ms = c.iter().filter_map(|&i| slots[i].take()).collect();
        serde_json::to_writer(&mut out, &Cluster { cluster: k + 1, size: c.len(), members: ms })?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    eprintln!("rasad dedup: {n} articles, {} clusters of near-duplicates, {reposts} reposts{}", clusters.len(), if errors > 0 { format!(", {errors} inputs skipped") } else { String::new() });
    Ok(())
}
