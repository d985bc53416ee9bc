/**
 * What the chapter's notebook (`notebooks/07-schaeffer-rescoring.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { CROSS_ENTROPY_LAW, ex7_1, ex7_2, ex7_3 } from "./exercises.ts";
export {
  emergenceScoreText,
  ladderEditDistanceText,
  ladderExactMatchText,
  ladderLogEmText,
  ladderMultipleChoiceText,
  shareText,
} from "./figure_text.ts";
export { emergenceScoreFigure, shareFigure } from "./figures.ts";
export { logExactMatchFigure } from "../../figures/log_exact_match.ts";
export { metricLadderFigure } from "../../figures/metric_ladder.ts";
export { powerLawChainShift } from "../../math/gompertz.ts";
export { emergenceScore, flatSteps } from "../../metrics/emergence_score.ts";
export { parseMetaAnalysis, shareLabel } from "../../metrics/meta_analysis.ts";
export { simulateChainAt } from "../../sim/chain_simulation.ts";
export {
  ladderMetricSeries,
  schaefferCurves,
  simulateSchaefferLadder,
  tokenProbability,
} from "../../sim/schaeffer_model.ts";
export { formatAccuracy, formatZeroCount, wilsonInterval } from "../../stats/wilson.ts";
