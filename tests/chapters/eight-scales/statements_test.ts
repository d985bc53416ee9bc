import { assert } from "../../assert.ts";
import { scaleStatements } from "../../../lib/chapters/eight-scales/statements.ts";

Deno.test("eight-scale statements: verdicts and key computed evidence", () => {
  const s = Object.fromEntries(scaleStatements().map((x) => [x.id, x]));
  assert.deepEqual(Object.keys(s), ["spacing", "bulk", "three-rows", "nll-rises"]);
  assert.equal(s["spacing"].verdict, "wrong");
  assert.match(s["spacing"].evidence, /1, 1, 0.5, 0.5, 0.5, 0.5, 1 decades/);
  assert.equal(s["bulk"].verdict, "holds");
  assert.match(s["bulk"].evidence, /79\.5 %/); // (0.82337 − 0.0625)/(0.956771 − 5.06e-6), mpmath
  assert.equal(s["three-rows"].verdict, "wrong");
  assert.match(s["nll-rises"].evidence, /factor of 276/);
});
