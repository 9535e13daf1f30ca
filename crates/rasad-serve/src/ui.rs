//! The web UI: server-rendered pages, right to left, Persian with an
//! English toggle.

use crate::api::{blocking, Params};
use crate::html::{date_both, day_both, esc, esc_into, page, url_part, Lang};
use crate::{ApiError, AppState};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use rasad_extract::merge::MergedEvent;
use rasad_store::{EventFilter, Paging};
use rustc_hash::FxHashMap;
use serde_json::Value;
use std::fmt::Write;

/// Persian names of the knowledge base's entries, by English name.
pub struct Names(FxHashMap<String, String>);

impl Names {
    /// From a knowledge base.
    pub fn from_kb(kb: &rasad_kb::Kb) -> Names {
        Names(kb.entries.iter().map(|e| (e.name_en.clone(), e.name_fa.clone())).collect())
    }

    /// A name as the language shows it: the Persian name in Persian (when
    /// known), the English one in English.
    pub fn show(&self, name: &str, lang: Lang) -> String {
        match lang {
            Lang::Fa => esc(self.0.get(name).map_or(name, String::as_str)),
            Lang::En => format!("<span dir=\"auto\">{}</span>", esc(name)),
        }
    }
}

fn lang_of(headers: &HeaderMap) -> Lang {
    let en = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .any(|c| c.trim() == "lang=en");
    if en {
        Lang::En
    } else {
        Lang::Fa
    }
}

fn html(body: String) -> Response {
    let mut r = Html(body).into_response();
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// An error as a page.
pub fn error_page(status: StatusCode, msg: &str) -> Response {
    let body = page(Lang::Fa, "خطا", &format!("<h1>{}</h1><p class=\"error\" dir=\"auto\">{}</p>", status.as_u16(), esc(msg)));
    (status, Html(body)).into_response()
}

fn ui_error(e: ApiError) -> Response {
    error_page(e.0, &e.1)
}

/// A page for paths that are none.
pub async fn not_found() -> Response {
    error_page(StatusCode::NOT_FOUND, "صفحه‌ای با این نشانی نیست / no such page")
}

/// The one script.
pub async fn script() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "max-age=300")], include_str!("static/app.js")).into_response()
}

/// The one style sheet.
pub async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "max-age=300")], include_str!("static/app.css")).into_response()
}

/// `/login?token=…`: keeps the access token in a cookie.
pub async fn login(State(st): State<AppState>, RawQuery(q): RawQuery) -> Response {
    let token = form_urlencoded::parse(q.unwrap_or_default().as_bytes()).find(|(k, _)| k == "token").map(|(_, v)| v.into_owned());
    match (&st.config.token, token) {
        (Some(want), Some(got)) if crate::same(want.as_bytes(), got.as_bytes()) => {
            let cookie = format!("rasad_token={got}; HttpOnly; SameSite=Strict; Path=/");
            let mut r = (StatusCode::SEE_OTHER, [(header::LOCATION, "/")]).into_response();
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                r.headers_mut().insert(header::SET_COOKIE, v);
            }
            r
        }
        (None, _) => (StatusCode::SEE_OTHER, [(header::LOCATION, "/")]).into_response(),
        _ => error_page(StatusCode::UNAUTHORIZED, "wrong or missing token"),
    }
}

fn names_list(names: &[String], st: &AppState, lang: Lang) -> String {
    names
        .iter()
        .map(|n| format!("<a class=\"ent\" href=\"/entity/{}\">{}</a>", url_part(n), st.names.show(n, lang)))
        .collect::<Vec<_>>()
        .join(lang.t("، ", ", "))
}

/// A one-line summary of an event.
pub fn summary(e: &MergedEvent, st: &AppState, lang: Lang) -> String {
    let src = names_list(&e.source, st, lang);
    let tgt = if e.target.is_empty() { lang.t("—", "—").to_string() } else { names_list(&e.target, st, lang) };
    let place = e.place.as_deref().map(|p| st.names.show(p, lang));
    let mode = e.mode.as_deref().unwrap_or("");
    let mut s = match (lang, e.kind.as_str(), mode) {
        (Lang::Fa, "CONSULT", "visit") => format!("سفر {src} و دیدار با {tgt}"),
        (Lang::Fa, "CONSULT", "phone") => format!("گفت‌وگوی تلفنی {src} با {tgt}"),
        (Lang::Fa, "CONSULT", "multilateral") => format!("حضور {src} در {tgt}"),
        (Lang::Fa, "CONSULT", "third-party") => format!("رایزنی {src} با {tgt} از راه میانجی"),
        (Lang::Fa, "CONSULT", _) => format!("دیدار {src} با {tgt}"),
        (Lang::Fa, "SUPPORT", _) => format!("حمایت {src} از {tgt}"),
        (Lang::Fa, "REJECT", _) => format!("مخالفت {src} با {tgt}"),
        (Lang::Fa, "ACCUSE", _) => format!("انتقاد {src} از {tgt}"),
        (Lang::Fa, "AGREE", _) => format!("توافق {src} با {tgt}"),
        (Lang::Fa, "COOPERATE", _) => format!("همکاری {src} با {tgt}"),
        (Lang::Fa, "ASSAULT", _) => format!("حمله {src} به {tgt}"),
        (Lang::Fa, k, _) => format!("{src} ← {} → {tgt}", esc(k)),
        (Lang::En, "CONSULT", "visit") => format!("{src} visited {tgt}"),
        (Lang::En, "CONSULT", "phone") => format!("{src} spoke by phone with {tgt}"),
        (Lang::En, "CONSULT", "multilateral") => format!("{src} took part in {tgt}"),
        (Lang::En, "CONSULT", "third-party") => format!("{src} consulted {tgt} through a third party"),
        (Lang::En, "CONSULT", _) => format!("{src} met {tgt}"),
        (Lang::En, "SUPPORT", _) => format!("{src} supported {tgt}"),
        (Lang::En, "REJECT", _) => format!("{src} rejected {tgt}"),
        (Lang::En, "ACCUSE", _) => format!("{src} accused {tgt}"),
        (Lang::En, "AGREE", _) => format!("{src} agreed with {tgt}"),
        (Lang::En, "COOPERATE", _) => format!("{src} cooperated with {tgt}"),
        (Lang::En, "ASSAULT", _) => format!("{src} attacked {tgt}"),
        (Lang::En, k, _) => format!("{src} — {} — {tgt}", esc(k)),
    };
    if let Some(p) = place {
        let _ = write!(s, "{}{p}", lang.t("، در ", " in "));
    }
    match e.status.as_str() {
        "planned" => s.push_str(lang.t(" (برنامه‌ریزی‌شده)", " (planned)")),
        "background" => s.push_str(lang.t(" (یادآوری)", " (background)")),
        _ => {}
    }
    s
}

fn event_item(e: &MergedEvent, st: &AppState, lang: Lang) -> String {
    let date = e.date.as_ref().map(|d| date_both(&serde_json::to_value(d).unwrap_or(Value::Null))).unwrap_or_else(|| lang.t("تاریخ نامعلوم", "date unknown").into());
    let mut links = String::new();
    for m in e.mentions.iter().take(6) {
        let _ = write!(
            links,
            "<a class=\"src\" href=\"/article/{}#at-{}\">{}</a> ",
            url_part(&m.doc_id),
            m.evidence.start,
            esc(m.outlet.as_deref().unwrap_or(&m.doc_id))
        );
    }
    format!(
        "<li class=\"event t-{kind}\"><span class=\"kind\" lang=\"en\" dir=\"ltr\">{kind}{mode}</span> <bdi class=\"sum\" dir=\"{dir}\">{sum}</bdi><br><span class=\"date\">{date}</span> · <bdi>{n} {src}</bdi> · {links}</li>",
        kind = esc(&e.kind),
        mode = e.mode.as_deref().map(|m| format!("/{}", esc(m))).unwrap_or_default(),
        sum = summary(e, st, lang),
        dir = lang.t("rtl", "ltr"),
        n = e.n_sources,
        src = lang.t("منبع", "sources"),
    )
}

fn event_list(events: &[MergedEvent], st: &AppState, lang: Lang) -> String {
    if events.is_empty() {
        return format!("<p class=\"empty\">{}</p>", lang.t("رویدادی نیست.", "No events."));
    }
    let mut s = String::from("<ul class=\"events\">");
    for e in events {
        s.push_str(&event_item(e, st, lang));
    }
    s.push_str("</ul>");
    s
}

fn search_form(q: &str, lang: Lang) -> String {
    format!(
        "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" value=\"{}\" placeholder=\"{}\" aria-label=\"{}\" dir=\"auto\"><button type=\"submit\">{}</button></form>",
        esc(q),
        lang.t("جست‌وجو در خبرها… (مثلاً همکاری)", "Search the news… (Persian words)"),
        lang.t("جست‌وجو", "Search"),
        lang.t("بجو", "Search"),
    )
}

/// `/`
pub async fn home(State(st): State<AppState>, headers: HeaderMap) -> Response {
    let lang = lang_of(&headers);
    let res = blocking(&st.store, |s| Ok((s.stats()?, s.events(&EventFilter::default(), Paging { limit: 20, offset: 0 })?))).await;
    let (stats, events) = match res {
        Ok(x) => x,
        Err(e) => return ui_error(e),
    };
    let body = format!(
        "<h1>{}</h1>{}<p class=\"stats\">{} {} · {} {} · {} {} · {} {}</p><h2>{}</h2>{}",
        lang.t("رصد خبرهای فارسی", "Persian news, observed"),
        search_form("", lang),
        stats.articles,
        lang.t("خبر", "articles"),
        stats.events,
        lang.t("رویداد", "events"),
        stats.entities,
        lang.t("موجودیت", "entities"),
        stats.quotes,
        lang.t("نقل‌قول", "quotes"),
        lang.t("تازه‌ترین رویدادها", "Latest events"),
        event_list(&events.results, &st, lang),
    );
    html(page(lang, lang.t("خانه", "Home"), &body))
}

/// `/search?q=…`
pub async fn search(State(st): State<AppState>, headers: HeaderMap, RawQuery(q): RawQuery) -> Response {
    let lang = lang_of(&headers);
    let p = match Params::parse(q.as_deref(), &["q", "offset", "limit"]) {
        Ok(p) => p,
        Err(e) => return ui_error(e),
    };
    let query = p.one("q").ok().flatten().unwrap_or_default();
    let paging = match p.paging() {
        Ok(x) => x,
        Err(e) => return ui_error(e),
    };
    if query.chars().count() > crate::api::MAX_QUERY {
        return ui_error(crate::api::bad("query too long".into()));
    }
    let qq = query.clone();
    let res = blocking(&st.store, move |s| {
        let page = s.search(&qq, paging)?;
        let mut ents = Vec::new();
        for h in &page.results {
            ents.push(s.article(&h.doc_id)?.map(|a| a.record["entities"].clone()).unwrap_or(Value::Null));
        }
        Ok((page, ents))
    })
    .await;
    let (hits, ents) = match res {
        Ok(x) => x,
        Err(e) => return ui_error(e),
    };
    let mut body = search_form(&query, lang);
    let _ = write!(body, "<p class=\"count\">{} {}</p><ol class=\"hits\">", hits.total, lang.t("خبر یافت شد", "articles found"));
    for (h, ents) in hits.results.iter().zip(&ents) {
        let title = h.title.clone().unwrap_or_else(|| h.doc_id.clone());
        let date = h.published.as_ref().map(|d| date_both(&serde_json::to_value(d).unwrap_or(Value::Null))).unwrap_or_default();
        let mut chips = String::new();
        for e in ents.as_array().into_iter().flatten().take(8) {
            let name = e["name"].as_str().unwrap_or("");
            let shown = match lang {
                Lang::Fa => esc(e["name_fa"].as_str().unwrap_or(name)),
                Lang::En => esc(name),
            };
            let key = e["kb_id"].as_str().unwrap_or(name);
            let _ = write!(chips, "<a class=\"ent chip t-{}\" href=\"/entity/{}\">{}</a>", esc(e["type"].as_str().unwrap_or("")), url_part(key), shown);
        }
        // The snippet is built escaped by the store, with <mark> around hits.
        let _ = write!(
            body,
            "<li class=\"hit\"><a class=\"title\" href=\"/article/{}\">{}</a><div class=\"meta\">{} · {}</div><p class=\"snippet\">{}</p><div class=\"chips\">{}</div></li>",
            url_part(&h.doc_id),
            esc(&title),
            esc(h.outlet.as_deref().unwrap_or("")),
            date,
            h.snippet,
            chips
        );
    }
    body.push_str("</ol>");
    if hits.total > paging.offset + hits.results.len() {
        let _ = write!(body, "<a class=\"more\" href=\"/search?q={}&offset={}\">{}</a>", url_part(&query), paging.offset + paging.limit, lang.t("بیشتر", "More"));
    }
    html(page(lang, &query, &body))
}

/// Marks of the article text: which event, quote and entity cover each
/// character.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
struct Cover {
    event: Option<u32>,
    quote: Option<u32>,
    entity: Option<u32>,
}

/// `/article/{doc_id}`: the text with every event and quote highlighted at
/// its evidence, and every entity linked.
pub async fn article(State(st): State<AppState>, headers: HeaderMap, Path(doc_id): Path<String>) -> Response {
    let lang = lang_of(&headers);
    let id = doc_id.clone();
    let a = match blocking(&st.store, move |s| s.article(&id)).await {
        Ok(Some(a)) => a,
        Ok(None) => return error_page(StatusCode::NOT_FOUND, &format!("no article {doc_id}")),
        Err(e) => return ui_error(e),
    };
    let r = &a.record;
    let chars: Vec<char> = a.text.chars().collect();
    let mut cover = vec![Cover::default(); chars.len()];
    let span = |v: &Value| -> Option<(usize, usize)> {
        let (s, e) = (v["start"].as_u64()? as usize, v["end"].as_u64()? as usize);
        (s < e && e <= chars.len()).then_some((s, e))
    };
    let empty = Vec::new();
    let events = r["events"].as_array().unwrap_or(&empty);
    let quotes = r["quotes"].as_array().unwrap_or(&empty);
    let entities = r["entities"].as_array().unwrap_or(&empty);
    for (i, e) in entities.iter().enumerate() {
        for m in e["mentions"].as_array().into_iter().flatten() {
            if let Some((s, t)) = span(m) {
                cover[s..t].iter_mut().for_each(|c| c.entity = Some(i as u32));
            }
        }
    }
    for (i, q) in quotes.iter().enumerate() {
        if let Some((s, t)) = span(q) {
            cover[s..t].iter_mut().for_each(|c| c.quote = Some(i as u32));
        }
    }
    for (i, e) in events.iter().enumerate() {
        if let Some((s, t)) = span(&e["evidence"]) {
            cover[s..t].iter_mut().filter(|c| c.event.is_none()).for_each(|c| c.event = Some(i as u32));
        }
    }
    let mut text = String::with_capacity(a.text.len() * 2);
    let mut anchored = rustc_hash::FxHashSet::default();
    let mut i = 0;
    let mut buf = String::new();
    while i < chars.len() {
        let c = cover[i];
        let mut j = i;
        while j < chars.len() && cover[j] == c {
            j += 1;
        }
        buf.clear();
        buf.extend(&chars[i..j]);
        let mut open = String::new();
        let mut close = String::new();
        if let Some(ev) = c.event {
            let e = &events[ev as usize];
            let start = e["evidence"]["start"].as_u64().unwrap_or(0);
            let id = if anchored.insert(ev) { format!(" id=\"at-{start}\"") } else { String::new() };
            let _ = write!(open, "<mark class=\"ev\" data-ev=\"{ev}\"{id} title=\"{}\">", esc(e["type"].as_str().unwrap_or("")));
            close.insert_str(0, "</mark>");
        }
        if let Some(q) = c.quote {
            let _ = write!(open, "<span class=\"quote\" data-quote=\"{q}\" title=\"{}\">", esc(quotes[q as usize]["speaker"].as_str().unwrap_or("?")));
            close.insert_str(0, "</span>");
        }
        if let Some(en) = c.entity {
            let e = &entities[en as usize];
            let key = e["kb_id"].as_str().or(e["name"].as_str()).unwrap_or("");
            let _ = write!(open, "<a class=\"ent t-{}\" href=\"/entity/{}\" title=\"{}\">", esc(e["type"].as_str().unwrap_or("")), url_part(key), esc(e["name"].as_str().unwrap_or("")));
            close.insert_str(0, "</a>");
        }
        text.push_str(&open);
        esc_into(&buf, &mut text);
        text.push_str(&close);
        i = j;
    }
    // No title: the first words of the body.
    let title = match r["title"].as_str() {
        Some(t) => t.to_string(),
        None => {
            let start = r["body"]["start"].as_u64().unwrap_or(0) as usize;
            let first: String = chars.iter().skip(start).take_while(|c| **c != '\n').take(90).collect();
            if first.trim().is_empty() { doc_id.clone() } else { format!("{}…", first.trim()) }
        }
    };
    let mut body = format!("<article><h1 dir=\"auto\">{}</h1><div class=\"meta\">", esc(&title));
    let _ = write!(
        body,
        "{} · {} · <span class=\"attribution\">{}</span></div>",
        esc(r["outlet"].as_str().unwrap_or("")),
        date_both(&r["published"]),
        r["attribution"].as_array().into_iter().flatten().filter_map(|x| x.as_str()).map(esc).collect::<Vec<_>>().join(" ← ")
    );
    let _ = write!(body, "<div class=\"text\" dir=\"rtl\">{text}</div></article>");
    let _ = write!(body, "<section><h2>{}</h2><ol class=\"events\">", lang.t("رویدادها", "Events"));
    for (i, e) in events.iter().enumerate() {
        let me = MergedEvent {
            event_id: String::new(),
            kind: e["type"].as_str().unwrap_or("").into(),
            mode: e["mode"].as_str().map(String::from),
            source: str_list(&e["source"]),
            target: str_list(&e["target"]),
            place: e["place"].as_str().map(String::from),
            date: None,
            status: e["status"].as_str().unwrap_or("").into(),
            mentions: vec![],
            n_articles: 1,
            n_sources: 1,
        };
        let _ = write!(
            body,
            "<li class=\"event\" data-ev=\"{i}\"><a href=\"#at-{}\" lang=\"en\" dir=\"ltr\" class=\"kind\">{}{}</a> <bdi dir=\"{}\">{}</bdi> <span class=\"date\">{}</span></li>",
            e["evidence"]["start"].as_u64().unwrap_or(0),
            esc(&me.kind),
            me.mode.as_deref().map(|m| format!("/{}", esc(m))).unwrap_or_default(),
            lang.t("rtl", "ltr"),
            summary(&me, &st, lang),
            date_both(&e["date"])
        );
    }
    body.push_str("</ol></section>");
    let _ = write!(body, "<section><h2>{}</h2><ol class=\"quotes\">", lang.t("نقل‌قول‌ها", "Quotations"));
    for q in quotes {
        let speaker = q["speaker"].as_str().unwrap_or("?");
        let words: String = q["text"].as_str().unwrap_or("").chars().take(300).collect();
        let _ = write!(body, "<li><b>{}</b>: «{}»</li>", st.names.show(speaker, lang), esc(&words));
    }
    body.push_str("</ol></section>");
    html(page(lang, &title, &body))
}

fn str_list(v: &Value) -> Vec<String> {
    v.as_array().into_iter().flatten().filter_map(|x| x.as_str().map(String::from)).collect()
}

/// `/entity/{name}`
pub async fn entity(State(st): State<AppState>, headers: HeaderMap, Path(name): Path<String>) -> Response {
    let lang = lang_of(&headers);
    let n = name.clone();
    let e = match blocking(&st.store, move |s| s.entity(&n)).await {
        Ok(Some(e)) => e,
        Ok(None) => return error_page(StatusCode::NOT_FOUND, &format!("no entity {name:?}")),
        Err(e) => return ui_error(e),
    };
    let mut body = format!(
        "<h1><span dir=\"rtl\">{}</span> · <span lang=\"en\" dir=\"ltr\">{}</span></h1><p class=\"meta\">{} {}</p>",
        esc(&e.name_fa),
        esc(&e.name),
        esc(&e.kind),
        e.kb_id.as_deref().map(esc).unwrap_or_default()
    );
    if !e.aliases.is_empty() {
        let _ = write!(body, "<p class=\"aliases\">{}: {}</p>", lang.t("نام‌های دیگر", "Also written"), e.aliases.iter().map(|a| esc(a)).collect::<Vec<_>>().join("، "));
    }
    let _ = write!(
        body,
        "<p class=\"stats\">{} {} · {} {} · {} {}</p>",
        e.counts.articles,
        lang.t("خبر", "articles"),
        e.counts.events,
        lang.t("رویداد", "events"),
        e.counts.quotes,
        lang.t("نقل‌قول", "quotes")
    );
    if !e.roles.is_empty() {
        let _ = write!(body, "<h2>{}</h2><table class=\"roles\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>", lang.t("سمت‌ها", "Roles"), lang.t("سمت", "office"), lang.t("کشور", "country"), lang.t("از", "from"), lang.t("تا", "to"));
        for r in &e.roles {
            let _ = write!(
                body,
                "<tr><td lang=\"en\" dir=\"ltr\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&r.office),
                esc(&r.country),
                day_both(&r.from),
                r.to.as_deref().map(day_both).unwrap_or_else(|| lang.t("اکنون", "now").into())
            );
        }
        body.push_str("</table>");
    }
    let actor = e.kb_id.clone().unwrap_or_else(|| e.name.clone());
    let _ = write!(
        body,
        "<h2>{}</h2><p><a href=\"/timeline?actor={}\">{}</a></p>{}",
        lang.t("رویدادها", "Events"),
        url_part(&actor),
        lang.t("خط زمانی", "Timeline"),
        event_list(&e.events, &st, lang)
    );
    let _ = write!(body, "<h2>{}</h2><ol class=\"quotes\">", lang.t("نقل‌قول‌ها", "Quotations"));
    for q in &e.quotes {
        let words: String = q.text.chars().take(300).collect();
        let _ = write!(
            body,
            "<li>«{}» <a href=\"/article/{}\">{}</a></li>",
            esc(&words),
            url_part(&q.doc_id),
            q.published.as_deref().map(day_both).unwrap_or_else(|| esc(&q.doc_id))
        );
    }
    body.push_str("</ol>");
    html(page(lang, &e.name, &body))
}

const TYPES: &[&str] = &["CONSULT", "SUPPORT", "AGREE", "COOPERATE", "REJECT", "ACCUSE", "ASSAULT"];

/// `/timeline?actor=A[&actor=B]`: the events of an actor or a pair as SVG.
pub async fn timeline(State(st): State<AppState>, headers: HeaderMap, RawQuery(q): RawQuery) -> Response {
    let lang = lang_of(&headers);
    let p = match Params::parse(q.as_deref(), &["actor"]) {
        Ok(p) => p,
        Err(e) => return ui_error(e),
    };
    let actors: Vec<String> = p.all("actor").into_iter().take(2).collect();
    let mut body = format!(
        "<h1>{}</h1><form class=\"pair\" action=\"/timeline\" method=\"get\"><input name=\"actor\" value=\"{}\" placeholder=\"{}\" dir=\"auto\"><input name=\"actor\" value=\"{}\" placeholder=\"{}\" dir=\"auto\"><button type=\"submit\">{}</button></form>",
        lang.t("خط زمانی رویدادها", "Event timeline"),
        esc(actors.first().map_or("", String::as_str)),
        lang.t("بازیگر (مثلاً ایران)", "actor (e.g. Iran)"),
        esc(actors.get(1).map_or("", String::as_str)),
        lang.t("بازیگر دوم (اختیاری، مثلاً آذربایجان)", "second actor (optional, e.g. Azerbaijan)"),
        lang.t("نمایش", "Show"),
    );
    if actors.is_empty() {
        return html(page(lang, lang.t("خط زمانی", "Timeline"), &body));
    }
    let a2 = actors.clone();
    let events = match blocking(&st.store, move |s| s.timeline(&a2, Paging { limit: 200, offset: 0 })).await {
        Ok(p) => p.results,
        Err(e) => return ui_error(e),
    };
    body.push_str(&timeline_svg(&events, lang));
    body.push_str(&event_list(&events, &st, lang));
    html(page(lang, lang.t("خط زمانی", "Timeline"), &body))
}

fn timeline_svg(events: &[MergedEvent], lang: Lang) -> String {
    let dated: Vec<(i32, i32, &MergedEvent)> = events
        .iter()
        .filter_map(|e| {
            let (f, t) = e.date.as_ref()?.days();
            Some((rasad_store::dates::parse_iso(f)?.0, rasad_store::dates::parse_iso(t)?.0, e))
        })
        .collect();
    if dated.is_empty() {
        return format!("<p class=\"empty\">{}</p>", lang.t("رویداد تاریخ‌داری نیست.", "No dated events."));
    }
    let lo = dated.iter().map(|d| d.0).min().unwrap_or(0) - 3;
    let hi = dated.iter().map(|d| d.1).max().unwrap_or(0) + 3;
    // Lane labels on the right, where the page starts; the plot to their left.
    let (w, label_w, pad) = (960.0, 100.0, 24.0);
    let lane_h = 34.0;
    let h = 40.0 + lane_h * TYPES.len() as f64 + 40.0;
    // Time runs right to left, as the page reads.
    let (x_first, x_last) = (w - label_w - pad, pad + 30.0);
    let x = |d: i32| -> f64 { x_first - (d - lo) as f64 / (hi - lo).max(1) as f64 * (x_first - x_last) };
    let mut s = format!("<svg class=\"timeline\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\">");
    for (i, t) in TYPES.iter().enumerate() {
        let y = 40.0 + lane_h * i as f64 + lane_h / 2.0;
        let _ = write!(
            s,
            "<line class=\"lane\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{y}\" y2=\"{y}\"/><text class=\"lane-label\" x=\"{:.1}\" y=\"{:.1}\" direction=\"ltr\" text-anchor=\"end\">{t}</text>",
            x_last - 10.0,
            x_first + 10.0,
            w - 8.0,
            y + 4.0
        );
    }
    let axis_y = 40.0 + lane_h * TYPES.len() as f64 + 8.0;
    for k in 0..=4 {
        let d = lo + (hi - lo) * k / 4;
        let iso = rasad_store::dates::iso(rasad_time::Day(d));
        let j = rasad_store::dates::jalali_of(&iso).unwrap_or_default();
        let _ = write!(
            s,
            "<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" direction=\"ltr\">{}</text><text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" direction=\"ltr\">{}</text>",
            x(d),
            axis_y + 10.0,
            esc(&j),
            x(d),
            axis_y + 24.0,
            esc(&iso)
        );
    }
    for (f, t, e) in &dated {
        let lane = TYPES.iter().position(|k| *k == e.kind).unwrap_or(TYPES.len() - 1);
        let y = 40.0 + lane_h * lane as f64 + lane_h / 2.0;
        let r = 5.0 + (e.n_sources as f64).sqrt() * 2.0;
        let link = e.mentions.first().map(|m| format!("/article/{}#at-{}", url_part(&m.doc_id), m.evidence.start)).unwrap_or_default();
        let label = format!("{} {} → {} {}", e.kind, e.source.join(", "), e.target.join(", "), e.date.as_ref().map(|d| format!("{}..{}", d.days().0, d.days().1)).unwrap_or_default());
        let _ = write!(
            s,
            "<a href=\"{}\"><circle class=\"dot t-{}\" cx=\"{:.1}\" cy=\"{y}\" r=\"{r:.1}\"><title>{}</title></circle></a>",
            link,
            esc(&e.kind),
            (x(*f) + x(*t)) / 2.0,
            esc(&label)
        );
    }
    s.push_str("</svg>");
    s
}

/// `/graph?from=…&to=…`: who met whom, drawn as a circle of entities.
pub async fn graph(State(st): State<AppState>, headers: HeaderMap, RawQuery(q): RawQuery) -> Response {
    let lang = lang_of(&headers);
    let p = match Params::parse(q.as_deref(), &["from", "to"]) {
        Ok(p) => p,
        Err(e) => return ui_error(e),
    };
    let (from, to) = match (p.date("from"), p.date("to")) {
        (Ok(f), Ok(t)) => (f.map(|r| r.0), t.map(|r| r.1)),
        (Err(e), _) | (_, Err(e)) => return ui_error(e),
    };
    let g = match blocking(&st.store, move |s| s.graph(from.as_deref(), to.as_deref())).await {
        Ok(g) => g,
        Err(e) => return ui_error(e),
    };
    let nodes: Vec<&rasad_store::Node> = g.nodes.iter().take(40).collect();
    let mut body = format!("<h1>{}</h1>", lang.t("چه کسی با چه کسی دیدار کرد", "Who met whom"));
    if nodes.is_empty() {
        body.push_str(&format!("<p class=\"empty\">{}</p>", lang.t("دیداری ثبت نشده است.", "No meetings stored.")));
        return html(page(lang, lang.t("شبکه دیدارها", "Who met whom"), &body));
    }
    let (w, h) = (900.0, 900.0);
    let (cx, cy, rad) = (w / 2.0, h / 2.0, 330.0);
    let pos: FxHashMap<&str, (f64, f64)> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let a = std::f64::consts::TAU * i as f64 / nodes.len() as f64;
            (n.id.as_str(), (cx + rad * a.cos(), cy + rad * a.sin()))
        })
        .collect();
    let mut s = format!("<svg class=\"graph\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"graph\" xmlns=\"http://www.w3.org/2000/svg\">");
    for e in &g.edges {
        let (Some(a), Some(b)) = (pos.get(e.source.as_str()), pos.get(e.target.as_str())) else { continue };
        let _ = write!(
            s,
            "<line class=\"edge\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke-width=\"{:.1}\"><title>{} — {}: {}</title></line>",
            a.0,
            a.1,
            b.0,
            b.1,
            1.0 + (e.weight as f64).sqrt() * 1.5,
            esc(&e.source),
            esc(&e.target),
            e.weight
        );
    }
    for n in &nodes {
        let (x, y) = pos[n.id.as_str()];
        let label = match lang {
            Lang::Fa => n.name_fa.clone().unwrap_or_else(|| n.id.clone()),
            Lang::En => n.id.clone(),
        };
        let _ = write!(
            s,
            "<a href=\"/entity/{}\"><circle class=\"node t-{}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{:.1}\"/><text class=\"node-label\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text></a>",
            url_part(&n.id),
            esc(n.kind.as_deref().unwrap_or("")),
            4.0 + (n.weight as f64).sqrt() * 2.5,
            y - 10.0,
            esc(&label)
        );
    }
    s.push_str("</svg>");
    body.push_str(&s);
    html(page(lang, lang.t("شبکه دیدارها", "Who met whom"), &body))
}
