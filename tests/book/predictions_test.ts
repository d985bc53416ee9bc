import assert from "node:assert/strict";
import { comparePrediction, type PredictionSpec, rankingText } from "../../lib/book/predictions.ts";
import { type Exercise, gradeAnswer } from "../../lib/book/exercises.ts";
import { exerciseMarkdown } from "../../lib/book/exercise_text.ts";

const dir: PredictionSpec = { type: "direction", options: ["earlier", "later", "no change"] };
const range: PredictionSpec = { type: "range", maxWidth: 0.5 };
const rank: PredictionSpec = { type: "ranking", items: ["a", "b", "c", "d"] };

Deno.test("direction: one of the options, case and spaces ignored", () => {
  assert.equal(comparePrediction(dir, "later", "  LATER ").status, "right");
  assert.equal(comparePrediction(dir, "later", "no  change").status, "wrong");
  const odd = comparePrediction(dir, "later", "sooner");
  assert.equal(odd.status, "wrong");
  assert.match(odd.detail, /one of "earlier", "later", "no change"; got "sooner"/);
  assert.equal(comparePrediction(dir, "later", 3).status, "wrong");
  for (const blank of [undefined, null, "", "  "]) {
    assert.equal(comparePrediction(dir, "later", blank).status, "unanswered");
  }
  assert.throws(() => comparePrediction(dir, "sideways", "later"), /"sideways" is not one/);
});

Deno.test("range: inside is right; above/below is said; too wide or malformed is refused", () => {
  assert.equal(comparePrediction(range, 0.3, [0.1, 0.6]).status, "right");
  assert.equal(comparePrediction(range, 0.1, [0.1, 0.6]).status, "right", "ends count");
  assert.match(comparePrediction(range, 0.7, [0.1, 0.6]).detail, /above your range/);
  assert.match(comparePrediction(range, 0.05, [0.1, 0.6]).detail, /below your range/);
  assert.match(comparePrediction(range, 0.3, [0, 0.51]).detail, /wider than 0.5/);
  assert.match(comparePrediction(range, 0.3, [0.4, 0.2]).detail, /low 0.4 is above high 0.2/);
  for (const bad of [[0.1], [0.1, NaN], ["0.1", "0.2"], 0.3]) {
    assert.match(comparePrediction(range, 0.3, bad).detail, /two numbers \[low, high\]/);
  }
  assert.throws(() => comparePrediction(range, NaN, [0, 1]), /not a finite number/);
});

Deno.test("ranking: counts pairs in the right order; all pairs needed", () => {
  const truth = rankingText(["b", "a", "d", "c"]);
  assert.equal(truth, "b > a > d > c");
  assert.equal(comparePrediction(rank, truth, ["b", "a", "d", "c"]).status, "right");
  const one = comparePrediction(rank, truth, ["a", "b", "d", "c"]);
  assert.equal(one.status, "wrong");
  assert.match(one.detail, /5 of 6 pairs/);
  assert.match(comparePrediction(rank, truth, ["c", "d", "a", "b"]).detail, /0 of 6 pairs/);
  assert.match(comparePrediction(rank, truth, ["a", "b", "c"]).detail, /list each of/);
  assert.match(comparePrediction(rank, truth, ["a", "a", "b", "c"]).detail, /list each of/);
  assert.throws(() => comparePrediction(rank, "a > b", ["a", "b", "c", "d"]), /does not order/);
});

Deno.test("gradeAnswer dispatches predictions and discussion questions", () => {
  const ex: Exercise = {
    id: "8.9",
    kind: "predict",
    question: "Earlier or later?",
    prediction: dir,
    answer: () => "later",
    explanation: "Because the chain is longer.",
    hint: "Think of p^k.",
  };
  const right = gradeAnswer(ex, "later");
  assert.equal(right.status, "right");
  assert.match(right.message, /Because the chain/);
  const wrong = gradeAnswer(ex, "earlier");
  assert.equal(wrong.status, "wrong");
  assert.match(wrong.message, /Think of p\^k/);
  assert.ok(!wrong.message.includes("later"), "a wrong verdict does not name the result");
  assert.equal(gradeAnswer(ex, undefined).status, "unanswered");
  const talk: Exercise = {
    id: "8.8",
    kind: "discuss",
    question: "Does it matter?",
    answer: () => "Notes for the teacher.",
    explanation: "e",
    hint: "h",
  };
  const v = gradeAnswer(talk, "yes");
  assert.equal(v.status, "unanswered");
  assert.match(v.message, /for discussion/);
  assert.ok(!v.message.includes("Notes for the teacher"));
});

Deno.test("exerciseMarkdown: id, kind label and how to predict", () => {
  const base = { answer: () => 1, explanation: "e", hint: "h" };
  assert.equal(exerciseMarkdown({ ...base, id: "1.1", question: "Q?" }), "**1.1** Q?");
  assert.match(
    exerciseMarkdown({ ...base, id: "1.2", kind: "discuss", question: "Q?" }),
    /^\*\*1\.2\*\* \*For discussion\.\* Q\?$/,
  );
  assert.match(
    exerciseMarkdown({ ...base, id: "1.3", kind: "predict", prediction: range, question: "Q?" }),
    /a range `\[low, high\]` no wider than 0.5/,
  );
  assert.match(
    exerciseMarkdown({ ...base, id: "1.4", kind: "predict", prediction: rank, question: "Q?" }),
    /"a", "b", "c", "d", largest first/,
  );
});
