/**
 * The captions and alt texts computed beside the figures: the writing helpers, and text
 * functions whose numbers are checked against values worked out independently.
 */
import { assert } from "../assert.ts";
import { countWord, listed, roundTo } from "../../lib/figures/text.ts";
import { starterText } from "../../lib/chapters/how-this-book-runs/figure_text.ts";
import {
  jumpLogEmText,
  jumpRatioText,
  jumpSlopeText,
} from "../../lib/chapters/sudden-jump-math/figure_text.ts";
import { chainPowerText } from "../../lib/chapters/the-chain/figure_text.ts";
import { dilutionText } from "../../lib/chapters/two-metrics-one-pass/figure_text.ts";
import {
  emergenceScoreText,
  shareText,
} from "../../lib/chapters/schaeffer-rescoring/figure_text.ts";
import { pathsText } from "../../lib/chapters/monte-carlo/figure_text.ts";
import { simulateChain } from "../../lib/sim/chain_simulation.ts";

Deno.test("helpers: count words, rounding to a step, English lists", () => {
  assert.equal(countWord(0), "No");
  assert.equal(countWord(12), "Twelve");
  assert.equal(countWord(13), "13");
  assert.throws(() => countWord(2.5), /countWord needs a count.*2\.5/);
  assert.equal(roundTo(24.24), "24.2");
  assert.equal(roundTo(22.74, 0.5), "22.5");
  assert.equal(roundTo(22.76, 0.5), "23");
  assert.equal(roundTo(-0.04), "0");
  assert.throws(() => roundTo(1, 0), /step must be > 0, got 0/);
  assert.throws(() => roundTo(NaN), /x must be a finite number/);
  assert.equal(listed([]), "");
  assert.equal(listed(["a"]), "a");
  assert.equal(listed(["a", "b"]), "a and b");
});

Deno.test("starter: half-way points from the closed form, near-zero ends to half a decade", () => {
  // p^k = 1/2 at x0 + logit(2^(−1/k))/s: k = 4 → 22 + 1.6649/1.5 = 23.11
  const { alt, caption } = starterText([4], 22, 1.5);
  assert.match(alt, /^Two S-shaped curves/);
  assert.match(alt, /crosses 0\.5 near 23\.1\.$/);
  assert.match(caption, /4-token answer, p⁴ \(solid\), against log-compute/);
  assert.throws(() => starterText([], 22, 1.5), /one or two chain lengths, got 0/);
  assert.throws(() => starterText([4, 8, 20], 22, 1.5), /one or two chain lengths, got 3/);
});

Deno.test("chapter 3: slope peaks and floor crossings follow the closed forms", () => {
  // steepest EM slope for k = 2 with s = 1.5: p = k/(k+1) = 2/3, slope k p^k (1−p) s = 0.444…
  assert.match(jumpSlopeText([1, 2], 22, 1.5).alt, /about 0\.44 at 22\.5 for k = 2\.$/);
  // k = 1 crosses 3.84/(100 + 3.84) = 0.03698 at 22 + logit(0.03698)/1.5 = 19.83
  assert.match(jumpLogEmText([1], 22, 1.5, 100).alt, /about 19\.8 \(k = 1\)/);
  assert.throws(() => jumpRatioText([4, 8]), /chain lengths 2, … expected, got 4, 8/);
});

Deno.test("chapter 2: the longest chain leaves zero where p^k reaches 0.05", () => {
  // 0.05^(1/4) = 0.473 → 0.45 to the nearest 0.05
  assert.match(
    chainPowerText([1, 2, 4]).alt,
    /k = 4 stays near zero until p is about 0\.45/,
  );
  assert.throws(() => chainPowerText([1, 2]), /needs three chain lengths, got 2/);
  assert.throws(() => chainPowerText([1, 0, 4]), /ks\[1\] must be a positive integer, got 0/);
});

Deno.test("chapter 6: an NLL of ln V is named as such, anything else as nats", () => {
  const scores = (nll: number) => ({
    answerOnly: { tokenAccuracy: 0.25, meanTokenNll: nll },
    everyPosition: { tokenAccuracy: 0.99, meanTokenNll: 0.01 },
  });
  assert.match(dilutionText(scores(Math.log(4))).caption, /from ln 4 to about 0\.01 nats/);
  assert.match(dilutionText(scores(1.5)).caption, /from 1\.50 nats to/);
  assert.throws(() => dilutionText(scores(NaN)), /score 2 must be a finite number/);
});

Deno.test("chapter 7: emergence-score ranking and the share bars", () => {
  const text = emergenceScoreText([
    { metric: "a", score: 9.6 },
    { metric: "b", score: 30.2 },
    { metric: "c", score: 15 },
    { metric: "d", score: 11 },
    { metric: "flat", score: Infinity },
  ]);
  assert.match(
    text.alt,
    /four finite scores lie between about 10 and 30; the largest are b \(30\.2\); c \(15\.0\); d \(11\.0\)\. Infinite, with more than half of the steps flat: flat\.$/,
  );
  assert.throws(() => emergenceScoreText([{ metric: "x", score: Infinity }]), /no finite score/);
  assert.throws(() => shareText([]), /no rows/);
});

Deno.test("chapter 5: paths text reports intervals that do not overlap", () => {
  const base = { xs: [22, 24], x0: 22, s: 1.5, k: 8, n: 400 };
  const mc = simulateChain({ ...base, seed: 7 });
  const far = simulateChain({ ...base, x0: 20, seed: 8, path: "exact" });
  assert.match(pathsText(mc, far).caption, /Their intervals overlap at [01] of 2 scales\./);
  assert.throws(() => pathsText(mc, far.slice(1)), /equal length ≥ 2 needed, got 2 and 1/);
});
