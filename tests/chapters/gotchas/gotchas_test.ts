import assert from "node:assert/strict";
import fc from "fast-check";
import { assertAlmostEquals } from "../../assert.ts";
import { summariseReadings, twoReadings } from "../../../lib/sim/two_readings.ts";
import {
  calibrateScaffold,
  crossover,
  elbowShiftFromChainLength,
  elbowShiftFromMidpoint,
  formatElbow,
  formatExactMatch,
  scaffoldStudy,
  weiChainOfThoughtScales,
} from "../../../lib/sim/prompt_format.ts";
import {
  chapterFamily,
  crossCheck,
  evaluateFamily,
  expectedScore,
} from "../../../lib/chapters/gotchas/contamination.ts";
import { assumedKFits, measureLadder, noiseLevel } from "../../../lib/sim/assumed_chain_length.ts";
import { elbowLogCompute } from "../../../lib/math/elbow.ts";

const WORLD = { x0: 22, s: 1.5, k: 8 };
const LOW = [18, 18.5, 19, 19.5, 20, 20.5, 21, 21.5];
const TOP = [25.5, 26, 26.5, 27];

Deno.test("gotcha 1: NLL falls five-fold while every exact-match rung reads 0/200", () => {
  const rows = twoReadings(WORLD, LOW, 200, 11);
  const s = summariseReadings(rows);
  assert.equal(s.zeroRungs, LOW.length);
  assert.ok(s.emIndistinguishable);
  // −ln σ(−6) = 6.002476 and −ln σ(−0.75) = 1.136871 (closed form: ln(1 + e^{−z}))
  assertAlmostEquals(s.nllFirst, Math.log1p(Math.exp(6)), 1e-12);
  assertAlmostEquals(s.nllLast, Math.log1p(Math.exp(0.75)), 1e-12);
  assertAlmostEquals(s.nllFoldDrop, 5.27982, 1e-5);
  // the Wilson upper bound of 0/200 is 0.0188: "0/200 (95 % upper bound 0.019)", not zero
  assertAlmostEquals(s.emUpperMax, 0.018845, 1e-6);
  // NLL strictly decreasing along the ladder
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i].nllPerToken < rows[i - 1].nllPerToken);
  assert.deepEqual(twoReadings(WORLD, LOW, 200, 11), rows);
});

Deno.test("gotcha 5: at the top exact match cannot separate rungs; NLL falls nine-fold", () => {
  const rows = twoReadings(WORLD, TOP, 200, 12);
  const s = summariseReadings(rows);
  assert.ok(s.emIndistinguishable);
  assert.ok(s.emRange[0] >= 0.95, `min EM ${s.emRange[0]}`);
  // −ln σ(5.25) / −ln σ(7.5): closed form ln(1+e^−5.25)/ln(1+e^−7.5) = 9.4655
  assertAlmostEquals(s.nllFoldDrop, Math.log1p(Math.exp(-5.25)) / Math.log1p(Math.exp(-7.5)), 1e-9);
  assert.ok(s.nllFoldDrop > 9);
  assert.throws(() => summariseReadings(rows.slice(0, 1)), /at least 2 rows, got 1/);
});

Deno.test("gotcha 2: one low ladder, fits with different k agree on the data, not the forecast", () => {
  const ladder = measureLadder(WORLD, [21.5, 22, 22.5], 1000, 3);
  assert.deepEqual(ladder.successes, [0, 3, 36]);
  const fits = assumedKFits(ladder, [1, 2, 4, 8, 16, 32], 23.6);
  assert.equal(fits.length, 6);
  const noise = noiseLevel(ladder);
  for (const f of fits) assert.ok(f.rss < noise / 10, `k=${f.k} rss ${f.rss} vs noise ${noise}`);
  const elbows = fits.map((f) => f.elbow);
  // assumed k = 1 puts the elbow before 10^23.3, k = 32 after 10^23.7 (true: 23.60)
  assert.ok(Math.max(...elbows) - Math.min(...elbows) > 0.5, String(elbows));
  const at = fits.map((f) => f.atTarget);
  assert.ok(Math.max(...at) - Math.min(...at) > 0.4, String(at));
  // where each fit reaches EM = 0.9: k = 1 at about 23.6, k = 32 at about 25.4 (chapter 17's alt text)
  const at09 = fits.map((f) => elbowLogCompute(f.k, f.x0, f.s, 0.9));
  assert.ok(Math.abs(at09[0] - 23.6) < 0.05 && Math.abs(at09[5] - 25.4) < 0.05, String(at09));
  // larger assumed k ⇒ later elbow (monotone on this ladder)
  for (let i = 1; i < fits.length; i++) assert.ok(fits[i].elbow > fits[i - 1].elbow);
  assert.throws(
    () => assumedKFits({ ...ladder, successes: [0, 3] }, [1], 23),
    /3 rungs but 2 counts/,
  );
  assert.throws(
    () => assumedKFits({ ...ladder, successes: [0, 3, 2000] }, [1], 23),
    /successes\[2\]/,
  );
  assert.throws(() => assumedKFits(ladder, [0], 23), /k must be a positive integer, got 0/);
  assert.throws(() => assumedKFits(ladder, [1], NaN), /target must be a finite number, got NaN/);
  assert.throws(() => noiseLevel({ xs: [], n: 10, successes: [] }), /non-empty/);
});

Deno.test("gotcha 3: scaffold moves the elbow through p (exactly Δ) and through k", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 50 }),
      fc.double({ min: 0.2, max: 4, noNaN: true }),
      fc.double({ min: -2, max: 2, noNaN: true }),
      (k, s, d) => {
        assertAlmostEquals(elbowShiftFromMidpoint({ k, x0: 22, s }, d), d, 1e-9);
        // more tokens ⇒ later, fewer ⇒ earlier
        assert.ok(elbowShiftFromChainLength({ k, x0: 22, s }, k + 1) > 0);
        if (k > 1) assert.ok(elbowShiftFromChainLength({ k, x0: 22, s }, k - 1) < 0);
      },
    ),
    { seed: 42, numRuns: 200 },
  );
  // k 1 → 8 at s = 1.5: logit(0.5^(1/8))/1.5 = 2.402320/1.5 = 1.601547 (Python)
  assertAlmostEquals(elbowShiftFromChainLength({ k: 1, x0: 22, s: 1.5 }, 8), 1.601547, 1e-6);
});

Deno.test("gotcha 3: a CoT scaffold calibrated to Wei's 1.3e23 hurts below it and helps above", () => {
  const xc = Math.log10(weiChainOfThoughtScales()[0].flops);
  assertAlmostEquals(xc, 23.113943, 1e-6);
  const scales = weiChainOfThoughtScales();
  assert.deepEqual(scales.map((r) => [r.flops, r.model]), [[1.3e23, "LaMDA 68B"], [
    2.9e23,
    "PaLM 62B",
  ]]);
  const direct = { k: 1, x0: 24.5, s: 1.5 };
  const cot = calibrateScaffold(direct, 6, 1.5, xc);
  // x0 = xc − logit(σ((xc − 24.5)·1.5)^(1/6))/1.5 = 22.569908 (Python)
  assertAlmostEquals(cot.x0, 22.569908, 1e-6);
  assertAlmostEquals(crossover(direct, cot, 18, 28)!, xc, 1e-9);
  for (const x of [20, 21, 22, 23]) {
    assert.ok(formatExactMatch(cot, x) < formatExactMatch(direct, x));
  }
  for (const x of [23.5, 24, 25]) assert.ok(formatExactMatch(cot, x) > formatExactMatch(direct, x));
  // elbow: 22.569908 + logit(0.5^(1/6))/1.5 = 22.569908 + 2.099954/1.5 = 23.969877 (Python)
  assertAlmostEquals(formatElbow(cot), 23.969877, 1e-6);
  // "a decade earlier" needs the direct prompt's elbow near 10^25.3; at 10^24.5 it is ~0.53
  const rows = scaffoldStudy([24, 24.5, 25, 25.5, 26], 1.5, 6, xc);
  assertAlmostEquals(rows[1].decadesEarlier, 0.530123, 1e-6);
  for (let i = 1; i < rows.length; i++) {
    assert.ok(rows[i].decadesEarlier > rows[i - 1].decadesEarlier);
  }
  assert.ok(rows[2].decadesEarlier < 1 && rows[3].decadesEarlier > 1);
  assert.equal(crossover({ k: 1, x0: 22, s: 1 }, { k: 1, x0: 23, s: 1 }, 18, 28), null);
  assert.throws(() => calibrateScaffold(direct, 6, 1.5, 60), /not in \(0, 1\)/);
  assert.throws(() => crossover(direct, cot, 5, 5), /from \(5\) must be < to \(5\)/);
  assert.throws(() => formatElbow({ k: 0, x0: 22, s: 1 }), /format.k must be a positive integer/);
  assert.throws(() => elbowShiftFromMidpoint(direct, NaN), /deltaX0 must be a finite number/);
});

Deno.test("gotcha 4: contamination jumps on one benchmark; the sibling cross-check flags it", () => {
  const fam = chapterFamily();
  const xs = [20, 20.5, 21, 21.5, 22, 22.5, 23, 23.5, 24, 24.5, 25];
  for (let seed = 1; seed <= 20; seed++) {
    const checks = crossCheck(evaluateFamily(fam, xs, 500, seed));
    assert.deepEqual(checks.map((c) => c.flagged), [true, false, false, false], `seed ${seed}`);
    assert.ok(checks[0].maxZ > 10);
    assert.ok(checks[0].atX >= 21.5 && checks[0].atX <= 23, `at ${checks[0].atX}`);
  }
  // the leak adds f·m·(1 − p^k): at x = 22.5 that is 0.3·σ(2)·(1 − σ(0.75)^8) = 0.252275 (Python)
  const a = fam.benchmarks[0];
  const gain = expectedScore(fam, a, 22.5) - expectedScore(fam, { ...a, leaked: 0 }, 22.5);
  assertAlmostEquals(
    gain,
    0.3 * (1 / (1 + Math.exp(-2))) * (1 - (1 / (1 + Math.exp(-0.75))) ** 8),
    1e-12,
  );
  assertAlmostEquals(gain, 0.2522753, 1e-7);
  assert.deepEqual(evaluateFamily(fam, xs, 500, 1), evaluateFamily(fam, xs, 500, 1));
});

Deno.test("gotcha 4: bad input is named", () => {
  const fam = chapterFamily();
  assert.throws(
    () => evaluateFamily({ ...fam, benchmarks: fam.benchmarks.slice(0, 1) }, [20], 10, 1),
    /at least 2 benchmarks/,
  );
  assert.throws(
    () =>
      evaluateFamily({ ...fam, benchmarks: [fam.benchmarks[1], fam.benchmarks[1]] }, [20], 10, 1),
    /"B" appears twice/,
  );
  assert.throws(
    () =>
      evaluateFamily(
        { ...fam, benchmarks: [{ ...fam.benchmarks[0], leaked: 1.5 }, fam.benchmarks[1]] },
        [20],
        10,
        1,
      ),
    /leaked must lie in \[0, 1\], got 1.5 \(A \(leaked\)\)/,
  );
  assert.throws(() => evaluateFamily(fam, [], 10, 1), /non-empty/);
  assert.throws(
    () => evaluateFamily({ ...fam, k: 0 }, [20], 10, 1),
    /k must be a positive integer/,
  );
  assert.throws(() => crossCheck([]), /no scores/);
  assert.throws(
    () =>
      crossCheck([{
        name: "A",
        x: 1,
        expected: 0,
        n: 1,
        successes: 0,
        measured: 0,
        lower: 0,
        upper: 1,
      }]),
    /no siblings/,
  );
});
