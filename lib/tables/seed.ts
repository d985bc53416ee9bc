/**
 * Every number printed in the seed's sections "The Real Problem" … "Visualizing Emergence"
 * (source 003), each with the two recomputations the errata rule needs: from the seed's own
 * displayed inputs, and exact. Paper facts (the "first model" table) live in
 * `data/first-emergence.csv` and `lib/tables/firstEmergence.ts`.
 *
 * @module
 */
import { exactMatch } from "../math/chain.ts";
import { elbowLogCompute } from "../math/elbow.ts";
import { sigmoid } from "../math/sigmoid.ts";
import { classify, formatLike, type Verdict } from "./errata.ts";
import { SEED_MODEL, SEED_XS } from "./scales.ts";

/** One printed number of the seed. */
export interface SeedNumber {
  /** stable id */
  id: string;
  /** seed section */
  section: string;
  /** what the number is, in the book's words */
  what: string;
  /** the number as printed (percentages without the % sign; "×10⁻⁶" as "e-6") */
  shown: string;
  /** recomputed from the seed's displayed inputs */
  fromDisplayed: number;
  /** recomputed exactly */
  exact: number;
  /** cause, when the verdict is not "correct" */
  note?: string;
}

const pExact = SEED_XS.map((x) => sigmoid((x - SEED_MODEL.x0) * SEED_MODEL.s));
/** The seed's step-1 per-token accuracies as printed (3 decimals). */
export const SEED_P_SHOWN: readonly string[] = [
  "0.047",
  "0.182",
  "0.500",
  "0.679",
  "0.818",
  "0.905",
  "0.953",
  "0.989",
];
/** The seed's step-2 exact-match values (k = 4) as printed. */
export const SEED_EM_SHOWN: readonly string[] = [
  "0.0000049",
  "0.0011",
  "0.0625",
  "0.213",
  "0.448",
  "0.671",
  "0.825",
  "0.957",
];
/** The seed's step-3 log-likelihoods (natural log of p) as printed. */
export const SEED_LOG_SHOWN: readonly string[] = [
  "-3.06",
  "-1.70",
  "-0.69",
  "-0.39",
  "-0.20",
  "-0.10",
  "-0.048",
  "-0.011",
];
const SEED_Z_SHOWN = ["-3", "-1.5", "0", "0.75", "1.5", "2.25", "3.0", "4.5"];
const pShown = SEED_P_SHOWN.map(Number);
const label = (x: number) => `10^${x}`;

/** The seed's p\^k table as printed, row p, columns k = 2, 8, 20. */
export const SEED_POWER_TABLE: Readonly<Record<string, readonly string[]>> = {
  "0.5": ["0.25", "0.004", "0.0000010"],
  "0.75": ["0.56", "0.10", "0.0032"],
  "0.9": ["0.81", "0.43", "0.12"],
  "0.95": ["0.90", "0.66", "0.36"],
  "0.99": ["0.98", "0.92", "0.82"],
};

function build(): SeedNumber[] {
  const out: SeedNumber[] = [];
  const chain = "Intuition: the chain";
  for (const [p, cells] of Object.entries(SEED_POWER_TABLE)) {
    [2, 8, 20].forEach((k, j) => {
      const v = exactMatch(Number(p), k);
      out.push({
        id: `pk-${p}-${k}`,
        section: chain,
        what: `p^k at p = ${p}, k = ${k}`,
        shown: cells[j],
        fromDisplayed: v,
        exact: v,
      });
    });
  }
  out.push({
    id: "pk-text-low",
    section: chain,
    what: "20-step accuracy at p = 0.75, in percent",
    shown: "0.3",
    fromDisplayed: 100 * exactMatch(0.75, 20),
    exact: 100 * exactMatch(0.75, 20),
  });
  out.push({
    id: "pk-text-high",
    section: chain,
    what: "20-step accuracy at p = 0.99, in percent",
    shown: "82",
    fromDisplayed: 100 * exactMatch(0.99, 20),
    exact: 100 * exactMatch(0.99, 20),
  });
  const walk = "Manual numerical walkthrough";
  SEED_XS.forEach((x, i) => {
    const z = (x - SEED_MODEL.x0) * SEED_MODEL.s;
    out.push({
      id: `z-${x}`,
      section: walk,
      what: `sigmoid argument 1.5·(x − 22) at ${label(x)}`,
      shown: SEED_Z_SHOWN[i],
      fromDisplayed: z,
      exact: z,
    });
    out.push({
      id: `p-${x}`,
      section: walk,
      what: `per-token accuracy p at ${label(x)}`,
      shown: SEED_P_SHOWN[i],
      fromDisplayed: pExact[i],
      exact: pExact[i],
    });
    out.push({
      id: `em4-${x}`,
      section: walk,
      what: `exact match p^4 at ${label(x)}`,
      shown: SEED_EM_SHOWN[i],
      fromDisplayed: pShown[i] ** 4,
      exact: exactMatch(pExact[i], 4),
      note: "computed from p rounded to 3 decimals",
    });
    out.push({
      id: `logp-${x}`,
      section: walk,
      what: `token log-likelihood ln p at ${label(x)}`,
      shown: SEED_LOG_SHOWN[i],
      fromDisplayed: Math.log(pShown[i]),
      exact: Math.log(pExact[i]),
      note: "computed from p rounded to 3 decimals",
    });
  });
  for (const [i, pct] of [[0, "5"], [1, "18"], [2, "50"]] as const) {
    out.push({
      id: `pct-${SEED_XS[i]}`,
      section: walk,
      what: `per-token accuracy at ${label(SEED_XS[i])}, in percent`,
      shown: pct,
      fromDisplayed: 100 * pExact[i],
      exact: 100 * pExact[i],
    });
  }
  out.push({
    id: "label-22.5",
    section: walk,
    what: "compute at x = 22.5, written 3×10²²",
    shown: "3e22",
    fromDisplayed: 10 ** 22.5,
    exact: 10 ** 22.5,
    note: "10^22.5 = 3.16×10²²",
  });
  out.push({
    id: "label-23.5",
    section: walk,
    what: "compute at x = 23.5, written 3×10²³",
    shown: "3e23",
    fromDisplayed: 10 ** 23.5,
    exact: 10 ** 23.5,
  });
  const last = pExact.length - 1;
  out.push({
    id: "fold-p",
    section: walk,
    what: "fold-change of per-token accuracy, 10²⁰ → 10²⁵",
    shown: "21",
    fromDisplayed: pShown[last] / pShown[0],
    exact: pExact[last] / pExact[0],
  });
  out.push({
    id: "fold-loglik",
    section: walk,
    what: "shrink factor of |ln p|, 10²⁰ → 10²⁵ (the seed: NLL 'rises by 280×')",
    shown: "280",
    fromDisplayed: Number(SEED_LOG_SHOWN[0]) / Number(SEED_LOG_SHOWN[last]),
    exact: Math.log(pExact[0]) / Math.log(pExact[last]),
  });
  out.push({
    id: "fold-em-start",
    section: walk,
    what: "starting exact match in the fold-change sentence, written 5×10⁻⁶",
    shown: "5e-6",
    fromDisplayed: pShown[0] ** 4,
    exact: exactMatch(pExact[0], 4),
  });
  out.push({
    id: "fold-em",
    section: walk,
    what: "fold-change of exact match, 10²⁰ → 10²⁵",
    shown: "195,000",
    fromDisplayed: Number(SEED_EM_SHOWN[last]) / Number(SEED_EM_SHOWN[0]),
    exact: (pExact[last] / pExact[0]) ** 4,
    note: "0.957 / 0.0000049; the exact ratio is (p₂₅/p₂₀)⁴ ≈ 1.89×10⁵, and with the sentence's " +
      "own 5×10⁻⁶ it would be 1.91×10⁵",
  });
  for (
    const [x, shown, note] of [
      [22.5, "0.00037", "0.679²⁰ = 0.000434 (exact 0.000436): an arithmetic slip"],
      [
        24,
        "0.378",
        "0.953²⁰ = 0.382, but σ(3)²⁰ = 0.378: the seed used unrounded p and printed " +
        "rounded p; a 20th power turns p's rounding (5e-4) into a 0.9 % error",
      ],
      [25, "0.802", undefined],
    ] as const
  ) {
    const i = SEED_XS.indexOf(x);
    out.push({
      id: `em20-${x}`,
      section: walk,
      what: `exact match p^20 at ${label(x)}`,
      shown,
      fromDisplayed: pShown[i] ** 20,
      exact: exactMatch(pExact[i], 20),
      note,
    });
  }
  const shift = elbowLogCompute(20, SEED_MODEL.x0, SEED_MODEL.s) -
    elbowLogCompute(4, SEED_MODEL.x0, SEED_MODEL.s);
  out.push({
    id: "elbow-shift",
    section: walk,
    what: "shift of the EM = ½ point from k = 4 to k = 20, in decades ('roughly one')",
    shown: "1",
    fromDisplayed: shift,
    exact: shift,
  });
  return out;
}

/** All printed numbers with their recomputations. */
export const SEED_NUMBERS: readonly SeedNumber[] = Object.freeze(build());

/** A checked seed number. */
export interface CheckedNumber extends SeedNumber {
  /** the verdict under the errata rule */
  verdict: Verdict;
}

/**
 * Classifies every printed number.
 *
 * @param numbers the numbers to check (default: all of {@link SEED_NUMBERS})
 * @returns the numbers with their verdicts
 * @throws {RangeError} if a recomputation is not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkSeedNumbers } from "./seed.ts";
 * const wrong = checkSeedNumbers().filter((n) => n.verdict === "wrong");
 * assert.deepEqual(wrong.map((n) => n.id), ["em20-22.5"]);
 * ```
 */
export function checkSeedNumbers(numbers: readonly SeedNumber[] = SEED_NUMBERS): CheckedNumber[] {
  return numbers.map((n) => ({ ...n, verdict: classify(n.shown, n.fromDisplayed, n.exact) }));
}

/** One checkpoint of the walkthrough, printed vs recomputed, in the seed's rounding. */
export interface WalkthroughRow {
  /** log10 compute */
  x: number;
  /** per-token accuracy as printed */
  pSeed: string;
  /** exact p, rounded like the seed */
  pExact: string;
  /** exact match (k = 4) as printed */
  emSeed: string;
  /** exact EM from the seed's printed p, rounded like the seed */
  emFromSeedP: string;
  /** exact EM from unrounded p, rounded like the seed */
  emExact: string;
  /** ln p as printed */
  logSeed: string;
  /** ln of the seed's printed p, rounded like the seed */
  logFromSeedP: string;
  /** exact ln p, rounded like the seed */
  logExact: string;
}

/**
 * The walkthrough table "as the seed rounds it": each printed value next to what the seed's own
 * printed p gives and what the unrounded p gives, both at the seed's printed precision.
 *
 * @returns eight rows, one per checkpoint
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { walkthroughComparison } from "./seed.ts";
 * const first = walkthroughComparison()[0];
 * assert.equal(first.emSeed, "0.0000049");
 * assert.equal(first.emExact, "0.0000051");
 * ```
 */
export function walkthroughComparison(): WalkthroughRow[] {
  return SEED_XS.map((x, i) => ({
    x,
    pSeed: SEED_P_SHOWN[i],
    pExact: formatLike(SEED_P_SHOWN[i], pExact[i]),
    emSeed: SEED_EM_SHOWN[i],
    emFromSeedP: formatLike(SEED_EM_SHOWN[i], pShown[i] ** 4),
    emExact: formatLike(SEED_EM_SHOWN[i], exactMatch(pExact[i], 4)),
    logSeed: SEED_LOG_SHOWN[i],
    logFromSeedP: formatLike(SEED_LOG_SHOWN[i], Math.log(pShown[i])),
    logExact: formatLike(SEED_LOG_SHOWN[i], Math.log(pExact[i])),
  }));
}

/** A number in the seed sections that is not the result of arithmetic on other numbers. */
export interface SeedContextNumber {
  /** seed section */
  section: string;
  /** the number as printed, with its context */
  shown: string;
  /** what kind of number it is */
  kind: "paper fact" | "illustration";
  /** what the book found */
  finding: string;
}

/**
 * The remaining printed numbers of the seed sections: facts about papers (checked against the
 * papers where possible) and illustrative figures with no inputs to recompute them from. The
 * "first model" table's compute values are checked in `data/first-emergence.csv`.
 */
export const SEED_CONTEXT_NUMBERS: readonly SeedContextNumber[] = [
  {
    section: "The Real Problem",
    shown: "200+ tasks from BIG-Bench",
    kind: "paper fact",
    finding: "BIG-bench has 204 tasks (Srivastava et al. 2022, abstract); but Wei et al. (2022) " +
      "did not run models on them: they collected results reported by other papers.",
  },
  {
    section: "The Real Problem",
    shown: "10M–540B parameter range",
    kind: "paper fact",
    finding: "Not checked here; the largest model in Wei et al.'s Table 1 is PaLM 540B.",
  },
  {
    section: "The Real Problem",
    shown: "6B (no signal) vs 70B (solved)",
    kind: "illustration",
    finding: "No task or source given; not a measurement.",
  },
  {
    section: "The Real Problem",
    shown: "$50M run, 671B model, MMLU 35 % → 87 % or 41 %",
    kind: "illustration",
    finding: "Hypothetical scenario; no source given.",
  },
  {
    section: "The Real Problem",
    shown: "jumps to near-ceiling over less than one decade",
    kind: "illustration",
    finding: "In the chain model a 10 %→90 % rise within one decade needs s > 3.37 per decade " +
      "for k = 4 (transitionWidth(4, s) = 3.37/s); with the seed's own s = 1.5 it takes 2.25 " +
      "decades.",
  },
  {
    section: "Intuition: the chain",
    shown: "heat from 20 °C to 99 °C, one more degree boils",
    kind: "illustration",
    finding: "Boiling at 100 °C holds at one atmosphere; the analogy's limits are in chapter 2.",
  },
];
