/**
 * What the chapter's notebook (`notebooks/10-model-ladder.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export {
  computeCurves,
  parameterCurves,
  positionCurves,
  smoothCurves,
  subsetCurves,
} from "./curves.ts";
export { averageCurve, digitCurves, digitStates } from "./digits.ts";
export { ex10_1, ex10_2, ex10_3, ex10_4 } from "./exercises.ts";
export {
  computeCurvesText,
  digitStepsText,
  extrapolationText,
  paramsExactMatchText,
  paramsSmoothText,
  positionsText,
  smallTestText,
} from "./figure_text.ts";
export { ladderExtrapolationFigure, ladderLinesFigure } from "./figures.ts";
export { crossingBrackets, seedEmTable, seedNllTable, seedSpread } from "./seeds.ts";
export {
  chainTable,
  digitCrossingTable,
  digitRangeTable,
  digitTable,
  emExtrapolationTable,
  finalTable,
  nllExtrapolationTable,
  subsetTable,
} from "./tables.ts";
export {
  finalPoints,
  loadLadder,
  loadSeedPositions,
  positionAccuracy,
  rungCheckpoints,
} from "../../data/ladder_runs.ts";
export { extrapolateRun, extrapolationCurves, fitWindow } from "../../fit/ladder_extrapolation.ts";
export { boundChecks, chainComparison, chainErrors } from "../../metrics/chain_checks.ts";
export { ladderEmergenceScores } from "../../metrics/ladder_scores.ts";
export { parameterCount } from "../../model/mlp.ts";
export { answerTokens, contextLength, promptTokens } from "../../tasks/addition.ts";
export { BOOK_LADDER, GENERATOR_VERSION } from "../../training/ladder_generator.ts";
export { modelConfig } from "../../training/train_run.ts";
