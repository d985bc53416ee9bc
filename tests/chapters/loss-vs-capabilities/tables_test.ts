import { assert, assertAlmostEquals } from "../../assert.ts";
import { lossFrontier, runLosses } from "../../../lib/chapters/loss-vs-capabilities/tables.ts";

Deno.test("run losses: C = 6ND and the law's predictions (Python)", () => {
  const [gpt3, gopher, chinchilla] = runLosses();
  assertAlmostEquals(gpt3.x, Math.log10(3.15e23), 1e-12);
  assertAlmostEquals(gopher.x, Math.log10(5.04e23), 1e-12);
  assertAlmostEquals(chinchilla.x, Math.log10(5.88e23), 1e-12);
  assertAlmostEquals(chinchilla.loss, 1.9366454705587173, 1e-12);
  assertAlmostEquals(gopher.loss, 1.9932584616598494, 1e-12);
});

Deno.test("frontier: strictly decreasing, above E, grid as asked", () => {
  const f = lossFrontier(18, 26, 80);
  assert.equal(f.length, 81);
  assert.equal(f[0].x, 18);
  assert.equal(f[80].x, 26);
  for (let i = 1; i < f.length; i++) assert.ok(f[i].y < f[i - 1].y && f[i].y > 1.69);
  assert.throws(() => lossFrontier(20, 20), /lossFrontier: from \(20\) must be < to \(20\)/);
  assert.throws(() => lossFrontier(NaN, 20), /from must be a finite number, got NaN/);
});
