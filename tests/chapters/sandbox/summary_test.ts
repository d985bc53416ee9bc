import { assert, assertAlmostEquals } from "../../assert.ts";
import { elbowRows, logLikRows } from "../../../lib/chapters/sandbox/summary.ts";

// The chapter's prose quotes these numbers; they are checked here against closed forms:
//   width 10%→90%: k = 1: 2·ln 9 / s; k → ∞: ln(ln 0.1 / ln 0.9) / s
//   steepest slope: s·(k/(k+1))^(k+1): s/4 at k = 1, → s/e
Deno.test("elbowRows: the numbers chapter 14 quotes (x0 = 22, s = 1.5)", () => {
  const rows = elbowRows([1, 2, 4, 8, 20, 50], 22, 1.5);
  assert.deepEqual(rows.map((r) => r.k), [1, 2, 4, 8, 20, 50]);
  assertAlmostEquals(rows[0].width10to90, (2 * Math.log(9)) / 1.5, 1e-12); // 2.93
  assertAlmostEquals(rows[0].maxSlope, 0.375, 1e-15);
  assertAlmostEquals(rows[5].shift, 2.847730964444537, 1e-12); // "2.85 decades"
  assert.equal(rows[4].flops, "1.70 × 10²⁴ FLOPs");
  const limitWidth = Math.log(Math.log(0.1) / Math.log(0.9)) / 1.5;
  assertAlmostEquals(limitWidth, 2.0562, 1e-4); // "2.06 decades"
  assertAlmostEquals(1.5 / Math.E, 0.5518, 1e-4); // "0.552"
  for (let i = 1; i < rows.length; i++) {
    assert.ok(rows[i].shift > rows[i - 1].shift);
    assert.ok(rows[i].width10to90 < rows[i - 1].width10to90 && rows[i].width10to90 > limitWidth);
    assert.ok(rows[i].maxSlope > rows[i - 1].maxSlope && rows[i].maxSlope < 1.5 / Math.E);
  }
  assert.ok(rows[5].maxSlope / rows[0].maxSlope < 4 / Math.E); // "never more than 1.47 times"
});

Deno.test("elbowRows: bad inputs throw", () => {
  assert.throws(() => elbowRows([], 22, 1.5), /at least one chain length/);
  assert.throws(() => elbowRows([51], 22, 1.5), /k must lie in \[1, 50\], got 51 \(elbowRows\)/);
  assert.throws(() => elbowRows([4], 22, 0), /s must lie in/);
});

Deno.test("logLikRows: ln p and slope s(1 − p): linear far below x0, flat above", () => {
  const rows = logLikRows([18, 20, 22, 24, 26], 22, 1.5);
  // Python: ln(sigma(-6)) = -6.00247568513773; slope 1.5*(1 - sigma(-6)) = 1.496291065265048
  assertAlmostEquals(rows[0].lnP, -6.00247568513773, 1e-13);
  assertAlmostEquals(rows[0].slope, 1.496291065265048, 1e-13);
  assertAlmostEquals(rows[2].lnP, -Math.LN2, 1e-15);
  assertAlmostEquals(rows[2].slope, 0.75, 1e-15);
  assert.ok(rows[4].slope < 0.004 && rows[4].lnP > -0.003);
  assert.throws(() => logLikRows([NaN], 22, 1.5), /x must be a finite number, got NaN/);
  assert.throws(() => logLikRows([20], 30, 1.5), /x0 must lie in/);
});
