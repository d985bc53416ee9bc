import assert from "node:assert/strict";
import { formatNumber } from "../../lib/format/number.ts";

Deno.test("formatNumber: integers, significant digits, exponents", () => {
  assert.equal(formatNumber(42), "42");
  assert.equal(formatNumber(0.047425873), "0.04743");
  assert.equal(formatNumber(0.5, 3), "0.5");
  assert.equal(formatNumber(4.9e-6), "4.900e-6");
  assert.equal(formatNumber(2.5e7), "2.500e7");
  assert.equal(formatNumber(1234567), "1.235e6");
  assert.equal(formatNumber(-0.12345, 2), "-0.12");
  assert.equal(formatNumber(Infinity), "Infinity");
});
