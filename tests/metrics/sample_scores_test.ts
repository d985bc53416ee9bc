import assert from "node:assert/strict";
import fc from "fast-check";
import { assertAlmostEquals } from "../assert.ts";
import { parseSamples } from "../../lib/data/lmeval_samples.ts";
import {
  choiceProbabilities,
  editDistance,
  rescoreLadder,
  scoreSample,
  summariseSamples,
} from "../../lib/metrics/sample_scores.ts";

import { ARC, COPA_A, COPA_B, read } from "../data/lmeval_sample_files.ts";

Deno.test("rescoring reproduces the harness's own per-sample acc and acc_norm", () => {
  for (const f of [ARC, COPA_A, COPA_B]) {
    for (const r of read(f)) {
      const s = scoreSample(r);
      assert.equal(s.grade, r.logged.acc, `${f} doc ${r.docId} acc`);
      if ("acc_norm" in r.logged) assert.equal(s.gradeNorm, r.logged.acc_norm, `${f} acc_norm`);
    }
  }
});

Deno.test("ARC excerpt: known probabilities, Brier score and chance", () => {
  const s = summariseSamples(read(ARC));
  assert.equal(s.n, 3);
  assert.equal(s.correct, 1);
  assert.equal(s.chance, 0.25);
  // doc 1: softmax of (−0.7197, −0.3988, −0.8248, −0.6682) at index 1, by hand in python:
  // exp(−0.39882354222426875) / Σ exp(ll) = 0.31822...
  const p = choiceProbabilities(read(ARC)[1].logliks);
  const lls = [-0.7197046864039541, -0.39882354222426875, -0.824844977148233, -0.6681532012318508];
  const z = lls.reduce((a, l) => a + Math.exp(l), 0);
  assertAlmostEquals(p[1], Math.exp(lls[1]) / z, 1e-15);
  assertAlmostEquals(scoreSample(read(ARC)[1]).pCorrect!, 0.3182, 1e-4);
});

Deno.test("two-rung COPA ladder: discrete and continuous side by side", () => {
  const rows = rescoreLadder([read(COPA_A), read(COPA_B)]);
  const by = (k: string) => rows.find((r) => r.metric.key === k)!;
  assert.deepEqual(by("grade").values, [4 / 6, 1]);
  // Brier falls, so its emergence score (on −Brier) is positive like the others
  assert.ok(by("brier").values[1] < by("brier").values[0] && by("brier").emergence > 0);
  // two rungs: every score is ±1 (range over the single step)
  assert.ok(rows.every((r) => Math.abs(r.emergence) === 1));
  assert.throws(() => rescoreLadder([read(COPA_A)]), /at least 2 rungs/);
  assert.throws(() => rescoreLadder([read(COPA_A), read(ARC)]), /other documents/);
});

Deno.test("acc_norm divides by the choice's length without the leading delimiter", () => {
  // " a" is the delimiter plus a 1-character choice, " bcd" a 3-character one:
  // −1/1 = −1 < −2.5/3 = −0.83, so the second choice wins (with the delimiter counted,
  // −1/2 = −0.5 > −2.5/4 = −0.625 and the first would)
  const s = scoreSample({
    docId: 0,
    kind: "multiple_choice",
    target: 1,
    logliks: [-1, -2.5],
    greedy: [false, false],
    continuations: [" a", " bcd"],
    correct: 1,
    generated: null,
    logged: {},
  });
  assert.deepEqual([s.grade, s.gradeNorm], [0, 1]);
});

Deno.test("single log-likelihood and generation records", () => {
  const ll = parseSamples(
    JSON.stringify({ doc_id: 7, target: " dog", filtered_resps: [["-0.5", "True"]], acc: 1 }),
    "lambada.jsonl",
  );
  const s = scoreSample(ll[0]);
  assert.equal(s.grade, 1);
  assertAlmostEquals(s.pCorrect!, Math.exp(-0.5), 1e-15);
  const gen = parseSamples(
    JSON.stringify({ doc_id: 0, target: "DATE: kawuononi", filtered_resps: [["date: 796"]] }),
    "ner.jsonl",
  );
  const g = scoreSample(gen[0]);
  assert.equal(g.grade, 0);
  assert.equal(g.edit, editDistance("date: 796", "DATE: kawuononi"));
  // by hand (python, the textbook recurrence): 4 case changes in "date", then "796" →
  // "kawuononi" is 3 substitutions and 6 insertions: 13 edits
  assert.equal(g.edit, 13);
  assertAlmostEquals(g.editSimilarity!, 1 - 13 / 15, 1e-15);
});

Deno.test("editDistance counts UTF-16 code units", () => {
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("", "abc"), 3);
  assert.equal(editDistance("abc", ""), 3);
  // 😀 and 😁 share the high surrogate and differ in the low one: one edit, not two
  assert.equal(editDistance("😀", "😁"), 1);
  assert.equal(editDistance("a😀", "😀"), 1);
  // and deleting one emoji is two edits (two code units)
  assert.equal(editDistance("😀", ""), 2);
});

Deno.test("properties: probabilities sum to 1, Brier in [0, 2], edit distance is a metric", () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: -50, max: 0, noNaN: true }), { minLength: 2, maxLength: 6 }),
      fc.nat(),
      (lls, k) => {
        const c = k % lls.length;
        const s = scoreSample({
          docId: 0,
          kind: "multiple_choice",
          target: c,
          logliks: lls,
          greedy: lls.map(() => false),
          continuations: lls.map(() => null),
          correct: c,
          generated: null,
          logged: {},
        });
        const sum = choiceProbabilities(lls).reduce((a, b) => a + b, 0);
        return Math.abs(sum - 1) < 1e-12 && s.brier! >= 0 && s.brier! <= 2 + 1e-12 &&
          // ties go to the first choice, as numpy.argmax
          (s.grade === 1) === (lls.indexOf(Math.max(...lls)) === c);
      },
    ),
    { seed: 42 },
  );
  fc.assert(
    fc.property(
      fc.string(),
      fc.string(),
      fc.string(),
      (a, b, c) =>
        editDistance(a, a) === 0 && editDistance(a, b) === editDistance(b, a) &&
        editDistance(a, c) <= editDistance(a, b) + editDistance(b, c),
    ),
    { seed: 42 },
  );
});
