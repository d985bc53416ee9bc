/**
 * The words and numbers shown beside the sandbox chart: the current formulas, the elbow's
 * compute, the values there, and the chart's text alternative. Pure and DOM-free (the kernel
 * and the browser bundle share it).
 *
 * @module
 */
import { finite } from "../../validate.ts";
import type { SandboxCurves } from "./curves.ts";
import { X_RANGE } from "./state.ts";
import { superscript } from "../../format/superscript.ts";

/**
 * Writes a log10 compute as FLOPs in scientific notation, 3 significant digits:
 * 10\^x = m × 10\^e with 1 ≤ m < 10.
 *
 * @param logCompute log10 of compute in FLOPs
 * @returns e.g. "1.29 × 10²³ FLOPs" for 23.11
 * @throws {RangeError} if logCompute is not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatCompute } from "./text.ts";
 * assert.equal(formatCompute(23.109942), "1.29 × 10²³ FLOPs"); // 10^0.109942 = 1.2882
 * assert.equal(formatCompute(22), "1.00 × 10²² FLOPs");
 * ```
 */
export function formatCompute(logCompute: number): string {
  finite("logCompute", logCompute);
  let e = Math.floor(logCompute);
  let m = Number(Math.pow(10, logCompute - e).toFixed(2));
  if (m >= 10) {
    m = 1;
    e += 1;
  }
  return `${m.toFixed(2)} × 10${superscript(e)} FLOPs`;
}

function num(x: number, digits = 4): string {
  if (Object.is(x, -0) || x === 0) return "0";
  const a = Math.abs(x);
  const t = a < 1e-3 ? x.toExponential(digits - 1) : String(Number(x.toPrecision(digits)));
  return t.replace("-", "−"); // typographic minus
}

/** One term/value pair of the values panel. */
export interface ValueLine {
  /** what the line is about, e.g. "Task metric (solid line)" */
  term: string;
  /** the formula or number, plain text with Unicode maths */
  value: string;
  /** a stable key for the browser to find the element, e.g. "elbow" */
  key: string;
}

/**
 * Where the elbow is, in words: its log-compute and FLOPs, or that it lies beyond the chart.
 *
 * @param curves output of `sampleSandbox`
 * @returns e.g. "x = 23.11, 1.29 × 10²³ FLOPs"
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sampleSandbox } from "./curves.ts";
 * import { elbowText } from "./text.ts";
 * assert.equal(elbowText(sampleSandbox({ k: 4 })), "x = 23.11, 1.29 × 10²³ FLOPs");
 * ```
 */
export function elbowText(curves: SandboxCurves): string {
  const e = curves.elbow;
  const at = `x = ${e.logCompute.toFixed(2)}, ${formatCompute(e.logCompute)}`;
  return e.inView ? at : `beyond the chart's 10${superscript(X_RANGE[1])} FLOPs: ${at}`;
}

/**
 * The lines of the values panel beside the chart: both formulas with the current numbers,
 * the elbow and the values there.
 *
 * @param curves output of `sampleSandbox`
 * @returns the lines in display order
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sampleSandbox } from "./curves.ts";
 * import { describeSandbox } from "./text.ts";
 * const lines = describeSandbox(sampleSandbox({ k: 4, x0: 22, s: 1.5 }));
 * assert.equal(lines[0].value, "p(x) = σ((x − 22) × 1.5)");
 * assert.equal(lines[1].value, "EM(x) = p(x)^4");
 * ```
 */
export function describeSandbox(curves: SandboxCurves): ValueLine[] {
  const { k, x0, s, metric } = curves.state;
  const e = curves.elbow;
  const lines: ValueLine[] = [
    {
      key: "per-token",
      term: "Per-token accuracy (dashed line)",
      value: `p(x) = σ((x − ${num(x0)}) × ${num(s)})`,
    },
    metric === "exact-match"
      ? { key: "metric", term: "Task metric (solid line)", value: `EM(x) = p(x)^${k}` }
      : {
        key: "metric",
        term: "Task metric (solid line)",
        value: `mean log-likelihood per token = ln p(x), in nats (the total is ${k} × ln p(x))`,
      },
    { key: "elbow", term: "Elbow (exact match = ½)", value: elbowText(curves) },
    { key: "p-elbow", term: "p at the elbow", value: `½^(1/${k}) = ${num(e.p)}` },
    {
      key: "lnp-elbow",
      term: "ln p at the elbow",
      value: `${num(Math.log(e.p))} nats; × ${k} = ln ½`,
    },
    {
      key: "shift",
      term: "Elbow shift from k = 1",
      value: `${num(e.logCompute - x0, 3)} decades of compute`,
    },
  ];
  return lines;
}

/**
 * A text alternative for the chart in its current state.
 *
 * @param curves output of `sampleSandbox`
 * @returns one paragraph describing both curves and the elbow
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sampleSandbox } from "./curves.ts";
 * import { sandboxAlt } from "./text.ts";
 * assert.ok(sandboxAlt(sampleSandbox({ k: 1 })).includes("coincide"));
 * ```
 */
export function sandboxAlt(curves: SandboxCurves): string {
  const { k, x0, s, metric } = curves.state;
  const base =
    `Log10 training compute from ${X_RANGE[0]} to ${X_RANGE[1]} on the horizontal axis. ` +
    `Dashed line: per-token accuracy, an S-curve through one half at x = ${num(x0)} ` +
    `with steepness ${num(s)} per decade. `;
  const solid = metric === "exact-match"
    ? k === 1
      ? "Solid line: exact match with k = 1, which equals per-token accuracy, so the two curves coincide. "
      : `Solid line: exact match p^${k}, flat near zero and then rising more steeply, to the right of the dashed curve. `
    : `Solid line: mean log-likelihood per token, ln p, in nats on the right-hand axis from ${
      curves.nats!.floor
    } to 0 (lower values run along the bottom edge); it rises smoothly with no elbow. `;
  return base + solid + `Marked: exact match reaches one half at ${elbowText(curves)}.`;
}
