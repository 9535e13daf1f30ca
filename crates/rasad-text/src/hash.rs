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

/// A key of at most 16 bytes as one integer, little-endian and zero-padded
/// (text holds no NUL, so distinct words stay distinct); `None` for a
/// longer key. For hash tables of short words: the key is compared in a
/// register, not as a string stored elsewhere in memory. Read with two
/// overlapping loads, not a copy of a variable length.
///
/// ```
/// use rasad_text::hash::pack16;
/// assert_eq!(pack16(b"ab"), Some(0x6261));
/// assert_eq!(pack16(&[1; 16]), Some(u128::from_le_bytes([1; 16])));
/// assert_eq!(pack16(&[1; 17]), None);
/// ```
#[inline(always)]
pub fn pack16(w: &[u8]) -> Option<u128> {
    let n = w.len();
    Some(match n {
        0 => 0,
        1..=3 => {
            let mut x = 0u128;
            for (i, &b) in w.iter().enumerate() {
                x |= (b as u128) << (8 * i);
            }
            x
        }
        4..=7 => {
            let lo = u32::from_le_bytes([w[0], w[1], w[2], w[3]]) as u64;
            // The last four bytes; those before byte 4 shifted out.
            let hi = u32::from_le_bytes([w[n - 4], w[n - 3], w[n - 2], w[n - 1]]) as u64 >> (8 * (8 - n));
            (lo | hi << 32) as u128
        }
        8..=16 => {
            let lo = u64::from_le_bytes(w[..8].try_into().ok()?);
            let hi = u64::from_le_bytes(w[n - 8..].try_into().ok()?);
            // (The last eight bytes; those before byte 8 shifted out.)
            let hi = if n == 8 { 0 } else { hi >> (8 * (16 - n)) };
            lo as u128 | (hi as u128) << 64
        }
        _ => return None,
    })
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

    #[test]
    fn a_packed_key_is_its_bytes_zero_padded_at_every_length() {
        let bytes: Vec<u8> = (1..=17).collect();
        for n in 0..=17 {
            let w = &bytes[..n];
            let want = (n <= 16).then(|| {
                let mut b = [0u8; 16];
                b[..n].copy_from_slice(w);
                u128::from_le_bytes(b)
            });
            assert_eq!(pack16(w), want, "{n} bytes");
        }
    }
}
