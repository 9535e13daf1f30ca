//! A stable hash of text, for ids that must not change between runs,
//! machines or releases (document and event ids, line identity).

/// The 64-bit FNV-1a hash of `bytes`. Stable by definition: unlike
/// `std`'s hasher it is neither seeded nor free to change.
///
/// ```
/// assert_eq!(rasad_text::hash::fnv1a(b""), 0xcbf2_9ce4_8422_2325);
/// assert_eq!(rasad_text::hash::fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
/// ```
#[inline]
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    h
}

/// A set of strings that can only say "surely not in it" or "maybe": one
/// bit per hashed key. In front of a large hash table, it answers most
/// keys that are absent from a few cache lines, without the table's probe
/// (the recognizer's words; the compiled lexicon keeps one of its own, in
/// its image).
#[derive(Clone, Debug, Default)]
pub struct BitSketch {
    bits: Vec<u64>,
    /// log2 of the number of bits.
    log2: u32,
}

impl BitSketch {
    /// An empty sketch of 2^`log2` bits.
    pub fn new(log2: u32) -> BitSketch {
        BitSketch { bits: vec![0; (1usize << log2).div_ceil(64)], log2 }
    }

    #[inline]
    fn bit(&self, key: &[u8]) -> usize {
        use std::hash::{BuildHasher, Hasher};
        let mut h = rustc_hash::FxBuildHasher.build_hasher();
        h.write(key);
        (h.finish() >> (64 - self.log2)) as usize
    }

    /// Adds `key`.
    pub fn insert(&mut self, key: &[u8]) {
        let b = self.bit(key);
        self.bits[b / 64] |= 1 << (b % 64);
    }

    /// False when `key` was surely never inserted; true when it may have
    /// been. An empty default sketch (no bits) says true to everything.
    #[inline]
    pub fn may_contain(&self, key: &[u8]) -> bool {
        if self.bits.is_empty() {
            return true;
        }
        let b = self.bit(key);
        self.bits[b / 64] & (1 << (b % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sketch_never_forgets_a_key_and_rejects_most_others() {
        let mut s = BitSketch::new(16);
        let keys: Vec<String> = (0..1000).map(|i| format!("کلمه{i}")).collect();
        for k in &keys {
            s.insert(k.as_bytes());
        }
        assert!(keys.iter().all(|k| s.may_contain(k.as_bytes())));
        let others = (1000..11000).filter(|i| s.may_contain(format!("کلمه{i}").as_bytes())).count();
        assert!(others < 500, "{others} of 10,000 absent keys passed");
        assert!(BitSketch::default().may_contain(b"x"));
    }
}
