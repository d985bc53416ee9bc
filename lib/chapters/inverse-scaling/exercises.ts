/**
 * Exercises for chapter 16 (inverse scaling).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import {
  distractorAccuracy,
  distractorPreset,
  PRIZE_TASK_COUNTS,
  worstScale,
} from "../../sim/distractor.ts";
import { rankingText } from "../../book/predictions.ts";

/** Accuracy of the U-shaped preset at 10²². */
export const ex16_1: Exercise = {
  id: "16.1",
  question:
    "For the chapter's U-shaped preset (true task T = 5, midpoint 23.5; distractor D = 2.5, midpoint 21; both s = 1.5), what is the accuracy at x = 22? Three decimals.",
  answer: () => distractorAccuracy(distractorPreset("u-shaped"), 22).accuracy,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation:
    "t = 5σ(−2.25) ≈ 0.48 and d = 2.5σ(1.5) ≈ 2.04, so acc = σ(t − d) = σ(−1.57): well below chance.",
  hint: "Compute both pulls t(22) and d(22) in logit units, subtract, and apply the sigmoid.",
};

/** Where the U bottoms out. */
export const ex16_2: Exercise = {
  id: "16.2",
  question:
    "At what log10 compute is that U-shaped preset worst (lowest accuracy) between 10¹⁸ and 10²⁶? One decimal.",
  answer: () => worstScale(distractorPreset("u-shaped"), 18, 26).x,
  precision: { decimals: 1 },
  tolerance: 0.1,
  explanation:
    "Just under 10²²: the distractor is nearly full-grown there while the true task has barely started.",
  hint: "Scan acc(x) on a fine grid (or use `worstScale`) and take the position of the minimum.",
};

/** Published count: U-shaped tasks. */
export const ex16_3: Exercise = {
  id: "16.3",
  question:
    "Of the Inverse Scaling Prize's eleven tasks, how many did Wei, Kim, Tay and Le find U-shaped once PaLM up to 540B was included? Give a whole number.",
  answer: () => PRIZE_TASK_COUNTS.uShaped,
  precision: { decimals: 0 },
  tolerance: 0.5,
  explanation:
    "Six turned U-shaped, four stayed inverse and one scaled positively: the trend measured up to 280B did not hold beyond it for most tasks.",
  hint: "The abstract of “Inverse scaling can become U-shaped” splits the eleven tasks three ways.",
};

/** Predict: rank three scales when the true task arrives a decade earlier. */
export const ex16_4: Exercise = {
  id: "16.4",
  kind: "predict",
  question: "Change the U-shaped preset so that the true task arrives a decade earlier " +
    "(midpoint 22.5 instead of 23.5; everything else the same). Rank the accuracy at x = 20, " +
    "x = 21 and x = 22, highest first, before running the cell that computes them.",
  prediction: { type: "ranking", items: ["x = 20", "x = 21", "x = 22"] },
  answer: () => {
    const m = { ...distractorPreset("u-shaped"), trueMidpoint: 22.5 };
    const rows: [string, number][] = [20, 21, 22].map((x) => [
      `x = ${x}`,
      distractorAccuracy(m, x).accuracy,
    ]);
    return rankingText(rows.sort((a, b) => b[1] - a[1]).map((r) => r[0]));
  },
  explanation: "x = 20 (0.42) > x = 22 (0.39) > x = 21 (0.32): the dip now bottoms out near " +
    "10²¹, earlier and much shallower than the preset's 0.17, because the true pull starts " +
    "growing while the distractor is still growing too. By 10²² the recovery has already " +
    "begun, although accuracy is still below its value at 10²⁰.",
  hint: "Compute t(x) = 5σ(1.5(x − 22.5)) and d(x) = 2.5σ(1.5(x − 21)) at each x; accuracy is " +
    "σ(t − d).",
};

/** Change a parameter: a weaker distractor. */
export const ex16_5: Exercise = {
  id: "16.5",
  kind: "change-parameter",
  question: "The cell below finds where the U-shaped preset is worst. Change the distractor " +
    "strength D from 2.5 to 1.5 and rerun it. At what log10 compute is accuracy lowest now? " +
    "One decimal.",
  answer: () => worstScale({ ...distractorPreset("u-shaped"), distractorStrength: 1.5 }, 18, 26).x,
  precision: { decimals: 1 },
  tolerance: 0.1,
  explanation: "About 21.7, a quarter of a decade earlier, and the dip is much shallower (0.31 " +
    "instead of 0.17): a weaker distractor pulls less, so the true task overtakes it sooner. " +
    "How deep and where the U bottoms out depend on both pulls, not on the distractor alone.",
  hint: "Rerun `worstScale` with the changed model; compare the accuracy at the minimum too.",
};

/** Discussion: will a task keep getting worse? */
export const ex16_6: Exercise = {
  id: "16.6",
  kind: "discuss",
  question: "A task gets steadily worse from a 1B to a 100B model. A colleague concludes that " +
    "larger models will be even worse at it. What would you say, and what evidence would you " +
    "collect before agreeing?",
  answer: () =>
    "The chapter's published history is the main argument: several Inverse Scaling Prize " +
    "tasks turned U-shaped once larger models (PaLM up to 540B) were evaluated, so a trend " +
    "over two decades does not fix the next one. The distractor model shows why: a shortcut " +
    "learned early can be overtaken by the real task learned later. Evidence to collect: what " +
    "the wrong answers are (a consistent distractor suggests the model learned a shortcut), " +
    "results of other model families and larger models if available, different prompts " +
    "(instructions or few-shot examples can reverse the trend), and intervals on every point. " +
    "A good answer neither extrapolates the decline nor dismisses it.",
  explanation: "Inverse trends have turned U-shaped at larger scale; look at what the errors " +
    "are and at more models before extrapolating.",
  hint: "What happened to the prize tasks when bigger models were tested?",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex16_1, ex16_2, ex16_3, ex16_4, ex16_5, ex16_6];
