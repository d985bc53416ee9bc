/**
 * Chapter 12's tables, narrow: each builder turns measured rows into table rows with at most
 * about six columns, and moves the columns that are the same in every row into the caption
 * (`lib/format/constant_columns.ts`). Numbers are rounded here (NLL to 4 significant digits,
 * log-ratios and nats to 3 decimals) so that the caption and the cells agree; a prediction
 * that could not be made shows as "–".
 *
 * @module
 */
import type { ExtrapolationCheck } from "../../fit/extrapolation_check.ts";
import {
  BELOW_ELBOW_METHODS,
  type BelowElbowPrediction,
  belowElbowWindow,
} from "../../fit/below_elbow.ts";
import type { LadderStudyRow } from "../../sim/ladder_experiment.ts";
import type { ClaimSummaryRow } from "./verdicts.ts";
import {
  type CaptionedTable,
  constantColumnsToCaption,
  type TableCell,
} from "../../format/constant_columns.ts";
import { positiveInteger } from "../../validate.ts";

/**
 * A value rounded to 4 significant digits, or "–" if it is not finite.
 *
 * @param x the value
 * @returns the rounded number or "–"
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fourDigits } from "./tables.ts";
 * assert.equal(fourDigits(2.346920328), 2.347);
 * assert.equal(fourDigits(NaN), "–");
 * ```
 */
export function fourDigits(x: number): number | string {
  return Number.isFinite(x) ? Number(x.toPrecision(4)) : "–";
}

/**
 * A log-ratio or difference with 3 decimals and its sign, "0.000" when it rounds to zero
 * (never "-0.000"), or "–" if it is not finite.
 *
 * @param x the value
 * @returns e.g. "+0.012", "-0.412" or "0.000"
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { signed } from "./tables.ts";
 * assert.equal(signed(0.0123), "+0.012");
 * assert.equal(signed(-0.41191), "-0.412");
 * assert.equal(signed(-1e-12), "0.000");
 * assert.equal(signed(Infinity), "–");
 * ```
 */
export function signed(x: number): string {
  if (!Number.isFinite(x)) return "–";
  const text = Math.abs(x).toFixed(3);
  return text === "0.000" ? text : `${x > 0 ? "+" : "-"}${text}`;
}

/**
 * Claim (a) checks as a table: the columns that vary (typically the model or condition, the
 * form and the errors), the rest in the caption.
 *
 * @param checks the rows to show, from one source
 * @param title the caption's first sentence
 * @returns rows and caption
 * @throws {Error} if `checks` is empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extrapolationTable } from "./tables.ts";
 * import { simulatedLadderChecks } from "./simulated_checks.ts";
 * const t = extrapolationTable(simulatedLadderChecks(), "Ladder");
 * assert.deepEqual(Object.keys(t.rows[0]), ["fit window", "points", "form", "predicted", "ln(predicted/actual)", "error (nats)"]);
 * assert.match(t.caption, /In every row: .*actual: 1\.911/);
 * ```
 */
export function extrapolationTable(checks: ExtrapolationCheck[], title: string): CaptionedTable {
  const rows: Record<string, TableCell>[] = checks.map((r) => ({
    data: r.data,
    model: r.model,
    condition: r.condition,
    "fit window": r.window,
    points: r.fitPoints,
    form: r.form,
    "predicted at": r.target,
    predicted: fourDigits(r.predicted),
    actual: fourDigits(r.actual),
    "ln(predicted/actual)": signed(r.logRatio),
    "error (nats)": signed(r.nats),
    note: r.note,
  }));
  return constantColumnsToCaption(rows, title, ["form"]);
}

/**
 * Early fits over training, one row per run: the final value, what the pure power law
 * predicts and how far off it is, and the law with a floor (its log-ratio, or why it could not
 * be fitted).
 *
 * @param checks rows with `across: "checkpoints"`, both forms for each model
 * @param title the caption's first sentence
 * @returns rows and caption
 * @throws {Error} if a model lacks one of the two forms, or there are no rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { perRunTable } from "./tables.ts";
 * import { pythiaExtrapolationChecks } from "../../fit/pythia_extrapolation.ts";
 * const t = perRunTable(pythiaExtrapolationChecks().filter((r) => r.across === "checkpoints"), "Pythia");
 * assert.equal(t.rows.length, 16);
 * assert.match(t.caption, /law with floor: 2 checkpoints in the window; the floor form needs 4/);
 * ```
 */
export function perRunTable(checks: ExtrapolationCheck[], title: string): CaptionedTable {
  const models = [...new Set(checks.filter((r) => r.across === "checkpoints").map((r) => r.model))];
  const rows = models.map((model) => {
    const find = (form: string) => {
      const r = checks.find((r) => r.model === model && r.form === form);
      if (!r) throw new Error(`perRunTable: no ${form} row for ${model}`);
      return r;
    };
    const pure = find("power"), floor = find("power+floor");
    return {
      model,
      "points in window": pure.fitPoints,
      "final NLL": fourDigits(pure.actual),
      "pure law predicts": fourDigits(pure.predicted),
      "ln(predicted/actual)": signed(pure.logRatio),
      "error (nats)": signed(pure.nats),
      "law with floor": Number.isFinite(floor.logRatio)
        ? `ln ratio ${signed(floor.logRatio)}`
        : floor.note,
    };
  });
  return constantColumnsToCaption(rows, title, ["model"]);
}

/**
 * Claim (b) as two tables, one per check point (the elbow, then the top rung): fit window,
 * method, rungs used, predicted exact match and the error; the true value goes in the caption.
 *
 * @param rows output of `belowElbowStudy`
 * @returns the table at the elbow, then the table at the top rung
 * @throws {Error} if there are no rows at the elbow or above it
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { belowElbowTables } from "./tables.ts";
 * import { belowElbowStudy } from "./below_elbow_study.ts";
 * const [atElbow, atTop] = belowElbowTables(belowElbowStudy());
 * assert.equal(Object.keys(atElbow.rows[0]).length, 5);
 * assert.match(atElbow.caption, /true exact match: 0\.5\b/);
 * assert.match(atTop.caption, /log10 C: 25/);
 * ```
 */
export function belowElbowTables(rows: BelowElbowPrediction[]): CaptionedTable[] {
  return [true, false].map((atElbow) =>
    constantColumnsToCaption(
      rows.filter((r) => r.atElbow === atElbow).map((r) => ({
        "fit window": belowElbowWindow(r),
        method: BELOW_ELBOW_METHODS[r.method],
        points: r.fitPoints,
        predicted: Number(r.predicted.toFixed(3)),
        "error (absolute)": signed(r.absError),
        "log10 C": Number(r.x.toFixed(2)),
        "true exact match": Number(r.actual.toFixed(3)),
      })),
      atElbow
        ? "Claim (b): exact match at the elbow, predicted from rungs below it"
        : "Claim (b): exact match at the top rung, predicted from rungs below the elbow",
      ["fit window", "method"],
    )
  );
}

/**
 * Claim (b) over seeded replicates, one table per fitted signal: where the ladder sits, how
 * often the fit located an elbow, the spread of the elbows it found and the share within a
 * quarter decade of the truth.
 *
 * @param rows output of `belowElbowReplicates`
 * @param questions questions per rung of the simulated ladders (for the caption)
 * @returns one table per signal, in the order of `rows`
 * @throws {Error} if `rows` is empty
 * @throws {RangeError} if `questions` is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { replicateTables } from "./tables.ts";
 * import { belowElbowReplicates } from "./below_elbow_study.ts";
 * const tables = replicateTables(belowElbowReplicates(4), 2000);
 * assert.equal(tables.length, 2);
 * assert.match(tables[0].caption, /exact match.*4 replicates per ladder.*true elbow: 23\.60/);
 * ```
 */
export function replicateTables(rows: LadderStudyRow[], questions: number): CaptionedTable[] {
  if (rows.length === 0) throw new Error("replicateTables: no rows");
  positiveInteger("questions", questions, "replicateTables");
  const signals = [...new Set(rows.map((r) => r.signal))];
  return signals.map((signal) => {
    const of = rows.filter((r) => r.signal === signal);
    const name = signal === "exact-match" ? "exact match" : "per-token accuracy";
    return constantColumnsToCaption(
      of.map((r) => ({
        "top rung below the elbow (decades)": -r.offset,
        "rungs (log10 C)": r.rungs.map((x) => x.toFixed(2)).join(", "),
        "elbow located": `${r.located} of ${r.replicates}`,
        "median elbow": r.median === null ? "–" : r.median.toFixed(2),
        "5–95 % range": r.p05 === null ? "–" : `${r.p05.toFixed(2)}–${r.p95!.toFixed(2)}`,
        "within ±0.25 decade": `${Math.round(100 * r.within025)} %`,
        "true elbow": r.trueElbow.toFixed(2),
      })),
      `Claim (b), fitted to ${name}: ${of[0].replicates} replicates per ladder of three rungs ` +
        `with ${questions.toLocaleString("en")} questions each (the same simulated evaluations ` +
        "for both signals)",
      ["top rung below the elbow (decades)"],
    );
  });
}

/**
 * The closing summary as one table per claim: verdict, where it was tested and what was
 * measured, with the claim itself in the caption.
 *
 * @param rows output of `claimSummary`
 * @param title the first words of every caption
 * @returns one table per claim, in the order the claims first appear
 * @throws {Error} if `rows` is empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { summaryTables } from "./tables.ts";
 * const tables = summaryTables([
 *   { id: "c", claim: "(c) the elbow moves", test: "simulation", measured: "k=1: 22.00", verdict: "held" },
 * ], "Measured");
 * assert.deepEqual(tables[0].rows, [{ verdict: "held", test: "simulation", measured: "k=1: 22.00" }]);
 * assert.equal(tables[0].caption, "Measured: (c) the elbow moves.");
 * ```
 */
export function summaryTables(rows: ClaimSummaryRow[], title: string): CaptionedTable[] {
  if (rows.length === 0) throw new Error("summaryTables: no rows");
  const claims = [...new Set(rows.map((r) => r.claim))];
  return claims.map((claim) =>
    constantColumnsToCaption(
      rows.filter((r) => r.claim === claim).map((r) => ({
        verdict: r.verdict,
        test: r.test,
        measured: r.measured,
      })),
      `${title}: ${claim}`,
      ["verdict", "test", "measured"],
    )
  );
}
