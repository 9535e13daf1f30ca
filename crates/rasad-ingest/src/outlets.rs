//! The outlets rasad knows: who publishes Persian news, under which hosts
//! and names. Loaded from `data/outlets/outlets.tsv`.

use rasad_text::key::push_key;
use rustc_hash::FxHashMap;

/// Index of an outlet in an [`Outlets`] table.
pub type OutletId = usize;

/// One outlet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outlet {
    /// Short stable id (`fars`).
    pub id: String,
    /// English name (`Fars News Agency`).
    pub name: String,
    /// agency, site, paper, broadcaster or foreign.
    pub kind: String,
    /// Hosts, or host plus path prefix (`bbc.com/persian`).
    pub hosts: Vec<String>,
    /// Persian names as written.
    pub names_fa: Vec<String>,
    /// How the outlet's story ids encode the publication day, if they do.
    pub url_date: UrlDate,
}

/// How an outlet's story ids in its URLs encode the publication day
/// (outlets.tsv, sixth column).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum UrlDate {
    /// They do not (`-`, or no sixth column).
    #[default]
    None,
    /// `jalali-id`: a Solar Hijri day opens the id (Fars: `14000424000048`
    /// is 1400-04-24; older ten-digit `8404140337` is 1384-04-14).
    JalaliId,
    /// `gregorian-id`: a Gregorian day opens the id (`202507035819` is
    /// 2025-07-03).
    GregorianId,
}

/// Error in the outlets file.
#[derive(Debug, thiserror::Error)]
#[error("outlets file, line {line}: {message}")]
pub struct OutletsError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// The outlet table with its look-ups.
#[derive(Clone, Debug)]
pub struct Outlets {
    list: Vec<Outlet>,
    by_host: FxHashMap<String, OutletId>,
    /// Keys of Persian names (words concatenated); value: the outlet, or
    /// `None` for a key that only begins a longer name.
    by_key: FxHashMap<Vec<u8>, Option<OutletId>>,
    max_words: usize,
}

impl Outlets {
    /// The table bundled with rasad.
    pub fn builtin() -> &'static Outlets {
        static O: std::sync::OnceLock<Outlets> = std::sync::OnceLock::new();
        O.get_or_init(|| Outlets::parse(include_str!("../../../data/outlets/outlets.tsv")).expect("the bundled outlets parse"))
    }

    /// Reads an outlets file (see the bundled one for its columns).
    pub fn parse(text: &str) -> Result<Outlets, OutletsError> {
        let mut o = Outlets { list: Vec::new(), by_host: FxHashMap::default(), by_key: FxHashMap::default(), max_words: 1 };
        for (line_no, line) in rasad_text::datafile::records(text) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 5 && f.len() != 6 {
                return Err(OutletsError { line: line_no, message: format!("expected 5 or 6 tab-separated columns, found {}", f.len()) });
            }
            let url_date = match f.get(5).map_or("", |d| d.trim()) {
                "" | "-" => UrlDate::None,
                "jalali-id" => UrlDate::JalaliId,
                "gregorian-id" => UrlDate::GregorianId,
                other => return Err(OutletsError { line: line_no, message: format!("unknown URL date form {other:?}: use jalali-id, gregorian-id or -") }),
            };
            let id = o.list.len();
            let outlet = Outlet {
                id: f[0].to_string(),
                name: f[1].to_string(),
                kind: f[2].to_string(),
                hosts: f[3].split(',').map(|h| h.trim().to_ascii_lowercase()).filter(|h| !h.is_empty()).collect(),
                names_fa: f[4].split('|').map(str::trim).filter(|n| !n.is_empty()).map(String::from).collect(),
                url_date,
            };
            for h in &outlet.hosts {
                if let Some(prev) = o.by_host.insert(h.clone(), id) {
                    return Err(OutletsError { line: line_no, message: format!("host {h} also belongs to {}", o.list[prev].id) });
                }
            }
            for n in &outlet.names_fa {
                let words: Vec<&str> = n.split([' ', '\u{200C}']).filter(|w| !w.is_empty()).collect();
                o.max_words = o.max_words.max(words.len());
                let mut key = Vec::new();
                for (k, w) in words.iter().enumerate() {
                    push_key(w.as_bytes(), &mut key);
                    let last = k + 1 == words.len();
                    let e = o.by_key.entry(key.clone()).or_insert(None);
                    if last {
                        *e = Some(id);
                    }
                }
            }
            o.list.push(outlet);
        }
        Ok(o)
    }

    /// The outlet with index `id`.
    pub fn get(&self, id: OutletId) -> &Outlet {
        &self.list[id]
    }

    /// All outlets.
    pub fn all(&self) -> &[Outlet] {
        &self.list
    }

    /// The outlet publishing at `url`, by its host (any subdomain) and,
    /// for hosts shared by several outlets, its path prefix.
    pub fn by_url(&self, url: &str) -> Option<OutletId> {
        let rest = url.split_once("://").map_or(url, |(_, r)| r);
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
        let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
        let first_seg = path.split(['/', '?', '#']).next().unwrap_or("");
        let mut h = host.as_str();
        loop {
            if let Some(&id) = self.by_host.get(&format!("{h}/{first_seg}")) {
                return Some(id);
            }
            if let Some(&id) = self.by_host.get(h) {
                return Some(id);
            }
            match h.split_once('.') {
                Some((_, parent)) if parent.contains('.') => h = parent,
                _ => return None,
            }
        }
    }

    /// The longest outlet name made of the words in `words` from the
    /// first on (each word given as its match key); the outlet and how
    /// many words it takes.
    pub fn by_words<'a>(&self, words: impl IntoIterator<Item = &'a [u8]>) -> Option<(OutletId, usize)> {
        // The words run together, on the stack while they fit (nearly always).
        let mut buf = [0u8; 192];
        let mut len = 0;
        let mut spill: Vec<u8> = Vec::new();
        let mut best = None;
        for (i, w) in words.into_iter().take(self.max_words).enumerate() {
            let key: &[u8] = if spill.is_empty() && len + w.len() <= buf.len() {
                buf[len..len + w.len()].copy_from_slice(w);
                len += w.len();
                &buf[..len]
            } else {
                if spill.is_empty() {
                    spill.extend_from_slice(&buf[..len]);
                }
                spill.extend_from_slice(w);
                &spill
            };
            match self.by_key.get(key) {
                Some(Some(id)) => best = Some((*id, i + 1)),
                Some(None) => {}
                None => break,
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<Vec<u8>> {
        s.split([' ', '\u{200C}'])
            .filter(|w| !w.is_empty())
            .map(|w| {
                let mut k = Vec::new();
                push_key(w.as_bytes(), &mut k);
                k
            })
            .collect()
    }

    #[test]
    fn finds_outlets_by_host_and_by_name() {
        let o = Outlets::builtin();
        let name = |id: Option<OutletId>| id.map(|i| o.get(i).name.as_str());
        assert_eq!(name(o.by_url("https://www.farsnews.ir/news/14000424000048/x")), Some("Fars News Agency"));
        assert_eq!(name(o.by_url("http://old.mehrnews.com/fa/newsdetail.aspx?NewsID=1")), Some("Mehr News Agency"));
        assert_eq!(name(o.by_url("https://www.bbc.com/persian/articles/x")), Some("BBC Persian"));
        assert_eq!(name(o.by_url("https://www.bbc.com/news/x")), None);
        let k = keys("آران نیوز به نقل از فارس");
        assert_eq!(o.by_words(k.iter().map(|v| v.as_slice())).map(|(i, n)| (o.get(i).id.as_str(), n)), Some(("arannews", 2)));
        let k = keys("خبرگزاري فارس");
        assert_eq!(o.by_words(k.iter().map(|v| v.as_slice())).map(|(i, n)| (o.get(i).id.as_str(), n)), Some(("fars", 2)));
        let k = keys("دفاعپرس،");
        assert!(o.by_words(k.iter().map(|v| v.as_slice())).is_none(), "punctuation is the caller's to strip");
    }

    #[test]
    fn a_host_claimed_twice_is_an_error() {
        let e = Outlets::parse("a\tA\tsite\tx.ir\tالف\nb\tB\tsite\tx.ir\tب\n").unwrap_err();
        assert_eq!(e.line, 2);
    }
}
