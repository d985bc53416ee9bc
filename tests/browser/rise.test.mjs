// Slides with RISE inside JupyterLab, on a closed network: open a copy of chapter 2 in Lab,
// Run All, save, open the RISE slideshow of it, step through the slides to one that shows a
// chart, and screenshot it. Every request to a host other than this machine is blocked and
// counted: none may happen (RISE's reveal.js, theme fonts and MathJax all come from the venv).
//
//   node --test tests/browser/rise.test.mjs
//
// Needs the book built (_build/executed/). Screenshots go to test-artifacts/rise/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, runAllCells, startLabOnCopy } from "./support.mjs";

const ARTIFACTS = join(ROOT, "test-artifacts/rise");
const WORK = join(ROOT, "_build/rise-test");
const NB = "02-the-chain.ipynb";
const COPY = `_lab-test-rise-${NB}`;

test("RISE: a chapter run in Lab presents as slides, a chart on a slide, 0 network requests", {
  timeout: 300_000,
}, async (t) => {
  const { base, token, browser } = await startLabOnCopy(t, {
    notebook: NB,
    copy: COPY,
    work: WORK,
    artifacts: ARTIFACTS,
    token: "emergence-rise-test-token",
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const external = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (["127.0.0.1", "localhost"].includes(url.hostname)) return route.continue();
    external.push(url.href);
    return route.abort();
  });

  // 1. Lab: Run All, then save (RISE reads the saved notebook).
  const lab = await context.newPage();
  await lab.goto(`${base}/lab/tree/notebooks/${COPY}?token=${token}`);
  await lab.waitForSelector(".jp-Notebook", { timeout: 60000 });
  await runAllCells(lab, join(ARTIFACTS, "kernel-not-idle.png"));
  await lab.waitForSelector(".jp-OutputArea-output.jp-RenderedSVG", { timeout: 120000 });
  await lab.waitForFunction(
    () =>
      !document.querySelector(".jp-InputPrompt")?.closest(".jp-Notebook") ||
      ![...document.querySelectorAll(".jp-InputPrompt")].some((e) => /\[\*\]/.test(e.textContent)),
    undefined,
    { timeout: 120000 },
  );
  await lab.keyboard.press("Escape");
  await lab.keyboard.press("Control+s");
  const saved = () => /"output_type"/.test(readFileSync(join(ROOT, "notebooks", COPY), "utf8"));
  for (let i = 0; i < 60 && !saved(); i++) await lab.waitForTimeout(250);
  assert.ok(saved(), "the notebook was saved with its outputs");
  const meta = JSON.parse(readFileSync(join(ROOT, "notebooks", COPY), "utf8"));
  assert.equal(meta.cells[0].metadata.slideshow?.slide_type, "slide", "slide metadata present");

  // 2. RISE: the slideshow of the saved notebook; step until a slide shows a chart.
  const slides = await context.newPage();
  await slides.goto(`${base}/rise/notebooks/${COPY}?token=${token}`);
  await slides.waitForSelector(".reveal .slides section.present", { timeout: 90000 });
  await slides.waitForSelector("mjx-container", { state: "attached", timeout: 60000 });
  const chartShown = () =>
    slides.evaluate(() => {
      const s = [...document.querySelectorAll(".reveal section.present")].at(-1);
      const chart = s?.querySelector(
        ".jp-RenderedSVG img, .jp-RenderedSVG svg, .jp-RenderedImage img",
      );
      if (!chart) return false;
      const r = chart.getBoundingClientRect();
      return r.width > 300 && r.height > 150 && r.bottom > 150 && r.top < innerHeight - 150;
    });
  await slides.locator(".reveal").click({ position: { x: 640, y: 700 } }).catch(() => {});
  let steps = 0;
  while (!(await chartShown()) && steps < 40) {
    await slides.keyboard.press("Space");
    await slides.waitForTimeout(400);
    steps++;
  }
  await slides.screenshot({ path: join(ARTIFACTS, "slide-with-chart.png") });
  assert.ok(await chartShown(), `no slide with a chart after ${steps} steps`);
  const total = await slides.locator(".reveal .slides section section").count();
  assert.ok(total >= 10, `RISE made ${total} slides`);
  assert.deepEqual(external, [], "requests to the network");
});
