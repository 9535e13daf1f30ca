//! Reading the word lists of `data/lexicon/` (and any others in their
//! formats) into a compiled lexicon image.
//!
//! This file is also compiled into the build script, which writes the
//! built-in lexicon's image: it depends on nothing but `std`, the
//! character classes and the image format.

use super::format::{write_table, WordInfo, MAGIC, POS_AJ, POS_N, POS_OTHER, POS_V};
use crate::chars::{fold_letter, ZWNJ};
use std::collections::{HashMap, HashSet};

/// Bits (log2) of the sketch in front of the words table: most keys asked
/// about (a text's word pairs run together) are no word, and the sketch
/// says so without probing the large table. 4 Mbit (512 KB), a few per
/// cent set.
const WORDS_SKETCH_LOG2: u32 = 22;

/// A reader of one source format (a method of [`LexiconBuilder`]).
pub type Reader = for<'b> fn(&'b mut LexiconBuilder, &str) -> &'b mut LexiconBuilder;

/// The files of `data/lexicon/` the built-in lexicon is read from, in
/// order, each with the reader of its format (see NOTICE for their
/// sources and licences).
pub const BUILTIN_SOURCES: &[(&str, Reader)] = &[
    ("hazm/words.dat", LexiconBuilder::hazm_words),
    ("shekar/vocab.csv", LexiconBuilder::frequency_list),
    ("shekar/compound_words.csv", LexiconBuilder::compounds),
    ("parsivar/Dic1_new.txt", LexiconBuilder::zwnj_pairs),
    ("parsivar/Dic2_new.txt", LexiconBuilder::zwnj_pairs),
    ("parsivar/Dic3_new.txt", LexiconBuilder::zwnj_pairs),
    ("hazm/verbs.dat", LexiconBuilder::hazm_verbs),
    ("shekar/verbs.csv", LexiconBuilder::shekar_verbs),
    ("hazm/stopwords.dat", LexiconBuilder::stopwords),
    ("hazm/abbreviations.dat", LexiconBuilder::abbreviations),
    ("rasad/zwnj-extra.tsv", LexiconBuilder::extra),
];

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

/// Builds a [`Lexicon`](super::Lexicon) from word lists in the formats of
/// `data/lexicon/`.
#[derive(Debug, Default)]
pub struct LexiconBuilder {
    words: HashMap<Box<str>, WordInfo>,
    present: HashSet<Box<str>>,
    past: HashSet<Box<str>>,
    first_parts: HashMap<Box<str>, u32>,
    last_parts: HashMap<Box<str>, u32>,
    stopwords: HashSet<Box<str>>,
    abbreviations: HashSet<Box<str>>,
}

impl LexiconBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    fn add(&mut self, word: &str, freq: u64, listed: bool, curated: bool, pos: u8) {
        let Some((key, mask)) = key_and_mask(word.trim()) else { return };
        let e = self.words.entry(key.into_boxed_str()).or_default();
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
                *self.first_parts.entry(k.into_boxed_str()).or_default() += 1;
            }
            if let Some((k, _)) = key_and_mask(last) {
                *self.last_parts.entry(k.into_boxed_str()).or_default() += 1;
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
                    self.past.insert(k.into_boxed_str());
                } else {
                    self.present.insert(k.into_boxed_str());
                }
            }
        }
    }

    /// Function words, one per line.
    pub fn stopwords(&mut self, text: &str) -> &mut Self {
        for line in text.lines() {
            if let Some((k, _)) = key_and_mask(line.trim()) {
                self.stopwords.insert(k.into_boxed_str());
            }
        }
        self
    }

    /// Abbreviations with dots, one per line.
    pub fn abbreviations(&mut self, text: &str) -> &mut Self {
        for line in text.lines() {
            let a = line.trim();
            if !a.is_empty() {
                self.abbreviations.insert(a.trim_end_matches('.').into());
            }
        }
        self
    }

    /// The compiled image of the lexicon (see the `format` module), the
    /// bytes a [`Lexicon`](super::Lexicon) is queried in. Reproducible: the
    /// same sources give the same bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        fn sorted<V>(m: &HashMap<Box<str>, V>, value: impl Fn(&V) -> Vec<u8>) -> Vec<(&[u8], Vec<u8>)> {
            let mut v: Vec<(&[u8], Vec<u8>)> = m.iter().map(|(k, x)| (k.as_bytes(), value(x))).collect();
            v.sort_unstable_by(|a, b| a.0.cmp(b.0));
            v
        }
        fn set(s: &HashSet<Box<str>>) -> Vec<(&[u8], Vec<u8>)> {
            let mut v: Vec<(&[u8], Vec<u8>)> = s.iter().filter(|k| k.len() <= 255).map(|k| (k.as_bytes(), Vec::new())).collect();
            v.sort_unstable_by(|a, b| a.0.cmp(b.0));
            v
        }
        let mut out = MAGIC.to_vec();
        let words = sorted(&self.words, |w| {
            let mut b = Vec::with_capacity(34);
            w.encode(&mut b);
            b
        });
        write_table(&mut out, &words, WORDS_SKETCH_LOG2);
        write_table(&mut out, &set(&self.present), 0);
        write_table(&mut out, &set(&self.past), 0);
        write_table(&mut out, &sorted(&self.first_parts, |n| n.to_le_bytes().to_vec()), 0);
        write_table(&mut out, &sorted(&self.last_parts, |n| n.to_le_bytes().to_vec()), 0);
        write_table(&mut out, &set(&self.stopwords), 0);
        write_table(&mut out, &set(&self.abbreviations), 0);
        out
    }
}
