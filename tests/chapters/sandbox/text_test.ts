import { assert } from "../../assert.ts";
import { sampleSandbox } from "../../../lib/chapters/sandbox/curves.ts";
import {
  describeSandbox,
  elbowText,
  formatCompute,
  sandboxAlt,
} from "../../../lib/chapters/sandbox/text.ts";
import { superscript } from "../../../lib/format/superscript.ts";

Deno.test("superscript: digits and minus sign; non-integers throw", () => {
  assert.equal(superscript(1234567890), "¹²³⁴⁵⁶⁷⁸⁹⁰");
  assert.equal(superscript(-3), "⁻³");
  assert.throws(() => superscript(2.5), /superscript needs an integer, got 2.5/);
});

Deno.test("formatCompute: mantissa rounding, carry into the exponent, errors", () => {
  // 10^0.229910978622428 = 1.69777 (Python) -> "1.70"
  assert.equal(formatCompute(24.229910978622428), "1.70 × 10²⁴ FLOPs");
  assert.equal(formatCompute(18), "1.00 × 10¹⁸ FLOPs");
  // 10^0.9999 = 9.9977 rounds to 10.00: written as 1.00 × 10^(e+1)
  assert.equal(formatCompute(22.9999), "1.00 × 10²³ FLOPs");
  assert.equal(formatCompute(22.5), "3.16 × 10²² FLOPs");
  assert.throws(() => formatCompute(NaN), /logCompute must be a finite number, got NaN/);
});

Deno.test("elbowText: in view and beyond the chart", () => {
  assert.equal(elbowText(sampleSandbox({ k: 20 })), "x = 24.23, 1.70 × 10²⁴ FLOPs");
  assert.equal(
    elbowText(sampleSandbox({ k: 3, x0: 26, s: 0.25 })),
    "beyond the chart's 10²⁷ FLOPs: x = 31.39, 2.45 × 10³¹ FLOPs",
  );
});

Deno.test("describeSandbox: formulas and elbow values for both metrics", () => {
  const em = describeSandbox(sampleSandbox({ k: 20, x0: 22, s: 1.5 }));
  const byKey = Object.fromEntries(em.map((l) => [l.key, l.value]));
  assert.equal(byKey["per-token"], "p(x) = σ((x − 22) × 1.5)");
  assert.equal(byKey["metric"], "EM(x) = p(x)^20");
  assert.equal(byKey["p-elbow"], "½^(1/20) = 0.9659"); // 0.5**(1/20) = 0.96593632892
  assert.equal(byKey["lnp-elbow"], "−0.03466 nats; × 20 = ln ½"); // ln(0.5)/20 = -0.0346574
  assert.equal(byKey["shift"], "2.23 decades of compute");
  const ll = describeSandbox(sampleSandbox({ k: 20, metric: "mean-loglik" }));
  assert.match(ll.find((l) => l.key === "metric")!.value, /^mean log-likelihood per token = ln p/);
  assert.deepEqual(ll.map((l) => l.key), em.map((l) => l.key));
});

Deno.test("sandboxAlt: says the curves coincide at k = 1, describes the nats axis", () => {
  assert.match(sandboxAlt(sampleSandbox({ k: 1 })), /coincide/);
  assert.doesNotMatch(sandboxAlt(sampleSandbox({ k: 2 })), /coincide/);
  assert.match(
    sandboxAlt(sampleSandbox({ k: 5, metric: "mean-loglik" })),
    /right-hand axis from -10 to 0 \(lower values run along the bottom edge\); it rises smoothly with no elbow/,
  );
});
