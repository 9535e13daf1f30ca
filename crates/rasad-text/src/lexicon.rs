//! The word knowledge behind ZWNJ repair: which spellings exist, how often,
//! where their ZWNJs go, and the stems of verbs.
//!
//! The data lives in `data/lexicon/` of the repository (hazm's and shekar's
//! word lists, parsivar's ZWNJ pairs; see NOTICE). The build script reads
//! it into a compiled image of hash tables (`format`) that
//! [`Lexicon::builtin`] queries where it lies in the binary, so the
//! built-in lexicon costs no start-up; [`LexiconBuilder`] builds a lexicon
//! from any other sources in the same formats, so users can extend it
//! without touching code.

mod builder;
mod format;

pub use builder::{key_and_mask, LexiconBuilder, BUILTIN_SOURCES};
pub use format::{WordInfo, POS_AJ, POS_N, POS_OTHER, POS_V};

use format::{Table, MAGIC};
use std::borrow::Cow;
use std::sync::OnceLock;

/// Word knowledge used by the normalizer and the tokenizer.
pub struct Lexicon {
    image: Cow<'static, [u8]>,
    words: Table,
    present: Table,
    past: Table,
    first_parts: Table,
    last_parts: Table,
    stopwords: Table,
    abbreviations: Table,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon").field("words", &self.words.len()).field("bytes", &self.image.len()).finish()
    }
}

impl Default for Lexicon {
    /// A lexicon that knows no word.
    fn default() -> Self {
        LexiconBuilder::new().build()
    }
}

/// The built-in lexicon's image, written by the build script.
static BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.bin"));

impl Lexicon {
    /// The lexicon compiled into rasad from `data/lexicon/`.
    pub fn builtin() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::from_image(Cow::Borrowed(BUILTIN)).expect("the build script writes a well-formed lexicon image"))
    }

    /// The lexicon in `image`, or None when it is no image of this
    /// version of the format.
    fn from_image(image: Cow<'static, [u8]>) -> Option<Lexicon> {
        if !image.starts_with(MAGIC) {
            return None;
        }
        let mut at = MAGIC.len();
        let mut next = || Table::read(&image, &mut at);
        let (words, present, past, first_parts, last_parts, stopwords, abbreviations) = (next()?, next()?, next()?, next()?, next()?, next()?, next()?);
        Some(Lexicon { words, present, past, first_parts, last_parts, stopwords, abbreviations, image })
    }

    #[inline]
    fn has(&self, t: &Table, s: &str) -> bool {
        t.get(&self.image, s.as_bytes()).is_some()
    }

    #[inline]
    fn count(&self, t: &Table, s: &str) -> u32 {
        t.get(&self.image, s.as_bytes()).map_or(0, |v| format::read_u32(v, 0))
    }

    /// What is known of the word spelt `key` (folded letters, no ZWNJ).
    #[inline]
    pub fn word(&self, key: &str) -> Option<WordInfo> {
        self.words.get(&self.image, key.as_bytes()).map(WordInfo::decode)
    }

    /// True when `s` is a present stem of a verb (`کن`, `شو`, `توان`).
    #[inline]
    pub fn is_present_stem(&self, s: &str) -> bool {
        self.has(&self.present, s)
    }

    /// True when `s` is a past stem of a verb (`کرد`, `شد`, `رفت`).
    #[inline]
    pub fn is_past_stem(&self, s: &str) -> bool {
        self.has(&self.past, s)
    }

    /// How many ZWNJ compounds of the lexicon start with `s`.
    #[inline]
    pub fn first_part_count(&self, s: &str) -> u32 {
        self.count(&self.first_parts, s)
    }

    /// How many ZWNJ compounds of the lexicon end with `s`.
    #[inline]
    pub fn last_part_count(&self, s: &str) -> u32 {
        self.count(&self.last_parts, s)
    }

    /// True for function words (`و`, `در`, `به`, `که` …).
    #[inline]
    pub fn is_stopword(&self, s: &str) -> bool {
        self.has(&self.stopwords, s)
    }

    /// True for abbreviations written with dots (`ه.ش`, `ق.م`).
    #[inline]
    pub fn is_abbreviation(&self, s: &str) -> bool {
        self.has(&self.abbreviations, s)
    }

    /// Number of distinct spellings known.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the lexicon knows no word.
    pub fn is_empty(&self) -> bool {
        self.words.len() == 0
    }
}

impl LexiconBuilder {
    /// The finished lexicon.
    pub fn build(self) -> Lexicon {
        Lexicon::from_image(Cow::Owned(self.into_bytes())).expect("the builder writes a well-formed lexicon image")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_image_equals_the_lexicon_built_from_the_data_at_run_time() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/lexicon");
        let mut b = LexiconBuilder::new();
        for (file, read) in BUILTIN_SOURCES {
            read(&mut b, &std::fs::read_to_string(dir.join(file)).unwrap());
        }
        assert!(b.into_bytes() == BUILTIN, "the build script and this list of sources disagree");
        let lex = Lexicon::builtin();
        assert!(lex.len() > 200_000, "{}", lex.len());
        let w = lex.word("همکاریهای").or_else(|| lex.word("همکاری")).unwrap();
        assert!(w.listed);
        assert!(lex.is_past_stem("کرد") && lex.is_present_stem("کن") && !lex.is_past_stem("کن"));
        assert!(lex.is_stopword("که") && !lex.is_stopword("همکاری"));
        assert!(lex.word("زززز").is_none());
    }

    #[test]
    fn a_built_lexicon_answers_what_its_sources_say() {
        let mut b = LexiconBuilder::new();
        b.hazm_words("کتاب\t100\tN\nمی‌رود\t50\tV\n");
        b.frequency_list("کتابها,7\n");
        b.compounds("کتاب‌خانه\n");
        b.stopwords("از\n");
        let lex = b.build();
        assert_eq!(lex.len(), 4);
        let k = lex.word("کتاب").unwrap();
        assert!(k.listed && k.glued_freq == 100 && k.pos == POS_N && k.zwnj_mask == 0);
        let m = lex.word("میرود").unwrap();
        assert_eq!((m.zwnj_mask, m.zwnj_freq, m.pos), (1 << 2, 50, POS_V));
        assert!(lex.word("کتابخانه").unwrap().curated);
        assert_eq!(lex.first_part_count("کتاب"), 1);
        assert_eq!(lex.last_part_count("خانه"), 1);
        assert_eq!(lex.first_part_count("خانه"), 0);
        assert!(lex.is_stopword("از"));
        assert!(Lexicon::default().is_empty());
    }
}
