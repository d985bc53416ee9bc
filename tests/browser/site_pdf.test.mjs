// The book as one PDF (npm run pdf): page count, a page break before every chapter, every
// figure present, fonts embedded, fixed dates, and nothing wider than the printed page.
//
//   node --test tests/browser/site_pdf.test.mjs
//
// Needs the built site (npm run book), Chromium, and pdfinfo/pdffonts/pdftotext from Debian's
// poppler-utils. Screenshots of the print layout go to test-artifacts/site-pdf/.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from "./support.mjs";
import { fitToPage, LANDSCAPE_WIDTH, PORTRAIT_WIDTH } from "../../tools/pdf.mjs";

const PDF = join(ROOT, "site/emergence-executable.pdf");
const ARTIFACTS = join(ROOT, "test-artifacts/site-pdf");
const tool = (name, args) => {
  try {
    return execFileSync(name, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  } catch (e) {
    if (e.code === "ENOENT") assert.fail(`${name} is missing: apt-get install poppler-utils`);
    throw e;
  }
};

const chapters = readdirSync(join(ROOT, "notebooks"))
  .filter((f) => /^\d\d[a-z]?-.*\.ipynb$/.test(f)).map((f) => f.replace(/\.ipynb$/, "")).sort();

before(() => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  const started = Date.now();
  execFileSync("node", ["tools/pdf.mjs"], { cwd: ROOT, stdio: "inherit" });
  assert.ok(statSync(PDF).mtimeMs >= started - 1000, "npm run pdf wrote a new PDF");
});

test("the PDF has a page per chapter start, every figure, and fixed dates", () => {
  const info = tool("pdfinfo", [PDF]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  assert.ok(pages >= 3 * chapters.length, `at least three pages a chapter (${pages} pages)`);
  assert.ok(pages <= 40 * chapters.length, `not runaway (${pages} pages)`);
  assert.match(info, /CreationDate:\s+Sat Jan\s+1 00:00:00 2000/);
  const text = tool("pdftotext", ["-layout", PDF, "-"]).split("\f");
  // Every chapter begins a page: its "N. Title" heading is the first text on some page.
  const firstLines = text.map((p) =>
    p.split("\n").map((l) => l.trim()).filter((l) => l).slice(0, 3).join(" ")
  );
  for (const c of chapters) {
    const html = readFileSync(join(ROOT, "site", `${c}.html`), "utf8");
    const h1 = /<h1[^>]*>([^<]+)/.exec(html)[1].replace(/&amp;/g, "&").replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'").trim();
    assert.ok(
      firstLines.some((l) => l.replace(/\s+/g, " ").startsWith(h1.replace(/\s+/g, " "))),
      `${c}: "${h1}" starts a page`,
    );
  }
  // Every figure of the site is in the PDF, with its label and its drawing (SVG text).
  const all = text.join("\n").replace(/\s+/g, " ");
  let figures = 0;
  for (const c of chapters) {
    const html = readFileSync(join(ROOT, "site", `${c}.html`), "utf8");
    for (const m of html.matchAll(/<figcaption><strong>(Figure \d+[a-z]?\.\d+)\.<\/strong>/g)) {
      assert.ok(all.includes(`${m[1]}.`), `${m[1]} in the PDF`);
      figures++;
    }
  }
  const exported = readdirSync(join(ROOT, "site/figures")).filter((f) => f.endsWith(".svg")).length;
  assert.equal(figures, exported, "every exported figure is captioned in the PDF");
});

test("every font in the PDF is embedded", () => {
  const rows = tool("pdffonts", [PDF]).split("\n").slice(2).filter((l) => l.trim());
  assert.ok(rows.length >= 3, `fonts listed (${rows.length})`);
  // columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end
  const notEmbedded = rows.filter((r) => r.trim().split(/\s+/).at(-5) !== "yes");
  assert.deepEqual(notEmbedded, []);
});

test("in print, no table, code block, formula or figure is wider than its page", async () => {
  const doc = join(ROOT, "_build/pdf/book.html");
  assert.ok(existsSync(doc));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: PORTRAIT_WIDTH, height: 1000 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(pathToFileURL(doc).href);
    await page.emulateMedia({ media: "print" });
    const fitted = await page.evaluate(fitToPage, [PORTRAIT_WIDTH, LANDSCAPE_WIDTH]);
    assert.ok(fitted.some((f) => /landscape/.test(f)), "the widest tables go on landscape pages");
    const over = await page.$$eval(
      "table, pre, .katex-display, figure img",
      (els, [portrait, landscape]) =>
        els.map((e) => {
          const wide = e.closest(".print-wide");
          const zoom = Number(e.style.zoom || 1) *
            Number(e.closest("[style*=zoom]")?.style.zoom || 1);
          const width = (e.tagName === "TABLE" || e.tagName === "IMG")
            ? e.getBoundingClientRect().width
            : Math.min(e.getBoundingClientRect().width, e.scrollWidth * zoom);
          const overflow = e.scrollWidth > e.clientWidth + 1 && e.tagName !== "TABLE";
          const limit = wide ? landscape : portrait;
          return {
            what: `${e.tagName}.${e.className} in ${e.closest("section")?.dataset.page}`,
            width: Math.round(width),
            limit,
            overflow,
          };
        }).filter((r) => r.width > r.limit + 1 || r.overflow),
      [PORTRAIT_WIDTH, LANDSCAPE_WIDTH],
    );
    assert.deepEqual(over, []);
    const wide = page.locator(".print-wide").first();
    await wide.screenshot({ path: join(ARTIFACTS, "print-wide-table.png") });
    await page.locator("section[data-page^='08-'] #fig-real-gpt3-sizes").screenshot({
      path: join(ARTIFACTS, "print-figure-9-2.png"),
    });
  } finally {
    await browser.close();
  }
});
