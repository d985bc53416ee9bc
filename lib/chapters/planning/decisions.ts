/**
 * The planning table: which decision is driven by which signal, and where the book
 * demonstrates why. Data, so the chapter and the tests read the same rows.
 *
 * @module
 */

/** One row of the planning table. */
export interface PlanningDecision {
  /** what is being decided, e.g. model size and training tokens for a budget */
  decision: string;
  /** the signal it should be driven by */
  signal: string;
  /** why this signal, in one sentence */
  why: string;
  /** where the book demonstrates it: notebook slug and figure id */
  shownIn: { notebook: string; figure: string };
}

/** The four rows of the planning table. */
export const planningDecisions: readonly PlanningDecision[] = [
  {
    decision: "Model size and training tokens for a budget",
    signal: "pre-training loss and a fitted loss law",
    why: "Loss falls smoothly with compute, so a fit on small runs extrapolates.",
    shownIn: { notebook: "17-gotchas", figure: "fig-gotchas-nll-vs-em" },
  },
  {
    decision: "Monitoring each benchmark during training",
    signal: "answer-span token NLL per benchmark",
    why: "It moves at every checkpoint, including the long stretch where exact match reads 0/n.",
    shownIn: { notebook: "17-gotchas", figure: "fig-gotchas-nll-vs-em" },
  },
  {
    decision: "Final go/no-go on a benchmark",
    signal: "exact match (or the benchmark's official metric), with its Wilson interval",
    why: "It is what users and reports compare; read it with the resolution 1/n in mind.",
    shownIn: { notebook: "17-gotchas", figure: "fig-gotchas-saturation" },
  },
  {
    decision: "Betting on a capability that has not appeared yet",
    signal: "a ladder of sizes, fitted on the smooth signal, with the spread of its prediction",
    why:
      "From exact match alone, rungs below the elbow usually cannot locate it at all; the smooth signal can, if the model of the curve is right.",
    shownIn: { notebook: "15-planning", figure: "fig-planning-elbow-spread" },
  },
];
