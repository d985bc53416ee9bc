// Prints the whole book to one PDF for handouts: the contents page, every chapter (each from a
// new page) and the bibliography, from the built site, by Chromium with the print stylesheet.
//
//   npm run pdf            (after npm run book) → site/emergence-executable.pdf
//
// Chromium: Debian's /usr/bin/chromium unless CHROMIUM names another. Nothing is fetched: every
// non-file:// request is blocked and makes the command fail. The PDF's creation and
// modification dates are fixed (2000-01-01), so unchanged pages give the same file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SITE = join(ROOT, "site");
const OUT = join(SITE, "emergence-executable.pdf");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const t0 = Date.now();
const log = (s) => console.log(`[pdf ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${s}`);

/** The inner HTML of a page's <main>. */
function mainOf(file) {
  const html = readFileSync(join(SITE, file), "utf8");
  const m = /<main[^>]*>([\s\S]*)<\/main>/.exec(html);
  if (!m) throw new Error(`${file}: no <main> element`);
  return m[1];
}

/**
 * One HTML document holding the whole book, for printing: code cells open (the print
 * stylesheet hides their toggles), scripts dropped (the live sandbox prints as its static
 * figure), ids prefixed per chapter so they stay unique.
 */
export function printDocument() {
  if (!existsSync(join(SITE, "index.html"))) {
    throw new Error(`${SITE}/index.html is missing: build the book first (npm run book)`);
  }
  const index = readFileSync(join(SITE, "index.html"), "utf8");
  const list = /<ol class="contents"[\s\S]*?<\/ol>/.exec(index)?.[0] ?? "";
  const chapters = [...list.matchAll(/<li[^>]*><a href="([^"#]+\.html)">/g)].map((m) => m[1]);
  if (chapters.length === 0) throw new Error("site/index.html lists no chapters");
  const pages = ["index.html", ...chapters, "bibliography.html"];
  const sections = pages.map((p, i) =>
    `<section class="print-page${i ? " chapter-break" : ""}" data-page="${p}">${
      mainOf(p)
        .replace(/<details class="cell-code">/g, '<details class="cell-code" open>')
        .replace(/<script[\s\S]*?<\/script>/g, "")
        .replace(/<nav class="toc"[\s\S]*?<\/nav>/g, "")
    }</section>`
  );
  return {
    pages,
    html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<base href="${pathToFileURL(SITE).href}/">
<title>Emergence, executable</title>
<link rel="stylesheet" href="assets/katex/katex.min.css">
<link rel="stylesheet" href="assets/book.css">
<style>
.chapter-break { break-before: page; }
.print-page > h1:first-child { margin-top: 0; }
</style>
</head>
<body>
<main>
${sections.join("\n")}
</main>
</body>
</html>
`,
  };
}

/** Text width of an A4 page with the print stylesheet's 14 mm side margins, in CSS px. */
export const PORTRAIT_WIDTH = Math.floor(((210 - 28) / 25.4) * 96);
/** The same for a landscape page (`@page wide` in tools/site/assets/book.css). */
export const LANDSCAPE_WIDTH = Math.floor(((297 - 28) / 25.4) * 96);

/**
 * Runs in the print document (print media, viewport PORTRAIT_WIDTH wide): a table too wide for
 * a portrait page goes on a landscape page, scaled down further only if it is still too wide;
 * a formula too wide is scaled to fit. Nothing is cut off at the page edge.
 *
 * @returns what was moved or scaled, for the log and the tests
 */
export function fitToPage([portrait, landscape]) {
  const fitted = [];
  for (const wrap of document.querySelectorAll(".table-wrap, .md-table")) {
    const table = wrap.querySelector("table");
    if (!table) continue;
    const w = table.scrollWidth;
    if (w <= portrait) continue;
    wrap.classList.add("print-wide");
    const zoom = w > landscape ? landscape / w : 1;
    if (zoom < 1) table.style.zoom = String(Math.floor(zoom * 1000) / 1000);
    wrap.dataset.printFit = `landscape${zoom < 1 ? `, ${Math.round(zoom * 100)} %` : ""}`;
    fitted.push(
      `${wrap.closest("section")?.dataset.page} ${wrap.id || "table"}: ${wrap.dataset.printFit}`,
    );
  }
  for (const el of document.querySelectorAll(".katex-display, pre")) {
    const w = el.scrollWidth;
    const avail = el.clientWidth;
    if (w <= avail + 1) continue;
    const zoom = Math.floor((avail / w) * 1000) / 1000;
    el.style.zoom = String(zoom);
    el.dataset.printFit = `${Math.round(zoom * 100)} %`;
    fitted.push(
      `${el.closest("section")?.dataset.page} ${el.tagName.toLowerCase()}: ${el.dataset.printFit}`,
    );
  }
  return fitted;
}

/** Replaces the PDF's dates by 2000-01-01 (same length, so the cross-reference table holds). */
export function fixDates(bytes) {
  const text = Buffer.from(bytes).toString("latin1")
    .replace(
      /\/(CreationDate|ModDate) ?\(D:(\d{14})/g,
      (m, _key, d) => m.replace(d, "20000101000000"),
    );
  return Buffer.from(text, "latin1");
}

async function main() {
  const { html, pages } = printDocument();
  const work = join(ROOT, "_build/pdf");
  mkdirSync(work, { recursive: true });
  const doc = join(work, "book.html");
  writeFileSync(doc, html);
  log(`printing ${pages.length} pages of the site (${pages.length - 2} chapters) with ${CHROMIUM}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const blocked = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route("**/*", (route) => {
      const u = route.request().url();
      if (u.startsWith("file:")) return route.continue();
      blocked.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    await page.setViewportSize({ width: PORTRAIT_WIDTH, height: 1000 });
    await page.goto(pathToFileURL(doc).href, { waitUntil: "load", timeout: 120000 });
    await page.emulateMedia({ media: "print" });
    const fitted = await page.evaluate(fitToPage, [PORTRAIT_WIDTH, LANDSCAPE_WIDTH]);
    for (const f of fitted) log(`fitted to the page: ${f}`);
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate:
        '<div style="font: 8px DejaVu Sans, sans-serif; width: 100%; text-align: center; color: #444">' +
        'Emergence, executable · <span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    if (blocked.length) {
      throw new Error(`the print tried to load from the network: ${blocked.join(", ")}`);
    }
    writeFileSync(OUT, fixDates(pdf));
    log(`wrote ${OUT} (${(pdf.length / 1e6).toFixed(1)} MB)`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`[pdf] FAILED: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
