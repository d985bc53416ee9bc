// Real-browser tests of the built web book (site/): the teaching page, folded code, wide
// tables, heading anchors, the present view, dark mode and print, the API landing page,
// search, a wide figure on a phone, and axe-core accessibility checks.
//
//   node --test tests/browser/site.test.mjs
//
// Pages are opened from disk in Debian's Chromium via playwright-core with every non-file://
// request blocked and counted (none may happen). Screenshots go to test-artifacts/site/.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from "./support.mjs";

const SITE = join(ROOT, "site");
const ARTIFACTS = join(ROOT, "test-artifacts/site");
const url = (page) => pathToFileURL(join(SITE, page)).href;
const shot = (name) => join(ARTIFACTS, `${name}.png`);

let browser;
const network = [];

before(async () => {
  assert.ok(
    existsSync(join(SITE, "index.html")),
    `${SITE}/index.html is missing: build the book first (npm run book)`,
  );
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

/** A fresh context (own localStorage) with the network blocked and page errors collected. */
async function open(t, page, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  t.after(() => context.close());
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith("file:")) return route.continue();
    network.push(u);
    return route.abort();
  });
  const p = await context.newPage();
  const errors = [];
  p.on("pageerror", (e) => errors.push(String(e)));
  t.after(() => assert.deepEqual(errors, [], `${page}: no script errors`));
  const [file, query] = page.split("?");
  await p.goto(url(file) + (query !== undefined ? `?${query}` : ""));
  return p;
}

const chapters = readdirSync(join(ROOT, "notebooks"))
  .filter((f) => /^\d\d[a-z]?-.*\.ipynb$/.test(f)).map((f) => f.replace(/\.ipynb$/, "")).sort();
const chapter = (part) => {
  const c = chapters.find((s) => s.includes(part));
  assert.ok(c, `a chapter named *${part}*`);
  return `${c}.html`;
};

test("the teaching page is reachable from the contents and holds three timed lesson plans", async (t) => {
  const page = await open(t, "index.html");
  await page.click("main a:has-text('Teaching with this book')");
  assert.match(page.url(), /teaching\.html$/);
  assert.equal(await page.locator("h1").textContent(), "Teaching with this book");
  const lessons = await page.locator("main h2[id^='lesson-']").allTextContents();
  assert.ok(lessons.length >= 3, `three lesson plans, found ${JSON.stringify(lessons)}`);
  for (const words of ["90-minute introduction", "statistics and methods", "two-part"]) {
    assert.ok(lessons.some((l) => l.includes(words)), `a lesson "${words}"`);
  }
  // Each plan's steps add up: the last step of every table ends at the lesson's length.
  const ends = await page.$$eval("main table", (ts) =>
    ts.map((tb) => {
      const cells = [...tb.querySelectorAll("tbody tr td:first-child")].map((td) => td.textContent);
      return cells.at(-1);
    }));
  assert.deepEqual(ends, ["85–90", "85–90", "75–90", "80–90"]);
  const links = await page.$$eval("main td a[href*='.html#']", (as) => as.map((a) => a.href));
  assert.ok(links.length >= 30, `steps link into the chapters (${links.length} links)`);
  await page.screenshot({ path: shot("teaching"), fullPage: false });
  // A step's link lands on its section.
  await page.click("main td a[href$='02-the-chain.html#all-or-nothing']");
  assert.match(page.url(), /02-the-chain\.html#all-or-nothing$/);
  await page.locator("h2#all-or-nothing").waitFor({ state: "visible", timeout: 5000 });
});

test("code is folded by default; the switch opens all code and is remembered", async (t) => {
  const page = await open(t, chapter("the-chain"));
  const blocks = page.locator("details.cell-code");
  const n = await blocks.count();
  assert.ok(n >= 3);
  assert.equal(await page.locator("details.cell-code[open]").count(), 0, "folded");
  assert.equal(await page.locator("details.cell-code pre").first().isVisible(), false);
  await page.screenshot({ path: shot("code-folded") });
  await page.check("#show-code");
  assert.equal(await page.locator("details.cell-code[open]").count(), n, "all open");
  assert.equal(await page.locator("details.cell-code pre").first().isVisible(), true);
  // Another chapter opens with its code shown: the choice is remembered (localStorage).
  await page.goto(url(chapter("sudden-jump")));
  assert.equal(await page.isChecked("#show-code"), true);
  const m = await page.locator("details.cell-code").count();
  assert.equal(await page.locator("details.cell-code[open]").count(), m);
  await page.screenshot({ path: shot("code-shown-remembered") });
  await page.uncheck("#show-code");
  await page.reload();
  assert.equal(await page.locator("details.cell-code[open]").count(), 0);
});

test("a wide table scrolls sideways in a keyboard-reachable region with a sticky header", async (t) => {
  const page = await open(t, chapter("model-ladder"), { viewport: { width: 1280, height: 600 } });
  const regions = page.locator(".table-scroll");
  const wide = await regions.evaluateAll((els) =>
    els.map((e, i) => ({ i, over: e.scrollWidth - e.clientWidth }))
      .filter((e) => e.over > 20)
  );
  assert.ok(wide.length >= 1, "chapter 10 has a table wider than the text");
  const region = regions.nth(wide[0].i);
  assert.equal(await region.getAttribute("tabindex"), "0");
  assert.equal(await region.getAttribute("role"), "region");
  assert.match(await region.getAttribute("aria-label"), /^Table 10\.\d+, scrollable$/);
  // The keyboard reaches it and scrolls it.
  await region.focus();
  assert.equal(await region.evaluate((e) => e === document.activeElement), true);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("End");
  await page.waitForFunction((el) => el.scrollLeft > 0, await region.elementHandle());
  // Numbers never wrap: every numeric cell is one line high.
  const wrapped = await page.$$eval("td.num", (tds) =>
    tds.filter((td) => {
      const r = document.createRange();
      r.selectNodeContents(td);
      return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size > 1;
    }).map((td) => td.textContent));
  assert.deepEqual(wrapped, [], "numeric cells on one line");
  // Sticky header: scroll a tall table's region down; its header stays at the region's top.
  const tall = await regions.evaluateAll((els) =>
    els.findIndex((e) => e.scrollHeight - e.clientHeight > 40)
  );
  assert.ok(tall >= 0, "a table taller than its region at 600 px");
  const t2 = regions.nth(tall);
  await t2.scrollIntoViewIfNeeded();
  await t2.evaluate((e) => (e.scrollTop = e.scrollHeight));
  const [boxTop, thTop] = await t2.evaluate((e) => [
    e.getBoundingClientRect().top,
    e.querySelector("thead th").getBoundingClientRect().top,
  ]);
  assert.ok(Math.abs(thTop - boxTop) <= 2, `header at the top (${thTop} vs ${boxTop})`);
  await t2.screenshot({ path: shot("table-sticky-header") });
  await region.screenshot({ path: shot("table-scrolled") });
});

test("headings have ids and anchor links; long chapters list their sections", async (t) => {
  const page = await open(t, chapter("sudden-jump"));
  const heads = await page.$$eval(
    "main h2:not(#toc-title), main h3",
    (hs) =>
      hs.map((h) => ({ id: h.id, anchor: h.querySelector("a.anchor")?.getAttribute("href") })),
  );
  assert.ok(heads.length >= 5);
  for (const h of heads) assert.equal(h.anchor, `#${h.id}`, JSON.stringify(h));
  assert.equal(new Set(heads.map((h) => h.id)).size, heads.length, "unique ids");
  const toc = await page.$$eval("nav.toc a", (as) => as.map((a) => a.getAttribute("href")));
  const h2 = await page.$$eval("main h2:not(#toc-title)", (hs) => hs.map((h) => `#${h.id}`));
  assert.deepEqual(toc, h2, "the in-page contents list every section");
  await page.screenshot({ path: shot("toc") });
  await page.click(`nav.toc a[href='${toc[2]}']`);
  assert.ok(page.url().endsWith(toc[2]));
  const top = await page.locator(toc[2]).evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 60, `the section is scrolled to the top (${top})`);
  await page.screenshot({ path: shot("heading-anchor") });
});

test("present view: code hidden, larger type, full-width figures, sandbox controls beside the chart", async (t) => {
  // A 720p projector at 150 % zoom is 853 × 480 CSS px; a wide screen at 100 % is 1600 × 900.
  const page = await open(t, `${chapter("sandbox")}?present`, {
    viewport: { width: 1600, height: 900 },
  });
  assert.equal(
    await page.evaluate(() => document.documentElement.classList.contains("present")),
    true,
  );
  assert.equal(await page.getAttribute("#present-toggle", "aria-pressed"), "true");
  assert.equal(await page.locator("details.cell-code").first().isVisible(), false, "code hidden");
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  assert.ok(size >= 20, `larger type (${size}px)`);
  const sandbox = page.locator(".emergence-sandbox");
  await sandbox.waitFor({ state: "visible" });
  await sandbox.scrollIntoViewIfNeeded();
  const [controls, chart] = await Promise.all([
    page.locator(".emergence-sandbox .es-controls").boundingBox(),
    page.locator(".emergence-sandbox .es-chart").boundingBox(),
  ]);
  assert.ok(controls.x + controls.width <= chart.x, "controls left of the chart");
  assert.ok(chart.y < controls.y + controls.height, "chart beside (not below) the controls");
  assert.ok(chart.y + 0.5 * chart.height < 900, "the chart is on screen with the controls");
  await sandbox.screenshot({ path: shot("present-sandbox") });
  // A 720p projector at 150 % zoom: the chart still sits beside the controls, on screen.
  await page.setViewportSize({ width: 853, height: 480 });
  await page.locator(".emergence-sandbox .es-controls").evaluate((e) => e.scrollIntoView());
  const [c2, ch2] = await Promise.all([
    page.locator(".emergence-sandbox .es-controls").boundingBox(),
    page.locator(".emergence-sandbox .es-chart").boundingBox(),
  ]);
  assert.ok(c2.x + c2.width <= ch2.x, "720p at 150 %: controls left of the chart");
  assert.ok(
    ch2.y < 480 && ch2.y + ch2.height / 2 < 480,
    `720p at 150 %: chart on screen (${ch2.y})`,
  );
  await page.screenshot({ path: shot("present-sandbox-720p-150") });
  await page.setViewportSize({ width: 1600, height: 900 });
  // Figures use the wide text column.
  await page.goto(url(`${chapter("eight-scales")}`));
  assert.equal(
    await page.evaluate(() => document.documentElement.classList.contains("present")),
    true,
    "remembered",
  );
  const fig = await page.locator("figure.book-figure img").first().boundingBox();
  assert.ok(fig.width >= 1100, `figure at full width (${fig.width}px)`);
  await page.locator("figure.book-figure").first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("present-figure") });
  await page.click("#present-toggle");
  assert.equal(
    await page.evaluate(() => document.documentElement.classList.contains("present")),
    false,
  );
});

test("dark mode has real colours; print drops the navigation", async (t) => {
  const page = await open(t, chapter("the-chain"), { colorScheme: "dark" });
  const [bg, fg] = await page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return [s.backgroundColor, s.color];
  });
  assert.equal(bg, "rgb(20, 20, 24)");
  assert.equal(fg, "rgb(230, 230, 234)");
  await page.screenshot({ path: shot("dark") });
  // The switch overrides the system setting and is remembered.
  await page.click("#scheme-toggle");
  assert.equal(
    await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    "rgb(255, 255, 255)",
  );
  await page.reload();
  assert.equal(
    await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    "rgb(255, 255, 255)",
  );
  await page.click("#scheme-toggle");
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const hidden = await page.$$eval(
    ".book-header, .prevnext, nav.toc",
    (els) => els.map((e) => getComputedStyle(e).display),
  );
  assert.ok(hidden.length >= 2 && hidden.every((d) => d === "none"), JSON.stringify(hidden));
  assert.equal(
    await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    "rgb(255, 255, 255)",
    "print is black on white",
  );
  await page.screenshot({ path: shot("print-preview"), fullPage: false });
});

test("the API landing page lists every module with its summary and links back", async (t) => {
  const page = await open(t, "api/index.html");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(join(ROOT, d), { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${d}/${e.name}`);
      else if (e.name.endsWith(".ts")) files.push(`${d}/${e.name}`);
    }
  };
  walk("lib");
  const listed = await page.$$eval("dl.api-modules dt code", (cs) => cs.map((c) => c.textContent));
  assert.deepEqual([...listed].sort(), files.sort());
  const empty = await page.$$eval(
    "dl.api-modules dd",
    (ds) =>
      ds.filter((d) =>
        d.textContent.trim().length < 12 || d.textContent.includes("no module summary")
      )
        .map((d) => d.previousElementSibling.textContent),
  );
  assert.deepEqual(empty, [], "every module has a one-line summary");
  assert.ok(
    await page.locator("main a[href='../index.html']").count() >= 1,
    "link back to the book",
  );
  await page.screenshot({ path: shot("api-landing") });
  await page.click("dl.api-modules dt a >> nth=0");
  assert.match(page.url(), /\/api\/.+\.ts\/index\.html$/);
});

test("search finds a glossary term offline", async (t) => {
  const page = await open(t, "index.html");
  await page.fill("#search-input", "Brier");
  const hit = page.locator("#search-results a[href$='#brier-score']");
  await hit.first().waitFor({ timeout: 10000 });
  assert.equal((await hit.first().textContent()).trim(), "Brier score");
  await page.screenshot({ path: shot("search-glossary") });
  await hit.first().click();
  assert.match(page.url(), /18-glossary\.html#brier-score$/);
  // Figure captions are indexed too.
  await page.fill("#search-input", "Pythia perplexity");
  await page.locator("#search-results a[href*='#fig-']").first().waitFor({ timeout: 10000 });
});

test("figure 8.2 on a 390 px phone is drawn at its own size and scrolls", async (t) => {
  const page = await open(t, chapter("real-curves"), {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const fig = page.locator("#fig-real-gpt3-sizes");
  await fig.scrollIntoViewIfNeeded();
  const { img, natural, scroll } = await fig.evaluate((f) => ({
    img: f.querySelector("img").clientWidth,
    natural: Number(f.querySelector("img").getAttribute("width")),
    scroll: f.querySelector(".fig-scroll").scrollWidth > f.querySelector(".fig-scroll").clientWidth,
  }));
  assert.equal(img, natural, "drawn at 1:1 (10 px labels stay 10 px)");
  assert.equal(scroll, true, "the figure scrolls sideways");
  assert.equal(await fig.locator(".fig-scroll-hint").isVisible(), true, "and says so");
  assert.equal(
    await fig.locator("figcaption a.fig-full").getAttribute("href"),
    "figures/fig-real-gpt3-sizes.svg",
  );
  await fig.screenshot({ path: shot("figure-9-2-phone") });
  // The sandbox's elbow label stays inside the page on a phone.
  await page.goto(url(chapter("sandbox")));
  const chart = page.locator(".emergence-sandbox .es-chart svg");
  await chart.waitFor();
  await chart.scrollIntoViewIfNeeded();
  const clipped = await page.$$eval(".emergence-sandbox .es-chart svg text", (ts) => {
    const box = document.querySelector(".emergence-sandbox").getBoundingClientRect();
    const labels = ts.filter((t) => /½ at/.test(t.textContent));
    if (labels.length !== 1) return [`${labels.length} elbow labels`];
    return labels.map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, left: r.left, right: r.right, box: [box.left, box.right] };
    }).filter((r) => r.left < r.box[0] || r.right > r.box[1] || r.right > innerWidth);
  });
  assert.deepEqual(clipped, [], "elbow label within the screen");
  await page.locator(".emergence-sandbox").screenshot({ path: shot("sandbox-phone") });
});

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

test("axe-core: no serious or critical violations", async (t) => {
  const pages = [
    "index.html",
    chapter("the-chain"),
    chapter("real-curves"),
    chapter("model-ladder"),
    chapter("sandbox"),
    chapter("glossary"),
    "teaching.html",
    "api/index.html",
  ];
  const report = {};
  const bad = [];
  for (const p of pages) {
    const page = await open(t, p);
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(() =>
      globalThis.axe.run(document, { resultTypes: ["violations"] })
    );
    report[p] = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      example: v.nodes[0]?.target?.join(" "),
    }));
    for (const v of result.violations) {
      if (v.impact === "serious" || v.impact === "critical") {
        bad.push(`${p}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target}`);
      }
    }
    await page.screenshot({ path: shot(`axe-${p.replace(/[/.]/g, "-")}`) });
    await page.close();
  }
  writeFileSync(join(ARTIFACTS, "axe-report.json"), JSON.stringify(report, null, 2) + "\n");
  assert.deepEqual(bad, []);
});

test("nothing was requested from the network", () => {
  assert.deepEqual(network, []);
});
