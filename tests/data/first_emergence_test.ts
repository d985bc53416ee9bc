import { assert, assertAlmostEquals } from "../assert.ts";
import { compareFirstEmergence, loadFirstEmergence } from "../../lib/data/first_emergence.ts";

Deno.test("data file: every row sourced; Wei et al. 2022 Table 1 values", () => {
  const rows = loadFirstEmergence();
  assert.equal(rows.length, 8);
  assert.deepEqual([...new Set(rows.map((r) => r.quoted_row))], [1, 2, 3, 4, 5]);
  for (const r of rows) assert.ok(String(r.source).length > 10);
  // Wei et al. 2022, Table 1 (confirmed via search of the TMLR text)
  const byAbility = Object.fromEntries(rows.map((r) => [r.paper_ability, r]));
  assert.equal(byAbility["Addition/subtraction (3 digit) few-shot"].paper_flops, 2.3e22);
  assert.equal(byAbility["MMLU Benchmark (57 topic avg.) few-shot"].paper_flops, 3.1e23);
  assert.equal(byAbility["Chain-of-thought: math word problems"].paper_params_b, 68);
  assert.equal(byAbility["Instruction following (finetuning)"].paper_model, "FLAN");
  assert.equal(byAbility["HumanEval pass@1 = 28.8%"].paper_flops, null);
});

Deno.test("comparison: decades between quoted table and paper", () => {
  const c = compareFirstEmergence(loadFirstEmergence());
  assertAlmostEquals(c[0].decadesOff!, Math.log10(3e22 / 2.3e22), 1e-12); // +0.115
  assertAlmostEquals(c[2].decadesOff!, Math.log10(1e23 / 5e23), 1e-12); // −0.699
  assertAlmostEquals(c[4].decadesOff!, Math.log10(Math.sqrt(1e23 * 1e24) / 1.3e23), 1e-12);
  assert.equal(c[7].decadesOff, null);
  assert.equal(c[7].paperCompute, "not reported");
  assert.equal(c[0].paperCompute, "2.3e22");
  assert.equal(c[4].quotedCompute, "~1e23 to 1e24");
});

const HEADER =
  "quoted_row,quoted_task,quoted_model,quoted_flops_low,quoted_flops_high,paper_ability,paper_model,paper_params_b,paper_flops,criterion,source";

Deno.test("bad data: clear errors naming file, line and column", () => {
  assert.throws(() => loadFirstEmergence("x.csv", ""), /x\.csv: empty file/);
  assert.throws(
    () => loadFirstEmergence("x.csv", `${HEADER}\n1,t,m,abc,3e22,a,M,13,2e22,c,src\n`),
    /x\.csv line 2, column "quoted_flops_low": "abc" is not a number/,
  );
  assert.throws(
    () => loadFirstEmergence("x.csv", `${HEADER}\n1,t,m,3e22,1e22,a,M,13,2e22,c,src\n`),
    /x\.csv line 2: quoted_flops_low 3e\+22 > quoted_flops_high 1e\+22/,
  );
  assert.throws(
    () => loadFirstEmergence("x.csv", `${HEADER}\n1,t,m,1e22,1e22,a,M,13,2e22,c, \n`),
    /x\.csv line 2: empty source/,
  );
  assert.throws(
    () => loadFirstEmergence("x.csv", HEADER.replace(",source", "") + "\n1,t,m,1,1,a,M,1,1,c\n"),
    /source/,
  );
});
