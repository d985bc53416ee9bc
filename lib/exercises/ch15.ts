/**
 * Exercises for chapter 15 (inverse scaling).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import {
  distractorAccuracy,
  distractorPreset,
  PRIZE_TASK_COUNTS,
  worstScale,
} from "../inverse/distractor.ts";

/** Accuracy of the U-shaped preset at 10²². */
export const ex15_1: Exercise = {
  id: "15.1",
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
export const ex15_2: Exercise = {
  id: "15.2",
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
export const ex15_3: Exercise = {
  id: "15.3",
  question:
    "Of the Inverse Scaling Prize's eleven tasks, how many did Wei, Kim, Tay and Le find U-shaped once PaLM up to 540B was included? Give a whole number.",
  answer: () => PRIZE_TASK_COUNTS.uShaped,
  precision: { decimals: 0 },
  tolerance: 0.5,
  explanation:
    "Six turned U-shaped, four stayed inverse and one scaled positively: the trend measured up to 280B did not hold beyond it for most tasks.",
  hint: "The abstract of “Inverse scaling can become U-shaped” splits the eleven tasks three ways.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex15_1, ex15_2, ex15_3];
