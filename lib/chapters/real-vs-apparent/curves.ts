/**
 * The chapter's central contrast as curves: two models whose k-token exact match both sit near
 * zero and then rise, graded by exact match and by the mean token log-likelihood of the right
 * answer.
 *
 * - **Metric-driven**: the per-token probability of the right token follows one smooth
 *   sigmoid, q(x) = σ((x − x0)·s), the model of chapters 2 to 4.
 * - **Strategy shift**: at every answer position the model chooses between the right token and
 *   a tempting wrong one, with q(x) = σ(t(x) − d(x)) from the distractor model of
 *   `lib/sim/distractor.ts` (U-shaped preset): the wrong pull is learned first, the right one
 *   later and more strongly.
 *
 * In both, exact match is q\^k and the mean token log-likelihood is ln q. The log-likelihood is
 * reported also as the probability it corresponds to, e\^(ln q) = q (the geometric mean of the
 * probabilities given to the right tokens), so that both metrics share a 0–1 axis; the
 * transformation is monotone, so it keeps every rise, dip and bend of the log-likelihood.
 *
 * @module
 */
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import { exactMatch } from "../../math/exact_match.ts";
import { meanTokenLogLikelihood } from "../../math/loglik.ts";
import { rangeGrid } from "../../math/grid.ts";
import { distractorAccuracy, distractorPreset } from "../../sim/distractor.ts";
import { finite, positive, positiveInteger } from "../../validate.ts";

/** The two cases, in the order the figure draws them. */
export const CONTRAST_PANELS = ["metric-driven", "strategy shift"] as const;
/** One of the two cases. */
export type ContrastPanel = typeof CONTRAST_PANELS[number];

/** The two metrics, in style order. */
export const CONTRAST_METRICS = ["exact match", "log-likelihood per token"] as const;
/** One of the two metrics. */
export type ContrastMetric = typeof CONTRAST_METRICS[number];

/** Settings of the contrast: the sigmoid of the metric-driven case, the chain and the range. */
export interface ContrastSettings {
  /** midpoint of the metric-driven sigmoid, log10 FLOPs */
  x0: number;
  /** its steepness per decade (> 0) */
  s: number;
  /** answer length in tokens (positive integer) */
  k: number;
  /** first log10 compute */
  from: number;
  /** last log10 compute (> from) */
  to: number;
  /** grid intervals (positive integer) */
  steps: number;
}

/** The chapter's settings: the running sigmoid (x0 = 22, s = 1.5), 6-token answers, 10¹⁸–10²⁶. */
export const CONTRAST: Readonly<ContrastSettings> = {
  x0: 22,
  s: 1.5,
  k: 6,
  from: 18,
  to: 26,
  steps: 160,
};

/** One point of one curve. */
export interface ContrastPoint {
  /** which case */
  panel: ContrastPanel;
  /** which metric */
  metric: ContrastMetric;
  /** log10 compute */
  x: number;
  /** per-token probability of the right token, q */
  q: number;
  /** value drawn: q\^k for exact match, e\^(ln q) for the log-likelihood */
  value: number;
  /** mean token log-likelihood ln q (nats), on both metrics' points */
  logLik: number;
}

/**
 * The per-token probability of the right token in one case.
 *
 * @param panel which case
 * @param x log10 compute
 * @param settings x0 and s of the metric-driven sigmoid
 * @returns q in (0, 1)
 * @throws {RangeError} on an unknown panel or a non-finite x
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CONTRAST, rightTokenProbability } from "./curves.ts";
 * assert.equal(rightTokenProbability("metric-driven", 22, CONTRAST), 0.5);
 * ```
 */
export function rightTokenProbability(
  panel: ContrastPanel,
  x: number,
  settings: Pick<ContrastSettings, "x0" | "s"> = CONTRAST,
): number {
  finite("x", x, "rightTokenProbability");
  if (panel === "metric-driven") return perTokenAccuracy(x, settings.x0, settings.s);
  if (panel === "strategy shift") {
    return distractorAccuracy(distractorPreset("u-shaped"), x).accuracy;
  }
  throw new RangeError(
    `panel must be "metric-driven" or "strategy shift", got ${JSON.stringify(panel)}`,
  );
}

/**
 * Samples both metrics of both cases on an even grid of log-compute.
 *
 * @param settings sigmoid, chain length and range (default {@link CONTRAST})
 * @returns points, grouped by panel, then metric, in x order
 * @throws {RangeError} on a non-finite x0 or range, s ≤ 0, a bad k or steps, or to ≤ from
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { contrastCurves } from "./curves.ts";
 * const pts = contrastCurves();
 * assert.equal(pts.length, 2 * 2 * 161);
 * const em = pts.find((p) => p.panel === "metric-driven" && p.metric === "exact match" && p.x === 22)!;
 * assert.equal(em.value, 0.5 ** 6);
 * ```
 */
export function contrastCurves(settings: ContrastSettings = CONTRAST): ContrastPoint[] {
  const where = "contrastCurves";
  finite("x0", settings.x0, where);
  positive("s", settings.s, where);
  positiveInteger("k", settings.k, where);
  const xs = rangeGrid(settings.from, settings.to, settings.steps, where);
  const points: ContrastPoint[] = [];
  for (const panel of CONTRAST_PANELS) {
    const qs = xs.map((x) => rightTokenProbability(panel, x, settings));
    for (const metric of CONTRAST_METRICS) {
      xs.forEach((x, i) => {
        const q = qs[i];
        const logLik = meanTokenLogLikelihood(q);
        const value = metric === "exact match" ? exactMatch(q, settings.k) : Math.exp(logLik);
        points.push({ panel, metric, x, q, value, logLik });
      });
    }
  }
  return points;
}

/** What one curve does: where it starts, ends, bottoms out and first reaches ½. */
export interface CurveSummary {
  /** which case */
  panel: ContrastPanel;
  /** which metric */
  metric: ContrastMetric;
  /** first point */
  first: ContrastPoint;
  /** last point */
  last: ContrastPoint;
  /** lowest point (the first of equal lows) */
  lowest: ContrastPoint;
  /** first point at or above ½, or undefined if none */
  half: ContrastPoint | undefined;
  /** true if no step goes down */
  monotone: boolean;
}

/**
 * Summarises one curve of {@link contrastCurves}.
 *
 * @param points output of {@link contrastCurves}
 * @param panel which case
 * @param metric which metric
 * @returns the summary
 * @throws {RangeError} if that curve has fewer than two points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { contrastCurves, summariseCurve } from "./curves.ts";
 * const pts = contrastCurves();
 * assert.equal(summariseCurve(pts, "metric-driven", "log-likelihood per token").monotone, true);
 * assert.equal(summariseCurve(pts, "strategy shift", "log-likelihood per token").monotone, false);
 * ```
 */
export function summariseCurve(
  points: readonly ContrastPoint[],
  panel: ContrastPanel,
  metric: ContrastMetric,
): CurveSummary {
  const curve = points.filter((p) => p.panel === panel && p.metric === metric);
  if (curve.length < 2) {
    throw new RangeError(
      `summariseCurve: the ${metric} curve of ${panel} has ${curve.length} points`,
    );
  }
  let lowest = curve[0];
  for (const p of curve) if (p.value < lowest.value) lowest = p;
  return {
    panel,
    metric,
    first: curve[0],
    last: curve[curve.length - 1],
    lowest,
    half: curve.find((p) => p.value >= 0.5),
    monotone: curve.every((p, i) => i === 0 || p.value >= curve[i - 1].value),
  };
}
