/**
 * Exercises for chapter 18 (glossary and misconceptions).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { glossaryTerm } from "../../book/glossary/terms.ts";
import { wilsonInterval } from "../../stats/wilson.ts";
import { summariseReadings, twoReadings } from "../../sim/two_readings.ts";

/** Which glossary id names a score that falls, then recovers. */
export const ex18_1: Exercise = {
  id: "18.1",
  question:
    "Which glossary id names a score that first gets worse with scale and then recovers? Type the id as used in `glossary:` links.",
  answer: () => glossaryTerm("u-shaped-scaling").id,
  explanation:
    "A U: down, then up again. Wei, Kim, Tay and Le found it on six of eleven prize tasks.",
  hint: "Ids are lower-case words joined by hyphens; the term describes the shape of the curve.",
};

/** Wilson upper bound of 0/200. */
export const ex18_2: Exercise = {
  id: "18.2",
  question:
    "A benchmark of 200 questions reads 0/200. What is the upper end of the 95 % Wilson interval? Three decimals.",
  answer: () => wilsonInterval(0, 200).upper,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation:
    "3.84/(200 + 3.84) ≈ 0.019: the data only say the rate is below roughly 2 %, which is why the book writes “0/200 (95 % upper bound 0.019)”, not 0.",
  hint: "With k = 0 the Wilson upper end is z²/n ÷ (1 + z²/n), with z = 1.96.",
};

/** The misconception "flat means not learning", in nats. */
export const ex18_3: Exercise = {
  id: "18.3",
  question:
    "The misconception “a benchmark at 0 % is not being learnt” is answered by the ladder of chapter 17 (k = 8, x0 = 22, s = 1.5, rungs 10¹⁸ … 10^21.5, 200 questions, seed 11). By how many nats per token does the answer NLL fall from the first rung to the last? Two decimals.",
  answer: () => {
    const rows = twoReadings(
      { x0: 22, s: 1.5, k: 8 },
      [18, 18.5, 19, 19.5, 20, 20.5, 21, 21.5],
      200,
      11,
    );
    const s = summariseReadings(rows);
    return s.nllFirst - s.nllLast;
  },
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation:
    "Almost five nats per token, while every rung's exact match reads 0/200: the model was learning the whole time.",
  hint: "Subtract −ln p at the last rung from −ln p at the first, with p = σ((x − 22)·1.5).",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex18_1, ex18_2, ex18_3];
