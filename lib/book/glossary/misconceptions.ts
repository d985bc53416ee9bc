/**
 * Common misconceptions about emergence, each answered with the chapter and figure of this
 * book that settles it (and the papers behind the answer). Data, so the tests can check that
 * every pointer names a real notebook and a figure that notebook shows.
 *
 * @module
 */
import {
  type BookPointer,
  glossary,
  type GlossaryTerm,
  pointerMarkdown,
  termName,
} from "./terms.ts";

/** One misconception and its answer. */
export interface Misconception {
  /** stable id, kebab-case */
  id: string;
  /** the belief, in one sentence */
  myth: string;
  /** what the evidence shows, in the book's words (Markdown) */
  reality: string;
  /** chapters and figures that settle it (at least one with a figure) */
  settledBy: BookPointer[];
  /** glossary ids involved */
  terms: string[];
  /** bibliography keys */
  cite: string[];
}

/** The misconceptions the glossary chapter answers. */
export const misconceptions: readonly Misconception[] = [
  {
    id: "jump-means-new-mechanism",
    myth:
      "A sharp jump in a benchmark score proves the model gained a new skill at that size, like water boiling.",
    reality:
      "A smooth rise in per-token accuracy becomes a sharp jump once k tokens must all be right (p^k). The " +
      "same model, scored by token log-likelihood, shows steady progress. Some jumps survive every metric, " +
      "but the jump alone does not tell you which kind you have.",
    settledBy: [
      {
        notebook: "00-how-this-book-runs",
        figure: "fig-starter-p-vs-em",
        note: "one smooth p, two metrics",
      },
      {
        notebook: "17-gotchas",
        figure: "fig-gotchas-nll-vs-em",
        note: "NLL falls a long way while exact match is flat",
      },
    ],
    terms: ["emergent-ability", "phase-transition", "mirage-critique"],
    cite: ["schaeffer2023mirage", "wei2022emergent"],
  },
  {
    id: "flat-means-not-learning",
    myth: "If a benchmark sits at 0 % exact match, the model is not learning anything about it.",
    reality:
      "Below the elbow, the answer-span log-likelihood keeps improving at every checkpoint; exact match is " +
      "too coarse to show it. And 0 correct out of n is not zero: it is “0/n (95 % upper bound " +
      "3.84/(n + 3.84))”, any rate up to almost four times 1/n.",
    settledBy: [
      {
        notebook: "17-gotchas",
        figure: "fig-gotchas-nll-vs-em",
        note: "the headline metric hides learning",
      },
    ],
    terms: ["token-nll", "exact-match"],
    cite: [],
  },
  {
    id: "predict-exact-size",
    myth: "From a few small models you can predict the exact size at which a skill will appear.",
    reality:
      "A ladder whose rungs all sit on the flat part of exact match cannot locate the elbow at all: three " +
      "readings of 0/n do not identify the curve. Fitted on a smooth signal (per-token accuracy or NLL) the " +
      "same evaluations locate it, with a spread of about a decade from three decades below, narrowing as the " +
      "rungs approach it — but only if the assumed model is right: not knowing the task's effective chain " +
      "length alone moves the forecast by more than half a decade, and answer positions of very unequal " +
      "difficulty make it wrong by a decade or more with a confidently narrow range.",
    settledBy: [
      {
        notebook: "15-planning",
        figure: "fig-planning-elbow-spread",
        note: "spread of the predicted elbow by ladder position and signal",
      },
      {
        notebook: "17-gotchas",
        figure: "fig-gotchas-one-ladder",
        note: "six fits that agree on the ladder and disagree beyond it",
      },
    ],
    terms: ["capability-threshold", "scaling-ladder"],
    cite: ["wei2022emergent"],
  },
  {
    id: "only-bigger-helps",
    myth: "Every capability jump needs a bigger model; the prompt does not matter.",
    reality:
      "The prompt changes the task being graded (how many steps, how hard each is), and so moves the elbow " +
      "in either direction. Chain-of-thought helps large models and can hurt small ones.",
    settledBy: [
      {
        notebook: "17-gotchas",
        figure: "fig-gotchas-scaffold",
        note: "the scaffold moves the elbow both ways",
      },
    ],
    terms: ["chain-of-thought", "capability-threshold"],
    cite: ["wei2022chain"],
  },
  {
    id: "bigger-always-better",
    myth: "A bigger model is better on every task.",
    reality:
      "On inverse-scaling tasks the score falls with size, because larger models follow a misleading " +
      "pattern in the prompt more strongly; on some of them the score recovers at still larger sizes " +
      "(U-shaped scaling).",
    settledBy: [
      {
        notebook: "16-inverse-scaling",
        figure: "fig-inverse-curves",
        note: "a distractor that strengthens with scale",
      },
    ],
    terms: ["inverse-scaling", "u-shaped-scaling"],
    cite: ["mckenzie2023inverse", "wei2022ushaped", "perez2022discovering"],
  },
  {
    id: "one-benchmark-jump-is-emergence",
    myth: "A sudden jump on one benchmark is a new emergent ability.",
    reality:
      "Memorised test items produce a jump on the contaminated benchmark only; sibling benchmarks of the " +
      "same structure stay on their smooth curve. Cross-check before claiming emergence.",
    settledBy: [
      {
        notebook: "17-gotchas",
        figure: "fig-gotchas-contamination",
        note: "contamination and the sibling cross-check",
      },
    ],
    terms: ["contamination", "emergent-ability"],
    cite: [],
  },
  {
    id: "saturated-means-solved",
    myth: "A benchmark at 95 %+ is solved and the model has stopped improving on it.",
    reality:
      "At the top exact match flattens while the log-likelihood of the answers keeps improving; the gain " +
      "shows up on harder benchmarks. Saturation says the benchmark has run out of resolution.",
    settledBy: [
      {
        notebook: "17-gotchas",
        figure: "fig-gotchas-saturation",
        note: "flat exact match, falling NLL",
      },
    ],
    terms: ["saturation", "token-nll"],
    cite: [],
  },
  {
    id: "mirage-means-never-real",
    myth: "The mirage critique showed that emergence is never real.",
    reality:
      "It showed that the metric can create a jump, and that over 92 % of BIG-bench's emergent task–metric " +
      "pairs used the two metrics most prone to it. It does not rule out jumps that a continuous metric " +
      "also shows; the U-shaped tasks, where medium models are pulled off course by a distractor, are one " +
      "kind of change a metric swap does not explain.",
    settledBy: [
      {
        notebook: "16-inverse-scaling",
        figure: "fig-inverse-curves",
        note: "the U needs a change in what the model follows, not a new metric",
      },
    ],
    terms: ["mirage-critique", "emergent-ability", "u-shaped-scaling"],
    cite: ["schaeffer2023mirage", "wei2022ushaped"],
  },
  {
    id: "scaling-law-predicts-tasks",
    myth:
      "Scaling laws and emergence contradict each other: if loss is predictable, task scores must be too.",
    reality:
      "They describe different quantities. Loss is an average over tokens and falls smoothly; a task score " +
      "is a threshold applied to several tokens at once. A smooth loss and a jumpy score coexist in the same " +
      "model.",
    settledBy: [
      {
        notebook: "17-gotchas",
        figure: "fig-gotchas-nll-vs-em",
        note: "one model, a smooth loss and a jumpy score",
      },
    ],
    terms: ["scaling-law", "emergent-ability"],
    cite: ["hoffmann2022training"],
  },
];

/**
 * Checks the misconceptions: ids unique and kebab-case, text present, at least one pointer
 * with a figure, glossary ids known.
 *
 * @param items the misconceptions
 * @param terms the glossary they refer to
 * @returns problems found (empty when consistent)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { misconceptionProblems, misconceptions } from "./misconceptions.ts";
 * assert.deepEqual(misconceptionProblems(misconceptions), []);
 * ```
 */
export function misconceptionProblems(
  items: readonly Misconception[],
  terms: readonly GlossaryTerm[] = glossary,
): string[] {
  const problems: string[] = [];
  const termIds = new Set(terms.map((t) => t.id));
  const seen = new Set<string>();
  for (const m of items) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.id)) {
      problems.push(`misconception id ${JSON.stringify(m.id)} is not kebab-case`);
    }
    if (seen.has(m.id)) problems.push(`misconception id ${JSON.stringify(m.id)} appears twice`);
    seen.add(m.id);
    if (!m.myth.trim()) problems.push(`misconception ${m.id}: myth is empty`);
    if (!m.reality.trim()) problems.push(`misconception ${m.id}: reality is empty`);
    if (!m.settledBy.some((p) => p.figure)) {
      problems.push(`misconception ${m.id}: no pointer names a figure`);
    }
    for (const t of m.terms) {
      if (!termIds.has(t)) problems.push(`misconception ${m.id}: glossary id ${t} is unknown`);
    }
  }
  return problems;
}

/**
 * Renders one misconception as Markdown: the myth, the answer with citations and glossary
 * links, and where the book settles it.
 *
 * @param m the misconception
 * @returns Markdown text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { misconceptionMarkdown, misconceptions } from "./misconceptions.ts";
 * const md = misconceptionMarkdown(misconceptions[0]);
 * assert.ok(md.includes("**Myth:**") && md.includes("fig-starter-p-vs-em"));
 * ```
 */
export function misconceptionMarkdown(m: Misconception): string {
  const cites = m.cite.length ? ` [${m.cite.map((c) => `@${c}`).join("; ")}]` : "";
  const terms = m.terms.map((t) => `[${termName(t)}](glossary:${t})`).join(", ");
  return [
    `**Myth:** ${m.myth}`,
    "",
    `**What the evidence shows:** ${m.reality}${cites}`,
    "",
    `**Settled in:** ${m.settledBy.map(pointerMarkdown).join("; ")}. **Terms:** ${terms}.`,
  ].join("\n");
}
