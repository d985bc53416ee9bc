// Real-browser test of the emergence sandbox in the built web book.
//
//   node --test tests/browser/
//
// Opens the built chapter page (env SANDBOX_PAGE, default site/14-sandbox.html) from disk in
// Debian's Chromium (env CHROMIUM, default /usr/bin/chromium) driven by playwright-core, with
// every non-file:// request blocked and recorded. If the page is missing the test fails and
// names the build command; SANDBOX_ALLOW_FALLBACK=1 instead generates a stand-alone page from
// lib/chapters/sandbox/show.ts (for working on the sandbox before the site exists; say so if you use
// it). Screenshots of every step go to test-artifacts/sandbox/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from "./support.mjs";

const ARTIFACTS = join(ROOT, "test-artifacts/sandbox");
const ARGS = CHROMIUM_ARGS;

function pagePath() {
  const page = resolve(ROOT, process.env.SANDBOX_PAGE ?? "site/14-sandbox.html");
  if (existsSync(page)) return { page, fallback: false };
  if (process.env.SANDBOX_ALLOW_FALLBACK !== "1") {
    assert.fail(
      `built page ${page} is missing: build the book first (bash tools/run.sh book), or point ` +
        `SANDBOX_PAGE at the built sandbox chapter`,
    );
  }
  const deno = join(ROOT, "node_modules/.bin/deno");
  execFileSync(deno, ["run", "-A", "tools/bundle_sandbox.ts"], { cwd: ROOT, stdio: "inherit" });
  const out = join(ARTIFACTS, "fallback-page.html");
  execFileSync(deno, ["run", "-A", "tests/browser/make_page.ts", out], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NO_COLOR: "1" },
  });
  console.warn(`WARNING: ${page} is missing; testing the FALLBACK page ${out}, not the site`);
  return { page: out, fallback: true };
}

const SUP = { "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9 };
/** "x = 24.23, 1.70 × 10²⁴ FLOPs" → 1.70e24 */
function flopsIn(text) {
  const m = /([\d.]+) × 10([⁰¹²³⁴⁵⁶⁷⁸⁹]+) FLOPs/.exec(text);
  assert.ok(m, `no "m × 10ⁿ FLOPs" in ${JSON.stringify(text)}`);
  const e = Number([...m[2]].map((c) => SUP[c]).join(""));
  return Number(m[1]) * 10 ** e;
}

/** The y coordinates of an SVG path made of M/L commands. */
function ys(d) {
  assert.ok(typeof d === "string" && /^M[-\d.,L]+$/.test(d), "expected an M/L path");
  return d.slice(1).split("L").map((pt) => Number(pt.split(",")[1]));
}

/** Elbow of p^k = ½ with p = σ((x − x0)s), solved by hand: x = x0 + logit(½^(1/k))/s. */
function elbowByHand(k, x0, s) {
  const p = 0.5 ** (1 / k);
  return x0 + Math.log(p / (1 - p)) / s;
}

test("the sandbox in the built page", { timeout: 180_000 }, async (t) => {
  rmSync(ARTIFACTS, { recursive: true, force: true }); // only this run's screenshots remain
  mkdirSync(ARTIFACTS, { recursive: true });
  const { page: file, fallback } = pagePath();
  const userDir = mkdtempSync(join(tmpdir(), "sandbox-chromium-"));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1100, height: 1000 },
  });
  const offline = [];
  const errors = [];
  try {
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
      offline.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(pathToFileURL(file).href);
    const root = page.locator("[data-emergence-sandbox]").first();
    await root.waitFor({ state: "visible", timeout: 20_000 });
    assert.equal(await root.getAttribute("data-mounted"), "true");
    await root.scrollIntoViewIfNeeded();
    let step = 0;
    const shot = async (name) => {
      step += 1;
      await root.screenshot({
        path: join(ARTIFACTS, `${String(step).padStart(2, "0")}-${name}.png`),
      });
    };
    const svgD = (cls) => root.locator(`g.${cls} path`).first().getAttribute("d");
    const elbowDotX = async () => {
      const tr = await root.locator("g.sandbox-elbow path").first().getAttribute("transform");
      const m = /translate\(([-\d.e]+),/.exec(tr ?? "");
      assert.ok(m, `elbow marker has no translate(): ${tr}`);
      return Number(m[1]);
    };
    const elbowText = () => root.locator('[data-key="elbow"]').textContent();
    const k = root.getByLabel("Chain length k (answer tokens)", { exact: true });
    const kNumber = root.getByLabel("Chain length k (answer tokens), typed value");
    const message = root.locator('[data-role="message"]');

    await t.test("loads from disk, hides the static fallback figure", async () => {
      const staticFig = page.locator("#fig-sandbox-default");
      if (!fallback) assert.equal(await staticFig.count(), 1, "site page lacks the static figure");
      if (await staticFig.count()) assert.equal(await staticFig.isHidden(), true);
      assert.equal(await root.getAttribute("data-k"), "4");
      await shot("loaded-default");
    });

    await t.test("k = 1 with exact match: the two curves coincide", async () => {
      await k.focus();
      await page.keyboard.press("Home"); // keyboard-operable slider: Home = minimum
      assert.equal(await root.getAttribute("data-k"), "1");
      assert.equal(await kNumber.inputValue(), "1");
      assert.equal(await root.getAttribute("data-metric"), "exact-match");
      const dp = await svgD("sandbox-per-token");
      const dm = await svgD("sandbox-metric");
      assert.ok(dp && dp.length > 100, "per-token path missing");
      assert.ok(dm === dp, "at k = 1 exact match must draw the same path as per-token accuracy");
      assert.ok(Math.abs(Number(await root.getAttribute("data-elbow-log-compute")) - 22) < 1e-12);
      await shot("k1-curves-coincide");
    });

    await t.test("k from 1 to 20: the elbow moves right, its compute increases", async () => {
      const x1 = await elbowDotX();
      const c1 = flopsIn(await elbowText());
      await k.focus();
      for (let i = 0; i < 19; i++) await page.keyboard.press("ArrowRight");
      assert.equal(await root.getAttribute("data-k"), "20");
      const x20 = await elbowDotX();
      const c20 = flopsIn(await elbowText());
      assert.ok(x20 > x1 + 50, `elbow marker should move right: ${x1} → ${x20} px`);
      assert.ok(c20 > c1 * 10, `reported compute should increase: ${c1} → ${c20}`);
      const logc = Number(await root.getAttribute("data-elbow-log-compute"));
      assert.ok(Math.abs(logc - elbowByHand(20, 22, 1.5)) < 1e-9, `elbow ${logc}`);
      assert.ok(Math.abs(Math.log10(c20) - logc) < 0.003, "text and attribute disagree");
      assert.match(await root.locator("svg").first().textContent(), /EM = ½ at 1\.70 × 10²⁴/);
      await shot("k20-elbow-right");
    });

    await t.test("toggling the metric changes the solid curve", async () => {
      const before = await svgD("sandbox-metric");
      const perToken = await svgD("sandbox-per-token");
      await root.getByLabel("Mean token log-likelihood, ln p (nats)").check();
      assert.equal(await root.getAttribute("data-metric"), "mean-loglik");
      const after = await svgD("sandbox-metric");
      assert.ok(after !== before, "the solid curve must change with the metric");
      // the right-hand nats axis narrows the frame, so x pixels change; heights must not
      assert.deepEqual(ys(await svgD("sandbox-per-token")), ys(perToken), "dashed curve changed");
      assert.match(await root.locator("svg").first().textContent(), /nats/);
      await shot("metric-loglik");
      await root.getByLabel("Exact match, p^k").check();
      assert.ok(await svgD("sandbox-metric") === before, "toggling back restores the curve");
    });

    await t.test("invalid typed values are clamped or rejected with a visible message", async () => {
      await kNumber.fill("80");
      await kNumber.press("Enter");
      assert.equal(await root.getAttribute("data-k"), "50");
      assert.equal(await kNumber.inputValue(), "50");
      assert.equal(await k.inputValue(), "50", "slider follows the clamped value");
      assert.ok(await message.isVisible());
      assert.match(await message.textContent(), /above the maximum 50/);
      await shot("k80-clamped");

      await kNumber.fill("");
      await kNumber.press("Enter");
      assert.equal(await root.getAttribute("data-k"), "50", "empty input keeps the old k");
      assert.match(await message.textContent(), /nothing was typed, so k stays 50/);
      assert.equal(await kNumber.inputValue(), "50");
      await shot("k-empty-rejected");

      await kNumber.fill("abc");
      await kNumber.press("Enter");
      assert.equal(await root.getAttribute("data-k"), "50", "letters keep the old k");
      assert.match(await message.textContent(), /“abc” is not a number .*k stays 50/);
      await shot("k-letters-rejected");

      await kNumber.fill("2.5");
      await kNumber.press("Enter");
      assert.equal(await root.getAttribute("data-k"), "3");
      assert.match(await message.textContent(), /whole number: 2.5 rounded to 3/);
      await shot("k-fraction-rounded");

      const s = root.getByLabel("Steepness s (per decade), typed value");
      await s.fill("-3");
      await s.press("Enter");
      assert.equal(await s.inputValue(), "0.25");
      assert.match(await message.textContent(), /s = -3 is below the minimum 0.25: set to 0.25/);
      const x0 = root.getByLabel("Midpoint x0 (log10 FLOPs), typed value");
      await x0.fill("22,5");
      await x0.press("Enter");
      assert.equal(await x0.inputValue(), "22.5", "a decimal comma is a decimal point");
      await x0.fill("1e9");
      await x0.press("Enter");
      assert.equal(await x0.inputValue(), "26");
      assert.match(await message.textContent(), /x0 = 1000000000 is above the maximum 26/);
      // the elbow is now far beyond 10^27: the chart says so instead of drawing a marker
      assert.match(await root.locator("svg").first().textContent(), /beyond 10²⁷/);
      await shot("s-x0-clamped-elbow-beyond");
    });

    await t.test("no network, no script errors", () => {
      assert.deepEqual(offline, [], "the page must not load anything over the network");
      assert.deepEqual(errors, []);
    });
  } finally {
    await context.close();
    rmSync(userDir, { recursive: true, force: true });
  }
});

test("without JavaScript the page shows the static figure", { timeout: 120_000 }, async () => {
  const { page: file, fallback } = pagePath();
  const userDir = mkdtempSync(join(tmpdir(), "sandbox-chromium-nojs-"));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    javaScriptEnabled: false,
    viewport: { width: 1100, height: 1000 },
  });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    const staticFig = page.locator("#fig-sandbox-default");
    assert.equal(await staticFig.count(), 1, "the page has no static figure fig-sandbox-default");
    await staticFig.scrollIntoViewIfNeeded();
    assert.ok(await staticFig.isVisible(), "static figure hidden without JavaScript");
    if (!fallback) {
      // the site shows the exported SVG; it must have loaded (naturalWidth > 0)
      const loaded = await staticFig.locator("img").evaluate((img) => img.naturalWidth > 0);
      assert.ok(loaded, "the static figure's image did not load");
    }
    assert.ok(await page.locator("[data-emergence-sandbox]").first().isHidden());
    const note = page.locator("noscript p").first(); // getByText skips <noscript> content
    assert.ok(await note.isVisible(), "the <noscript> note is not shown");
    assert.match(await note.textContent(), /needs JavaScript/);
    await page.screenshot({ path: join(ARTIFACTS, "90-no-javascript.png"), fullPage: false });
    await staticFig.screenshot({ path: join(ARTIFACTS, "91-no-javascript-figure.png") });
  } finally {
    await context.close();
    rmSync(userDir, { recursive: true, force: true });
  }
});
