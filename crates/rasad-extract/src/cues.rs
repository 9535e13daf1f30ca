//! The word lists the event and quotation rules read around names (titles,
//! object markers, possessed nouns, pronouns, …): data, kept in
//! `data/events/grammar.tsv` and loaded once.

use std::sync::OnceLock;

/// The lists of `grammar.tsv`, one field per kind.
pub(crate) struct Cues {
    /// Meeting nouns that open a meeting of their own inside a sentence.
    pub nested: Vec<&'static str>,
    /// Words before a name that make it part of another's role.
    pub modifier: Vec<&'static str>,
    /// Nouns that open the domain of such a post, between the modifier and
    /// the name or post it belongs to («مشاور امور بین‌الملل رئیس مجلس»).
    pub aide_domain: Vec<&'static str>,
    /// Nouns before a name whose possessor it is.
    pub possessed: Vec<&'static str>,
    /// Titles before a name.
    pub title: Vec<&'static str>,
    /// Words before a name that make it an event's object.
    pub object: Vec<&'static str>,
    /// Words that may head a clause a state or body opens.
    pub state_head: Vec<&'static str>,
    /// Connectives that may open such a clause.
    pub clause_opener: Vec<&'static str>,
    /// Words before a name that make it no quotation's speaker.
    pub speech_object: Vec<&'static str>,
    /// Words standing for the last person spoken of.
    pub pronoun: Vec<&'static str>,
    /// Phrases that open what a speaker speaks about: a name after one, in
    /// the same stretch of the clause, is no speaker.
    pub speech_topic: Vec<&'static str>,
    /// The speech-topic phrases with a space after (`"در خصوص "`), and with
    /// one on either side (`" در خصوص "`), for matching inside a clause.
    pub speech_topic_spaced: Vec<(String, String)>,
    /// Words right before a place that make it a trip's destination.
    pub destination: Vec<&'static str>,
    /// Stance nouns whose object follows «از».
    pub takes_az: Vec<&'static str>,
    /// Words after «یک» that make a lead's speaker an unnamed source.
    pub unnamed_source: Vec<&'static str>,
    /// Light verbs that make an event noun before them a predicate.
    pub light_verb: Vec<&'static str>,
    /// Phrases opening an adverbial clause: a name in it is no subject of
    /// the main clause after the comma.
    pub adverbial: Vec<&'static str>,
    /// Meeting nouns a verb of taking part goes with («در نشست X شرکت کرد»).
    pub forum_noun: Vec<&'static str>,
    /// Finite verbs that report (`گفت`, `کرد` of `اعلام کرد`): after one and
    /// «که», the clause has its own subject.
    pub reporting_verb: Vec<&'static str>,
    /// Envoys a state summons (`سفیر`, `کاردار`): the country after one is
    /// whose envoy it is.
    pub envoy: Vec<&'static str>,
    /// Words right after «دیدار با» that make it a match, not a meeting
    /// (`تیم`).
    pub match_word: Vec<&'static str>,
    /// Trip words that stand before the destination and take their verb
    /// after it (`عازم … شد`): the verb's pluperfect is theirs.
    pub preverb: Vec<&'static str>,
    /// A present «to be» right after a preverb's destinations (`است`): the
    /// trip is one to come («… عازم ازبکستان و قزاقستان است»).
    pub preverb_present: Vec<&'static str>,
    /// Words that join the places of one trip besides a comma and «و»
    /// (`به عمان و سپس کویت`).
    pub list_join: Vec<&'static str>,
    /// Phrases that make a date after them the start of a span ending now
    /// (`از زمان`: «از زمان آغاز جنگ … در سال ۲۰۱۱»), not an event's date.
    pub since: Vec<&'static str>,
    /// How a meeting phrase's verb begins (`کرد`, `داشت`): a phrase ending in
    /// one is a verb, with the one met before it.
    pub verb_start: Vec<&'static str>,
    /// Words right before a name (past its titles) that make it the one met
    /// (`با`, `و`, `دیدار`).
    pub met_after: Vec<&'static str>,
    /// A delegation (`هیاتی`): «… هیاتی از تهران» comes from that country.
    pub delegation: Vec<&'static str>,
    /// What one accepts rather than hosts (`دعوت`, `پیشنهاد`): «دعوت … را
    /// پذیرفت» is an agreement.
    pub offer: Vec<&'static str>,
    /// An invitation, of the offers: welcomed, it is accepted (AGREE), where a
    /// proposal welcomed is supported (`invitation`).
    pub invitation: Vec<&'static str>,
    /// First words of a medium's name (`صدای`, `خبرگزاری`): «صدای آمریکا»
    /// names no country of the story.
    pub media_head: Vec<&'static str>,
    /// Credits of speech opening a sentence before speech in guillemets
    /// (`طبق اعلام`, `به گفته`): «طبق اعلام سخنگوی …، «…»».
    pub speech_credit: Vec<&'static str>,
    /// Credits the article opens a sentence with when it speaks again
    /// (`به گزارش`, `بنابراین گزارش`): speech with no marks ends before them.
    pub narrator_credit: Vec<&'static str>,
    /// Nouns of a body's written word (`بیانیه`, `اطلاعیه`): «بیانیه مذکور
    /// می‌افزاید:» is spoken by the body whose statement was named.
    pub statement_noun: Vec<&'static str>,
    /// Verbs that quote a written text (`آمده است`): «در بیانیه X آمده
    /// است: …» is X's word, when the clause names whose text it is.
    pub statement_verb: Vec<&'static str>,
    /// Nouns of a signed text (`یادداشت`, `سند`): after «این», a signing
    /// told again by the people who signed.
    pub signed_document: Vec<&'static str>,
    /// Things, not people, that a welcome approves («این طرح مورد استقبال X
    /// قرار گرفت»): no guest.
    pub welcomed_thing: Vec<&'static str>,
    /// Phrases that make the place after them a stop on the way, not the
    /// trip's end (`در راه`, `در مسیر`): «در راه عزیمت به مسکو وارد تهران شد»
    /// is in Tehran.
    pub en_route: Vec<&'static str>,
    /// Nouns naming what a place is, passed over to the word before them
    /// (`کشور`, `شهر`): «به کشور تاجیکستان سفر کرد» goes to Tajikistan.
    pub place_noun: Vec<&'static str>,
    /// Officials of a state, folded (`مقامات`, `مسئولان`): «با مقامات ایرانی
    /// دیدار کرد» meets Iran.
    pub officials: Vec<&'static str>,
    /// Speech verbs that, before a comma, open a reported clause
    /// («سخنگوی … اعلام کرد، وزرای امور خارجه … دیدار می‌کنند»).
    pub comma_speech: Vec<&'static str>,
    /// Pronouns that, opening a sentence, make its subject the person last
    /// spoken of (`وی`, `او`, `ایشان`), whoever else it names.
    pub opening_pronoun: Vec<&'static str>,
    /// A message or letter, folded (`پیام`, `نامه`): «پیام … را به X تحویل
    /// داد» is a meeting with X.
    pub message: Vec<&'static str>,
    /// Verbs of presence, folded (`حضور داشتند`): «در این دیدار X و Y نیز
    /// حضور داشتند» names who attended the meeting already told, no new one.
    pub presence: Vec<&'static str>,
    /// Aides, folded (`مشاور`, `دستیار`): a sentence opening «مشاور رئیس
    /// مجلس … با X دیدار کرد» is about the aide, the one last spoken of, not
    /// the office-holder the post names.
    pub aide: Vec<&'static str>,
    /// `post-head`: a word that heads a post of its own before another's
    /// title («نماینده مقام معظم رهبری»): that post and one joined to it by
    /// «و» name one person.
    pub post_head: Vec<&'static str>,
    /// First-person pronouns (`ما`, `من`): a sentence with one is still the
    /// speaker's own words.
    pub first_person: Vec<&'static str>,
    /// Phrases that name the trip the article is about (`این سفر`): its
    /// subject, told in a city abroad, is on a trip there.
    pub this_trip: Vec<&'static str>,
    /// Adverbs that make a meeting verb a call (`به صورت تلفنی`: «X به صورت
    /// تلفنی با وی رایزنی کرد»).
    pub by_phone: Vec<&'static str>,
    /// Words of the day of the report (`امروز`): a pluperfect in their clause
    /// («… امروز … وارد بغداد شده بود») tells what happened that day, before
    /// the event it stands beside, not a recalled trip.
    pub same_day: Vec<&'static str>,
    /// Words right before a city that make it the end of a journey home
    /// when the city is in its traveller's own country (`عازم`, `مقصد`).
    pub homeward: Vec<&'static str>,
    /// Words that name again the countries a sentence listed before, as a
    /// trip's destination (`به این کشورها`, `به این سه کشور`).
    pub these_countries: Vec<&'static str>,
    /// Words right before a state body that place a meeting at its seat
    /// (`حضور در`, `در محل`, `در کاخ`): «… در محل وزارت نفت با X دیدار کرد».
    pub seat_at: Vec<&'static str>,
    /// Words right before a post that place a meeting at its holder's office
    /// (`در دفتر`): «در دفتر نخست وزیر عراق».
    pub office_at: Vec<&'static str>,
    /// Words of a welcome on arrival (`فرودگاه`, `بدو ورود`): whoever met
    /// the guest there, the trip stays one to the country.
    pub arrival: Vec<&'static str>,
    /// Finite verbs that close a relative clause (`است`, `بود`): a time word
    /// inside one closed before an event's phrase is not the event's.
    pub clause_verb: Vec<&'static str>,
    /// Meeting nouns heading an adjunct (`پس از دیدار`) that tell a meeting
    /// only with «با» after them in their clause, a date between or not
    /// («پس از دیدار روز سه‌شنبه با X»); «پس از دیدار X از ایران» is X's visit.
    pub with_after: Vec<&'static str>,
    /// Words of a post at a mission abroad (`سفیر`, `سفارت`, `سرکنسول`): the
    /// city after «در» a few words on is the post's seat, not where the
    /// sentence's meeting was («X، سرپرست سفارت ایران در کابل، با Y دیدار کرد»).
    pub mission_post: Vec<&'static str>,
    /// `deceased`: words right before a name (past its titles) that mark
    /// the person dead: no part of an event the text reports as new.
    pub deceased: Vec<&'static str>,
    /// `blessing`: marks right after a name that bless the dead (`(ره)`):
    /// no one a later «وی» stands for.
    pub blessing: Vec<&'static str>,
    /// `glued-verb`: light verbs ending a speech phrase that may be written
    /// glued to its noun (`تاکیدکرد`).
    pub glued_verb: Vec<&'static str>,
    /// `sides-people`: words for the two sides (`طرفین`) that, heading a
    /// clause of a stance or an agreement, stand for the two people named
    /// before them, or for two countries.
    pub sides_people: Vec<&'static str>,
    /// `sides-states`: words for the two sides that stand only for two
    /// countries (`دو کشور`).
    pub sides_states: Vec<&'static str>,
    /// `attack-modifier`: words between an attack noun and its attacker
    /// («حمله نظامی رژیم صهیونیستی به قطر»).
    pub attack_modifier: Vec<&'static str>,
    /// `attack-unreal`: words right before an attack noun that make it one
    /// only threatened, feared or supposed («تهدید به حمله», «هرگونه حمله»).
    pub attack_unreal: Vec<&'static str>,
    /// Phrases opening a sentence on the meeting just told, «که» after them.
    pub this_meeting: Vec<&'static str>,
    /// Verbs ending a clause that tells where a meeting was held.
    pub held_verb: Vec<&'static str>,
    /// Phrases ending in a speech verb that are no speech («پی نوشت»).
    pub not_speech: Vec<&'static str>,
    /// Phrases announcing a list in a clause before a colon («به شرح زیر»).
    pub list_announce: Vec<&'static str>,
}

/// The bundled lists.
pub(crate) fn cues() -> &'static Cues {
    static C: OnceLock<Cues> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = Cues {
            nested: Vec::new(),
            modifier: Vec::new(),
            aide_domain: Vec::new(),
            possessed: Vec::new(),
            title: Vec::new(),
            object: Vec::new(),
            state_head: Vec::new(),
            clause_opener: Vec::new(),
            speech_object: Vec::new(),
            pronoun: Vec::new(),
            speech_topic: Vec::new(),
            speech_topic_spaced: Vec::new(),
            destination: Vec::new(),
            takes_az: Vec::new(),
            unnamed_source: Vec::new(),
            light_verb: Vec::new(),
            adverbial: Vec::new(),
            forum_noun: Vec::new(),
            reporting_verb: Vec::new(),
            envoy: Vec::new(),
            match_word: Vec::new(),
            preverb: Vec::new(),
            preverb_present: Vec::new(),
            list_join: Vec::new(),
            since: Vec::new(),
            verb_start: Vec::new(),
            met_after: Vec::new(),
            delegation: Vec::new(),
            offer: Vec::new(),
            invitation: Vec::new(),
            media_head: Vec::new(),
            speech_credit: Vec::new(),
            narrator_credit: Vec::new(),
            statement_noun: Vec::new(),
            statement_verb: Vec::new(),
            signed_document: Vec::new(),
            welcomed_thing: Vec::new(),
            en_route: Vec::new(),
            place_noun: Vec::new(),
            officials: Vec::new(),
            comma_speech: Vec::new(),
            opening_pronoun: Vec::new(),
            message: Vec::new(),
            presence: Vec::new(),
            aide: Vec::new(),
            post_head: Vec::new(),
            first_person: Vec::new(),
            this_trip: Vec::new(),
            by_phone: Vec::new(),
            same_day: Vec::new(),
            homeward: Vec::new(),
            these_countries: Vec::new(),
            seat_at: Vec::new(),
            office_at: Vec::new(),
            arrival: Vec::new(),
            clause_verb: Vec::new(),
            with_after: Vec::new(),
            mission_post: Vec::new(),
            deceased: Vec::new(),
            blessing: Vec::new(),
            glued_verb: Vec::new(),
            sides_people: Vec::new(),
            sides_states: Vec::new(),
            attack_modifier: Vec::new(),
            attack_unreal: Vec::new(),
            this_meeting: Vec::new(),
            held_verb: Vec::new(),
            not_speech: Vec::new(),
            list_announce: Vec::new(),
        };
        for (n, line) in rasad_text::datafile::records(include_str!("../../../data/events/grammar.tsv")) {
            let (kind, word) = line.split_once('\t').unwrap_or_else(|| panic!("grammar.tsv:{n}: expected kind<TAB>word"));
            let list = match kind {
                "nested" => &mut c.nested,
                "modifier" => &mut c.modifier,
                "aide-domain" => &mut c.aide_domain,
                "possessed" => &mut c.possessed,
                "title" => &mut c.title,
                "object" => &mut c.object,
                "state-head" => &mut c.state_head,
                "clause-opener" => &mut c.clause_opener,
                "speech-object" => &mut c.speech_object,
                "pronoun" => &mut c.pronoun,
                "speech-topic" => &mut c.speech_topic,
                "destination" => &mut c.destination,
                "takes-az" => &mut c.takes_az,
                "unnamed-source" => &mut c.unnamed_source,
                "light-verb" => &mut c.light_verb,
                "adverbial" => &mut c.adverbial,
                "forum-noun" => &mut c.forum_noun,
                "reporting-verb" => &mut c.reporting_verb,
                "envoy" => &mut c.envoy,
                "match-word" => &mut c.match_word,
                "preverb" => &mut c.preverb,
                "preverb-present" => &mut c.preverb_present,
                "list-join" => &mut c.list_join,
                "since" => &mut c.since,
                "verb-start" => &mut c.verb_start,
                "met-after" => &mut c.met_after,
                "delegation" => &mut c.delegation,
                "offer" => &mut c.offer,
                "invitation" => &mut c.invitation,
                "media-head" => &mut c.media_head,
                "speech-credit" => &mut c.speech_credit,
                "narrator-credit" => &mut c.narrator_credit,
                "statement-noun" => &mut c.statement_noun,
                "statement-verb" => &mut c.statement_verb,
                "signed-document" => &mut c.signed_document,
                "welcomed-thing" => &mut c.welcomed_thing,
                "en-route" => &mut c.en_route,
                "place-noun" => &mut c.place_noun,
                "officials" => &mut c.officials,
                "comma-speech" => &mut c.comma_speech,
                "opening-pronoun" => &mut c.opening_pronoun,
                "message" => &mut c.message,
                "presence" => &mut c.presence,
                "aide" => &mut c.aide,
                "post-head" => &mut c.post_head,
                "first-person" => &mut c.first_person,
                "this-trip" => &mut c.this_trip,
                "by-phone" => &mut c.by_phone,
                "same-day" => &mut c.same_day,
                "homeward" => &mut c.homeward,
                "these-countries" => &mut c.these_countries,
                "seat-at" => &mut c.seat_at,
                "office-at" => &mut c.office_at,
                "arrival" => &mut c.arrival,
                "clause-verb" => &mut c.clause_verb,
                "with-after" => &mut c.with_after,
                "mission-post" => &mut c.mission_post,
                "deceased" => &mut c.deceased,
                "blessing" => &mut c.blessing,
                "glued-verb" => &mut c.glued_verb,
                "sides-people" => &mut c.sides_people,
                "sides-states" => &mut c.sides_states,
                "attack-modifier" => &mut c.attack_modifier,
                "attack-unreal" => &mut c.attack_unreal,
                "this-meeting" => &mut c.this_meeting,
                "held-verb" => &mut c.held_verb,
                "not-speech" => &mut c.not_speech,
                "list-announce" => &mut c.list_announce,
                other => panic!("grammar.tsv:{n}: unknown kind {other}"),
            };
            list.push(word);
        }
        c.speech_topic_spaced = c.speech_topic.iter().map(|t| (format!("{t} "), format!(" {t} "))).collect();
        c
    })
}

impl Cues {
    /// Whether `before` (the folded words of a clause before a name or a
    /// post) ends in another's post with its domain: a modifier word, «در»
    /// or not, an `aide-domain` noun and one or two words more («مشاور امور
    /// بین الملل», «معاون در امور حقوقی»). The name or post after it is that
    /// post's principal, not the one it speaks of.
    pub fn aide_domain_before(&self, before: &str) -> bool {
        // The last five words, last first (read from the end, not split
        // whole: the clause can be long and this runs for every name).
        let mut last = [""; 5];
        let mut n = 0;
        for w in before.rsplit(' ').filter(|w| !w.is_empty()).take(5) {
            last[n] = w;
            n += 1;
        }
        let last = &last[..n];
        (1..=2).any(|tail| {
            // The domain noun, `tail` words from the end, and the post before it.
            let (Some(domain), Some(&before_domain)) = (last.get(tail), last.get(tail + 1)) else { return false };
            if !self.aide_domain.contains(domain) {
                return false;
            }
            let head = match last.get(tail + 2) {
                Some(&w) if before_domain == "در" => w,
                _ => before_domain,
            };
            self.modifier.contains(&head)
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_list_is_filled() {
        let c = super::cues();
        for (name, l) in [("nested", &c.nested), ("modifier", &c.modifier), ("aide-domain", &c.aide_domain), ("possessed", &c.possessed), ("title", &c.title), ("object", &c.object), ("state-head", &c.state_head), ("clause-opener", &c.clause_opener), ("speech-object", &c.speech_object), ("pronoun", &c.pronoun), ("speech-topic", &c.speech_topic), ("destination", &c.destination), ("takes-az", &c.takes_az), ("unnamed-source", &c.unnamed_source), ("light-verb", &c.light_verb), ("adverbial", &c.adverbial), ("forum-noun", &c.forum_noun), ("reporting-verb", &c.reporting_verb), ("media-head", &c.media_head), ("speech-credit", &c.speech_credit), ("narrator-credit", &c.narrator_credit), ("statement-noun", &c.statement_noun), ("statement-verb", &c.statement_verb), ("signed-document", &c.signed_document), ("welcomed-thing", &c.welcomed_thing), ("en-route", &c.en_route), ("place-noun", &c.place_noun), ("officials", &c.officials), ("comma-speech", &c.comma_speech), ("opening-pronoun", &c.opening_pronoun), ("message", &c.message), ("presence", &c.presence), ("aide", &c.aide), ("post-head", &c.post_head), ("same-day", &c.same_day), ("homeward", &c.homeward), ("these-countries", &c.these_countries), ("seat-at", &c.seat_at), ("office-at", &c.office_at), ("arrival", &c.arrival), ("clause-verb", &c.clause_verb), ("with-after", &c.with_after), ("mission-post", &c.mission_post), ("deceased", &c.deceased), ("blessing", &c.blessing), ("glued-verb", &c.glued_verb), ("sides-people", &c.sides_people), ("sides-states", &c.sides_states), ("attack-modifier", &c.attack_modifier), ("attack-unreal", &c.attack_unreal), ("this-meeting", &c.this_meeting), ("held-verb", &c.held_verb), ("not-speech", &c.not_speech), ("list-announce", &c.list_announce), ("preverb-present", &c.preverb_present)] {
            assert!(!l.is_empty(), "grammar.tsv has no {name}");
        }
        assert!(c.title.contains(&"آیت الله") && c.pronoun.contains(&"این مقام"));
    }

    #[test]
    fn a_post_with_its_domain_before_a_name_is_an_aides() {
        let c = super::cues();
        assert!(c.aide_domain_before("حسین شیخ الاسلام مشاور امور بین الملل"));
        assert!(c.aide_domain_before("معاون در امور حقوقی"));
        assert!(!c.aide_domain_before("وزیر امور خارجه"));
        assert!(!c.aide_domain_before("در دیدار با"));
        assert!(!c.aide_domain_before("امور"));
    }
}
