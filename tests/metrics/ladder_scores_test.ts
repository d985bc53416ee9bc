import { assert } from "../assert.ts";
import { type CheckpointRow, finalPoints, loadLadder } from "../../lib/data/ladder_runs.ts";
import { ladderEmergenceScores } from "../../lib/metrics/ladder_scores.ts";
import { emergenceScore } from "../../lib/metrics/emergence_score.ts";

Deno.test("committed ladder: exact match has the highest emergence score of the four metrics", () => {
  const scores = ladderEmergenceScores(finalPoints(loadLadder()));
  const em = scores.find((s) => s.metric === "exact match")!.score;
  for (const s of scores) assert.ok(em >= s.score, `${s.metric}: ${s.score} vs EM ${em}`);
});

Deno.test("ladderEmergenceScores: NLL and edit distance negated, resolution floors 1/n and 1/(n·k)", () => {
  const row = (em: number, tok: number, nll: number, ed: number) =>
    ({
      test_n: 100,
      digits: 1,
      exact_match: em,
      token_accuracy: tok,
      mean_nll: nll,
      edit_distance: ed,
    }) as CheckpointRow;
  const rows = [row(0, 0.5, 2, 1.5), row(0, 0.6, 1.5, 1), row(0.5, 0.9, 0.5, 0.2)];
  const s = ladderEmergenceScores(rows);
  assert.deepEqual(s[2].values, [-2, -1.5, -0.5]);
  assert.deepEqual(s[3].values, [-1.5, -1, -0.2]);
  assert.equal(s[0].score, emergenceScore([0, 0, 0.5], { minStep: 1 / 100 }));
  assert.equal(s[1].score, emergenceScore([0.5, 0.6, 0.9], { minStep: 1 / 200 }));
  assert.throws(() => ladderEmergenceScores(rows.slice(0, 1)), /need at least 2 rows, got 1/);
});
