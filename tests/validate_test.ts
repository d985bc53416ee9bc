import { assert } from "./assert.ts";
import {
  describe,
  finite,
  nonNegativeInteger,
  openUnit,
  positive,
  positiveInteger,
  probability,
} from "../lib/validate.ts";

Deno.test("probability accepts [0, 1] and names the argument and origin otherwise", () => {
  assert.equal(probability("p", 0), 0);
  assert.equal(probability("p", 1), 1);
  assert.throws(() => probability("p", 1.5), /p must lie in \[0, 1\], got 1\.5/);
  assert.throws(() => probability("p", -1e-9), RangeError);
  assert.throws(() => probability("p", NaN), /p must be a finite number, got NaN/);
  assert.throws(
    () => probability("acc", Infinity, "data/x.csv line 3"),
    /acc must be a finite number, got Infinity \(data\/x\.csv line 3\)/,
  );
  assert.throws(() => probability("p", "0.5"), /got "0\.5"/);
});

Deno.test("integer and positivity checks", () => {
  assert.equal(positiveInteger("k", 4), 4);
  for (const bad of [0, -1, 1.5, NaN, Infinity, "3"]) {
    assert.throws(() => positiveInteger("k", bad), /k must be a positive integer/);
  }
  assert.equal(nonNegativeInteger("n", 0), 0);
  assert.throws(() => nonNegativeInteger("n", -1), /non-negative integer, got -1/);
  assert.equal(positive("s", 0.25), 0.25);
  assert.throws(() => positive("s", 0), /s must be > 0, got 0/);
  assert.throws(() => positive("s", -0), /got -0/);
  assert.equal(openUnit("target", 0.5), 0.5);
  assert.throws(() => openUnit("target", 1), /target must lie in \(0, 1\), got 1/);
  assert.equal(finite("x", -3), -3);
  assert.throws(() => finite("x", undefined), /got undefined/);
});

Deno.test("describe keeps NaN, -0 and strings visible", () => {
  assert.equal(describe(NaN), "NaN");
  assert.equal(describe(-0), "-0");
  assert.equal(describe("a"), '"a"');
  assert.equal(describe([1, 2]), "[1,2]");
});
