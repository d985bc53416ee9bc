// Reads data/wei2022-emergence.csv and checks spot values against Wei et al. (2022), Table 1.
import assert from "node:assert/strict";
import { loadWeiEmergence } from "../../lib/data/wei.ts";

Deno.test("every Wei et al. row names its source", () => {
  const rows = loadWeiEmergence();
  assert.ok(rows.length > 0);
  for (const r of rows) assert.ok(String(r.source).trim().length > 10, JSON.stringify(r));
});

Deno.test("Wei et al. Table 1: 22 rows with numeric scales; spot values", () => {
  const rows = loadWeiEmergence();
  assert.equal(rows.length, 22);
  const by = (s: string) => rows.find((r) => r.ability.startsWith(s))!;
  assert.equal(by("Addition/subtraction (3 digit)").train_flops, 2.3e22);
  assert.equal(by("MMLU Benchmark (57").train_flops, 3.1e23);
  assert.equal(by("Truthfulness").train_flops, 5.0e23);
  assert.equal(by("Word in Context").params, 540e9);
  for (const r of rows) assert.ok(r.train_flops >= 1e19 && r.train_flops <= 1e25);
});
