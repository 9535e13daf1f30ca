// rasad's web UI, end to end, in headless Chromium: start `rasad serve` on
// the sample articles, search «همکاری», open an article, see an event
// highlighted at its evidence, open the Iran–Azerbaijan timeline, switch to
// English. Saves a screenshot of each step.
//
//   RASAD_BIN=target/release/rasad node e2e/ui.mjs
//
// Environment: RASAD_BIN (the rasad binary), CHROMIUM (default
// /usr/bin/chromium), SCREENSHOTS (default e2e/screenshots), SEEDS (default
// tests/fixtures/seeds).

import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const bin = process.env.RASAD_BIN || join(root, "target/release/rasad");
const shots = resolve(process.env.SCREENSHOTS || join(here, "screenshots"));
const seeds = resolve(process.env.SEEDS || join(root, "tests/fixtures/seeds"));
mkdirSync(shots, { recursive: true });
const store = mkdtempSync(join(tmpdir(), "rasad-e2e-"));

function startServer() {
  return new Promise((ok, fail) => {
    const p = spawn(bin, ["serve", seeds, "--store", join(store, "store"), "--addr", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    const timer = setTimeout(() => fail(new Error(`rasad serve printed no URL in 60 s:\n${out}\n${err}`)), 60000);
    p.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/serving on (http:\/\/[^\s]+)/);
      if (m) {
        clearTimeout(timer);
        ok({ proc: p, url: m[1].replace(/\/$/, "") });
      }
    });
    p.stderr.on("data", (d) => (err += d));
    p.on("exit", (code) => fail(new Error(`rasad serve exited with ${code}:\n${out}\n${err}`)));
  });
}

const { proc, url } = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = null;
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const foreign = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(url) && !r.url().startsWith("data:")) foreign.push(r.url());
  });
  const cspErrors = [];
  page.on("console", (m) => {
    if (m.type() === "error") cspErrors.push(m.text());
  });

  // Home: a right-to-left Persian page.
  await page.goto(url + "/");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.getAttribute("html", "lang"), "fa");
  await page.screenshot({ path: join(shots, "1-home.png"), fullPage: true });

  // Search «همکاری».
  await page.fill("input[name=q]", "همکاری");
  await page.press("input[name=q]", "Enter");
  await page.waitForSelector("ol.hits li.hit");
  const hits = await page.locator("ol.hits li.hit").count();
  assert.ok(hits >= 2, `search found ${hits} articles`);
  assert.ok((await page.locator(".snippet mark").count()) > 0, "the hits are marked");
  assert.ok((await page.locator(".chips a.ent").count()) > 0, "the entities of the hits are shown");
  await page.screenshot({ path: join(shots, "2-search.png"), fullPage: true });

  // Open the article with the most events; an event is highlighted.
  await page.locator("ol.hits li.hit a.title").first().click();
  await page.waitForSelector("article .text");
  const marks = await page.locator("article .text mark.ev").count();
  assert.ok(marks > 0, "an event is highlighted at its evidence");
  const evidence = await page.locator("article .text mark.ev").first().textContent();
  assert.ok(evidence.length > 10, `evidence text: ${evidence}`);
  // The event list links to its evidence.
  await page.locator("ol.events li a.kind").first().click();
  assert.ok((await page.locator("mark.ev:target").count()) === 1, "the evidence is the link's target");
  await page.screenshot({ path: join(shots, "3-article.png"), fullPage: true });

  // The timeline, from the navigation, for Iran–Azerbaijan.
  await page.click("header nav a[href='/timeline']");
  await page.fill("form.pair input[name=actor] >> nth=0", "ایران");
  await page.fill("form.pair input[name=actor] >> nth=1", "آذربایجان");
  await page.click("form.pair button");
  await page.waitForSelector("svg.timeline");
  const dots = await page.locator("svg.timeline circle").count();
  assert.ok(dots >= 3, `the timeline draws ${dots} events`);
  await page.screenshot({ path: join(shots, "4-timeline.png"), fullPage: true });

  // English names and summaries.
  await page.click("#lang-toggle");
  await page.waitForSelector("body.lang-en");
  const text = await page.locator("ul.events").textContent();
  assert.match(text, /visited/, "English summaries");
  assert.match(text, /Khalaf Khalafov|Hossein Amir-Abdollahian/, "English names");
  await page.screenshot({ path: join(shots, "5-timeline-en.png"), fullPage: true });

  // Who met whom.
  await page.click("header nav a[href='/graph']");
  await page.waitForSelector("svg.graph line");
  await page.screenshot({ path: join(shots, "6-graph.png"), fullPage: true });

  assert.deepEqual(foreign, [], "nothing is fetched from another host");
  assert.deepEqual(cspErrors.filter((e) => /Content Security Policy/i.test(e)), [], "nothing breaks the CSP");
  console.log(`ok: ${hits} hits, ${marks} highlighted events, ${dots} timeline events; screenshots in ${shots}`);
} catch (e) {
  failed = e;
} finally {
  await browser.close();
  proc.kill("SIGINT");
  rmSync(store, { recursive: true, force: true });
}
if (failed) {
  console.error(failed);
  process.exit(1);
}
