import { assert } from "../../assert.ts";
import { chainStatements } from "../../../lib/chapters/eight-scales/statements.ts";

Deno.test("statements: verdicts and key computed evidence", () => {
  const s = Object.fromEntries(chainStatements().map((x) => [x.id, x]));
  assert.equal(s["spacing"].verdict, "wrong");
  assert.match(s["spacing"].evidence, /1, 1, 0.5, 0.5, 0.5, 0.5, 1 decades/);
  assert.equal(s["k-times"].verdict, "misleading");
  // 20·0.95^19 = 7.5468 (hand: 0.95^19 = 0.37735), 20·0.99^19 = 16.52
  assert.match(s["k-times"].evidence, /7\.55 at p = 0\.95 and 16\.5 at p = 0\.99/);
  assert.equal(s["midpoint"].verdict, "misleading");
  assert.match(s["midpoint"].evidence, /k = 4 the ratio is 0\.5,/); // 4·0.5³
  assert.equal(s["bulk"].verdict, "holds");
  assert.match(s["bulk"].evidence, /79\.5 %/); // (0.82337 − 0.0625)/(0.956771 − 5.06e-6), mpmath
  assert.equal(s["three-rows"].verdict, "wrong");
  assert.match(s["nll-rises"].evidence, /factor of 276/);
  assert.equal(s["later-sharper"].verdict, "holds weakly");
  assert.match(s["later-sharper"].evidence, /\(1\.12 decades\)/);
  assert.match(s["later-sharper"].evidence, /\(9\.5 %\)/); // 0.538414/0.49152 − 1
  assert.equal(s["k1"].verdict, "holds");
});
