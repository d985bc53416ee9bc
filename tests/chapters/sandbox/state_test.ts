import fc from "fast-check";
import { assert } from "../../assert.ts";
import {
  checkMetric,
  CONTROLS,
  DEFAULT_STATE,
  type NumericControl,
  parseControlInput,
  validateState,
} from "../../../lib/chapters/sandbox/state.ts";

const NAMES: NumericControl[] = ["k", "x0", "s"];

Deno.test("state: ranges are the issue's (k 1…50 integer, x0 19…26, s 0.25…4)", () => {
  assert.deepEqual([CONTROLS.k.min, CONTROLS.k.max, CONTROLS.k.integer], [1, 50, true]);
  assert.deepEqual([CONTROLS.x0.min, CONTROLS.x0.max], [19, 26]);
  assert.deepEqual([CONTROLS.s.min, CONTROLS.s.max], [0.25, 4]);
  assert.deepEqual(validateState(), { ...DEFAULT_STATE });
});

Deno.test("validateState: accepts the bounds, rejects just outside them", () => {
  for (const n of NAMES) {
    const { min, max } = CONTROLS[n];
    const d = n === "k" ? 1 : 0.01;
    assert.equal(validateState({ [n]: min })[n], min);
    assert.equal(validateState({ [n]: max })[n], max);
    assert.throws(
      () => validateState({ [n]: min - d }),
      new RegExp(`^RangeError: ${n} must lie`),
    );
    assert.throws(() => validateState({ [n]: max + d }), new RegExp(`${n} must lie in`));
  }
});

Deno.test("validateState: errors name the field, the value and the context", () => {
  assert.throws(
    () => validateState({ k: NaN }, "cell 3"),
    /k must be a finite number, got NaN \(cell 3\)/,
  );
  assert.throws(() => validateState({ x0: Infinity }), /x0 must be a finite number, got Infinity/);
  assert.throws(
    () => validateState({ s: "1.5" as unknown as number }),
    /s must be a finite number, got "1.5"/,
  );
  assert.throws(() => validateState({ k: 2.5 }), /k must be a whole number, got 2.5/);
  assert.throws(
    () => validateState({ metric: "accuracy" as never }),
    /metric must be one of exact-match, mean-loglik, got "accuracy"/,
  );
});

Deno.test("checkMetric: both metrics pass, anything else throws with its origin", () => {
  assert.equal(checkMetric("exact-match"), "exact-match");
  assert.equal(checkMetric("mean-loglik"), "mean-loglik");
  assert.throws(() => checkMetric(undefined, "toggle"), /got undefined \(toggle\)/);
});

Deno.test("parseControlInput: accepted, clamped, rounded and rejected cases", () => {
  const cases: [NumericControl, string, number, number, string, RegExp | ""][] = [
    ["k", "12", 4, 12, "accepted", ""],
    ["k", " 7 ", 4, 7, "accepted", ""],
    ["k", "80", 4, 50, "clamped", /k = 80 is above the maximum 50: set to 50\./],
    ["k", "0", 4, 1, "clamped", /below the minimum 1: set to 1/],
    ["k", "2.5", 4, 3, "rounded", /k must be a whole number: 2.5 rounded to 3\./],
    ["k", "0.2", 4, 1, "clamped", /0.2 rounded to 0; k = 0 is below the minimum 1: set to 1\./],
    ["k", "", 9, 9, "rejected", /k: nothing was typed, so k stays 9\./],
    ["k", "abc", 9, 9, "rejected", /k: “abc” is not a number \(use digits.*\), so k stays 9\./],
    ["x0", "Infinity", 22, 22, "rejected", /“Infinity” is not a number.*x0 stays 22/],
    ["x0", "22,5", 22, 22.5, "accepted", ""],
    ["x0", " 22,75 ", 22, 22.75, "accepted", ""],
    ["s", ",5", 1.5, 0.5, "accepted", ""],
    ["x0", "2,2,5", 22, 22, "rejected", /“2,2,5” is not a number/],
    ["k", "22,5", 4, 23, "rounded", /22.5 rounded to 23/],
    ["x0", "NaN", 22, 22, "rejected", /not a number/],
    ["x0", "1e9", 22, 26, "clamped", /x0 = 1000000000 is above the maximum 26/],
    ["x0", "22.35", 22, 22.35, "accepted", ""],
    ["s", "-3", 1.5, 0.25, "clamped", /s = -3 is below the minimum 0.25: set to 0.25/],
    ["s", "4", 1.5, 4, "accepted", ""],
  ];
  for (const [c, raw, prev, value, status, msg] of cases) {
    const o = parseControlInput(c, raw, prev);
    assert.equal(o.value, value, `${c} ${JSON.stringify(raw)} value`);
    assert.equal(o.status, status, `${c} ${JSON.stringify(raw)} status`);
    if (msg === "") assert.equal(o.message, "");
    else assert.match(o.message, msg);
  }
});

Deno.test("parseControlInput: a bad previous value or control is a caller bug and throws", () => {
  assert.throws(() => parseControlInput("k", "3", 0), /previous k must lie in \[1, 50\], got 0/);
  assert.throws(() => parseControlInput("s", "3", NaN), /previous s must be a finite number/);
  assert.throws(
    () => parseControlInput("q" as NumericControl, "3", 1),
    /unknown control "q"/,
  );
});

Deno.test("parseControlInput (property): any text gives a valid value and never throws", () => {
  fc.assert(
    fc.property(
      fc.constantFrom<NumericControl>("k", "x0", "s"),
      fc.oneof(
        fc.string(),
        fc.double().map(String),
        fc.integer({ min: -1000, max: 1000 }).map(String),
      ),
      (c, raw) => {
        const prev = DEFAULT_STATE[c];
        const o = parseControlInput(c, raw, prev);
        // the outcome always validates, and a message accompanies every change
        validateState({ [c]: o.value });
        assert.equal(o.status === "accepted", o.message === "");
        if (o.status === "rejected") assert.equal(o.value, prev);
      },
    ),
    { seed: 42, numRuns: 500 },
  );
});

Deno.test("parseControlInput (property): in range accepted as is, out of range clamped", () => {
  fc.assert(
    fc.property(
      fc.constantFrom<NumericControl>("x0", "s"),
      fc.double({ min: -100, max: 100, noNaN: true }),
      (c, v) => {
        const { min, max } = CONTROLS[c];
        const o = parseControlInput(c, String(v), DEFAULT_STATE[c]);
        const expected = Math.min(max, Math.max(min, v));
        assert.equal(o.value, expected);
        assert.equal(o.status, v >= min && v <= max ? "accepted" : "clamped");
      },
    ),
    { seed: 42, numRuns: 500 },
  );
});
