import assert from "node:assert/strict";
import { LADDER_SCHEMA, loadLadder } from "../../lib/data/lmeval_ladder.ts";
import { parseCsv } from "../../lib/data/csv.ts";

const fx = (f: string) => new URL(`../fixtures/lmeval/${f}`, import.meta.url);

Deno.test("current-layout ladder: compute = 6ND, sorted by compute", () => {
  const ladder = loadLadder(fx("ladder-current.csv"));
  assert.deepEqual(ladder.map((m) => m.model), [
    "pythia-70m",
    "pythia-410m",
    "pythia-6.9b",
  ]);
  // 6 × 70,426,624 × 299,892,736,000 = 1.26722597751619584e20 (python3 integer arithmetic)
  assert.equal(ladder[0].compute, 126722597751619584000);
});

Deno.test("ladder errors: a missing results file names the manifest line and the file", () => {
  assert.throws(
    () => loadLadder(fx("ladder-missing-file.csv")),
    /ladder-missing-file\.csv line 3: cannot read results file .*does-not-exist\.json/,
  );
});

Deno.test("lm-eval ladder manifest: a negative parameter count names file, line and column", () => {
  const head = "file,model,params,tokens,source\n";
  assert.throws(
    () => parseCsv(`${head}a.json,m,-70426624,299892736000,src\n`, LADDER_SCHEMA, "ladder.csv"),
    /ladder\.csv line 2, column "params": "-70426624" must be a number > 0/,
  );
  assert.throws(
    () => parseCsv(`${head}a.json,m,70426624,0,src\n`, LADDER_SCHEMA, "ladder.csv"),
    /ladder\.csv line 2, column "tokens": "0" must be a number > 0/,
  );
});
