// Reads the same CSV files the book reads and checks them against independent facts.
import assert from "node:assert/strict";
import { assertRelativeEquals } from "../assert.ts";
import {
  loadGpt3Arithmetic,
  loadGpt3Models,
  loadPythia,
  loadWeiEmergence,
  trainingCompute,
} from "../../lib/data/published.ts";

Deno.test("every data row names its source", () => {
  const all = [
    ...loadGpt3Arithmetic(),
    ...loadGpt3Models(),
    ...loadPythia(),
    ...loadPythia("pythia-6.9b-lambada-steps.csv"),
    ...loadWeiEmergence(),
  ];
  assert.ok(all.length > 50);
  for (const r of all) assert.ok(String(r.source).trim().length > 10, JSON.stringify(r));
});

Deno.test("GPT-3 175B few-shot arithmetic matches the reference list of issue 6", () => {
  // issue 6: 2D+ 100.0, 2D− 98.9, 3D+ 80.4, 3D− 94.2, 4D+ 25.5, 4D− 26.8, 5D+ 9.3, 5D− 9.9,
  // 2Dx 29.2, 1DC 21.3
  const expected: Record<string, number> = {
    "2D+": 100.0,
    "2D-": 98.9,
    "3D+": 80.4,
    "3D-": 94.2,
    "4D+": 25.5,
    "4D-": 26.8,
    "5D+": 9.3,
    "5D-": 9.9,
    "2Dx": 29.2,
    "1DC": 21.3,
  };
  const rows = loadGpt3Arithmetic().filter((r) => r.setting === "few-shot");
  assert.deepEqual(
    Object.fromEntries(rows.map((r) => [r.task, r.accuracy_pct])),
    expected,
  );
  // every GPT-3 arithmetic test set has 2,000 problems
  for (const r of rows) assert.equal(r.n, 2000);
  // 2,000 problems resolve accuracies to 0.05 points: each value times 20 is an integer
  for (const r of rows) {
    assert.ok(Math.abs(r.accuracy_pct * 20 - Math.round(r.accuracy_pct * 20)) < 1e-9);
  }
});

Deno.test("GPT-3 compute: 6·N·D agrees with the FLOPs Wei et al. print to 2 %", () => {
  for (const m of loadGpt3Models()) {
    if (m.compute_reported_flops === null) continue;
    assertRelativeEquals(trainingCompute(m.params, m.tokens), m.compute_reported_flops, 0.02);
  }
});

Deno.test("Pythia: confirmed rows are whole counts out of n = 5153, ppl falls with size", () => {
  const rows = loadPythia();
  assert.deepEqual(rows.map((r) => r.model), [
    "pythia-70m",
    "pythia-160m",
    "pythia-410m",
    "pythia-1b",
    "pythia-1.4b",
    "pythia-2.8b",
    "pythia-6.9b",
    "pythia-12b",
  ]);
  for (const r of rows.filter((r) => r.notes.startsWith("confirmed"))) {
    const k = r.acc * r.n;
    assert.ok(Math.abs(k - Math.round(k)) < 1e-6, `${r.model}: acc·n = ${k}`);
  }
  // 70M: 951 of 5153 correct (0.18455268775470599 × 5153 = 951.000)
  assert.equal(Math.round(rows[0].acc * rows[0].n), 951);
  for (let i = 1; i < rows.length; i++) {
    assert.ok(rows[i].ppl < rows[i - 1].ppl && rows[i].acc > rows[i - 1].acc);
  }
  // tokens seen = 143000 steps × 2,097,152 tokens per step
  for (const r of rows) assert.equal(r.tokens, 143000 * 2097152);
});

Deno.test("Pythia 6.9B steps: tokens = step × 2,097,152 and ppl falls over training", () => {
  const rows = loadPythia("pythia-6.9b-lambada-steps.csv");
  for (const r of rows) assert.equal(r.tokens, r.step * 2097152);
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i].ppl < rows[i - 1].ppl);
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
