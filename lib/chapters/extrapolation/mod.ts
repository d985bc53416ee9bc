/**
 * What the chapter's notebook (`notebooks/12-extrapolation.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { belowElbowReplicates, belowElbowStudy } from "./below_elbow_study.ts";
export { elbowCurves, elbowShifts } from "./elbow_shift.ts";
export { ex12_1, ex12_2, ex12_3 } from "./exercises.ts";
export {
  elbowText,
  pythiaStepsText,
  runNeededText,
  simCosineText,
  tinyLadderText,
} from "./figure_text.ts";
export { elbowFigure, extrapolationFigure, runNeededFigure } from "./figures.ts";
export { simulatedLadderChecks, simulatedRunChecks } from "./simulated_checks.ts";
export {
  belowElbowTables,
  extrapolationTable,
  perRunTable,
  replicateTables,
  summaryTables,
} from "./tables.ts";
export { tinyLadderChecks, tinyLadderCurve } from "./tiny_ladder.ts";
export { claimSummary } from "./verdicts.ts";
export { dataUrl } from "../../data/read.ts";
export { loadWeiEmergence } from "../../data/wei.ts";
export { extrapolate } from "../../fit/extrapolate.ts";
export { WITHIN_5_PERCENT } from "../../fit/protocol.ts";
export { pythiaExtrapolationChecks } from "../../fit/pythia_extrapolation.ts";
export { endNoise, PYTHIA_WARMUP_STEPS, pythiaRuns, runNeeded } from "../../fit/pythia_runs.ts";
export { type CaptionedTable } from "../../format/constant_columns.ts";
export { assumedKFits, measureLadder } from "../../sim/assumed_chain_length.ts";
export { simulateTrainingRun } from "../../sim/training_run.ts";
