//! Quotations: direct speech after a speech verb and a colon
//! (`عراقچی تصریح کرد: …`, `وی افزود: …`), with the speaker found among the
//! names and role phrases before the verb, or through `وی`, `او`, `این
//! مقام` to the last person spoken of. A written text quoted by `آمده
//! است:` is its author's, where the clause names the author.

use crate::cues::cues;
use rasad_kb::key::Folded;
use rasad_kb::{How, Kb, Kind, Mention, RoleMention, Target};

/// A quotation found, in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Who said it: an entry of the knowledge base, or a name as written.
    pub speaker: Option<Speaker>,
    /// First byte of the quoted words.
    pub start: usize,
    /// Byte after the last.
    pub end: usize,
    /// Whether the words are a written text's («در بیانیه X آمده است:
    /// …»), often told in the third person: what it tells of others is
    /// read as the article's narrative, not as its author's speech.
    pub written: bool,
}

/// A speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Speaker {
    /// An entry of the knowledge base.
    Kb(usize),
    /// A name as written.
    Name(String),
}

/// The speech verbs (`data/events/speech.tsv`), folded.
fn verbs() -> &'static [String] {
    static V: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    V.get_or_init(|| {
        let mut v: Vec<String> = rasad_text::datafile::records(include_str!("../../../data/events/speech.tsv"))
            .flat_map(|(_, l)| rasad_kb::key::match_keys(l.trim()))
            .collect();
        // A light verb glued to its noun, space lost («ظریف تاکیدکرد:»).
        let glued: Vec<String> = v
            .iter()
            .filter_map(|p| p.rsplit_once(' ').filter(|(_, last)| cues().glued_verb.contains(last)).map(|(head, last)| format!("{head}{last}")))
            .collect();
        for g in glued {
            if !v.contains(&g) {
                v.push(g);
            }
        }
        v.sort_by_key(|s| std::cmp::Reverse(s.len()));
        v
    })
}


fn person_of(m: &Mention, kb: &Kb) -> Option<Speaker> {
    match &m.target {
        Target::Kb(i) if kb.entries[*i].kind == Kind::PER => Some(Speaker::Kb(*i)),
        Target::New { name, kind: Kind::PER } => Some(Speaker::Name(name.clone())),
        _ => None,
    }
}

/// The body or state a mention names, as a speaker: an organization or a
/// country of the base, or a body the base lacks («وزارت امور خارجه
/// پاکستان»).
fn body_of(m: &Mention, kb: &Kb) -> Option<Speaker> {
    match &m.target {
        Target::Kb(i) if kb.entries[*i].kind == Kind::ORG || kb.entries[*i].is_country() => Some(Speaker::Kb(*i)),
        Target::New { name, kind: Kind::ORG } => Some(Speaker::Name(name.clone())),
        _ => None,
    }
}

/// The end (after `»`) of the guillemet that closes a quotation left open at
/// byte `from`, within `limit` and 4,000 bytes: paragraphs may reopen it with
/// a `«` at their start, any other `«` ends the search, and so does a
/// paragraph that opens with a credit, «به گزارش» (the article speaking:
/// «به گزارش ایسنا، او در ادامه آورده است: …»).
fn closing_guillemet(text: &str, from: usize, limit: usize) -> Option<usize> {
    let end = (from + 4000).min(limit);
    let mut line_start = true;
    for (i, c) in text[from..].char_indices() {
        let at = from + i;
        if at >= end {
            return None;
        }
        match c {
            '»' => return Some(at + c.len_utf8()),
            '«' if !line_start => return None,
            '\n' => {
                line_start = true;
                let next = text[at + 1..].trim_start();
                if next.starts_with("به گزارش") {
                    return None;
                }
            }
            c if c.is_whitespace() => {}
            _ => line_start = false,
        }
    }
    None
}

/// Whether `a` and `b` differ in exactly one letter, at the same place.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (mut ai, mut bi) = (a.chars(), b.chars());
    let mut diff = 0;
    loop {
        match (ai.next(), bi.next()) {
            (None, None) => return diff == 1,
            (Some(x), Some(y)) => {
                if x != y {
                    diff += 1;
                    if diff > 1 || x == ' ' || y == ' ' {
                        return false;
                    }
                }
            }
            _ => return false,
        }
    }
}

/// The end (after `»`) of the guillemet closing the one `s` opens with,
/// nested pairs skipped; `None` when it is not closed in `s`.
fn matching_guillemet(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '«' => depth += 1,
            '»' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i + c.len_utf8());
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether `s` opens with a quotation mark that speech may open with: a
/// guillemet, a curly or a straight double quote.
fn opens_quote(s: &str) -> bool {
    s.starts_with(['«', '“', '"'])
}

/// What ends a sentence for the look back at who opened it.
const SENTENCE_END: [char; 4] = ['\n', '.', '!', '؟'];

/// Where the last sentence of `s` starts: past its last sentence end (the
/// whole mark, «؟» is two bytes), else at 0.
fn last_sentence_start(s: &str) -> usize {
    s.rfind(SENTENCE_END).map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8))
}

/// The sentence before byte `at` (which a sentence or clause starts at):
/// its start and the byte of the mark that ends it.
fn sentence_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let end = text[..at].trim_end().rfind(SENTENCE_END)?;
    Some((last_sentence_start(&text[..end]), end))
}

/// Whether a sentence ends where the quotation `s` opens with closes (at
/// byte `close`): after its mark, or just inside it («… مهم است.» بندر …).
/// Where none does, the marks hold a name or a term the sentence goes on
/// from («تاکسی نارنجی» طرحی است …).
fn ends_sentence_at(s: &str, close: usize) -> bool {
    let after = s[close..].trim_start();
    let inside = s[..close].trim_end_matches(['»', '”', '"']).trim_end();
    after.is_empty() || after.starts_with(['.', '!', '؟', '?']) || inside.ends_with(['.', '!', '؟', '?'])
}

/// The end (after its closing mark) of the quotation `s` opens with
/// (`opens_quote`): guillemets nest, double quotes close at the next one.
fn matching_quote(s: &str) -> Option<usize> {
    let close = match s.chars().next()? {
        '«' => return matching_guillemet(s),
        '“' => '”',
        '"' => '"',
        _ => return None,
    };
    let from = s.chars().next()?.len_utf8();
    s[from..].find(close).map(|i| from + i + close.len_utf8())
}

/// The quotations of `text` within `body` (byte span).
/// `is_role_head` tells a folded word that opens one of the knowledge base's
/// role phrases ([`rasad_kb::Recognizer::is_role_head`]).
pub fn find(text: &str, folded: &Folded, body: (usize, usize), mentions: &[Mention], roles: &[RoleMention], is_role_head: &dyn Fn(&str) -> bool, kb: &Kb) -> Vec<Found> {
    // The match key of a slice of the text, read off its fold.
    let key_of = |sub: &str| {
        let a = sub.as_ptr() as usize - text.as_ptr() as usize;
        folded.key(a, a + sub.len())
    };
    let mut out = Vec::new();
    let mut last_person: Option<Speaker> = None;
    // Whether the last quotation was an unnamed source's («یک منبع موثق …
    // اظهار داشت:»): «وی» after it is that source, not the person last named.
    let mut unnamed_last = false;
    // Where the last speaker's clause stood.
    let mut last_at = 0usize;
    // The last person named before a byte offset: people by where their
    // mention ends, so each look-up is a binary search.
    // (Posts standing for a person name no one: they are not namings.)
    // (Nor the dead, named with a blessing for them, «امام خمینی (ره)»:
    // no one «وی» stands for.)
    let blessed = |m: &Mention| {
        let after = text[m.end..].trim_start_matches([' ', '\u{200C}']);
        cues().blessing.iter().any(|b| after.starts_with(b))
    };
    let mut people: Vec<(usize, Speaker)> = mentions.iter().filter(|m| m.how != How::Post && !blessed(m)).filter_map(|m| person_of(m, kb).map(|p| (m.end, p))).collect();
    people.sort_by_key(|p| p.0);
    let named_before = |at: usize| -> Option<Speaker> {
        let i = people.partition_point(|p| p.0 <= at);
        i.checked_sub(1).map(|j| people[j].1.clone())
    };
    // The last person named before `at` as a title's speaker («یزدانی خرم:
    // …», the name right before a colon).
    let title_speaker_before = |at: usize| -> Option<Speaker> {
        let hi = mentions.partition_point(|m| m.end <= at);
        mentions[..hi].iter().rev().filter(|m| text[m.end..].trim_start_matches([' ', '\u{200C}']).starts_with(':')).find_map(|m| person_of(m, kb))
    };
    // The person named last before `at` as the subject of a sentence of its
    // own (at a paragraph's or sentence's start), after byte `after`.
    // Mentions are in text order: the ones between are found by binary search.
    let subject_since = |after: usize, at: usize| -> Option<Speaker> {
        let (lo, hi) = (mentions.partition_point(|m| m.start < after), mentions.partition_point(|m| m.start < at));
        mentions[lo..hi]
            .iter()
            .rev()
            .filter(|m| m.end <= at && !blessed(m))
            .filter(|m| {
                let before = text[..m.start].trim_end_matches([' ', '\u{200C}', '«', '"']);
                // …or right after the credit that opens it («به گزارش …، «X» …»).
                // (And its source: «به گزارش X، به نقل از Y؛ «Z» …».)
                let after_credit = before.strip_suffix(['،', '؛']).is_some_and(|b| {
                    let sentence = &b[last_sentence_start(b)..];
                    // (The credit's own comma: none before it, no speech since.)
                    sentence.trim_start().starts_with("به گزارش") && !sentence.contains(':') && sentence.split(['،', '؛']).skip(1).all(|c| c.trim_start().starts_with("به نقل از"))
                });
                before.is_empty() || before.ends_with(SENTENCE_END) || after_credit
            })
            .find_map(|m| person_of(m, kb))
    };
    // People by their surname (the last word, and the last two, of the name
    // as written), where each was first named: «کیشانی … متذکر شد» after
    // «محمد کیشانی …», «غلامیان دهکردی ادامه داد».
    // Each surname keeps its first naming: (order, end, person).
    let mut surnames: rustc_hash::FxHashMap<String, (usize, usize, Speaker)> = rustc_hash::FxHashMap::default();
    for m in mentions.iter().filter(|m| m.how != How::Post) {
        let Some(p) = person_of(m, kb) else { continue };
        let key = folded.key(m.start, m.end);
        let words: Vec<&str> = key.split(' ').collect();
        if words.len() < 2 {
            continue;
        }
        for n in 1..=2.min(words.len() - 1) {
            let sur = words[words.len() - n..].join(" ");
            if sur.chars().count() >= 3 {
                let order = surnames.len();
                surnames.entry(sur).or_insert((order, m.end, p.clone()));
            }
        }
        // (Of a three-word name, the middle word too when it is no given
        // name: «نیکزاد» of «علی نیکزاد ثمرین», not «علی» of «محمد علی X».)
        // (People the base lacks: its own have their spellings listed.)
        if matches!(p, Speaker::Name(_)) && words.len() == 3 && words[1].chars().count() >= 4 && !kb.first_names.contains(words[1]) {
            let order = surnames.len();
            surnames.entry(words[1].to_string()).or_insert((order, m.end, p.clone()));
        }
    }
    // The person a clause opening with a surname (one word or two) speaks
    // for, if named before; of two, the one named first.
    let by_surname = |clause: &str, at: usize| -> Option<Speaker> {
        let words: Vec<&str> = clause.split(' ').map(|w| w.trim_matches(['،', ',', ':', '«', '»', '"'])).filter(|w| !w.is_empty()).take(2).collect();
        let two = words.join(" ");
        let keys = [Some(two.as_str()), words.first().copied()];
        let exact = keys.into_iter().flatten().filter_map(|k| surnames.get(k)).filter(|(_, end, _)| *end <= at).min_by_key(|(order, _, _)| *order);
        // A surname misspelt by one letter («تحت روانچی» after «مجید تخت
        // روانچی»): long surnames only, of people already named.
        let near = || {
            keys.into_iter()
                .flatten()
                .filter(|k| k.chars().count() >= 6)
                .find_map(|k| surnames.iter().filter(|(sur, (_, end, _))| *end <= at && one_letter_apart(sur, k)).map(|(_, v)| v).min_by_key(|(order, _, _)| *order))
        };
        exact.or_else(near).map(|(_, _, p)| p.clone())
    };
    // A «…» quotation that runs over several paragraphs: the lines it covers
    // are not read again for quotations of their own.
    let mut covered_until = 0usize;
    // Quotations of an office-holder the text has not named yet («فرماندار
    // دالاهو … گفت:» in the lead): by their index in `out`.
    let mut unnamed_lead: Vec<(usize, String)> = Vec::new();
    let mut pos = body.0;
    for line in text[body.0..body.1].split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        if line_start < covered_until {
            continue;
        }
        let line = line.trim_end();
        // Every «VERB:» of the paragraph: (colon, clause start, verb).
        // (colon or opening mark, clause start, verb, speech opened by «که»)
        let mut colons: Vec<(usize, usize, &'static str, bool)> = Vec::new();
        // «X گفت: …» and «X گفت «…»» (speech opened by a guillemet or a
        // double quote, no colon; a straight quote opens only where an even
        // number of them stand before it).
        // (Found byte by byte: a colon, a straight quote, or the lead bytes
        // of « and “; the line is scanned once, its straight quotes counted
        // on the way.)
        let mut openers: Vec<usize> = Vec::new();
        let mut straight = 0usize;
        let bytes = line.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let opener = match b {
                b':' => {
                    openers.push(i);
                    continue;
                }
                b'"' => {
                    straight += 1;
                    // (Counted before this one: an even number opens.)
                    (straight - 1) % 2 == 0
                }
                0xC2 => bytes.get(i + 1) == Some(&0xAB),
                0xE2 => bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0x9C),
                _ => continue,
            };
            if opener && !line[..i].trim_end().ends_with(':') {
                openers.push(i);
            }
        }
        for colon in openers {
            // A double quote inside speech already opened on the line is
            // someone quoted by the speaker («… بر خلاف اظهارنظر عسگری که
            // می‌گوید "…"»), not a new quotation.
            if !colons.is_empty() && line[colon..].starts_with(['"', '“']) {
                continue;
            }
            let before = &line[..colon];
            // Only the end of the text before the colon can hold the verb.
            let mut tail = before.len().saturating_sub(96);
            while !before.is_char_boundary(tail) {
                tail += 1;
            }
            let folded = key_of(before[tail..].trim_end().trim_end_matches(['»', '"']));
            // «X گفت که «…»»: speech in guillemets after «که» is direct too.
            // (In double quotes, or after «با بیان این جمله/مطلب که», which
            // announces one sentence: «… که «امامت»، یکی از …» is a term the
            // speech goes on from.)
            let after_ke = folded.ends_with(" که") && opens_quote(&line[colon..]);
            let double_quoted = line[colon..].starts_with(['“', '"']);
            let folded = match folded.strip_suffix(" که") {
                Some(f) if opens_quote(&line[colon..]) => f,
                _ => folded,
            };
            let verb = verbs().iter().find(|v| folded.ends_with(v.as_str()) && folded[..folded.len() - v.len()].chars().next_back().is_none_or(|c| c == ' ' || c.is_ascii_punctuation() || matches!(c, '،' | '؛' | '«' | '»'))).map(String::as_str);
            // «طبق اعلام سخنگوی …، «…»», «به گفته X، «…»»: a credit of speech
            // opening the sentence, a comma, then the speech in guillemets.
            let credit = || {
                let sentence_start = before.char_indices().rev().find(|(_, c)| matches!(c, '.' | '!' | '؟' | '?' | ':')).map_or(0, |(i, c)| i + c.len_utf8());
                let sentence = key_of(before[sentence_start..].trim());
                (line[colon..].starts_with('«') && sentence.ends_with('،') && cues().speech_credit.iter().any(|c| sentence.starts_with(c))).then_some("")
            };
            let Some(verb) = verb.or_else(credit) else {
                continue;
            };
            // («پی نوشت:» heads footnotes.)
            if cues().not_speech.iter().any(|n| folded.ends_with(n) && folded[..folded.len() - n.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric())) {
                continue;
            }
            // …but after a verb of saying, a name or a term in guillemets
            // that the clause goes on from is reported speech, not a
            // quotation («اعلام کرد که «فواد حسین» فردا به تهران سفر
            // می‌کند»). (After «با بیان این مطلب که», the sentence announced
            // is the speech, term or not.)
            // (So too with no «که»: «رسانه‌های ژاپنی می‌گویند «آبه شینزو» …».)
            if !verb.starts_with("با بیان") && line[colon..].starts_with('«') && matching_quote(&line[colon..]).is_some_and(|c| !ends_sentence_at(&line[colon..], c)) {
                continue;
            }
            // The clause before the verb: from the last sentence end or colon
            // (a credit, «خبرگزاری فارس: کارشناس داوری فوتبال گفت:»).
            let mut clause_start = before.char_indices().rev().find(|(_, c)| matches!(c, '.' | '!' | '؟' | '?' | ':')).map_or(0, |(i, c)| i + c.len_utf8());
            // Right after the last speech, a semicolon ends it: «… گفت: …؛
            // وی افزود: …» is two quotations.
            if colons.last().is_some_and(|&(prev, _, _, _)| clause_start == prev + 1) {
                if let Some(i) = before[clause_start..].rfind(['؛', ';']) {
                    clause_start += i + before[clause_start + i..].chars().next().map_or(1, char::len_utf8);
                }
            }
            // A later «VERB:» inside the same clause continues the quotation.
            if colons.last().is_some_and(|&(prev, _, _, _)| clause_start <= prev) {
                continue;
            }
            // A medium's report («ایسنا نوشت: …», «خبرگزاری دولتی عربستان
            // … نوشت: …») is what the article tells, not speech: the clause
            // opens with a medium's word or with a medium the base knows.
            // (After a credit and a semicolon too: «به گزارش جماران؛ ایلنا نوشت:».)
            let medium_start = before[clause_start..].char_indices().rev().find(|(_, c)| matches!(c, '؛' | ';')).map_or(clause_start, |(i, c)| clause_start + i + c.len_utf8());
            if ["نوشت", "گزارش داد", "گزارش کرد"].contains(&verb) && reported_by_medium(&line[medium_start..colon], line_start + medium_start, mentions, kb) {
                continue;
            }
            colons.push((colon, clause_start, verb, after_ke && (double_quoted || verb.starts_with("با بیان"))));
        }
        for (k, &(colon, clause_start, verb, after_ke)) in colons.iter().enumerate() {
            let (cs, ce) = (line_start + clause_start, line_start + colon);
            let in_clause = |s: usize, e: usize| s >= cs && e <= ce;
            // The mentions that start inside the clause (mentions are in text
            // order: two binary searches, not a scan per colon).
            let clause_mentions = &mentions[mentions.partition_point(|m| m.start < cs)..mentions.partition_point(|m| m.start < ce)];
            // The subject: the first person or role in the clause that is not
            // the object of a preposition or part of another role.
            let not_object = |s: usize| {
                // Only the stretch of the clause since its last comma is read
                // (folded once, not the whole clause for every name).
                let raw = &text[cs..s];
                let from = raw.rfind(['،', ',']).map_or(0, |i| i + raw[i..].chars().next().map_or(1, char::len_utf8));
                let stretch = folded.key(cs + from, s);
                let mut last_two = stretch.rsplit(' ');
                let prev_word = last_two.next().unwrap_or("");
                // (A noun after «این» frames the clause, «در ادامه این دیدار X
                // … خاطرنشان کرد»: the name after it is its subject.)
                let framed = matches!(last_two.next(), Some("این" | "همین"));
                // …nor the topic of the speech: a topic phrase opens the
                // stretch of the clause since its last comma.
                let topic = cues().speech_topic_spaced.iter().any(|(head, inner)| stretch.starts_with(head.as_str()) || stretch.contains(inner.as_str()));
                (framed || !cues().speech_object.contains(&prev_word)) && !topic
            };
            // A post after a name and a comma («آنگلا مرکل، صدراعظم آلمان»)
            // is that name's: read where the name stands.
            let appositive_of = |at: usize| -> usize {
                clause_mentions
                    .iter()
                    .filter(|m| m.end <= at && matches!(text[m.end..at].trim(), "،" | ",") && person_of(m, kb).is_some())
                    .map(|m| m.start)
                    .next()
                    .unwrap_or(at)
            };
            // A post whose aide heads the clause («مشاور امور بین‌الملل رئیس
            // مجلس گفت:»): the principal does not speak.
            let aide_of = |at: usize| cues().aide_domain_before(folded.key(cs, at));
            let mut candidates: Vec<(usize, Speaker)> = clause_mentions
                .iter()
                .filter(|m| in_clause(m.start, m.end))
                .filter_map(|m| person_of(m, kb).map(|p| (m.start, p)))
                .filter(|c| not_object(c.0))
                .chain(roles.iter().filter(|r| in_clause(r.start, r.end) && not_object(appositive_of(r.start)) && !aide_of(r.start)).filter_map(|r| r.person.map(|p| (r.start, Speaker::Kb(p)))))
                .collect();
            candidates.sort_by_key(|c| c.0);
            // «… با حضور پادشاه عربستان … خبر داده بودند که X … گفت:»: past a
            // finite verb and «که», the clause has its own subject; who is
            // named before is not the speaker, when someone is named after.
            let raw = &text[cs..ce];
            let floor = raw
                .match_indices(" که ")
                .filter(|&(i, _)| raw[..i].rsplit(' ').next().is_some_and(|w| cues().reporting_verb.contains(&rasad_kb::key::match_key(w).as_str())))
                .map(|(i, _)| cs + i)
                .last();
            if let Some(f) = floor.filter(|&f| candidates.iter().any(|c| c.0 > f)) {
                candidates.retain(|c| c.0 > f);
            }
            // An office whose holder is not known (`نخست‌وزیر سابق رژیم
            // صهیونیستی با اشاره به سخنرانی … نتانیاهو گفت`) heads the clause
            // before any name: the names after it are not the speaker.
            // (It heads the clause: a few words at most before it, not «… با
            // حضور پادشاه عربستان … خبر داده بودند که X … گفت».)
            let heads = |r: &&RoleMention| text[cs..r.start].split_whitespace().count() <= 3;
            let unknown = roles.iter().filter(|r| in_clause(r.start, r.end) && not_object(r.start) && r.person.is_none()).filter(heads).min_by_key(|r| r.start);
            let unknown_role = unknown.map(|r| r.start);
            // A former holder, or another country's: not the person last named.
            let elsewhere = unknown.is_some_and(|r| r.former || (r.country_written && r.country != "IR"));
            if let Some(at) = unknown_role {
                // (A post the text names the holder of starts with the role.)
                candidates.retain(|c| c.0 <= at);
            }
            let clause_text = folded.key(cs, ce);
            // A credit opening the clause is no part of it («به گزارش ایرنا،
            // وی … گفت:»).
            let clause_text = match clause_text.strip_prefix("به گزارش ").and_then(|r| r.split_once('،')) {
                Some((_, rest)) => rest.trim_start(),
                None => clause_text,
            };
            // Nor is a dateline («ارومیه - ایرنا - استاندار … گفت»): a place
            // and an outlet, each closed by a dash, among the first words.
            // (One dash is a name's, «دانشگاه علمی - کاربردی», or a list's.)
            let clause_text = {
                let head = clause_text.split(' ').take(5).map(|w| w.len() + 1).sum::<usize>().min(clause_text.len());
                let dashes = clause_text[..head].matches('-').count();
                match clause_text[..head].rfind('-') {
                    Some(i) if dashes == 2 && !clause_text.starts_with('-') => clause_text[i + 1..].trim_start(),
                    _ => clause_text,
                }
            };
            // The clause is the pronoun, opens with it (a comma may set it
            // off: «وی، صحبت درباره … عنوان کرد و افزود:»), or ends «… وی گفت».
            let pronoun = cues().pronoun.iter().any(|p| {
                clause_text == *p
                    || clause_text.strip_prefix(p).is_some_and(|r| r.starts_with([' ', '،', ',']))
                    || clause_text.strip_suffix(verb).and_then(|r| r.strip_suffix(' ')).and_then(|r| r.strip_suffix(p)).is_some_and(|r| r.ends_with(' '))
            });
            // A clause headed by an office (`مدیرکل هواشناسی ایلام گفت`)
            // whose holder the text does not name there.
            let role_head = unknown_role.is_some() || clause_text.split(' ').next().is_some_and(is_role_head);
            let surname_speaker = || by_surname(&clause_text, cs);
            // No person: a body or a state heading the clause speaks
            // («جنبش جهاد اسلامی فلسطین نیز با صدور پیامی گفت:»).
            let body_speaker = || {
                clause_mentions
                    .iter()
                    // …and the clause is short: the body, a few words, the verb.
                    .find(|m| in_clause(m.start, m.end) && text[cs..m.start].trim().is_empty() && text[m.end..ce].split_whitespace().count() <= 8)
                    // (A body the base lacks too: «وزارت امور خارجه پاکستان نیز اعلام کرد:».)
                    .and_then(|m| body_of(m, kb))
            };
            // A clause headed by a post (`مدیرکل غرب اروپا تأکید کرد`) is not
            // spoken by one who has not spoken yet and whom the text gives
            // another post right after their name (`«سایمون شرکلیف» سفیر
            // انگلیس`, summoned). (A speaker already heard keeps the clause:
            // one person has several posts, «نماینده مردم …» then «عضو
            // کمیسیون … افزود».)
            let head_word = clause_text.split(' ').next().unwrap_or("");
            let fits_post = |s: &Speaker| pronoun || !is_role_head(head_word) || !holds_other_post(text, mentions, kb, s, head_word, is_role_head);
            // «بیانیه مذکور می‌افزاید:»: the body whose statement the text
            // named last («بیانیه کرملین»), not the person last heard.
            let document = clause_text.split(' ').next().is_some_and(|w| cues().statement_noun.contains(&w));
            // The author of the last statement or message the text named
            // before the clause: a body for «بیانیه»/«اطلاعیه», a person too
            // for «پیام»/«نامه» (the `author` rule below).
            let doc_noun = |w: &str| cues().statement_noun.contains(&w) || cues().message.contains(&w);
            let author_before = |author: &dyn Fn(&Mention) -> Option<Speaker>, noun: &dyn Fn(&str) -> bool| {
                mentions[..mentions.partition_point(|m| m.start < cs)].iter().rev().find_map(|m| {
                    let before = rasad_kb::key::match_key(text[..m.start].trim_end().rsplit(char::is_whitespace).next().unwrap_or(""));
                    noun(&before).then(|| author(m)).flatten()
                })
            };
            let statement_body = || author_before(&|m| body_of(m, kb), &|w| cues().statement_noun.contains(&w));
            // «در بیانیه کرملین آمده است: …», «پیام X … آمده است: …»: a
            // written text's words are its author's — the name right after
            // the statement or message noun (or after «از سوی» or «به نقل
            // از» in such a clause); «در این بیانیه …»: the author of the
            // statement the text named last. A text whose author the clause
            // does not tell («در ماده ۱ آمده است:») is no quotation.
            let author = |m: &Mention| person_of(m, kb).or_else(|| body_of(m, kb));
            let written_by = || -> Option<Speaker> {
                let clause_words: Vec<&str> = clause_text.split(' ').collect();
                if !clause_words.iter().any(|w| doc_noun(w)) {
                    return None;
                }
                let named = clause_mentions.iter().filter(|m| in_clause(m.start, m.end)).find_map(|m| {
                    let before = folded.key(cs, m.start);
                    let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
                    let n = words.len();
                    let after_noun = n >= 1 && doc_noun(words[n - 1]);
                    let by = (n >= 2 && words[n - 2..] == ["از", "سوی"]) || (n >= 3 && words[n - 3..] == ["به", "نقل", "از"]);
                    (after_noun || by).then(|| author(m)).flatten()
                });
                let this_one = clause_words.windows(2).any(|w| (matches!(w[0], "این" | "همین") && doc_noun(w[1])) || (doc_noun(w[0]) && w[1] == "مذکور"));
                // …or the person who opens the sentence before, which names
                // the message («X … در یک پیام توییتری … توصیف کرد.» then «در
                // این پیام آمده است: …»).
                let sender = || -> Option<Speaker> {
                    let (start, end) = sentence_before(text, cs)?;
                    let first = mentions[mentions.partition_point(|m| m.start < start)..].iter().take_while(|m| m.end <= end).find_map(|m| person_of(m, kb).map(|p| (m.end, p)))?;
                    folded.key(first.0, end).split(' ').any(|w| cues().message.contains(&w)).then_some(first.1)
                };
                named.or_else(|| this_one.then(|| author_before(&author, &doc_noun).or_else(sender)).flatten())
            };
            // «… و طرف برزیلی … اظهار داشت:»: the side of a country, the
            // person of that country the text last named.
            let side_speaker = || -> Option<Speaker> {
                let at = clause_text.match_indices("طرف ").map(|(i, _)| i).find(|&i| i == 0 || clause_text[..i].ends_with(' '))?;
                let next = clause_text[at + "طرف ".len()..].split(' ').next()?;
                let country = kb.demonyms.iter().find(|(d, _)| rasad_kb::key::match_key(d) == next).map(|(_, c)| c)?;
                // (The one named most often, the side's voice, not a leader
                // only mentioned: «دولت لولا داسیلوا» beside the minister.)
                let mut named: Vec<(usize, usize)> = Vec::new();
                for m in &mentions[..mentions.partition_point(|m| m.start < cs)] {
                    if let Target::Kb(i) = m.target {
                        if kb.entries[i].kind == Kind::PER && kb.entries[i].country.as_deref().is_some_and(|h| h.eq_ignore_ascii_case(country)) {
                            match named.iter_mut().find(|(p, _)| *p == i) {
                                Some((_, n)) => *n += 1,
                                None => named.push((i, 1)),
                            }
                        }
                    }
                }
                // (Ties go to the first named: `max_by_key` keeps the last.)
                named.iter().rev().max_by_key(|(_, n)| *n).map(|&(i, _)| Speaker::Kb(i))
            };
            let written = cues().statement_verb.contains(&verb);
            let speaker = if written {
                match written_by() {
                    Some(s) => Some(s),
                    None => continue,
                }
            } else {
                match candidates.into_iter().next().map(|c| c.1).or_else(surname_speaker).or_else(side_speaker).or_else(body_speaker) {
                    Some(s) => Some(s),
                    None if document => statement_body(),
                    // «وی»: the last speaker, unless a person has since opened a sentence of their own.
                    // (A short clause an office heads, «سخنگوی وزارت امور خارجه
                    // گفت», is read below: not the person last named anywhere.)
                    None if pronoun || clause_text == verb || (clause_text.split(' ').count() <= 6 && !role_head) => {
                        let since = subject_since(last_at, cs);
                        if unnamed_last && since.is_none() {
                            None
                        } else {
                            since.filter(fits_post).or_else(|| last_person.clone()).or_else(|| named_before(cs).filter(fits_post))
                        }
                    }
                    // The office-holder is the person the text last named (often
                    // only in the title: «یزدانی خرم: …» then «رئیس فدراسیون والیبال گفت:»).
                    // A person of the knowledge base holding that office is found
                    // by the role phrase itself; here only people it lacks.
                    None if elsewhere => None,
                    // (…or, before anyone has spoken, the one who opened the sentence
                    // right before, past the title: «X … در دیدار با Y …» then «سفیر
                    // ایران در ارمنستان … اظهار داشت:».)
                    None if role_head => last_person.clone().or_else(|| title_speaker_before(cs).filter(fits_post)).or_else(|| {
                        let (prev_start, _) = sentence_before(text, cs)?;
                        let title_end = text.find('\n').unwrap_or(text.len());
                        (prev_start > title_end).then(|| subject_since(prev_start, cs).filter(fits_post)).flatten()
                    }),
                    None => None,
                }
            };
            // «یک منبع …» (an unnamed source) or «یک محقق …» (one of a kind):
            // whether the clause opens with «یک» and then an unnamed source.
            let yek_source = clause_text.strip_prefix("یک ").map(|r| cues().unnamed_source.contains(&r.split(' ').next().unwrap_or("")));
            if let Some(s) = &speaker {
                last_person = Some(s.clone());
                last_at = ce;
                unnamed_last = false;
            } else if yek_source == Some(true) {
                unnamed_last = true;
                last_at = ce;
            }
            // …or one of a kind («یک محقق طب اسلامی گفت:»), not an unnamed source.
            let one_of = yek_source == Some(false);
            let lead_office = speaker.is_none() && (role_head || one_of) && !elsewhere && people.partition_point(|p| p.0 <= cs) == 0;
            // «وی … گفت:» right after such a lead, no one named since: the
            // same office-holder, named later with the lead.
            let lead_pronoun = speaker.is_none() && pronoun && !lead_office && unnamed_lead.last().is_some_and(|&(i, _)| i + 1 == out.len()) && people.partition_point(|p| p.0 <= cs) == 0;
            // The quote: up to the next speaker's clause, else the paragraph's end.
            let guillemet = opens_quote(&line[colon..]);
            let skip = if guillemet { 0 } else { 1 };
            let rest = &line[colon + skip..];
            // Speech starts after blanks and a stray ZWNJ («گفت:‌باید»).
            let lead = rest.len() - rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{200C}').len();
            let mut until = colons.get(k + 1).map_or(line.len(), |n| n.1);
            // Speech opened by a guillemet ends at the one that closes it
            // (nested pairs skipped: «… فیلم «God father» …»), when that comes
            // first: «…». وی مدعی شد: «…» is two quotations, not one.
            let open = colon + skip + lead;
            if opens_quote(&line[open..]) {
                // …and a sentence ends there, after it or just inside it
                // («… مهم است.» بندر چابهار …): «تاکسی نارنجی» طرحی است … is a
                // name the speech goes on from.
                // (Speech a «که» opens in quote marks ends at its closing mark:
                // «با بیان این جمله که “…”، حضور … را تبریک گفت».)
                if let Some(close) = matching_quote(&line[open..]).filter(|&c| after_ke || ends_sentence_at(&line[open..], c)) {
                    until = until.min(open + close);
                }
            }
            let mut qs = line_start + colon + skip + lead;
            let mut qe = line_start + line[..until.max(colon + skip)].trim_end().len();
            // Speech with no quote marks ends before a sentence that opens
            // with its speaker's name: the article telling of them again
            // («… گفت: …. بشار اسد و علی‌اکبر ولایتی در این دیدار … تاکید کردند.»).
            // (So does one the article opens with a credit, whoever spoke:
            // «… اضافه کرد: …. بنابراین گزارش، تهران …».)
            if qs < qe && !opens_quote(&line[open..]) {
                let named = |at: usize| {
                    let i = mentions.partition_point(|m| m.start < at);
                    speaker.as_ref().is_some_and(|who| mentions.get(i).is_some_and(|m| m.start == at && person_of(m, kb).as_ref() == Some(who)))
                };
                let cut = text[qs..qe].match_indices(['.', '!', '؟']).map(|(i, c)| qs + i + c.len()).find(|&end| {
                    let rest = &text[end..qe];
                    let next = end + (rest.len() - rest.trim_start().len());
                    // (…told in the third person: no «ما» or «من» in it.)
                    let sentence = &text[next..qe];
                    let sentence = &sentence[..sentence.find(['.', '!', '؟']).unwrap_or(sentence.len())];
                    let third_person = || !sentence.split(|c: char| c.is_whitespace() || c == '،').any(|w| cues().first_person.contains(&w));
                    let credit = || cues().narrator_credit.iter().any(|c| sentence.starts_with(c));
                    next < qe && ((named(next) && third_person()) || reports_speech(sentence) || credit())
                });
                if let Some(end) = cut {
                    qe = end;
                }
            }
            // «… گفته است:» ending its line: the speech is the next paragraph
            // (blank lines passed over), unless that one has a speaker's
            // clause of its own, a list announced («به شرح زیر») or numbered.
            let announces_list = || cues().list_announce.iter().any(|l| clause_text.contains(l));
            if qe <= qs && until == line.len() && pos < body.1 && !announces_list() {
                let next = &text[pos..body.1];
                let blank = next.len() - next.trim_start().len();
                let from = pos + blank;
                let to = text[from..body.1].find('\n').map_or(body.1, |n| from + n);
                let para = text[from..to].trim_end();
                let numbered = para.chars().next().is_some_and(|c| c.is_numeric()) && para.trim_start_matches(char::is_numeric).starts_with(['.', '-', ')', '_']);
                if !para.is_empty() && !numbered && !para.contains(':') && para.split_whitespace().count() >= 3 {
                    qs = from;
                    qe = from + para.len();
                    covered_until = covered_until.max(to);
                }
            }
            // Opened by «, not closed on its line, and nothing else said on
            // it: the quotation goes on to its closing guillemet.
            if until == line.len() && qe > qs && text[qs..].starts_with('«') && text[qs..qe].matches('«').count() > text[qs..qe].matches('»').count() {
                if let Some(close) = closing_guillemet(text, qe, body.1) {
                    qe = close;
                    covered_until = text[close..body.1].find('\n').map_or(body.1, |n| close + n + 1);
                }
            }
            // Speech in double quotes is the words inside them: the marks
            // are the text's («…»'s are kept, as the record has always had).
            if let Some(m) = text.get(qs..qe).and_then(|q| q.chars().next()).filter(|c| matches!(c, '“' | '"')) {
                let close = if m == '“' { '”' } else { '"' };
                if qe - qs > m.len_utf8() + close.len_utf8() && text[qs..qe].ends_with(close) {
                    qs += m.len_utf8();
                    qe -= close.len_utf8();
                }
            }
            // «« پروژه … »», the marks set apart by blanks: the words inside
            // them (a quotation starts with its first word).
            if text.get(qs..qe).is_some_and(|q| q.starts_with("«") && q["«".len()..].starts_with(char::is_whitespace)) {
                let inner = &text[qs + "«".len()..qe];
                let lead = inner.len() - inner.trim_start().len();
                let body = inner.trim_end();
                let body = body.strip_suffix('»').filter(|b| !b.contains('»')).map_or(body, str::trim_end);
                if !body.trim_start().is_empty() {
                    qs += "«".len() + lead;
                    qe = qs + body.len() - lead;
                }
            }
            // «به گزارش X، ایرنا به نقل از Y نوشت: …»: an outlet relaying
            // the report, not speech.
            let relayed = speaker.is_none() && clause_text.contains("به نقل از") && (clause_text.ends_with("نوشت") || clause_text.ends_with("گزارش داد"));
            if !relayed && qe > qs && text[qs..qe].chars().filter(|&c| rasad_text::chars::is_letter(c) || c.is_alphabetic()).nth(2).is_some() {
                if lead_office {
                    unnamed_lead.push((out.len(), clause_text.split(' ').next().unwrap_or("").to_string()));
                } else if lead_pronoun {
                    let head = unnamed_lead.last().map(|l| l.1.clone()).unwrap_or_default();
                    unnamed_lead.push((out.len(), head));
                }
                out.push(Found { speaker, start: qs, end: qe, written });
            }
        }
    }
    // The lead speaks of an office before anyone is named; the body then
    // names the holder as its first speaker («رئیس اداره دامپزشکی اقلید …
    // گفت:», then «خدارضا امیدی امروز در گفت‌وگو با …»).
    // (With no speaker after it, the first person named after the quotation
    // with a post of the same head apposed: «… گفت: …», then «به ریاست X،
    // رئیس این انجمن».)
    for (i, head) in unnamed_lead {
        let apposed = || {
            mentions[mentions.partition_point(|m| m.start < out[i].end)..].iter().filter(|m| m.how != How::Post).find_map(|m| {
                let after = folded.key(m.end, (m.end + 40).min(text.len()));
                let after = after.strip_prefix('،').or_else(|| after.strip_prefix(',')).unwrap_or("").trim_start();
                (after.split(' ').next() == Some(head.as_str())).then(|| person_of(m, kb)).flatten()
            })
        };
        if let Some(s) = out[i + 1..].iter().find_map(|q| q.speaker.clone()).or_else(apposed) {
            out[i].speaker = Some(s);
        }
    }
    out
}

/// Whether `sentence` opens with the article telling, of «وی» or «او», what
/// they said in reported speech («وی عنوان کرد که …», «وی همچنین گفت که
/// …»): the narrative again, past the end of a quotation with no marks.
fn reports_speech(sentence: &str) -> bool {
    let folded = rasad_kb::key::match_key(&sentence.chars().take(60).collect::<String>());
    let Some(rest) = ["وی ", "او "].iter().find_map(|p| folded.strip_prefix(p)) else { return false };
    let rest = rest.strip_prefix("همچنین ").unwrap_or(rest);
    verbs().iter().any(|v| rest.strip_prefix(v.as_str()).is_some_and(|r| r.starts_with(" که ")))
}

/// Whether the text names `who` with posts right after their name
/// («سایمون شرکلیف» سفیر انگلیس) none of which is `head`: a clause headed
/// by `head` is then someone else's. (The posts run to the next comma or
/// stop, twelve words at most: «X نماینده مردم ارومیه و عضو کمیسیون …».)
fn holds_other_post(text: &str, mentions: &[Mention], kb: &Kb, who: &Speaker, head: &str, is_role_head: &dyn Fn(&str) -> bool) -> bool {
    let mut posted = false;
    for m in mentions.iter().filter(|m| m.how != How::Post && person_of(m, kb).as_ref() == Some(who)) {
        let after = text[m.end..].trim_start_matches([' ', '\u{200C}', '»', '"', '،', ',']);
        let stretch = &after[..after.find(['،', ',', '.', ':', '؛', '\n']).unwrap_or(after.len())];
        let words: Vec<String> = stretch.split_whitespace().take(12).map(rasad_kb::key::match_key).collect();
        if words.iter().any(|w| w == head) {
            return false;
        }
        posted |= words.first().is_some_and(|w| is_role_head(w));
    }
    posted
}

/// Whether the clause before a colon (`clause`, starting at byte `at` of the
/// text) is headed by a news medium, with no credit mark in it: a medium's word (`media-head` in
/// grammar.tsv: «خبرگزاری», «روزنامه») or a body of the base whose Persian
/// name starts with one («ایسنا» is «خبرگزاری ایسنا»).
fn reported_by_medium(clause: &str, at: usize, mentions: &[Mention], kb: &Kb) -> bool {
    let lead = clause.len() - clause.trim_start().len();
    // (Not a credit before the speaker: «خبرگزاری فارس - یک استاد … گفت».)
    if clause.contains(['-', '–', '_', '،', ',']) {
        return false;
    }
    // (Past a line's bullet or emoji: «🔹خبرگزاری دولت نوشت: …».)
    let folded = rasad_kb::key::match_key(clause.trim().trim_start_matches(|c: char| !c.is_alphanumeric()));
    let first = folded.split(' ').next().unwrap_or("");
    if cues().media_head.contains(&first) {
        return true;
    }
    // An outlet's name heading the clause («ایلنا نوشت»).
    let keys: Vec<Vec<u8>> = clause
        .split_whitespace()
        .take(4)
        .map(|w| {
            let mut k = Vec::new();
            rasad_text::key::push_key(w.as_bytes(), &mut k);
            k
        })
        .collect();
    if rasad_ingest::outlets::Outlets::builtin().by_words(keys.iter().map(Vec::as_slice)).is_some() {
        return true;
    }
    let start = at + lead;
    // (Mentions are in text order.)
    mentions[mentions.partition_point(|m| m.start < start)..].iter().take_while(|m| m.start == start).any(|m| match &m.target {
        Target::Kb(i) => {
            let e = &kb.entries[*i];
            e.kind == Kind::ORG && rasad_kb::key::match_key(&e.name_fa).split(' ').next().is_some_and(|w| cues().media_head.contains(&w))
        }
        _ => false,
    })
}
