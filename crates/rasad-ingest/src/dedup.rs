//! Near-duplicate detection: reposts of one story by several outlets.
//!
//! Each text becomes a set of word 5-shingles over folded words (so letter
//! forms, ZWNJs and digit scripts do not matter), summarized by a
//! one-permutation MinHash signature with densification. Locality-sensitive hashing over bands of the signature finds
//! candidate pairs in near-linear time; each candidate is then checked on
//! the exact shingle sets: two texts are one story when their Jaccard
//! similarity or the containment of the smaller in the larger is high
//! enough. Containment is what catches a repost with a trimmed tail, a
//! different title line or other boilerplate; a different story on the
//! same meeting shares names but few five-word runs, and stays apart.

use rasad_text::key::push_key;
use rustc_hash::FxHashMap;

/// Settings of a [`Deduper`].
#[derive(Clone, Copy, Debug)]
pub struct DedupSettings {
    /// Words per shingle.
    pub shingle: usize,
    /// Bands of the MinHash signature.
    pub bands: usize,
    /// Rows per band.
    pub rows: usize,
    /// Jaccard similarity at or above which two texts are one story.
    pub jaccard: f64,
    /// Containment of the smaller text at or above which two texts are one story.
    pub containment: f64,
    /// Texts with fewer shingles than this are never matched (too short to tell).
    pub min_shingles: usize,
}

impl Default for DedupSettings {
    fn default() -> Self {
        DedupSettings { shingle: 5, bands: 32, rows: 4, jaccard: 0.5, containment: 0.7, min_shingles: 8 }
    }
}

/// Collects texts and groups near-duplicates.
pub struct Deduper {
    settings: DedupSettings,
    shingles: Vec<Vec<u64>>,
    buckets: FxHashMap<(u32, u64), Vec<u32>>,
    parent: Vec<u32>,
}

#[inline]
fn mix(mut x: u64) -> u64 {
    // splitmix64 finalizer
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn hash_bytes(b: &[u8]) -> u64 {
    mix(rasad_text::hash::fnv1a(b))
}

/// The sorted, distinct shingle hashes of `text`.
pub fn shingles(text: &str, k: usize) -> Vec<u64> {
    let mut words: Vec<u64> = Vec::new();
    let mut key = Vec::with_capacity(32);
    // ZWNJs split words too, so «همکاری‌ها» and «همکاری ها» shingle alike.
    let mut digits = String::new();
    for w in text.split(|c: char| !is_word_char(c)) {
        if w.is_empty() {
            continue;
        }
        key.clear();
        if has_eastern_digit(w.as_bytes()) {
            // Digits of any script hash alike.
            digits.clear();
            digits.extend(w.chars().map(|c| rasad_text::chars::digit_value(c).map_or(c, rasad_text::chars::latin_digit)));
            push_key(digits.as_bytes(), &mut key);
        } else {
            push_key(w.as_bytes(), &mut key);
        }
        words.push(hash_bytes(&key));
    }
    let mut out: Vec<u64> = if words.len() < k {
        if words.is_empty() {
            Vec::new()
        } else {
            vec![words.iter().fold(0u64, |h, &w| mix(h ^ w))]
        }
    } else {
        words.windows(k).map(|win| win.iter().fold(0x1234_5678u64, |h, &w| mix(h.rotate_left(5) ^ w))).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        rasad_text::chars::is_letter(c)
            || rasad_text::chars::is_diacritic(c)
            || rasad_text::chars::digit_value(c).is_some()
            || (!matches!(c, '\u{0600}'..='\u{06FF}' | '\u{2000}'..='\u{206F}') && c.is_alphanumeric())
    }
}

/// True when the bytes hold a Persian or Arabic-Indic digit.
#[inline]
fn has_eastern_digit(b: &[u8]) -> bool {
    b.windows(2).any(|w| (w[0] == 0xDB && (0xB0..=0xB9).contains(&w[1])) || (w[0] == 0xD9 && (0xA0..=0xA9).contains(&w[1])))
}

/// The locality-sensitive keys of a text's sorted shingles: one per band of
/// its MinHash signature (band `b` is folded into key `b`), or none when the
/// text has too few shingles to be matched. Two texts that share a key are
/// candidate near-duplicates; [`similar`] decides.
pub fn band_keys(sh: &[u64], s: &DedupSettings) -> Vec<u64> {
    if sh.len() < s.min_shingles {
        return Vec::new();
    }
    let n = s.bands * s.rows;
    // One-permutation MinHash: each shingle falls into one bin by its hash
    // and the bin keeps its least value; empty bins borrow from the next
    // filled one (densification), so the cost is one hash per shingle
    // instead of one per shingle and bin.
    let mut sig = vec![u64::MAX; n];
    for &h in sh {
        let x = mix(h);
        let bin = (x % n as u64) as usize;
        let v = x / n as u64;
        if v < sig[bin] {
            sig[bin] = v;
        }
    }
    if sig.contains(&u64::MAX) {
        let filled = sig.clone();
        for (i, v) in sig.iter_mut().enumerate() {
            if *v == u64::MAX {
                let mut j = (i + 1) % n;
                while filled[j] == u64::MAX {
                    j = (j + 1) % n;
                }
                *v = mix(filled[j] ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            }
        }
    }
    (0..s.bands).map(|b| sig[b * s.rows..(b + 1) * s.rows].iter().fold(b as u64, |h, &v| mix(h ^ v))).collect()
}

/// Similarity of two sorted shingle sets: (Jaccard, containment of the
/// smaller in the larger).
pub fn similarity(x: &[u64], y: &[u64]) -> (f64, f64) {
    if x.is_empty() || y.is_empty() {
        return (0.0, 0.0);
    }
    let o = overlap(x, y) as f64;
    (o / ((x.len() + y.len()) as f64 - o), o / x.len().min(y.len()) as f64)
}

/// True when two sorted shingle sets are one story under these settings.
pub fn similar(x: &[u64], y: &[u64], s: &DedupSettings) -> bool {
    let (j, c) = similarity(x, y);
    j >= s.jaccard || c >= s.containment
}

fn overlap(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

impl Deduper {
    /// A deduper with these settings.
    pub fn new(settings: DedupSettings) -> Deduper {
        Deduper { settings, shingles: Vec::new(), buckets: FxHashMap::default(), parent: Vec::new() }
    }

    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let p = self.parent[x as usize];
            self.parent[x as usize] = self.parent[p as usize];
            x = p;
        }
        x
    }

    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi as usize] = lo;
        }
    }

    /// Similarity of two added texts: (Jaccard, containment of the smaller).
    pub fn similarity(&self, a: usize, b: usize) -> (f64, f64) {
        similarity(&self.shingles[a], &self.shingles[b])
    }

    /// Adds a text; returns its index. Its near-duplicates among the texts
    /// added so far join its cluster.
    pub fn add(&mut self, text: &str) -> usize {
        let s = &self.settings;
        let sh = shingles(text, s.shingle);
        let id = self.shingles.len() as u32;
        self.parent.push(id);
        let mut candidates: Vec<u32> = Vec::new();
        for (b, band) in band_keys(&sh, s).into_iter().enumerate() {
            let e = self.buckets.entry((b as u32, band)).or_default();
            candidates.extend(e.iter().copied());
            e.push(id);
        }
        self.shingles.push(sh);
        candidates.sort_unstable();
        candidates.dedup();
        for c in candidates {
            let (j, cont) = self.similarity(id as usize, c as usize);
            if j >= self.settings.jaccard || cont >= self.settings.containment {
                self.union(id, c);
            }
        }
        id as usize
    }

    /// Number of texts added.
    pub fn len(&self) -> usize {
        self.shingles.len()
    }

    /// True when nothing was added.
    pub fn is_empty(&self) -> bool {
        self.shingles.is_empty()
    }

    /// The cluster (its smallest member's index) of every text.
    pub fn cluster_ids(&mut self) -> Vec<usize> {
        (0..self.parent.len() as u32).map(|i| self.find(i) as usize).collect()
    }

    /// Clusters of two or more texts, each sorted, in order of first member.
    pub fn clusters(&mut self) -> Vec<Vec<usize>> {
        let ids = self.cluster_ids();
        let mut by: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for (i, c) in ids.into_iter().enumerate() {
            by.entry(c).or_default().push(i);
        }
        let mut out: Vec<Vec<usize>> = by.into_values().filter(|v| v.len() > 1).collect();
        out.sort();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "حسین امیرعبداللهیان وزیر امور خارجه جمهوری اسلامی ایران در رأس هیأتی به منظور شرکت در نشست وزرای جنبش عدم تعهد وارد باکو شد. وزیر امور خارجه سفرش به باکو را فرصتی برای پیگیری و توسعه سیاست همسایگی در منطقه خواند و جنبش عدم تعهد را ظرفیتی مهم برای همکاری‌های چندجانبه دانست. او در حاشیه این نشست با رئیس‌جمهور و وزیر خارجه جمهوری آذربایجان دیدار و درباره روابط دو کشور گفت‌وگو خواهد کرد.";
    const B: &str = "وزیر امور خارجه کشورمان امروز در باکو با همتای آذربایجانی خود جیحون بایراموف دیدار کرد. در این دیدار دو طرف درباره بازگشایی سفارت جمهوری آذربایجان در تهران، کریدور ارس و همکاری‌های اقتصادی گفت‌وگو کردند و بر ضرورت تقویت روابط دو کشور همسایه تاکید کردند.";

    #[test]
    fn reposts_cluster_and_other_stories_stay_apart() {
        let mut d = Deduper::new(DedupSettings::default());
        let a = d.add(A);
        // Another outlet: another title line, Arabic letter forms, no ZWNJs, a tail.
        let repost = format!(
            "سفر مهم امیرعبداللهیان به باکو\n{}\nمنبع: فارس\nبیشتر بخوانید",
            A.replace('ی', "ي").replace('ک', "ك").replace('\u{200C}', " ")
        );
        let r = d.add(&repost);
        // A trimmed copy: the first two sentences only.
        let trimmed: String = A.split_inclusive('.').take(2).collect();
        let t = d.add(&trimmed);
        let b = d.add(B);
        let ids = d.cluster_ids();
        assert_eq!(ids[a], ids[r]);
        assert_eq!(ids[a], ids[t]);
        assert_ne!(ids[a], ids[b]);
        assert_eq!(d.clusters(), vec![vec![a, r, t]]);
    }

    #[test]
    fn empty_and_short_texts_do_not_match() {
        let mut d = Deduper::new(DedupSettings::default());
        d.add("");
        d.add("");
        d.add("سلام");
        d.add("سلام");
        assert!(d.clusters().is_empty());
    }
}
