/**
 * The closing table of chapter 12: a verdict on each of the three planning claims, by rules
 * stated in advance, from the rows the chapter measured.
 *
 * @module
 */
import type { ExtrapolationCheck } from "../../fit/extrapolation_check.ts";
import { WITHIN_5_PERCENT } from "../../fit/protocol.ts";
import {
  BELOW_ELBOW_METHODS,
  type BelowElbowPrediction,
  belowElbowWindow,
} from "../../fit/below_elbow.ts";
import type { ElbowShiftRow } from "./elbow_shift.ts";
import { openUnit } from "../../validate.ts";

/** Which claim a summary line is about; "b-contrast" is the per-token contrast to (b). */
export type ClaimId = "a" | "b" | "b-contrast" | "c";

/** A line of the closing summary. */
export interface ClaimSummaryRow {
  /** the claim this line is about */
  id: ClaimId;
  /** claim letter and short statement */
  claim: string;
  /** where it was tested */
  test: string;
  /** the measured number, formatted */
  measured: string;
  /** "held", "failed" or "depends" by the rule stated in {@link claimSummary} */
  verdict: "held" | "failed" | "depends";
}

/**
 * The chapter's closing table. Rules: claim (a) is tallied on real runs only (simulated rows
 * are skipped: a simulation answers with the law it was built from); it holds in a setting if
 * every form that could be fitted on the window predicts within 5 % (|ln ratio| ≤ ln 1.05),
 * "depends" if one passes and another fails, "failed" if none passes. Only checks whose
 * `windowFraction` equals `window` enter (for ladders: the models within that share of the
 * largest compute, one decade short at 10 %). Claim (b) holds for an EM-based method if it
 * misses EM at the elbow by more than 0.1 (absolute); the per-token contrast "holds" if it
 * misses by less. Claim (c) holds if the measured elbows increase with k.
 *
 * @param extrapolations checks of claim (a) (runs, ladders, Pythia, tiny ladder if available)
 * @param belowElbow predictions of claim (b)
 * @param elbowShiftRows elbows of claim (c), by increasing k
 * @param window the fit window claim (a) is judged on (default 0.1)
 * @returns summary rows: claim (a) by setting, claim (b) by method and window, claim (c)
 * @throws {RangeError} if `window` is not in (0, 1)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { claimSummary } from "./verdicts.ts";
 * import { simulatedRunChecks } from "./simulated_checks.ts";
 * import { elbowShifts } from "./elbow_shift.ts";
 * import { belowElbowStudy } from "./below_elbow_study.ts";
 * const rows = claimSummary(simulatedRunChecks(undefined, [0.1]), belowElbowStudy(), elbowShifts([1, 2, 4]));
 * assert.deepEqual([...new Set(rows.map((r) => r.id))], ["b", "b-contrast", "c"]);
 * ```
 */
export function claimSummary(
  extrapolations: ExtrapolationCheck[],
  belowElbow: BelowElbowPrediction[],
  elbowShiftRows: ElbowShiftRow[],
  window = 0.1,
): ClaimSummaryRow[] {
  openUnit("window", window, "claimSummary");
  const out: ClaimSummaryRow[] = [];
  const groups = new Map<string, ExtrapolationCheck[]>();
  for (const r of extrapolations) {
    if (!r.real || Math.abs(r.windowFraction - window) > 1e-9) continue;
    const key = `${r.data}: ${r.model} · ${r.condition}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, rs] of groups) {
    const fmt = (r: ExtrapolationCheck) =>
      Number.isFinite(r.logRatio)
        ? `${r.form}: ln ratio ${r.logRatio.toFixed(3)} (${r.nats >= 0 ? "+" : ""}${
          r.nats.toFixed(3)
        } nats)`
        : `${r.form}: no fit (${r.note})`;
    const tried = rs.filter((r) => Number.isFinite(r.logRatio));
    const pass = tried.map((r) => Math.abs(r.logRatio) <= WITHIN_5_PERCENT);
    out.push({
      id: "a",
      claim: "(a) early NLL power law extrapolates within 5%",
      test: key,
      measured: rs.map(fmt).join("; "),
      verdict: pass.length > 0 && pass.every(Boolean)
        ? "held"
        : pass.some(Boolean)
        ? "depends"
        : "failed",
    });
  }
  for (const r of belowElbow.filter((r) => r.atElbow)) {
    const emBased = r.method !== "per-token-chain-model";
    const big = Math.abs(r.absError) > 0.1;
    out.push({
      id: emBased ? "b" : "b-contrast",
      claim: emBased
        ? "(b) EM from below the elbow does not extrapolate"
        : "(b, contrast) per-token accuracy from below the elbow does extrapolate",
      test: `${BELOW_ELBOW_METHODS[r.method]}; ${belowElbowWindow(r)}`,
      measured: `EM at the elbow: predicted ${r.predicted.toFixed(3)}, true ${r.actual.toFixed(3)}`,
      // EM-based rows support (b) when they miss; the contrast row holds when it does not
      verdict: emBased === big ? "held" : "failed",
    });
  }
  const c = elbowShiftRows;
  const rising = c.every((r, i) => i === 0 || r.measured > c[i - 1].measured);
  out.push({
    id: "c",
    claim: "(c) the elbow moves with chain length",
    test: `simulation, k = ${c.map((r) => r.k).join(", ")}`,
    measured: c.map((r) => `k=${r.k}: ${r.measured.toFixed(2)}`).join("; "),
    verdict: rising ? "held" : "failed",
  });
  return out;
}
