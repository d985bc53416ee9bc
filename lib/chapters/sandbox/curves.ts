/**
 * Samples the sandbox's curves from the book's math modules: per-token accuracy
 * p(x) = σ((x − x0)·s) ({@link perTokenAccuracy}), exact match p\^k ({@link exactMatch}), mean
 * token log-likelihood ln p ({@link meanTokenLogLikelihood}) and the elbow where EM = ½
 * ({@link elbowLogCompute}). Nothing here re-derives the science; it evaluates those
 * functions on a grid and maps the chosen metric onto the chart's 0…1 height.
 *
 * Pure and DOM-free, shared by the kernel's static figure and the browser bundle.
 *
 * @module
 */
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import { exactMatch } from "../../math/exact_match.ts";
import { meanTokenLogLikelihood } from "../../math/loglik.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { positiveInteger } from "../../validate.ts";
import { type SandboxState, validateState, X_RANGE } from "./state.ts";

/** The elbow of the exact-match curve: where p(x)\^k = ½. */
export interface Elbow {
  /** log10 compute of the elbow, x0 + logit(½\^(1/k))/s (may lie beyond the x range) */
  logCompute: number;
  /** whether the elbow lies inside the chart's x range */
  inView: boolean;
  /** per-token accuracy there, ½\^(1/k) */
  p: number;
  /** the chosen metric's value there (½ for exact match, ln ½ / k for mean log-likelihood) */
  metric: number;
  /** that value mapped to the chart's 0…1 height */
  chartY: number;
}

/** The log-likelihood axis drawn on the right in mean-log-likelihood mode. */
export interface NatsAxis {
  /** the value (nats, < 0) at the bottom of the chart; 0 nats is at the top */
  floor: number;
  /** tick values in nats, from floor to 0 */
  ticks: number[];
}

/** Everything the sandbox figure draws for one state. */
export interface SandboxCurves {
  /** the (validated) state the curves belong to */
  state: SandboxState;
  /** log10 compute grid, evenly spaced over {@link X_RANGE} */
  x: number[];
  /** per-token accuracy p(x) on the grid */
  perToken: number[];
  /** the chosen metric on the grid, in its own unit (EM in [0, 1]; ln p in nats) */
  metric: number[];
  /** the metric mapped to the chart's 0…1 height (equal to `metric` for exact match) */
  chartMetric: number[];
  /** the right-hand axis in mean-log-likelihood mode; undefined for exact match */
  nats?: NatsAxis;
  /** the exact-match elbow */
  elbow: Elbow;
}

const NICE_STEPS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50];

/**
 * A round lower bound for a nats axis: the smallest step from 0.1, 0.2, 0.5, 1, 2, 5, … that
 * covers `lowest` in at most 8 steps, and the bound as a whole number of such steps.
 *
 * @param lowest the most negative value to show (nats, finite, < 0)
 * @returns floor ≤ lowest and the ticks from floor to 0
 * @throws {RangeError} if lowest is not finite, is ≥ 0, or is below −300
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { natsAxis } from "./curves.ts";
 * assert.deepEqual(natsAxis(-5.9), { floor: -6, ticks: [-6, -5, -4, -3, -2, -1, 0] });
 * assert.equal(natsAxis(-8.5).floor, -10); // 9 steps of 1 are too many: steps of 2
 * assert.equal(natsAxis(-0.83).floor, -1);
 * ```
 */
export function natsAxis(lowest: number): NatsAxis {
  if (!Number.isFinite(lowest) || lowest >= 0 || lowest < -300) {
    throw new RangeError(`lowest must be a finite number in [-300, 0), got ${lowest}`);
  }
  const step = NICE_STEPS.find((st) => Math.ceil(-lowest / st - 1e-9) <= 8)!;
  const n = Math.ceil(-lowest / step - 1e-9);
  const ticks: number[] = [];
  for (let i = n; i >= 0; i--) ticks.push(i === 0 ? 0 : Number((-i * step).toFixed(1)));
  return { floor: ticks[0], ticks };
}

/** The fixed nats axis of log-likelihood mode: −10 … 0 nats in steps of 2. */
export const LOGLIK_AXIS: NatsAxis = natsAxis(-10);

/**
 * Evaluates the sandbox's curves for one state on an even grid of log-compute.
 *
 * Exact match: metric = p\^k and chart height = metric. Mean log-likelihood: metric = ln p
 * (nats) and chart height = 1 − ln p / floor on the fixed {@link LOGLIK_AXIS}, so 0 nats is
 * the top of the chart and −10 nats the bottom; lower values are drawn on the bottom edge.
 *
 * @param state the sandbox setting (validated strictly, see {@link validateState})
 * @param steps number of grid intervals over 10¹⁸ … 10²⁷ (default 360, 0.025 decade apart)
 * @returns the grid, both curves, the chart mapping and the elbow
 * @throws {RangeError} if the state is invalid or steps is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sampleSandbox } from "./curves.ts";
 * const c = sampleSandbox({ k: 1, x0: 22, s: 1.5, metric: "exact-match" });
 * assert.deepEqual(c.metric, c.perToken); // k = 1: exact match is per-token accuracy
 * assert.equal(c.elbow.logCompute, 22);
 * ```
 */
export function sampleSandbox(state: Partial<SandboxState>, steps = 360): SandboxCurves {
  const st = validateState(state);
  positiveInteger("steps", steps);
  const [from, to] = X_RANGE;
  const x: number[] = [];
  const perToken: number[] = [];
  for (let i = 0; i <= steps; i++) {
    const xi = i === steps ? to : from + ((to - from) * i) / steps;
    x.push(xi);
    perToken.push(perTokenAccuracy(xi, st.x0, st.s));
  }
  const elbowX = elbowLogCompute(st.k, st.x0, st.s, 0.5);
  const elbowP = perTokenAccuracy(elbowX, st.x0, st.s);
  let metric: number[];
  let chartMetric: number[];
  let nats: NatsAxis | undefined;
  let elbowMetric: number;
  let elbowY: number;
  if (st.metric === "exact-match") {
    metric = perToken.map((p) => exactMatch(p, st.k));
    chartMetric = metric;
    elbowMetric = exactMatch(elbowP, st.k);
    elbowY = elbowMetric;
  } else {
    metric = perToken.map((p) => meanTokenLogLikelihood(p));
    // One fixed nats axis for every setting, so moving a slider never rescales it; lower
    // values run along the bottom edge.
    nats = LOGLIK_AXIS;
    const floor = nats.floor;
    chartMetric = metric.map((v) => Math.max(0, 1 - v / floor));
    elbowMetric = meanTokenLogLikelihood(elbowP);
    elbowY = Math.max(0, 1 - elbowMetric / floor);
  }
  return {
    state: st,
    x,
    perToken,
    metric,
    chartMetric,
    nats,
    elbow: {
      logCompute: elbowX,
      inView: elbowX >= from && elbowX <= to,
      p: elbowP,
      metric: elbowMetric,
      chartY: elbowY,
    },
  };
}
