// The figure check: every exported figure, at the width the web book shows it, in Chromium.
//
//   node --test tests/browser/figures.test.mjs
//
// Reads site/figures/*.svg (env FIGURE_DIR to check another folder) after a book build. The
// displayed width is measured, not assumed: every chapter page is opened at a 1280 × 900
// viewport and the width of each figure's <img> is read (figures no page shows get the first
// width found). Each SVG is then drawn inline at its width and checked for five kinds of fault:
//
//   text-overlap   two text elements whose glyph boxes overlap
//   text-on-mark   text over a plotted line, dot, rule or bar (any mark but grid, axis, area)
//   text-clipped   text running past the SVG's edge
//   text-small     text smaller than 11 px on screen
//   axis-title     an axis title overlapping a tick label
//
// A mark that sits under text on purpose (a shaded window, a band, a leader) is drawn as an
// area or gets an aria-description starting with "backdrop" (Plot's ariaDescription option);
// those are skipped. Screenshots with the faults
// outlined go to test-artifacts/figure-check/ (all figures when FIGURE_CHECK_SHOTS=1), and a
// JSON summary (counts by kind and by figure) to test-artifacts/figure-check/report.json.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from "./support.mjs";

const FIGURES = resolve(ROOT, process.env.FIGURE_DIR ?? "site/figures");
const SITE = join(ROOT, "site");
const OUT = resolve(ROOT, process.env.FIGURE_CHECK_OUT ?? "test-artifacts/figure-check");
const SHOOT_ALL = process.env.FIGURE_CHECK_SHOTS === "1";
/** Smallest text on screen, in CSS pixels. */
const MIN_PX = 11;

let browser;
let page;
let width;
const results = new Map();

/**
 * The width at which the site shows each figure, measured on the chapter pages (a wide figure
 * may be shown wider than the others); `default` is the first width found, for figures that
 * no page shows.
 */
async function siteFigureWidths(p) {
  const pages = readdirSync(SITE).filter((f) => /^\d\d[a-z]?-.*\.html$/.test(f)).sort();
  const widths = new Map();
  for (const f of pages) {
    if (!readFileSync(join(SITE, f), "utf8").includes("book-figure")) continue;
    await p.goto(pathToFileURL(join(SITE, f)).href);
    const found = await p.evaluate(() =>
      [...document.querySelectorAll("figure.book-figure")].map((fig) => [
        fig.id,
        fig.querySelector("img")?.getBoundingClientRect().width ?? 0,
      ])
    );
    for (const [id, w] of found) if (w > 0) widths.set(id, w);
  }
  assert.ok(widths.size > 0, `no chapter page in ${SITE} shows a figure: build the book first`);
  return { widths, default: [...widths.values()][0] };
}

before(async () => {
  assert.ok(
    existsSync(FIGURES),
    `${FIGURES} is missing: build the book first (bash tools/run.sh book)`,
  );
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Nothing but the files on disk: a figure must not need the network.
  await page.route(/^(?!file:|data:|about:)/, (r) => r.abort());
  width = await siteFigureWidths(page);
});

after(async () => {
  const byKind = {};
  const byFigure = {};
  for (const [id, faults] of results) {
    byFigure[id] = {};
    for (const f of faults) {
      byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
      byFigure[id][f.kind] = (byFigure[id][f.kind] ?? 0) + 1;
    }
  }
  const failing = [...results].filter(([, f]) => f.length > 0).length;
  const widths = Object.fromEntries(width.widths);
  const report = { width: width.default, widths, figures: results.size, failing, byKind, byFigure };
  writeFileSync(
    join(OUT, "report.json"),
    JSON.stringify({ ...report, faults: Object.fromEntries(results) }, null, 1) + "\n",
  );
  console.log(
    `figure check at the site's widths (${
      width.default.toFixed(1)
    } px for most): ${failing} of ${results.size} figures fail; ` +
      `faults by kind ${JSON.stringify(byKind)}`,
  );
  await browser?.close();
});

/**
 * Runs in the page: finds the faults of the one inline <svg>. Boxes are in CSS pixels,
 * relative to the page.
 */
function findFaults(minPx) {
  const svg = document.querySelector("svg");
  const frame = svg.getBoundingClientRect();
  const scale = frame.width / svg.viewBox.baseVal.width;
  const faults = [];
  const role = (el) => el.closest("g[aria-label]")?.getAttribute("aria-label") ?? "";
  const box = (r) => ({ x: r.left, y: r.top, w: r.width, h: r.height });
  const overlap = (a, b) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  // The glyph box: Chromium's text box is the full em cell (ascent + descent); trim it to the
  // ink of ordinary glyphs so two lines set close together do not count as touching.
  const texts = [...svg.querySelectorAll("text")].filter((t) => t.textContent.trim() !== "")
    .map((t) => {
      const r = t.getBoundingClientRect();
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      const trim = 0.14 * px;
      return {
        el: t,
        text: t.textContent.trim(),
        role: role(t),
        px,
        box: { x: r.left + 1, y: r.top + trim, w: r.width - 2, h: r.height - 2 * trim },
        full: box(r),
      };
    });
  const name = (t) => `${JSON.stringify(t.text)} (${t.role})`;
  for (const t of texts) {
    if (t.px < minPx - 0.05) {
      faults.push({
        kind: "text-small",
        what: `${name(t)} is ${t.px.toFixed(1)} px on screen`,
        boxes: [t.full],
      });
    }
    const f = t.full;
    const out = Math.max(
      frame.left - f.x,
      frame.top - f.y,
      f.x + f.w - (frame.left + frame.width),
      f.y + f.h - (frame.top + frame.height),
    );
    if (out > 0.5) {
      faults.push({
        kind: "text-clipped",
        what: `${name(t)} runs ${out.toFixed(1)} px past the edge`,
        boxes: [f],
      });
    }
  }
  const isTitle = (t) => /^[xy]-axis label$|^f[xy]-axis label$/.test(t.role);
  const isTick = (t) => /tick label$/.test(t.role);
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i], texts[j]];
      if (!overlap(a.box, b.box)) continue;
      const kind = (isTitle(a) && isTick(b)) || (isTitle(b) && isTick(a))
        ? "axis-title"
        : "text-overlap";
      faults.push({ kind, what: `${name(a)} overlaps ${name(b)}`, boxes: [a.box, b.box] });
    }
  }
  // Plotted marks: strokes are sampled along their length, filled shapes use their box.
  const skip = /grid|axis|frame|^area|^text$|tick/;
  const marks = [...svg.querySelectorAll("g[aria-label]")].filter((g) =>
    !skip.test(g.getAttribute("aria-label")) &&
    !/^backdrop/.test(g.getAttribute("aria-description") ?? "")
  );
  for (const g of marks) {
    const kindOfMark = g.getAttribute("aria-label");
    for (const el of g.querySelectorAll("path, line, circle, rect, polyline, ellipse")) {
      const cs = getComputedStyle(el);
      if (cs.visibility === "hidden" || cs.display === "none") continue;
      const filled = cs.fill !== "none" && cs.fillOpacity !== "0" &&
        !(el.tagName === "line" || el.tagName === "polyline");
      const hits = [];
      if (filled) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 || r.height > 0) {
          hits.push({ x: r.left + 0.5, y: r.top + 0.5, w: r.width - 1, h: r.height - 1 });
        }
      } else if (typeof el.getTotalLength === "function") {
        const m = el.getScreenCTM();
        const len = el.getTotalLength();
        const halfWidth = Math.max(0.5, (parseFloat(cs.strokeWidth) || 1) * scale / 2);
        const step = Math.max(1, len / 2000);
        for (let s = 0; s <= len; s += step) {
          const q = el.getPointAtLength(s).matrixTransform(m);
          hits.push({
            x: q.x - halfWidth,
            y: q.y - halfWidth,
            w: 2 * halfWidth,
            h: 2 * halfWidth,
          });
        }
      }
      for (const t of texts) {
        const hit = hits.find((h) => overlap(t.box, h));
        if (!hit) continue;
        faults.push({
          kind: "text-on-mark",
          what: `${name(t)} lies on a ${kindOfMark} mark`,
          boxes: [t.box, hit],
        });
      }
    }
  }
  // One fault per text and mark element pair is enough: a label on a curve is one fault.
  const seen = new Set();
  return faults.filter((f) => {
    const key = `${f.kind}|${f.what}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Draws the fault boxes over the figure and saves a screenshot. */
async function shoot(p, faults, path) {
  await p.evaluate((fs) => {
    for (const f of fs) {
      for (const b of f.boxes) {
        const d = document.createElement("div");
        d.className = "fault";
        d.title = f.kind;
        Object.assign(d.style, {
          position: "absolute",
          left: `${b.x - 1}px`,
          top: `${b.y - 1}px`,
          width: `${b.w + 2}px`,
          height: `${b.h + 2}px`,
          outline: "1.5px solid #d0006f",
          pointerEvents: "none",
        });
        document.body.appendChild(d);
      }
    }
  }, faults);
  await p.locator("#fig").screenshot({ path });
}

const files = existsSync(FIGURES)
  ? readdirSync(FIGURES).filter((f) => f.endsWith(".svg")).sort()
  : [];

test("there are figures to check", () => {
  assert.ok(files.length > 0, `no SVG in ${FIGURES}: build the book first`);
});

for (const file of files) {
  const id = file.replace(/\.svg$/, "");
  test(`figure ${id} has no collision, clipping or tiny text at site width`, async () => {
    const svg = readFileSync(join(FIGURES, file), "utf8");
    const w = width.widths.get(id) ?? width.default;
    await page.setContent(
      `<!DOCTYPE html><html><body style="margin:8px;background:#fff">` +
        `<div id="fig" style="width:${w}px;display:inline-block">${svg}</div></body></html>`,
    );
    await page.evaluate(() => {
      const s = document.querySelector("svg");
      s.style.width = "100%";
      s.style.height = "auto";
      s.style.maxWidth = "none";
    });
    await page.evaluate(() => document.fonts.ready);
    const faults = await page.evaluate(findFaults, MIN_PX);
    results.set(id, faults.map(({ kind, what }) => ({ kind, what })));
    if (faults.length > 0 || SHOOT_ALL) await shoot(page, faults, join(OUT, `${id}.png`));
    assert.equal(
      faults.length,
      0,
      `${id}: ${faults.length} faults (see ${join(OUT, id + ".png")}):\n  ` +
        faults.map((f) => `${f.kind}: ${f.what}`).join("\n  "),
    );
  });
}
