import { assert } from "../../assert.ts";
import { jumpStatements } from "../../../lib/chapters/sudden-jump-math/statements.ts";

Deno.test("sudden-jump statements: verdicts and key computed evidence", () => {
  const s = Object.fromEntries(jumpStatements().map((x) => [x.id, x]));
  assert.deepEqual(Object.keys(s), ["k-times", "midpoint", "plateau", "later-sharper"]);
  assert.equal(s["k-times"].verdict, "misleading");
  // 20·0.95^19 = 7.5468 (hand: 0.95^19 = 0.37735), 20·0.99^19 = 16.52
  assert.match(s["k-times"].evidence, /7\.55 at p = 0\.95 and 16\.5 at p = 0\.99/);
  assert.equal(s["midpoint"].verdict, "misleading");
  assert.match(s["midpoint"].evidence, /k = 4 the ratio is 0\.5,/); // 4·0.5³
  assert.equal(s["plateau"].verdict, "holds");
  // σ(1.5·(20 − 22)) = 1/(1 + e³) = 0.0474259 (hand)
  assert.match(s["plateau"].evidence, /\(p = 0\.0474\)/);
  assert.equal(s["later-sharper"].verdict, "holds weakly");
  assert.match(s["later-sharper"].evidence, /\(1\.12 decades\)/);
  assert.match(s["later-sharper"].evidence, /\(9\.5 %\)/); // 0.538414/0.49152 − 1
});
