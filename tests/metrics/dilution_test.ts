import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { dilutionBatch, promptDilution } from "../../lib/metrics/dilution.ts";
import { scoreForwardPass } from "../../lib/metrics/forward_pass.ts";
import { tinyBatch, tinyMultipleChoice } from "../../lib/chapters/two-metrics-one-pass/examples.ts";
import { perExampleRows, summaryRow } from "../../lib/chapters/two-metrics-one-pass/tables.ts";

Deno.test("prompt dilution: counts derived by hand", () => {
  // answers right only where the target (b + 100) mod 10 is 0: b = 0, 10, …, 60 → 7 of 64
  const d = promptDilution({ examples: 64, promptTokens: 99, answerTokens: 1, vocab: 10 });
  assert.equal(d.answerOnly.tokenCorrect, 7);
  assert.equal(d.answerOnly.answerTokens, 64);
  assertAlmostEquals(d.answerOnly.meanTokenNll, Math.log(10), 1e-12);
  assert.equal(d.everyPosition.tokenCorrect, 64 * 99 + 7);
  // copied token NLL = ln(1 + 9 e^−20); answer NLL = ln 10
  const copied = Math.log1p(9 * Math.exp(-20));
  assertAlmostEquals(d.everyPosition.meanTokenNll, (99 * copied + Math.log(10)) / 100, 1e-9);
  assert.equal(d.everyPosition.exactMatchCount, d.answerOnly.exactMatchCount);
});

Deno.test("dilution batch layout and validation", () => {
  const b = dilutionBatch({ examples: 2, promptTokens: 2, answerTokens: 2, vocab: 3 });
  assert.deepEqual([...b.answerMask as Uint8Array], [0, 0, 1, 1, 0, 0, 1, 1]);
  assert.throws(
    () => dilutionBatch({ examples: 0, promptTokens: 2, answerTokens: 1, vocab: 3 }),
    /examples must be a positive integer/,
  );
  assert.throws(
    () => dilutionBatch({ examples: 1, promptTokens: 2, answerTokens: 1, vocab: 1 }),
    /vocab must be ≥ 2/,
  );
});

Deno.test("example batches and report rows", () => {
  const s = scoreForwardPass(tinyBatch());
  const rows = perExampleRows(s);
  assert.equal(rows[0]["correct / answer tokens"], "1 / 2");
  assertAlmostEquals(Number(rows[0]["mean token NLL"]), Math.log(10) / 2, 1e-12);
  assertAlmostEquals(Number(rows[1]["mean token Brier"]), 1.46, 1e-12);
  const sum = summaryRow("x", s);
  assert.ok(String(sum["token accuracy [95% CI]"]).startsWith("0.200 ["));
  assert.equal(scoreForwardPass(tinyMultipleChoice()).multipleChoice!.grade, 0.5);
});
