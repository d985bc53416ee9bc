import fc from "fast-check";
import { assert, assertAlmostEquals, assertRelativeEquals } from "../assert.ts";
import { chinchillaLoss, computeOptimal, HOFFMANN_2022 } from "../../lib/math/loss_law.ts";

Deno.test("published constants (Hoffmann et al. 2022, Eq. 2)", () => {
  assert.deepEqual(
    [HOFFMANN_2022.E, HOFFMANN_2022.A, HOFFMANN_2022.B, HOFFMANN_2022.alpha, HOFFMANN_2022.beta],
    [1.69, 406.4, 410.7, 0.34, 0.28],
  );
});

Deno.test("loss at known models (hand: Python float arithmetic)", () => {
  // 1.69 + 406.4/70e9**0.34 + 410.7/1.4e12**0.28 = 1.9366454705587173 (Python)
  assertAlmostEquals(chinchillaLoss(70e9, 1.4e12), 1.9366454705587173, 1e-12);
  // Gopher 280B on 300B tokens: 1.9932584616598494; GPT-3 175B/300B: 2.0022879365177095
  assertAlmostEquals(chinchillaLoss(280e9, 300e9), 1.9932584616598494, 1e-12);
  assertAlmostEquals(chinchillaLoss(175e9, 300e9), 2.0022879365177095, 1e-12);
});

Deno.test("compute-optimal frontier matches a brute-force scan of N", () => {
  for (const c of [1e20, 1e22, 5.76e23]) {
    const o = computeOptimal(c);
    let best = Infinity;
    let bestN = 0;
    for (let i = 0; i <= 4000; i++) {
      const n = 10 ** (7 + (6 * i) / 4000);
      const l = chinchillaLoss(n, c / 6 / n);
      if (l < best) [best, bestN] = [l, n];
    }
    assertAlmostEquals(o.loss, best, 1e-6);
    assertRelativeEquals(o.n, bestN, 5e-3);
  }
  // Python closed form at C = 1e22: N = 5.160473684851609e9, L = 2.1386140845028567
  assertRelativeEquals(computeOptimal(1e22).n, 5.160473684851609e9, 1e-12);
  assertAlmostEquals(computeOptimal(1e22).loss, 2.1386140845028567, 1e-12);
});

Deno.test("property: loss decreases in N and D and stays above E", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1e6, max: 1e13, noNaN: true }),
      fc.double({ min: 1e8, max: 1e14, noNaN: true }),
      (n, d) => {
        const l = chinchillaLoss(n, d);
        return l > 1.69 && chinchillaLoss(n * 2, d) < l && chinchillaLoss(n, d * 2) < l;
      },
    ),
    { seed: 42, numRuns: 200 },
  );
});

Deno.test("bad input", () => {
  assert.throws(() => chinchillaLoss(0, 1e9), /N must be > 0, got 0/);
  assert.throws(() => chinchillaLoss(1e9, NaN), /D must be a finite number, got NaN/);
  assert.throws(() => computeOptimal(-1), /compute must be > 0, got -1/);
  assert.throws(
    () => chinchillaLoss(1e9, 1e9, { ...HOFFMANN_2022, alpha: 0 }),
    /law.alpha must be > 0, got 0/,
  );
});

Deno.test("tokens per parameter: printed constants drift, the Besiroglu et al. refit stays near 20", async () => {
  const { BESIROGLU_2024, tokensPerParameter } = await import("../../lib/math/loss_law.ts");
  // closed form by hand: D/N = (C/6)/G² · (C/6)^(−2β/(α+β)); values checked with Python floats
  const ratio = (c: number, A: number, B: number, a: number, b: number) => {
    const g = (a * A / (b * B)) ** (1 / (a + b));
    const n = g * (c / 6) ** (b / (a + b));
    return c / 6 / n / n;
  };
  for (const c of [1e20, 1e22, 1e26]) {
    const h = tokensPerParameter(c);
    const b = tokensPerParameter(c, BESIROGLU_2024);
    if (Math.abs(h / ratio(c, 406.4, 410.7, 0.34, 0.28) - 1) > 1e-12) throw new Error(`${c}`);
    if (Math.abs(b / ratio(c, 482.01, 2085.43, 0.3478, 0.3658) - 1) > 1e-12) {
      throw new Error(`${c}`);
    }
  }
  const at = (c: number, law?: typeof BESIROGLU_2024) => Math.round(tokensPerParameter(c, law));
  if (at(1e22) !== 63 || at(1e22, BESIROGLU_2024) !== 20) throw new Error("ratios at 1e22");
  if (at(1e20) !== 40 || at(1e26) !== 153) throw new Error("printed drift");
  if (at(1e20, BESIROGLU_2024) !== 23 || at(1e26, BESIROGLU_2024) !== 16) throw new Error("refit");
});
