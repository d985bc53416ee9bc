import { assert } from "../assert.ts";
import { classify, parseShown } from "../../lib/format/shown_number.ts";

Deno.test("parseShown: value and half unit of the last printed digit", () => {
  const cases: [string, number, number][] = [
    ["0.0000049", 0.0000049, 5e-8],
    ["0.10", 0.1, 0.005],
    ["195,000", 195000, 500],
    ["280", 280, 5],
    ["21", 21, 0.5],
    ["0", 0, 0.5],
    ["-0.048", -0.048, 0.0005],
    ["−3.06", -3.06, 0.005], // Unicode minus as printed in the seed
    ["5e-6", 5e-6, 5e-7],
    ["3e22", 3e22, 5e21],
    ["1.5e3", 1500, 50],
  ];
  for (const [text, v, h] of cases) {
    const s = parseShown(text);
    assert.ok(Math.abs(s.value - v) <= 1e-15 * Math.abs(v), `${text} value`);
    assert.ok(Math.abs(s.halfUnit - h) <= 1e-12 * h, `${text} half unit ${s.halfUnit}`);
  }
});

Deno.test("classify: the four verdicts", () => {
  assert.equal(classify("0.43", 0.43046721, 0.43046721), "correct");
  assert.equal(classify("0.0000049", 4.8797e-6, 5.059e-6), "rounded");
  assert.equal(classify("0.378", 0.38182, 0.37842), "inconsistent");
  assert.equal(classify("0.00037", 0.000434, 0.000436), "wrong");
  // exactly half a unit away still counts as agreeing (round-half either way)
  assert.equal(classify("0.12", 0.125, 0.125), "correct");
  assert.equal(classify("0.12", 0.1251, 0.1251), "wrong");
});

Deno.test("bad input", () => {
  assert.throws(() => parseShown("about 3"), /not a printed number: "about 3"/);
  assert.throws(() => parseShown(""), /not a printed number/);
  assert.throws(
    () => classify("0.5", NaN, 0.5),
    /fromDisplayed must be a finite number, got NaN \(printed 0.5\)/,
  );
  assert.throws(
    () => classify("0.5", 0.5, Infinity),
    /exact must be a finite number, got Infinity/,
  );
});

Deno.test("formatLike copies the printed precision", async () => {
  const { formatLike } = await import("../../lib/format/shown_number.ts");
  assert.equal(formatLike("0.0000049", 5.058961e-6), "0.0000051");
  assert.equal(formatLike("0.500", 0.5), "0.500");
  assert.equal(formatLike("-0.048", -0.04858735), "-0.049");
  assert.equal(formatLike("195,000", 189124.05), "189,000");
  assert.equal(formatLike("280", 275.95), "280");
  assert.equal(formatLike("5e-6", 5.059e-6), "5e-6");
  assert.equal(formatLike("3.0e22", 3.1623e22), "3.2e22");
  assert.throws(() => formatLike("0.5", NaN), /value must be a finite number, got NaN/);
});
