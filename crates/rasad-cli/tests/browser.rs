//! The web UI end to end in headless Chromium: `e2e/ui.mjs` (playwright-core
//! driving Debian's chromium) starts `rasad serve` on the sample articles,
//! searches «همکاری», opens an article, checks that an event is highlighted
//! at its evidence, opens the Iran–Azerbaijan timeline and switches to
//! English, saving screenshots in e2e/screenshots.
//!
//! Needs node, /usr/bin/chromium (or $CHROMIUM) and `npm ci` run in e2e/;
//! without them it says so and skips, unless RASAD_REQUIRE_BROWSER=1 (as in
//! CI, which installs them), when it fails.

use std::path::Path;
use std::process::Command;

#[test]
fn the_ui_in_a_real_browser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let node_ok = Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    let missing: Vec<&str> = [
        (!node_ok).then_some("node"),
        (!Path::new(&chromium).exists()).then_some("chromium (apt-get install chromium)"),
        (!root.join("e2e/node_modules/playwright-core").exists()).then_some("playwright-core (cd e2e && npm ci)"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !missing.is_empty() {
        let msg = format!("SKIPPED the_ui_in_a_real_browser: missing {}", missing.join(", "));
        if std::env::var("RASAD_REQUIRE_BROWSER").as_deref() == Ok("1") {
            panic!("{msg} (RASAD_REQUIRE_BROWSER=1)");
        }
        eprintln!("{msg}");
        return;
    }
    let out = Command::new("node")
        .arg(root.join("e2e/ui.mjs"))
        .env("RASAD_BIN", env!("CARGO_BIN_EXE_rasad"))
        .env("CHROMIUM", &chromium)
        .output()
        .unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "the browser test failed:\n{text}");
    assert!(text.contains("highlighted events"), "{text}");
    for shot in ["2-search.png", "3-article.png", "4-timeline.png"] {
        assert!(root.join("e2e/screenshots").join(shot).exists(), "{shot} was not saved");
    }
    eprintln!("{text}");
}
