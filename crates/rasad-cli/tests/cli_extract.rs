//! `rasad extract` and `rasad dates` as a user runs them, over the sample
//! articles and the ingest fixtures (`tests/fixtures/ingest`: an HTML page,
//! a WARC.gz whose last record is cut off, an RSS and an Atom feed, a JSONL
//! file with one malformed line).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn rasad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasad"))
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn extract(args: &[&str]) -> (bool, Vec<Value>, String) {
    let out = rasad().arg("extract").args(args).output().unwrap();
    let recs = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (out.status.success(), recs, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn chars(s: &str, a: usize, b: usize) -> String {
    s.chars().skip(a).take(b - a).collect()
}

#[test]
fn a_directory_of_sample_articles() {
    let dir = fixtures().join("seeds");
    let (ok, recs, err) = extract(&[dir.to_str().unwrap(), "--format", "jsonl"]);
    assert!(ok, "{err}");
    assert_eq!(recs.len(), 5);
    for r in &recs {
        let path = r["source"]["path"].as_str().unwrap();
        let text = std::fs::read_to_string(path).unwrap();
        // Offsets are characters of the input as read.
        let (s, e) = (r["body"]["start"].as_u64().unwrap() as usize, r["body"]["end"].as_u64().unwrap() as usize);
        assert!(s < e && e <= text.chars().count());
        assert_eq!(r["doc_id"].as_str().unwrap().len(), 16);
    }
    let r4 = recs.iter().find(|r| r["source"]["path"].as_str().unwrap().ends_with("004_02f99fe4b705e8eb.txt")).unwrap();
    assert_eq!(r4["page_date"], "2024-11-28");
    assert_eq!(r4["published_jalali"]["from"].as_str().unwrap()[..7], *"1402-04");
    // The boilerplate tail is cut off and kept aside.
    let text = std::fs::read_to_string(r4["source"]["path"].as_str().unwrap()).unwrap();
    let spans: Vec<String> = r4["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| chars(&text, b["start"].as_u64().unwrap() as usize, b["end"].as_u64().unwrap() as usize))
        .collect();
    assert!(spans.iter().any(|t| t.starts_with("منبع: فارس")), "{spans:?}");
    assert!(spans.iter().any(|t| t.starts_with("بیشتر بخوانید")), "{spans:?}");
}

#[test]
fn jsonl_keeps_urls_and_skips_the_bad_line() {
    let f = fixtures().join("ingest/articles.jsonl");
    let (ok, recs, err) = extract(&[f.to_str().unwrap()]);
    assert!(ok, "a bad record does not fail the batch: {err}");
    assert_eq!(recs.len(), 3);
    assert!(err.contains("articles.jsonl:2: not valid JSON"), "{err}");
    assert_eq!(recs[1]["source"]["url"], "gold:article/۳?x=1 y");
    assert_eq!(recs[0]["published"], "2021-07-15", "Fars id 14000424… is 1400-04-24");
    assert_eq!(recs[2]["published"], "2005-07-05", "old Fars id 840414… is 1384-04-14");
    assert_eq!(recs[1]["attribution"], serde_json::json!(["ISNA"]));
    let (ok, _, _) = extract(&["--strict", f.to_str().unwrap()]);
    assert!(!ok, "--strict fails on a bad record");
}

#[test]
fn html_page_main_text_and_metadata() {
    let f = fixtures().join("ingest/page.html");
    let (ok, recs, err) = extract(&[f.to_str().unwrap()]);
    assert!(ok, "{err}");
    let r = &recs[0];
    assert_eq!(r["title"], "زبان صلح و امنیت جایگزین تنش و درگیری در منطقه شود");
    assert_eq!(r["outlet"], "Defa Press");
    assert_eq!(r["published"], "2023-10-04");
    assert_eq!(r["published_time"], "23:23");
    assert_eq!(r["source"]["url"], "https://www.defapress.ir/fa/news/620924");
    let lead = r["lead"].as_str().unwrap();
    assert!(!lead.contains("صفحه نخست") && !lead.contains("اخبار مرتبط"));
}

#[test]
fn warc_gz_records_up_to_the_cut() {
    let f = fixtures().join("ingest/news.warc.gz");
    let (ok, recs, err) = extract(&[f.to_str().unwrap()]);
    assert!(ok, "{err}");
    // Two HTML responses; the request record is not an article; the last is cut off.
    assert_eq!(recs.len(), 2);
    assert!(err.contains("truncated"), "{err}");
    assert_eq!(recs[1]["outlet"], "Aran News");
    assert_eq!(recs[1]["attribution"], serde_json::json!(["Aran News", "Fars News Agency"]));
}

#[test]
fn rss_and_atom_files() {
    let (ok, recs, err) = extract(&[fixtures().join("ingest/feed.rss").to_str().unwrap(), fixtures().join("ingest/feed.atom").to_str().unwrap()]);
    assert!(ok, "{err}");
    assert_eq!(recs.len(), 4);
    assert_eq!(recs[0]["outlet"], "Tasnim News Agency");
    assert_eq!(recs[0]["published"], "2023-10-04");
    assert_eq!(recs[2]["outlet"], "IRNA");
}

#[test]
fn bad_files_are_reported_and_skipped() {
    let dir = std::env::temp_dir().join(format!("rasad-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a_empty.txt"), b"").unwrap();
    std::fs::write(dir.join("b_binary.txt"), b"\x00\x01\x02abc").unwrap();
    std::fs::write(dir.join("c_latin1.txt"), b"caf\xe9 au lait").unwrap();
    std::fs::write(dir.join("d_good.txt"), "به گزارش ایرنا، دو وزیر دیدار کردند.".as_bytes()).unwrap();
    let (ok, recs, err) = extract(&[dir.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert_eq!(recs.len(), 1);
    assert!(err.contains("empty file") && err.contains("binary data") && err.contains("invalid UTF-8 at byte 3"), "{err}");
    let (ok, _, err) = extract(&[dir.join("a_empty.txt").to_str().unwrap()]);
    assert!(!ok && err.contains("could not be read"), "nothing read is a failure: {err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn dates_command_prints_one_line_per_expression() {
    let out = rasad().args(["dates", "--ref", "2024-11-28"]).arg(fixtures().join("seeds/004_02f99fe4b705e8eb.txt")).output().unwrap();
    assert!(out.status.success());
    let text = std::fs::read_to_string(fixtures().join("seeds/004_02f99fe4b705e8eb.txt")).unwrap();
    let lines: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let monday = lines.iter().find(|l| l["text"] == "روز دوشنبه 12 تیر ماه").unwrap();
    assert_eq!(monday["value"]["from"], "2023-07-03", "the weekday places it in 1402");
    for l in &lines {
        let (s, e) = (l["start"].as_u64().unwrap() as usize, l["end"].as_u64().unwrap() as usize);
        assert_eq!(chars(&text, s, e), l["text"].as_str().unwrap());
    }
    let bad = rasad().args(["dates", "--ref", "yesterday"]).output().unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn template_lines_repeated_across_a_sites_pages_are_boilerplate() {
    let dir = std::env::temp_dir().join(format!("rasad-site-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let stories = [
        ("دیدار وزیران خارجه ایران و ترکیه در آنکارا", "وزیر امور خارجه کشورمان امروز در آنکارا با همتای ترک خود دیدار و درباره تحولات منطقه گفت‌وگو کرد."),
        ("سفر رئیس مجلس به باکو", "رئیس مجلس شورای اسلامی در رأس هیأتی پارلمانی برای دیدار با مقامات جمهوری آذربایجان وارد باکو شد."),
        ("تماس تلفنی وزیران خارجه ایران و ارمنستان", "وزیران امور خارجه ایران و ارمنستان در تماس تلفنی درباره روند صلح در قفقاز جنوبی رایزنی کردند."),
    ];
    for (i, (title, body)) in stories.iter().enumerate() {
        let page = format!("صدای مردم، رسانه مستقل خبری\nورود | ثبت نام\n{title}\n{body}\nتمامی حقوق برای صدای مردم محفوظ است\n");
        std::fs::write(dir.join(format!("{i}.txt")), page).unwrap();
    }
    let (ok, recs, err) = extract(&[dir.to_str().unwrap()]);
    assert!(ok, "{err}");
    for (r, (title, _)) in recs.iter().zip(stories) {
        assert_eq!(r["title"], title, "the slogan line is not the title");
        let text = std::fs::read_to_string(r["source"]["path"].as_str().unwrap()).unwrap();
        let spans: Vec<String> = r["boilerplate"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| chars(&text, b["start"].as_u64().unwrap() as usize, b["end"].as_u64().unwrap() as usize))
            .collect();
        assert!(spans.iter().any(|s| s.contains("رسانه مستقل")), "{spans:?}");
        assert!(spans.iter().any(|s| s.contains("حقوق")), "{spans:?}");
    }
    // One page alone has nothing to compare with: its first line is taken as the title.
    let (_, one, _) = extract(&[dir.join("0.txt").to_str().unwrap()]);
    assert_eq!(one[0]["title"], "صدای مردم، رسانه مستقل خبری");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_quoted_glob_is_expanded() {
    let pattern = format!("{}/seeds/00*.txt", fixtures().display());
    let (ok, recs, err) = extract(&[&pattern]);
    assert!(ok, "{err}");
    assert_eq!(recs.len(), 5);
    let (ok, _, err) = extract(&[&format!("{}/seeds/zz*.txt", fixtures().display())]);
    assert!(!ok && err.contains("no file matches"), "{err}");
}

#[test]
fn a_file_too_large_for_one_article_is_refused_in_bounded_memory() {
    let dir = std::env::temp_dir().join(format!("rasad-huge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("a_huge.txt");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        let line = "سطر ".repeat(1024);
        for _ in 0..(65 << 20) / line.len() + 1 {
            f.write_all(line.as_bytes()).unwrap();
        }
    }
    std::fs::write(dir.join("b_small.txt"), "به گزارش ایرنا، دو وزیر دیدار کردند.".as_bytes()).unwrap();
    let (ok, recs, err) = extract(&[dir.to_str().unwrap()]);
    assert!(ok, "the rest of the batch goes through: {err}");
    assert_eq!(recs.len(), 1);
    assert!(err.contains("too large for one article"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
