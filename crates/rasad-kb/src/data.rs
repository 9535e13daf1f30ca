//! The knowledge base as data: entries, offices, tenures, demonyms, and the
//! rules for ambiguous names, read from the TSV files of `data/kb/` (and a
//! user's own files, which add to or override them).

use rasad_time::calendar::from_gregorian;
use rasad_time::Day;
use rustc_hash::FxHashMap;

/// Entity types of the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Kind {
    /// A person.
    PER,
    /// An organization (including state bodies and international formats).
    ORG,
    /// A country, city, province or named region.
    GPE,
    /// A geographic location that is not a polity (seas, continents).
    LOC,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "PER" => Kind::PER,
            "ORG" => Kind::ORG,
            "GPE" => Kind::GPE,
            "LOC" => Kind::LOC,
            _ => return None,
        })
    }

    /// The record's name of the type.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::PER => "PER",
            Kind::ORG => "ORG",
            Kind::GPE => "GPE",
            Kind::LOC => "LOC",
        }
    }
}

/// One entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Stable id (`person:abbas-araghchi`, `country:ir`).
    pub id: String,
    /// Type.
    pub kind: Kind,
    /// Canonical English name (English Wikipedia title).
    pub name_en: String,
    /// Persian name.
    pub name_fa: String,
    /// Other spellings.
    pub aliases: Vec<String>,
    /// ISO country code, if any.
    pub country: Option<String>,
    /// Wikidata id, if known.
    pub wikidata: Option<String>,
    /// File and line it came from, for messages.
    pub origin: String,
}

/// A tenure: who held which office, where, when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tenure {
    /// Index of the person in [`Kb::entries`].
    pub person: usize,
    /// Office id (`foreign-minister`).
    pub office: String,
    /// Country of the office (`IR`), or empty for international offices.
    pub country: String,
    /// First day.
    pub from: Day,
    /// Last day; `None` while in office.
    pub to: Option<Day>,
    /// Where the dates come from.
    pub source: String,
    /// File and line, for messages.
    pub origin: String,
}

impl Tenure {
    /// Whether the two tenures share a day (one still running overlaps
    /// everything from its start on).
    pub fn overlaps(&self, other: &Tenure) -> bool {
        let end = |t: &Tenure| t.to.unwrap_or(Day(i32::MAX));
        self.from <= end(other) && other.from <= end(self)
    }
}

/// An office and the phrases that name its holder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Office {
    /// Id.
    pub id: String,
    /// One holder at a time per country.
    pub single: bool,
    /// Persian phrases.
    pub phrases: Vec<String>,
    /// Plural phrases, followed by several countries (`وزرای خارجه ایران و
    /// عربستان`): one holder of each.
    pub plurals: Vec<String>,
}

/// When an ambiguous alias counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Never alone.
    Never,
    /// Only before punctuation, a line end, or و/را/است.
    BeforePunct,
    /// Only after در, به, از, پایتخت, شهر.
    AfterPlaceWord,
    /// Only inside parentheses.
    InParens,
    /// Only in a list of countries, joined by «و» or a comma to another
    /// country's name (`مالی` in «غنا، گینه و مالی», not the adjective).
    InList,
    /// A one-word person name that counts alone.
    Always,
    /// A phrase that holds a name but names nothing (`جاری و ساری`, `تب
    /// کریمه کنگو`): its words are no mention, of a known name or a new one.
    NoName,
}

impl Rule {
    fn parse(s: &str) -> Option<Rule> {
        Some(match s {
            "never" => Rule::Never,
            "before-punct" => Rule::BeforePunct,
            "after-place-word" => Rule::AfterPlaceWord,
            "in-parens" => Rule::InParens,
            "in-list" => Rule::InList,
            "always" => Rule::Always,
            "no-name" => Rule::NoName,
            _ => return None,
        })
    }
}

/// A problem in the data: where and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// File and line.
    pub origin: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// The knowledge base.
#[derive(Clone, Debug, Default)]
pub struct Kb {
    /// Entries in load order.
    pub entries: Vec<Entry>,
    /// Index by id.
    pub by_id: FxHashMap<String, usize>,
    /// Tenures.
    pub tenures: Vec<Tenure>,
    /// Offices by id.
    pub offices: FxHashMap<String, Office>,
    /// Country code by demonym or country word (`آذربایجانی`, `کشورمان`).
    pub demonyms: FxHashMap<String, String>,
    /// Rules for ambiguous aliases, by alias as written.
    pub rules: FxHashMap<String, Rule>,
    /// Aliases two entries claim, and the entry that gets them (`prefer:ID`).
    pub prefer: FxHashMap<String, String>,
    /// Capital city (entry index) of each country code.
    pub capitals: FxHashMap<String, usize>,
    /// The city (entry index) where a forum always meets, by the forum's
    /// entry index (`seats.tsv`: the UN General Assembly in New York).
    pub seats: FxHashMap<usize, usize>,
    /// Persian first names.
    pub first_names: rustc_hash::FxHashSet<String>,
    /// Persian surnames.
    pub surnames: rustc_hash::FxHashSet<String>,
    /// Less common given names: they support a name only where the text
    /// confirms its surname (see the recognizer).
    pub rare_given_names: rustc_hash::FxHashSet<String>,
    /// Words around names: (kind, phrase).
    pub person_words: Vec<(String, String)>,
    /// Problems met while loading (bad lines, duplicate ids).
    pub problems: Vec<Problem>,
    /// The version of the data: a hash of every file's name and contents,
    /// so records can tell which knowledge they were made with.
    pub version: String,
}

/// The bundled data files, by name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("../../../data/kb/countries.tsv")),
    ("country-aliases.tsv", include_str!("../../../data/kb/country-aliases.tsv")),
    ("cities.tsv", include_str!("../../../data/kb/cities.tsv")),
    ("place-aliases.tsv", include_str!("../../../data/kb/place-aliases.tsv")),
    ("places.tsv", include_str!("../../../data/kb/places.tsv")),
    ("orgs.tsv", include_str!("../../../data/kb/orgs.tsv")),
    ("people.tsv", include_str!("../../../data/kb/people.tsv")),
    ("offices.tsv", include_str!("../../../data/kb/offices.tsv")),
    ("roles.tsv", include_str!("../../../data/kb/roles.tsv")),
    ("demonyms.tsv", include_str!("../../../data/kb/demonyms.tsv")),
    ("ambiguous.tsv", include_str!("../../../data/kb/ambiguous.tsv")),
    ("capitals.tsv", include_str!("../../../data/kb/capitals.tsv")),
    ("seats.tsv", include_str!("../../../data/kb/seats.tsv")),
    ("first-names.txt", include_str!("../../../data/kb/first-names.txt")),
    ("foreign-first-names.txt", include_str!("../../../data/kb/foreign-first-names.txt")),
    ("surnames.txt", include_str!("../../../data/kb/surnames.txt")),
    ("rare-given-names.txt", include_str!("../../../data/kb/rare-given-names.txt")),
    ("person-words.tsv", include_str!("../../../data/kb/person-words.tsv")),
];

fn parse_day(s: &str) -> Option<Day> {
    let p: Vec<&str> = s.split('-').collect();
    if p.len() != 3 {
        return None;
    }
    from_gregorian(p[0].parse().ok()?, p[1].parse().ok()?, p[2].parse().ok()?)
}

/// Which kind of file a name is: by its name (users' files follow the same
/// names, or end in `-entities.tsv`, `-roles.tsv`, …).
fn file_kind(name: &str) -> &'static str {
    let n = name.rsplit('/').next().unwrap_or(name);
    let ends = |s: &str| n == s || n.ends_with(&format!("-{s}"));
    if ends("roles.tsv") {
        "roles"
    } else if ends("offices.tsv") {
        "offices"
    } else if ends("demonyms.tsv") {
        "demonyms"
    } else if ends("ambiguous.tsv") {
        "ambiguous"
    } else if ends("country-aliases.tsv") || ends("aliases.tsv") {
        "aliases"
    } else if ends("capitals.tsv") {
        "capitals"
    } else if ends("seats.tsv") {
        "seats"
    } else if ends("first-names.txt") {
        "first-names"
    } else if ends("surnames.txt") {
        "surnames"
    } else if ends("rare-given-names.txt") {
        "rare-given-names"
    } else if ends("person-words.tsv") {
        "person-words"
    } else {
        "entries"
    }
}

impl Kb {
    /// The bundled knowledge base.
    pub fn builtin() -> &'static Kb {
        static KB: std::sync::OnceLock<Kb> = std::sync::OnceLock::new();
        KB.get_or_init(|| Kb::load(BUILTIN.iter().map(|(n, t)| (n.to_string(), t.to_string()))))
    }

    /// Loads files given as (name, contents), in order: entries first, then
    /// tenures (which name people by id). A later entry with an id already
    /// loaded replaces it (a user's file overrides the bundled one).
    pub fn load(files: impl IntoIterator<Item = (String, String)>) -> Kb {
        let mut files: Vec<(String, String)> = files.into_iter().collect();
        // Entries before the files that refer to them.
        files.sort_by_key(|(n, _)| match file_kind(n) {
            "entries" => 0,
            "aliases" => 1,
            _ => 2,
        });
        let mut kb = Kb::default();
        let mut h = Vec::new();
        for (name, text) in &files {
            h.extend_from_slice(name.rsplit('/').next().unwrap_or(name).as_bytes());
            h.push(0);
            h.extend_from_slice(text.as_bytes());
            h.push(0);
        }
        kb.version = format!("{:016x}", rasad_text::hash::fnv1a(&h));
        for (name, text) in &files {
            let kind = file_kind(name);
            for (line_no, line) in rasad_text::datafile::records(text) {
                let origin = format!("{name}:{line_no}");
                let f: Vec<&str> = line.split('\t').collect();
                let bad = |kb: &mut Kb, m: String| kb.problems.push(Problem { origin: origin.clone(), message: m });
                match kind {
                    "entries" => {
                        if f.len() < 5 {
                            bad(&mut kb, format!("expected id, type, name_en, name_fa, aliases[, country, wikidata]; found {} columns", f.len()));
                            continue;
                        }
                        let Some(k) = Kind::parse(f[1]) else {
                            bad(&mut kb, format!("unknown type {:?}: use PER, ORG, GPE or LOC", f[1]));
                            continue;
                        };
                        let e = Entry {
                            id: f[0].to_string(),
                            kind: k,
                            name_en: f[2].to_string(),
                            name_fa: f[3].to_string(),
                            aliases: f[4].split('|').map(str::trim).filter(|a| !a.is_empty()).map(String::from).collect(),
                            country: f.get(5).map(|c| c.trim()).filter(|c| !c.is_empty()).map(String::from),
                            wikidata: f.get(6).map(|c| c.trim()).filter(|c| !c.is_empty()).map(String::from),
                            origin: origin.clone(),
                        };
                        if let Some(&at) = kb.by_id.get(&e.id) {
                            // The same id twice in one file is a mistake; in a later file, an override.
                            let prev_file = kb.entries[at].origin.rsplit_once(':').map(|(f, _)| f.to_string()).unwrap_or_default();
                            if prev_file == *name {
                                let m = format!("duplicate id {} (first at {})", e.id, kb.entries[at].origin);
                                bad(&mut kb, m);
                                continue;
                            }
                            kb.entries[at] = e;
                        } else {
                            kb.by_id.insert(e.id.clone(), kb.entries.len());
                            kb.entries.push(e);
                        }
                    }
                    "aliases" => {
                        if f.len() < 2 {
                            bad(&mut kb, "expected id <TAB> aliases".into());
                            continue;
                        }
                        match kb.by_id.get(f[0]) {
                            Some(&at) => {
                                for a in f[1].split('|').map(str::trim).filter(|a| !a.is_empty()) {
                                    if !kb.entries[at].aliases.iter().any(|x| x == a) && kb.entries[at].name_fa != a {
                                        kb.entries[at].aliases.push(a.to_string());
                                    }
                                }
                            }
                            None => bad(&mut kb, format!("unknown id {}", f[0])),
                        }
                    }
                    "roles" => {
                        if f.len() < 5 {
                            bad(&mut kb, "expected person, office, country, from, to[, source]".into());
                            continue;
                        }
                        let Some(&person) = kb.by_id.get(f[0]) else {
                            bad(&mut kb, format!("unknown person {}", f[0]));
                            continue;
                        };
                        let Some(from) = parse_day(f[3]) else {
                            bad(&mut kb, format!("bad start date {:?}: write YYYY-MM-DD", f[3]));
                            continue;
                        };
                        let to = if f[4].trim().is_empty() {
                            None
                        } else {
                            match parse_day(f[4]) {
                                Some(d) => Some(d),
                                None => {
                                    bad(&mut kb, format!("bad end date {:?}: write YYYY-MM-DD or leave it empty", f[4]));
                                    continue;
                                }
                            }
                        };
                        kb.tenures.push(Tenure {
                            person,
                            office: f[1].to_string(),
                            country: f[2].to_string(),
                            from,
                            to,
                            source: f.get(5).unwrap_or(&"").to_string(),
                            origin: origin.clone(),
                        });
                    }
                    "offices" => {
                        if f.len() < 3 {
                            bad(&mut kb, "expected office, single, phrases".into());
                            continue;
                        }
                        kb.offices.insert(
                            f[0].to_string(),
                            Office {
                                id: f[0].to_string(),
                                single: f[1] == "yes",
                                phrases: f[2].split('|').map(String::from).collect(),
                                plurals: f.get(3).map_or(Vec::new(), |p| p.split('|').filter(|x| !x.is_empty()).map(String::from).collect()),
                            },
                        );
                    }
                    "demonyms" => {
                        if f.len() < 2 {
                            bad(&mut kb, "expected country <TAB> forms".into());
                            continue;
                        }
                        for d in f[1].split('|') {
                            kb.demonyms.insert(d.to_string(), f[0].to_string());
                        }
                    }
                    "ambiguous" => match (f.first(), f.get(1)) {
                        (Some(a), Some(r)) if r.starts_with("prefer:") => {
                            kb.prefer.insert(a.to_string(), r["prefer:".len()..].to_string());
                        }
                        (Some(a), Some(r)) if Rule::parse(r).is_some() => {
                            kb.rules.insert(a.to_string(), Rule::parse(r).expect("checked"));
                        }
                        _ => bad(&mut kb, "expected alias <TAB> never|before-punct|after-place-word|in-parens|always|no-name|prefer:ID".into()),
                    },
                    "capitals" => {
                        // By id, else by English name (Washington, D.C. is city:washington).
                        let by_name = f.get(2).and_then(|n| {
                            let short = n.split(',').next().unwrap_or(n).trim();
                            kb.entries.iter().position(|e| e.kind == Kind::GPE && (e.name_en == *n || e.name_en == short) && e.id.starts_with("city:"))
                        });
                        if let Some(i) = f.get(1).and_then(|id| kb.by_id.get(*id).copied()).or(by_name) {
                            kb.capitals.insert(f[0].to_string(), i);
                        }
                    }
                    "seats" => {
                        let id = |k: usize| f.get(k).and_then(|id| kb.by_id.get(*id).copied());
                        match (id(0), id(1)) {
                            (Some(forum), Some(city)) => {
                                kb.seats.insert(forum, city);
                            }
                            _ => bad(&mut kb, "expected a known forum id <TAB> a known city id".into()),
                        }
                    }
                    "first-names" => {
                        kb.first_names.insert(line.trim().to_string());
                    }
                    "surnames" => {
                        kb.surnames.insert(line.trim().to_string());
                    }
                    "rare-given-names" => {
                        kb.rare_given_names.insert(line.trim().to_string());
                    }
                    "person-words" => {
                        if f.len() >= 2 {
                            kb.person_words.push((f[0].to_string(), f[1].to_string()));
                        }
                    }
                    _ => {}
                }
            }
        }
        kb.derive_demonyms();
        kb
    }

    /// Every country's names, and the adjective of a one-word name
    /// («کنیا» → «کنیایی», «زیمبابوه» → «زیمبابوه‌ای», «عراق» → «عراقی»), as
    /// demonyms: «رئیس‌جمهور کنیا», «همتای اوگاندایی». demonyms.tsv keeps the
    /// irregular forms (and a name ambiguous.tsv never takes alone is left out) and wins where both give one.
    fn derive_demonyms(&mut self) {
        let mut derived: Vec<(String, String)> = Vec::new();
        for e in self.entries.iter().filter(|e| e.is_country()) {
            let Some(code) = e.country.as_deref() else { continue };
            // (Not a name that is never one alone: «مالی», «چاد».)
            for name in std::iter::once(&e.name_fa).chain(e.aliases.iter()).filter(|n| !matches!(self.rules.get(n.as_str()), Some(Rule::Never))) {
                derived.push((name.clone(), code.to_string()));
                // (A name of one word a ZWNJ joins, «سری‌لانکا», is written
                // glued too: «همتای سریلانکایی».)
                let glued = name.replace('\u{200C}', "");
                let name = if name.contains('\u{200C}') && !name.contains(' ') {
                    derived.push((glued.clone(), code.to_string()));
                    &glued
                } else {
                    name
                };
                if name.contains([' ', '\u{200C}']) || name.chars().count() < 3 {
                    continue;
                }
                let adjective = match name.chars().last() {
                    Some('ا' | 'و') => format!("{name}یی"),
                    Some('ه') => format!("{name}\u{200C}ای"),
                    Some('ی') => continue,
                    _ => format!("{name}ی"),
                };
                derived.push((adjective, code.to_string()));
            }
        }
        for (form, code) in derived {
            self.demonyms.entry(form).or_insert(code);
        }
    }

    /// Who held `office` in `country` on `day` (the latest to take it
    /// up, if tenures overlap).
    pub fn holder(&self, office: &str, country: &str, day: Day) -> Option<usize> {
        self.tenures
            .iter()
            .filter(|t| t.office == office && t.country == country && t.from <= day && t.to.is_none_or(|to| day <= to))
            .max_by_key(|t| t.from)
            .map(|t| t.person)
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// The index of the country with ISO code `code` (any case).
    pub fn country(&self, code: &str) -> Option<usize> {
        self.by_id.get(&format!("country:{}", code.to_ascii_lowercase())).copied()
    }
}

impl Entry {
    /// Whether the entry is a country (its id `country:xx`).
    pub fn is_country(&self) -> bool {
        self.id.starts_with("country:")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        parse_day(s).unwrap()
    }

    #[test]
    fn office_holders_at_a_date() {
        let kb = Kb::builtin();
        assert!(kb.problems.is_empty(), "{:?}", kb.problems);
        let name = |i: Option<usize>| i.map(|i| kb.entries[i].name_en.as_str());
        assert_eq!(name(kb.holder("president", "IR", day("2025-12-08"))), Some("Masoud Pezeshkian"));
        assert_eq!(name(kb.holder("president", "IR", day("2023-10-04"))), Some("Ebrahim Raisi"));
        assert_eq!(name(kb.holder("foreign-minister", "IR", day("2025-12-08"))), Some("Abbas Araghchi"));
        assert_eq!(name(kb.holder("foreign-minister", "IR", day("2023-10-04"))), Some("Hossein Amir-Abdollahian"));
        assert_eq!(name(kb.holder("foreign-minister", "IR", day("2007-01-01"))), Some("Manouchehr Mottaki"));
        assert_eq!(name(kb.holder("president", "AZ", day("2023-10-04"))), Some("Ilham Aliyev"));
        // (Held-out set 48: Sri Lanka's and Malaysia's office-holders.)
        assert_eq!(name(kb.holder("president", "LK", day("2024-02-20"))), Some("Ranil Wickremesinghe"));
        assert_eq!(name(kb.holder("president", "LK", day("2024-10-01"))), Some("Anura Kumara Dissanayake"));
        assert_eq!(name(kb.holder("foreign-minister", "MY", day("2020-10-01"))), Some("Hishammuddin Hussein"));
        assert_eq!(name(kb.holder("energy-minister", "RU", day("2021-01-01"))), Some("Nikolai Shulginov"));
    }

    #[test]
    fn user_files_add_and_override() {
        let mut files: Vec<(String, String)> = BUILTIN.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
        files.push(("my-entities.tsv".into(), "person:abbas-araghchi\tPER\tAbbas Araghchi\tعباس عراقچی\tعراقچی\tIR\tQ1\nperson:new\tPER\tNew Person\tفرد تازه\t\tIR\t\n".into()));
        files.push(("my-roles.tsv".into(), "person:new\tforeign-minister\tIR\t2030-01-01\t\tmine\n".into()));
        let kb = Kb::load(files);
        assert_eq!(kb.get("person:abbas-araghchi").unwrap().wikidata.as_deref(), Some("Q1"));
        assert_eq!(kb.holder("foreign-minister", "IR", day("2031-01-01")).map(|i| kb.entries[i].name_en.as_str()), Some("New Person"));
    }

    #[test]
    fn bad_lines_are_reported_with_their_place() {
        let kb = Kb::load([("x.tsv".to_string(), "a\tPERSON\tA\tالف\t\n".to_string()), ("x-roles.tsv".to_string(), "nobody\tpresident\tIR\t2020-01-01\t\t\n".to_string())]);
        assert_eq!(kb.problems.len(), 2);
        assert!(kb.problems[0].to_string().starts_with("x.tsv:1: unknown type"));
        assert!(kb.problems[1].message.contains("unknown person nobody"));
    }
}
