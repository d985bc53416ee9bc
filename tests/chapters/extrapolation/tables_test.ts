import assert from "node:assert/strict";
import {
  belowElbowTables,
  extrapolationTable,
  fourDigits,
  perRunTable,
  replicateTables,
  signed,
  summaryTables,
} from "../../../lib/chapters/extrapolation/tables.ts";
import { claimSummary } from "../../../lib/chapters/extrapolation/verdicts.ts";
import { elbowShifts } from "../../../lib/chapters/extrapolation/elbow_shift.ts";
import { simulatedRunChecks } from "../../../lib/chapters/extrapolation/simulated_checks.ts";
import {
  belowElbowReplicates,
  belowElbowStudy,
} from "../../../lib/chapters/extrapolation/below_elbow_study.ts";
import { pythiaExtrapolationChecks } from "../../../lib/fit/pythia_extrapolation.ts";

const columns = (t: { rows: Record<string, unknown>[] }) => Object.keys(t.rows[0]);

Deno.test("tables: number formats", () => {
  assert.equal(fourDigits(2.5800478722379934), 2.58);
  assert.equal(fourDigits(0.0016123), 0.001612);
  assert.equal(fourDigits(-Infinity), "–");
  assert.equal(signed(0), "0.000");
  assert.equal(signed(-0.0004999), "0.000");
  assert.equal(signed(0.0005001), "+0.001");
  assert.equal(signed(-0.0904), "-0.090");
  assert.equal(signed(NaN), "–");
});

Deno.test("tables: simulated run at one window has six columns, the rest in the caption", () => {
  const t = extrapolationTable(
    simulatedRunChecks().filter((r) => r.windowFraction === 0.1),
    "Simulated run",
  );
  assert.deepEqual(columns(t), [
    "condition",
    "form",
    "predicted",
    "actual",
    "ln(predicted/actual)",
    "error (nats)",
  ]);
  assert.equal(t.rows.length, 10);
  assert.equal(
    t.caption,
    "Simulated run. In every row: data: simulated run; model: 1B params, 20B tokens; " +
      "fit window: first 10% of tokens; points: 10; predicted at: final checkpoint.",
  );
  // numpy value of the clean pure-law prediction, 2.346920328343993, shown to 4 digits
  assert.equal(t.rows[0].predicted, 2.347);
  assert.equal(t.rows[0]["ln(predicted/actual)"], "-0.095");
});

Deno.test("tables: Pythia per run and across sizes", () => {
  const checks = pythiaExtrapolationChecks();
  const runs = perRunTable(checks.filter((r) => r.across === "checkpoints"), "Per run");
  assert.deepEqual(columns(runs), [
    "model",
    "final NLL",
    "pure law predicts",
    "ln(predicted/actual)",
    "error (nats)",
  ]);
  assert.match(runs.caption, /points in window: 2; law with floor: 2 checkpoints in the window/);
  // python: the two-point law for 6.9B, ln ratio −0.41191887013472717
  assert.equal(runs.rows.find((r) => r.model === "6.9b")!["ln(predicted/actual)"], "-0.412");
  const sizes = extrapolationTable(checks.filter((r) => r.across === "model sizes"), "Sizes");
  assert.deepEqual(columns(sizes), [
    "model",
    "form",
    "predicted",
    "actual",
    "ln(predicted/actual)",
    "error (nats)",
  ]);
  assert.match(sizes.caption, /points: 4; predicted at: 12B model\.$/);
  assert.throws(
    () => perRunTable(checks.filter((r) => r.form === "power"), "x"),
    /no power\+floor row/,
  );
});

Deno.test("tables: claim (b) split by check point; replicates split by signal", () => {
  const [atElbow, atTop] = belowElbowTables(belowElbowStudy());
  assert.deepEqual(columns(atElbow), [
    "fit window",
    "method",
    "points",
    "predicted",
    "error (absolute)",
  ]);
  assert.equal(atElbow.rows.length, 5); // the power law needs 3 nonzero rungs: 1 decade only
  assert.match(atElbow.caption, /In every row: log10 C: 23\.6; true exact match: 0\.5\.$/);
  assert.match(atTop.caption, /log10 C: 25; true exact match: 0\.915\.$/);
  const [em, tok] = replicateTables(belowElbowReplicates(3), 2000);
  assert.equal(columns(em).length, 6);
  assert.match(em.caption, /^Claim \(b\), fitted to exact match: 3 replicates .*2,000 questions/);
  assert.match(tok.caption, /fitted to per-token accuracy.*true elbow: 23\.60\.$/);
  assert.throws(() => replicateTables([], 2000), /no rows/);
  assert.throws(() => replicateTables(belowElbowReplicates(1), 0), /questions must be/);
});

Deno.test("tables: the summary, one table per claim with the claim in the caption", () => {
  const summary = claimSummary(
    pythiaExtrapolationChecks(),
    belowElbowStudy(),
    elbowShifts([1, 2]),
  );
  const tables = summaryTables(summary, "Measured");
  assert.deepEqual(tables.map((t) => t.caption), [
    "Measured: (a) early NLL power law extrapolates within 5%.",
    "Measured: (b) EM from below the elbow does not extrapolate.",
    "Measured: (b, contrast) per-token accuracy from below the elbow does extrapolate.",
    "Measured: (c) the elbow moves with chain length.",
  ]);
  assert.equal(tables[0].rows.length, 18);
  assert.deepEqual(columns(tables[3]), ["verdict", "test", "measured"]);
  assert.equal(tables.reduce((n, t) => n + t.rows.length, 0), summary.length);
  assert.throws(() => summaryTables([], "x"), /no rows/);
});
