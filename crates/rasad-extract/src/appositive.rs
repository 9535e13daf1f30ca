//! Offices the text itself names a holder for.
//!
//! News names a person once with their post right after the name
//! («محمد بن عبدالله العایش» معاون وزیر دفاع عربستان سعودی …) and then
//! uses the post alone («معاون وزیر دفاع عربستان سعودی سه‌شنبه گذشته به
//! نواکشوت سفر کرده بود»). Offices of the knowledge base are resolved by
//! their tenures; this finds the holder of any post, former ones and
//! people the knowledge base lacks included, from the text alone.

use rasad_kb::key::Folded;
use rasad_kb::{How, Mention, Target};

/// Words a post must share with the one written beside the name: three
/// folded words («نخست وزیر سابق رژیم …», «معاون وزیر دفاع …») say more
/// than an office word and a country, which many holders share.
const MIN_WORDS: usize = 3;
/// Words of a post read after a name.
const MAX_WORDS: usize = 8;

/// A post written right after a person's name.
struct Apposed<'t> {
    /// Its words, folded.
    words: Vec<&'t str>,
    /// Index of its first word in the folded text's words.
    first: usize,
    /// How many of its words another use must share.
    need: usize,
    /// Who holds it.
    target: Target,
}

/// Mentions of people by the posts the text names them with: one for every
/// later (or, for a title or lead, earlier) use of a post first written
/// right after a name, spanning the post's words up to the next mention.
/// `is_role_head` tells a folded word that opens a role phrase;
/// `is_person` which targets are people; `resolved` are the spans of role
/// phrases whose holder is known already (by the knowledge base's tenures):
/// no post is found over them. `mentions` are in text order and
/// do not overlap, nor do the mentions returned with them.
pub fn holders(text: &str, folded: &Folded, mentions: &[Mention], resolved: &[(usize, usize)], is_person: &dyn Fn(&Target) -> bool, is_role_head: &dyn Fn(&str) -> bool) -> Vec<Mention> {
    let Some(words) = folded.words() else { return Vec::new() };
    let ft = folded.text.as_str();
    let word = |k: usize| -> &str { words.get(k).map_or("", |&(s, e)| &ft[s as usize..e as usize]) };
    // Only blanks (and closing guillemets, commas) between two folded offsets, on one line.
    let joined = |a: usize, b: usize| a <= b && ft[a..b].chars().all(|c| c == ' ' || c == '\u{200C}' || c == '»' || c == '«' || c == '،' || c == ',');
    let adjacent = |k: usize| k > 0 && ft[words[k - 1].1 as usize..words[k].0 as usize].chars().all(|c| c == ' ' || c == '\u{200C}');
    // The posts written beside names.
    let mut posts: Vec<Apposed> = Vec::new();
    for m in mentions.iter().filter(|m| is_person(&m.target)) {
        let fe = folded.folded_at(m.end);
        let mut first = words.partition_point(|w| (w.0 as usize) < fe);
        // Guillemets and commas are words of their own here.
        while first < words.len() && matches!(word(first), "»" | "«" | "،" | ",") {
            first += 1;
        }
        if first >= words.len() || !joined(fe, words[first].0 as usize) || !is_role_head(word(first)) {
            continue;
        }
        let mut n = 1;
        while n < MAX_WORDS && first + n < words.len() && adjacent(first + n) {
            n += 1;
        }
        if n < MIN_WORDS {
            continue;
        }
        // A post shares its words up to the place or body it names (of
        // «وزیر امور خارجه جمهوری آذربایجان», not just «وزیر امور خارجه»,
        // which Iran's minister shares); one naming none, four words.
        let post_end = folded.original(words[first + n - 1].1 as usize);
        let from = mentions.partition_point(|x| x.start < m.end);
        let inner = mentions[from..].iter().take_while(|x| x.start < post_end).find(|x| !is_person(&x.target));
        let need = match inner {
            Some(x) => {
                let fx = folded.folded_at(x.end);
                (first..first + n).position(|k| words[k].1 as usize >= fx).map_or(n + 1, |j| j + 1).max(MIN_WORDS)
            }
            None => MIN_WORDS + 1,
        };
        if need <= n {
            posts.push(Apposed { words: (first..first + n).map(word).collect(), first, need, target: m.target.clone() });
        }
    }
    if posts.is_empty() {
        return Vec::new();
    }
    // Where a name ends: a post right after one is that name's own.
    // (Sorted: only the last one before a word can end right before it.)
    let mut person_ends: Vec<usize> = mentions.iter().filter(|m| is_person(&m.target)).map(|m| folded.folded_at(m.end)).collect();
    person_ends.sort_unstable();
    let mut found: Vec<(usize, usize, Target)> = Vec::new(); // (first word, words shared, holder)
    let mut seen_keys: Vec<String> = Vec::new();
    for p in &posts {
        let key = p.words[..MIN_WORDS].join(" ");
        if seen_keys.contains(&key) {
            continue;
        }
        seen_keys.push(key);
        // Every use of the post's first words, word-aligned, not right
        // after a name.
        let head = p.words[0];
        for at in memchr::memmem::find_iter(ft.as_bytes(), head.as_bytes()) {
            let k = words.partition_point(|w| (w.0 as usize) < at);
            if k >= words.len() || words[k].0 as usize != at || words[k].1 as usize != at + head.len() {
                continue;
            }
            let last_end = person_ends.partition_point(|&e| e <= at);
            if last_end > 0 && joined(person_ends[last_end - 1], at) {
                continue;
            }
            // The words it shares with the posts written beside names,
            // and the holder: the one named last before, else first after.
            let shared = |q: &Apposed| (0..q.words.len()).take_while(|&j| k + j < words.len() && (j == 0 || adjacent(k + j)) && word(k + j) == q.words[j]).count();
            // (Posts are in text order.)
            let before = posts[..posts.partition_point(|q| q.first < k)].iter().rev().find(|q| shared(q) >= q.need);
            // (After: the first, unless another person holds it too.)
            let after = || {
                let mut later = posts.iter().filter(|q| q.first > k && shared(q) >= q.need);
                let first = later.next()?;
                later.all(|q| q.target == first.target).then_some(first)
            };
            if let Some(q) = before.or_else(after) {
                found.push((k, shared(q), q.target.clone()));
            }
        }
    }
    // Spans in the original text, up to the next mention; in text order, so
    // a span can only overlap the last one kept, or the posts resolved last
    // before its end (resolved posts do not overlap one another; the last
    // four are read).
    found.sort_by_key(|f| f.0);
    let mut out: Vec<Mention> = Vec::new();
    for (k, n, target) in found {
        let start = folded.original(words[k].0 as usize);
        let mut end = folded.original(words[k + n - 1].1 as usize);
        let next = mentions.partition_point(|m| m.end <= start);
        if let Some(m) = mentions.get(next) {
            if m.start <= start {
                continue;
            }
            end = end.min(m.start);
        }
        let end = start + text[start..end].trim_end_matches(|c: char| c.is_whitespace() || c == '\u{200C}').len();
        let overlaps = |(a, b): (usize, usize)| a < end && start < b;
        let last_resolved = resolved.partition_point(|&(a, _)| a < end);
        if end > start && !out.last().is_some_and(|o| overlaps((o.start, o.end))) && !resolved[..last_resolved].iter().rev().take(4).any(|&r| overlaps(r)) {
            out.push(Mention { start, end, target, how: How::Post });
        }
    }
    out
}
