//! Query results on the terminal: a table, CSV, JSON or JSON lines.

use anyhow::Result;
use serde_json::Value;
use std::io::Write;

/// The shape of a query's output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for reading.
    Table,
    /// One JSON document: `{"total", "results"}`.
    Json,
    /// One JSON object per result.
    Jsonl,
    /// Comma-separated values with a header line.
    Csv,
}

/// A column: its header and how to get its cell from a result.
pub struct Column {
    /// Header.
    pub name: &'static str,
    /// The cell of a result.
    pub cell: fn(&Value) -> String,
    /// Widest cell in a table, in characters.
    pub width: usize,
}

/// A JSON value as one cell: strings as they are, lists joined with `; `,
/// ranges as `from..to`, null as empty.
pub fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(cell).collect::<Vec<_>>().join("; "),
        Value::Object(o) if o.contains_key("from") => format!("{}..{}", cell(&o["from"]), cell(&o["to"])),
        other => other.to_string(),
    }
}

/// A search snippet as plain text: marks as `[…]`, entities unescaped.
pub fn plain_snippet(s: &str) -> String {
    s.replace("<mark>", "[")
        .replace("</mark>", "]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn clip(s: &str, width: usize) -> String {
    let s: String = s.chars().map(|c| if c == '\n' || c == '\t' { ' ' } else { c }).collect();
    if s.chars().count() <= width {
        s
    } else {
        let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// Writes `total` and `results` in `format`.
pub fn write(format: Format, total: usize, results: &[Value], columns: &[Column]) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({"total": total, "results": results}))?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for r in results {
                serde_json::to_writer(&mut out, r)?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(columns.iter().map(|c| c.name))?;
            for r in results {
                w.write_record(columns.iter().map(|c| (c.cell)(r)))?;
            }
            w.flush()?;
            return Ok(());
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = results.iter().map(|r| columns.iter().map(|c| clip(&(c.cell)(r), c.width)).collect()).collect();
            let widths: Vec<usize> = columns
                .iter()
                .enumerate()
                .map(|(i, c)| rows.iter().map(|r| r[i].chars().count()).chain(std::iter::once(c.name.len())).max().unwrap_or(0))
                .collect();
            let line = |cells: Vec<String>| -> String {
                let mut s = String::new();
                for (i, c) in cells.iter().enumerate() {
                    if i > 0 {
                        s.push_str("  ");
                    }
                    s.push_str(c);
                    if i + 1 < cells.len() {
                        s.extend(std::iter::repeat_n(' ', widths[i].saturating_sub(c.chars().count())));
                    }
                }
                s
            };
            writeln!(out, "{}", line(columns.iter().map(|c| c.name.to_string()).collect()))?;
            for r in rows {
                writeln!(out, "{}", line(r))?;
            }
            writeln!(out, "({} of {total})", results.len())?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The columns of merged events.
pub fn event_columns() -> Vec<Column> {
    vec![
        Column { name: "date", cell: |v| cell(&v["date"]), width: 24 },
        Column { name: "type", cell: |v| cell(&v["type"]), width: 10 },
        Column { name: "mode", cell: |v| cell(&v["mode"]), width: 12 },
        Column { name: "source", cell: |v| cell(&v["source"]), width: 30 },
        Column { name: "target", cell: |v| cell(&v["target"]), width: 30 },
        Column { name: "place", cell: |v| cell(&v["place"]), width: 16 },
        Column { name: "status", cell: |v| cell(&v["status"]), width: 10 },
        Column { name: "sources", cell: |v| cell(&v["n_sources"]), width: 7 },
        Column { name: "event_id", cell: |v| cell(&v["event_id"]), width: 16 },
    ]
}

/// The columns of search hits.
pub fn search_columns() -> Vec<Column> {
    vec![
        Column { name: "doc_id", cell: |v| cell(&v["doc_id"]), width: 16 },
        Column { name: "published", cell: |v| cell(&v["published"]), width: 22 },
        Column { name: "outlet", cell: |v| cell(&v["outlet"]), width: 20 },
        Column { name: "title", cell: |v| cell(&v["title"]), width: 50 },
        Column { name: "snippet", cell: |v| plain_snippet(&cell(&v["snippet"])), width: 90 },
    ]
}
