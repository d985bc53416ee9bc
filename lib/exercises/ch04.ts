/**
 * Exercises for chapter 4 (eight scales).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { foldChanges, scaleRows } from "../tables/scales.ts";

const row = (k: number, x: number) => scaleRows(k, [x])[0];

/** Exact EM at 10^23.5. */
export const ex04_1: Exercise = {
  id: "04.1",
  question: "Without rounding p first, what is the 4-digit exact match at x = 23.5 " +
    "(p = σ(2.25))? Four decimals.",
  answer: () => row(4, 23.5).em,
  tolerance: 5e-5,
  explanation: "σ(2.25)⁴ = 0.90465⁴ ≈ 0.6698. Rounding p to 0.905 first would give 0.6708: " +
    "the rounding error of p, multiplied by 4.",
  hint: "Compute σ(2.25) = 1/(1 + e^(−2.25)) to at least five digits, then raise it to the 4th " +
    "power.",
};

/** Exact EM fold-change. */
export const ex04_2: Exercise = {
  id: "04.2",
  question: "By what factor does 4-digit exact match grow from 10²⁰ to 10²⁵ FLOPs, computed " +
    "from unrounded p? Give the whole number (within 0.5 %).",
  answer: () => foldChanges(scaleRows(4)).exactMatch,
  relativeTolerance: 5e-3,
  explanation: "(σ(4.5)/σ(−3))⁴ ≈ 20.854⁴ ≈ 189,000. From p rounded to 0.047 and 0.989 first " +
    "it would be (0.989/0.047)⁴ ≈ 196,000: rounding lowers the starting value's fourth power " +
    "by 3.5 % and so raises the ratio by 3.7 %.",
  hint: "The EM fold-change is the per-token fold-change to the 4th power.",
};

/** k = 20 at 10^22.5. */
export const ex04_3: Exercise = {
  id: "04.3",
  question: "For the 20-token variant, what is exact match at x = 22.5? Give it to 3 " +
    "significant digits.",
  answer: () => row(20, 22.5).em,
  relativeTolerance: 5e-3,
  explanation: "σ(0.75)²⁰ ≈ 0.000436; from p rounded to 0.679 first, 0.679²⁰ ≈ 0.000434 " +
    "(0.5 % low: twenty times the 0.026 % rounding of p).",
  hint: "Work in logs: 20·ln(0.67918) ≈ −7.74.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex04_1, ex04_2, ex04_3];
