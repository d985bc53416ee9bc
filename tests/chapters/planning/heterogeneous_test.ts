import assert from "node:assert/strict";
import { assertAlmostEquals } from "../../assert.ts";
import {
  chapterUnequalWorlds,
  runUnequalLadder,
  unequalAt,
  unequalElbow,
  unequalStudy,
} from "../../../lib/chapters/planning/heterogeneous.ts";

Deno.test("unequal world: values and elbow against independent computations", () => {
  // σ(0)·σ(1.5) = 0.5 · 0.817574 = 0.408787 (Python); mean p = (0.5 + 0.817574)/2
  const r = unequalAt({ x0s: [22, 21], s: 1.5 }, 22);
  assertAlmostEquals(r.em, 0.5 / (1 + Math.exp(-1.5)), 1e-15);
  assertAlmostEquals(r.em, 0.408787, 1e-6);
  assertAlmostEquals(r.meanP, (0.5 + 1 / (1 + Math.exp(-1.5))) / 2, 1e-15);
  // all positions alike: the closed-form elbow 22 + logit(½^(1/8))/1.5 = 23.6015467
  assertAlmostEquals(unequalElbow({ x0s: Array(8).fill(22), s: 1.5 }), 23.6015467, 1e-6);
  // the elbow satisfies Π p_i = ½
  const w = chapterUnequalWorlds()[2].world;
  assertAlmostEquals(unequalAt(w, unequalElbow(w)).em, 0.5, 1e-9);
});

Deno.test("unequal positions: the per-token fit is confidently wrong (seeded)", () => {
  const rows = unequalStudy(chapterUnequalWorlds(), -2, 200, 40, 7000);
  const [alike, hard15, hard3, easy] = rows;
  for (const r of rows) assert.equal(r.located, 40);
  assert.ok(Math.abs(alike.bias!) < 0.05, `alike ${alike.bias}`);
  assert.ok(hard15.bias! < -0.15 && hard15.bias! > -0.35, `hard15 ${hard15.bias}`);
  // one position three decades harder: about a decade too early, and the 90 % range misses the truth
  assert.ok(hard3.bias! < -0.8 && hard3.bias! > -1.2, `hard3 ${hard3.bias}`);
  assert.ok(hard3.p95! < hard3.trueElbow - 0.5);
  // two easy positions: more than a decade and a half too late, range misses the truth
  assert.ok(easy.bias! > 1.4, `easy ${easy.bias}`);
  assert.ok(easy.p05! > easy.trueElbow + 1);
  assert.deepEqual(
    unequalStudy(chapterUnequalWorlds(), -2, 200, 5, 3),
    unequalStudy(chapterUnequalWorlds(), -2, 200, 5, 3),
  );
});

Deno.test("unequal world: bad input is named", () => {
  assert.throws(() => unequalAt({ x0s: [], s: 1 }, 1), /x0s must be a non-empty array/);
  assert.throws(
    () => unequalAt({ x0s: [NaN], s: 1 }, 1),
    /x0s\[0\] must be a finite number, got NaN/,
  );
  assert.throws(() => unequalElbow({ x0s: [22], s: 0 }), /s must be > 0, got 0/);
  assert.throws(
    () => runUnequalLadder({ x0s: [22], s: 1 }, [1, 2], 10, "per-token", 1, 1),
    /at least 3/,
  );
  assert.throws(
    () => runUnequalLadder({ x0s: [22], s: 1 }, [1, 2, 3], 0, "per-token", 1, 1),
    /n must be a positive integer/,
  );
  assert.throws(
    () => runUnequalLadder({ x0s: [22], s: 1 }, [1, 2, 3], 10, "nll" as "per-token", 1, 1),
    /signal must be/,
  );
  assert.throws(
    () => unequalStudy(chapterUnequalWorlds(), NaN, 10, 1, 1),
    /offset must be a finite number/,
  );
});
