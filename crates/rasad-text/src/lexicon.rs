//! The word knowledge behind ZWNJ repair: which spellings exist, how often,
//! where their ZWNJs go, and the stems of verbs.
//!
//! The data lives in `data/lexicon/` of the repository (hazm's and shekar's
//! word lists, parsivar's ZWNJ pairs; see NOTICE). [`Lexicon::builtin`]
//! compiles them in; [`LexiconBuilder`] builds a lexicon from any other
//! sources in the same formats, so users can extend it without touching code.

use crate::chars::{fold_letter, ZWNJ};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// What the lexicon knows about one word, keyed by its spelling without
/// ZWNJ.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    /// Frequency of the spelling written without any ZWNJ.
    pub glued_freq: u64,
    /// True when the ZWNJ-free spelling is an entry of the curated word
    /// list (hazm), not only of a raw frequency list.
    pub listed: bool,
    /// Count of the glued spelling in the curated list (hazm); zero when
    /// unlisted or listed without a count.
    pub listed_freq: u64,
    /// Where the best ZWNJ spelling puts its ZWNJs: bit `i` set means a
    /// ZWNJ before letter `i` of the key. Zero when no ZWNJ spelling is known.
    pub zwnj_mask: u64,
    /// Frequency of that ZWNJ spelling.
    pub zwnj_freq: u64,
    /// True when the ZWNJ spelling comes from a hand-made list of compounds
    /// or ZWNJ pairs.
    pub curated: bool,
    /// Part-of-speech flags (see the `POS_*` constants).
    pub pos: u8,
}

/// Noun.
pub const POS_N: u8 = 1;
/// Adjective.
pub const POS_AJ: u8 = 2;
/// Verb.
pub const POS_V: u8 = 4;
/// Anything else (adverb, preposition, …).
pub const POS_OTHER: u8 = 8;

/// Word knowledge used by the normalizer and the tokenizer.
#[derive(Debug, Default)]
pub struct Lexicon {
    words: FxHashMap<Box<str>, WordInfo>,
    present: FxHashSet<Box<str>>,
    past: FxHashSet<Box<str>>,
    first_parts: FxHashMap<Box<str>, u32>,
    last_parts: FxHashMap<Box<str>, u32>,
    stopwords: FxHashSet<Box<str>>,
    abbreviations: FxHashSet<Box<str>>,
    /// Every key of `words`, sketched: most keys asked about (a text's
    /// word pairs run together) are no word, and the sketch says so without
    /// probing the large table. 4 Mbit (512 KB), a few per cent set.
    sketch: crate::hash::BitSketch,
}

macro_rules! lexicon_file {
    ($path:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/lexicon/", $path))
    };
}

impl Lexicon {
    /// The lexicon compiled into rasad from `data/lexicon/`. Built once, on
    /// first use.
    pub fn builtin() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            let mut b = LexiconBuilder::new();
            b.hazm_words(lexicon_file!("hazm/words.dat"));
            b.frequency_list(lexicon_file!("shekar/vocab.csv"));
            b.compounds(lexicon_file!("shekar/compound_words.csv"));
            for pairs in [
                lexicon_file!("parsivar/Dic1_new.txt"),
                lexicon_file!("parsivar/Dic2_new.txt"),
                lexicon_file!("parsivar/Dic3_new.txt"),
            ] {
                b.zwnj_pairs(pairs);
            }
            b.hazm_verbs(lexicon_file!("hazm/verbs.dat"));
            b.shekar_verbs(lexicon_file!("shekar/verbs.csv"));
            b.stopwords(lexicon_file!("hazm/stopwords.dat"));
            b.abbreviations(lexicon_file!("hazm/abbreviations.dat"));
            b.extra(lexicon_file!("rasad/zwnj-extra.tsv"));
            b.build()
        })
    }

    /// What is known of the word spelt `key` (folded letters, no ZWNJ).
    #[inline]
    pub fn word(&self, key: &str) -> Option<&WordInfo> {
        if !self.sketch.may_contain(key.as_bytes()) {
            return None;
        }
        self.words.get(key)
    }

    /// True when `s` is a present stem of a verb (`کن`, `شو`, `توان`).
    #[inline]
    pub fn is_present_stem(&self, s: &str) -> bool {
        self.present.contains(s)
    }

    /// True when `s` is a past stem of a verb (`کرد`, `شد`, `رفت`).
    #[inline]
    pub fn is_past_stem(&self, s: &str) -> bool {
        self.past.contains(s)
    }

    /// How many ZWNJ compounds of the lexicon start with `s`.
    #[inline]
    pub fn first_part_count(&self, s: &str) -> u32 {
        self.first_parts.get(s).copied().unwrap_or(0)
    }

    /// How many ZWNJ compounds of the lexicon end with `s`.
    #[inline]
    pub fn last_part_count(&self, s: &str) -> u32 {
        self.last_parts.get(s).copied().unwrap_or(0)
    }

    /// True for function words (`و`, `در`, `به`, `که` …).
    #[inline]
    pub fn is_stopword(&self, s: &str) -> bool {
        self.stopwords.contains(s)
    }

    /// True for abbreviations written with dots (`ه.ش`, `ق.م`).
    #[inline]
    pub fn is_abbreviation(&self, s: &str) -> bool {
        self.abbreviations.contains(s)
    }

    /// Number of distinct spellings known.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the lexicon knows no word.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Folds letters and splits a written word into its ZWNJ-free key and the
/// mask of its ZWNJ positions. Returns `None` for words that are too long
/// or are not made of letters only.
pub fn key_and_mask(word: &str) -> Option<(String, u64)> {
    let mut key = String::with_capacity(word.len());
    let mut mask = 0u64;
    let mut n = 0u32;
    for c in word.chars() {
        if c == ZWNJ {
            // A ZWNJ after a letter that does not join the next one is
            // invisible; the house style leaves it out.
            if n > 0 && key.chars().next_back().is_some_and(crate::chars::joins_next) {
                mask |= 1 << n;
            }
            continue;
        }
        if !crate::chars::is_letter(c) {
            return None;
        }
        if n >= 63 {
            return None;
        }
        key.push(fold_letter(c));
        n += 1;
    }
    // A ZWNJ at the end of a word carries nothing.
    mask &= !(1u64 << n);
    if key.is_empty() {
        None
    } else {
        Some((key, mask))
    }
}

/// Builds a [`Lexicon`] from word lists in the formats of `data/lexicon/`.
#[derive(Debug, Default)]
pub struct LexiconBuilder {
    lex: Lexicon,
}

impl LexiconBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    fn add(&mut self, word: &str, freq: u64, listed: bool, curated: bool, pos: u8) {
        let Some((key, mask)) = key_and_mask(word.trim()) else { return };
        let e = self.lex.words.entry(key.into_boxed_str()).or_default();
        e.pos |= pos;
        if mask == 0 {
            e.glued_freq = e.glued_freq.max(freq);
            e.listed |= listed;
            if listed {
                e.listed_freq = e.listed_freq.max(freq);
            }
        } else {
            let better = (curated && !e.curated)
                || (curated == e.curated && (e.zwnj_mask == 0 || freq > e.zwnj_freq));
            if better {
                e.zwnj_mask = mask;
                e.zwnj_freq = e.zwnj_freq.max(freq);
                e.curated |= curated;
            } else {
                e.zwnj_freq = e.zwnj_freq.max(freq);
            }
            let w = word.trim();
            let first = w.split(ZWNJ).next().unwrap_or("");
            let last = w.rsplit(ZWNJ).next().unwrap_or("");
            if let Some((k, _)) = key_and_mask(first) {
                *self.lex.first_parts.entry(k.into_boxed_str()).or_default() += 1;
            }
            if let Some((k, _)) = key_and_mask(last) {
                *self.lex.last_parts.entry(k.into_boxed_str()).or_default() += 1;
            }
        }
    }

    /// hazm's `words.dat`: `word<TAB>frequency<TAB>POS,POS`.
    pub fn hazm_words(&mut self, text: &str) -> &mut Self {
        for line in text.lines() {
            let mut it = line.split('\t');
            let (Some(w), Some(f)) = (it.next(), it.next()) else { continue };
            let freq = f.trim().parse().unwrap_or(0);
            let mut pos = 0;
            for p in it.next().unwrap_or("").split(',') {
                pos |= match p.trim() {
                    "N" => POS_N,
                    "AJ" => POS_AJ,
                    "V" => POS_V,
                    "" => 0,
                    _ => POS_OTHER,
                };
            }
            self.add(w, freq, true, false, pos);
        }
        self
    }

    /// A frequency list: `word,frequency` per line.
    pub fn frequency_list(&mut self, text: &str) -> &mut Self {
        for line in text.lines() {
            let Some((w, f)) = line.rsplit_once(',') else { continue };
            self.add(w, f.trim().parse().unwrap_or(0), false, false, 0);
        }
        self
    }

    /// Curated compounds, one per line, written with their ZWNJs.
    pub fn compounds(&mut self, text: &str) -> &mut Self {
        for line in text.lines() {
            let w = line.trim();
            if w.contains(ZWNJ) {
                self.add(w, 0, false, true, 0);
            }
        }
        self
    }

    /// Pairs `glued<SPACE>correct` where the correct form has ZWNJs.
    pub fn zwnj_pairs(&mut self, text: &str) -> &mut Self {
        for line in text.lines() {
            if let Some((_, w)) = line.trim().split_once(' ') {
                if w.contains(ZWNJ) {
                    self.add(w.trim(), 0, false, true, 0);
                }
            }
        }
        self
    }

    /// rasad's own additions (`data/lexicon/rasad/zwnj-extra.tsv`): a word
    /// per line, written as it should be; `#` starts a comment. A word
    /// written with ZWNJs is a curated ZWNJ spelling; a word without is a
    /// known glued spelling.
    pub fn extra(&mut self, text: &str) -> &mut Self {
        for line in text.lines() {
            let w = line.split('#').next().unwrap_or("").split('\t').next().unwrap_or("").trim();
            if w.is_empty() {
                continue;
            }
            if w.contains(ZWNJ) {
                self.add(w, u64::MAX / 4, false, true, 0);
            } else {
                self.add(w, u64::MAX / 4, true, false, 0);
            }
        }
        self
    }

    /// hazm's `verbs.dat`: `past#present` per line.
    pub fn hazm_verbs(&mut self, text: &str) -> &mut Self {
        for line in text.lines() {
            let Some((past, present)) = line.trim().split_once('#') else { continue };
            self.stems(past, present);
        }
        self
    }

    /// shekar's `verbs.csv`: `present,past,…` per line.
    pub fn shekar_verbs(&mut self, text: &str) -> &mut Self {
        for line in text.lines() {
            let mut it = line.split(',');
            let (Some(present), Some(past)) = (it.next(), it.next()) else { continue };
            self.stems(past, present);
        }
        self
    }

    fn stems(&mut self, past: &str, present: &str) {
        for (s, set) in [(past, 0), (present, 1)] {
            let s = s.trim();
            if s.is_empty() {
                continue;
            }
            if let Some((k, 0)) = key_and_mask(s) {
                if set == 0 {
                    self.lex.past.insert(k.into_boxed_str());
                } else {
                    self.lex.present.insert(k.into_boxed_str());
                }
            }
        }
    }

    /// Function words, one per line.
    pub fn stopwords(&mut self, text: &str) -> &mut Self {
        for line in text.lines() {
            if let Some((k, _)) = key_and_mask(line.trim()) {
                self.lex.stopwords.insert(k.into_boxed_str());
            }
        }
        self
    }

    /// Abbreviations with dots, one per line.
    pub fn abbreviations(&mut self, text: &str) -> &mut Self {
        for line in text.lines() {
            let a = line.trim();
            if !a.is_empty() {
                self.lex.abbreviations.insert(a.trim_end_matches('.').into());
            }
        }
        self
    }

    /// The finished lexicon.
    pub fn build(mut self) -> Lexicon {
        let mut sketch = crate::hash::BitSketch::new(22);
        for k in self.lex.words.keys() {
            sketch.insert(k.as_bytes());
        }
        self.lex.sketch = sketch;
        self.lex
    }
}
