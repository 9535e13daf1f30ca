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
