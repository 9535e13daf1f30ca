//! The compiled lexicon: a byte image of read-only hash tables that is
//! queried where it lies, so the built-in lexicon costs no start-up (the
//! build script writes it once, from `data/lexicon/`; see `build.rs`).
//!
//! This file is also compiled into the build script, so it depends on
//! nothing but `core` and `alloc`.
//!
//! Layout (integers little-endian): the 8-byte [`MAGIC`], then the tables
//! in a fixed order. A table is a header of four `u32` (entries, log2 of
//! the slot count, log2 of the sketch's bit count or 0 for no sketch, pool
//! length), the sketch's bits, the slots (per slot a `u32` tag, the hash's
//! high half, and a `u32` pool offset, 0 for an empty slot), and the pool:
//! per entry a length byte, the key's bytes and the value's bytes. Lookups
//! probe linearly from the slot the hash's low bits name.

/// The first bytes of a compiled lexicon; the last two digits are the
/// format's version.
pub const MAGIC: &[u8; 8] = b"RSDLEX01";

/// Noun.
pub const POS_N: u8 = 1;
/// Adjective.
pub const POS_AJ: u8 = 2;
/// Verb.
pub const POS_V: u8 = 4;
/// Anything else (adverb, preposition, …).
pub const POS_OTHER: u8 = 8;

/// What the lexicon knows about one word, keyed by its spelling without
/// ZWNJ.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
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

const LISTED: u8 = 1;
const CURATED: u8 = 2;
/// Flag of the first of the four `u64` fields; the others follow.
const FIELD0: u8 = 4;

impl WordInfo {
    /// Appends the value's bytes: a flag byte, the part-of-speech byte and
    /// the `u64` fields that are not zero.
    pub fn encode(&self, out: &mut Vec<u8>) {
        let fields = [self.glued_freq, self.listed_freq, self.zwnj_mask, self.zwnj_freq];
        let mut flags = if self.listed { LISTED } else { 0 } | if self.curated { CURATED } else { 0 };
        for (k, f) in fields.iter().enumerate() {
            if *f != 0 {
                flags |= FIELD0 << k;
            }
        }
        out.push(flags);
        out.push(self.pos);
        for f in fields {
            if f != 0 {
                out.extend_from_slice(&f.to_le_bytes());
            }
        }
    }

    /// Reads a value written by [`WordInfo::encode`] at the start of `b`.
    #[inline]
    pub fn decode(b: &[u8]) -> WordInfo {
        let flags = b[0];
        let mut fields = [0u64; 4];
        let mut at = 2;
        for (k, f) in fields.iter_mut().enumerate() {
            if flags & (FIELD0 << k) != 0 {
                *f = read_u64(b, at);
                at += 8;
            }
        }
        WordInfo {
            glued_freq: fields[0],
            listed: flags & LISTED != 0,
            listed_freq: fields[1],
            zwnj_mask: fields[2],
            zwnj_freq: fields[3],
            curated: flags & CURATED != 0,
            pos: b[1],
        }
    }
}

/// The little-endian `u32` at byte `at` of `b` (a count's value, a
/// header's field).
#[inline]
pub fn read_u32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

#[inline]
fn read_u64(b: &[u8], at: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(a)
}

/// The hash of a key, fixed by the format (writer and reader must agree,
/// so it is no library's, whose hash may change). Reads the key eight
/// bytes at a time, the last word overlapping the one before, so a key of
/// 9 to 16 bytes (most Persian words) costs two multiplications.
#[inline]
pub fn hash(key: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let n = key.len();
    let mut h = (n as u64).wrapping_mul(K);
    let mix = |h: u64, w: u64| (h ^ w).wrapping_mul(K).rotate_left(31);
    if n >= 8 {
        let mut at = 0;
        while at + 8 < n {
            h = mix(h, read_u64(key, at));
            at += 8;
        }
        h = mix(h, read_u64(key, n - 8));
    } else if n >= 4 {
        let lo = read_u32(key, 0) as u64;
        let hi = read_u32(key, n - 4) as u64;
        h = mix(h, lo | hi << 32);
    } else if n > 0 {
        let w = key[0] as u64 | (key[n / 2] as u64) << 8 | (key[n - 1] as u64) << 16;
        h = mix(h, w);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^ (h >> 29)
}

/// Appends a table of `entries` (key, value; keys distinct and at most 255
/// bytes long) to `out`, with a sketch of 2^`sketch_log2` bits in front
/// of it (0: none). Entries are stored in the order given, so sorting them
/// first makes the image reproducible.
pub fn write_table(out: &mut Vec<u8>, entries: &[(&[u8], Vec<u8>)], sketch_log2: u32) {
    let n = entries.len();
    let mut log2 = 3;
    while (1usize << log2) < n * 2 {
        log2 += 1;
    }
    let cap = 1usize << log2;
    let mut sketch = if sketch_log2 > 0 { vec![0u8; (1usize << sketch_log2) / 8] } else { Vec::new() };
    let mut slots = vec![(0u32, 0u32); cap];
    let mut pool = vec![0u8]; // offset 0 marks an empty slot
    for (key, value) in entries {
        assert!(key.len() <= 255, "lexicon key longer than 255 bytes");
        let h = hash(key);
        if sketch_log2 > 0 {
            let bit = (h >> (64 - sketch_log2)) as usize;
            sketch[bit / 8] |= 1 << (bit % 8);
        }
        let mut i = h as usize & (cap - 1);
        while slots[i].1 != 0 {
            i = (i + 1) & (cap - 1);
        }
        slots[i] = ((h >> 32) as u32, pool.len() as u32);
        pool.push(key.len() as u8);
        pool.extend_from_slice(key);
        pool.extend_from_slice(value);
    }
    for v in [n as u32, log2 as u32, sketch_log2, pool.len() as u32] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&sketch);
    for (tag, off) in slots {
        out.extend_from_slice(&tag.to_le_bytes());
        out.extend_from_slice(&off.to_le_bytes());
    }
    out.extend_from_slice(&pool);
}

/// Where one table lies in an image (byte offsets), read by [`Table::read`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Table {
    len: usize,
    mask: usize,
    sketch_log2: u32,
    sketch: usize,
    slots: usize,
    pool: usize,
}

impl Table {
    /// Reads the table header at `*at` of `image` and moves `*at` past the
    /// table. None when the image is too short for what the header says.
    pub fn read(image: &[u8], at: &mut usize) -> Option<Table> {
        let head = image.get(*at..*at + 16)?;
        let (len, log2, sketch_log2, pool_len) = (read_u32(head, 0), read_u32(head, 4), read_u32(head, 8), read_u32(head, 12));
        if log2 >= 32 || sketch_log2 >= 40 || (sketch_log2 > 0 && sketch_log2 < 3) {
            return None;
        }
        let sketch = *at + 16;
        let slots = sketch + if sketch_log2 > 0 { (1usize << sketch_log2) / 8 } else { 0 };
        let pool = slots + (8usize << log2);
        let end = pool + pool_len as usize;
        if end > image.len() {
            return None;
        }
        *at = end;
        Some(Table { len: len as usize, mask: (1usize << log2) - 1, sketch_log2, sketch, slots, pool })
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The bytes from the value of `key` to the end of the pool, or None
    /// when `key` is not in the table. The hash and the sketch are inlined
    /// (most keys asked about end there); the probe is not.
    #[inline(always)]
    pub fn get<'i>(&self, image: &'i [u8], key: &[u8]) -> Option<&'i [u8]> {
        let h = hash(key);
        if self.sketch_log2 > 0 {
            let bit = (h >> (64 - self.sketch_log2)) as usize;
            if image[self.sketch + bit / 8] & (1 << (bit % 8)) == 0 {
                return None;
            }
        }
        self.probe(image, key, h)
    }

    #[inline(never)]
    fn probe<'i>(&self, image: &'i [u8], key: &[u8], h: u64) -> Option<&'i [u8]> {
        let tag = (h >> 32) as u32;
        let mut i = h as usize & self.mask;
        loop {
            let s = self.slots + 8 * i;
            let off = read_u32(image, s + 4) as usize;
            if off == 0 {
                return None;
            }
            if read_u32(image, s) == tag {
                let p = self.pool + off;
                let len = image[p] as usize;
                if image.get(p + 1..p + 1 + len) == Some(key) {
                    return Some(&image[p + 1 + len..]);
                }
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_finds_every_key_with_its_value_and_no_other() {
        let keys: Vec<String> = (0..5000).map(|i| format!("کلمه{i}")).collect();
        let entries: Vec<(&[u8], Vec<u8>)> = keys.iter().enumerate().map(|(i, k)| (k.as_bytes(), (i as u32).to_le_bytes().to_vec())).collect();
        for sketch in [0, 16] {
            let mut image = MAGIC.to_vec();
            write_table(&mut image, &entries, sketch);
            write_table(&mut image, &[], 0);
            let mut at = MAGIC.len();
            let t = Table::read(&image, &mut at).unwrap();
            let empty = Table::read(&image, &mut at).unwrap();
            assert_eq!(at, image.len());
            assert_eq!(t.len(), 5000);
            for (i, k) in keys.iter().enumerate() {
                assert_eq!(read_u32(t.get(&image, k.as_bytes()).unwrap(), 0), i as u32, "{k}");
                assert!(empty.get(&image, k.as_bytes()).is_none());
            }
            assert!(t.get(&image, "کلمه5000".as_bytes()).is_none());
            assert!(t.get(&image, b"").is_none());
        }
    }

    #[test]
    fn a_word_survives_encoding() {
        let w = WordInfo { glued_freq: 5_840_450_000, listed: true, listed_freq: 0, zwnj_mask: 0b1010, zwnj_freq: 7, curated: true, pos: POS_N | POS_AJ };
        let mut b = Vec::new();
        w.encode(&mut b);
        assert_eq!(b.len(), 2 + 3 * 8);
        assert_eq!(WordInfo::decode(&b), w);
        b.clear();
        WordInfo::default().encode(&mut b);
        assert_eq!(WordInfo::decode(&b), WordInfo::default());
    }

    #[test]
    fn a_truncated_image_is_refused() {
        let mut image = Vec::new();
        write_table(&mut image, &[(b"ab".as_slice(), vec![])], 8);
        for cut in 0..image.len() {
            assert!(Table::read(&image[..cut], &mut 0).is_none(), "cut at {cut}");
        }
        assert!(Table::read(&image, &mut 0).is_some());
    }
}
