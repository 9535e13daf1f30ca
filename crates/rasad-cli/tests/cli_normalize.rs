//! `rasad normalize` as a user runs it: files, standard input, bad input.

use std::io::Write;
use std::process::{Command, Stdio};

fn rasad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasad"))
}

fn run_stdin(args: &[&str], input: &[u8]) -> (bool, Vec<u8>, String) {
    let mut child = rasad().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (out.status.success(), out.stdout, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn normalizes_standard_input() {
    let (ok, out, _) = run_stdin(&["normalize"], "همکاريهاي منطقه اي را گسترش ميدهيم\n".as_bytes());
    assert!(ok);
    assert_eq!(String::from_utf8(out).unwrap(), "همکاری‌های منطقه‌ای را گسترش می‌دهیم\n");
}

#[test]
fn empty_input_gives_empty_output() {
    let (ok, out, _) = run_stdin(&["normalize"], b"");
    assert!(ok);
    assert!(out.is_empty());
}

#[test]
fn invalid_utf8_is_refused_with_its_offset() {
    let mut data = "سلام دنیا ".as_bytes().to_vec();
    let at = data.len();
    data.extend_from_slice(&[0xC3, 0x28, b'x']);
    let dir = std::env::temp_dir().join(format!("rasad-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.txt");
    std::fs::write(&path, &data).unwrap();
    let out = rasad().arg("normalize").arg(&path).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.txt") && err.contains(&format!("byte {at}")), "{err}");
}

#[test]
fn binary_and_utf16_are_refused() {
    let (ok, _, err) = run_stdin(&["normalize"], b"abc\x00def");
    assert!(!ok && err.contains("binary") && err.contains("byte 3"), "{err}");
    let (ok, _, err) = run_stdin(&["normalize"], &[0xFF, 0xFE, b'a', 0]);
    assert!(!ok && err.contains("UTF-16"), "{err}");
}

#[test]
fn json_offsets_point_into_the_original() {
    let src = "وی گفت: همکاريهاي منطقه اي گسترش مييابد. سپس رفت.";
    let (ok, out, _) = run_stdin(&["normalize", "--json"], src.as_bytes());
    assert!(ok);
    let chars: Vec<char> = src.chars().collect();
    let mut n = 0;
    for line in String::from_utf8(out).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        n += 1;
        for t in v["tokens"].as_array().unwrap() {
            let (s, e) = (t["start"].as_u64().unwrap() as usize, t["end"].as_u64().unwrap() as usize);
            let orig: String = chars[s..e].iter().collect();
            let norm = t["text"].as_str().unwrap();
            let strip = |x: &str| -> String { x.chars().filter(|c| !matches!(c, '\u{200C}' | ' ')).map(rasad_text::chars::fold_letter).collect() };
            assert_eq!(strip(&orig), strip(norm), "token {norm} maps to {orig}");
        }
    }
    assert_eq!(n, 2, "two sentences");
}

/// A long single line streams through in pieces and comes out as the
/// whole would.
#[test]
fn a_long_line_streams_like_the_whole() {
    let unit = "همکاريهاي منطقه اي و بین المللی را گسترش ميدهيم، ";
    let src: String = unit.repeat(60_000); // about 5 MB, one line
    let (ok, out, _) = run_stdin(&["normalize"], src.as_bytes());
    assert!(ok);
    let whole = rasad_text::Normalizer::new(rasad_text::Options::default()).normalize_str(&src);
    assert!(String::from_utf8(out).unwrap() == whole, "streamed output differs from normalizing the whole");
}
