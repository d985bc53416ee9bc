/**
 * What the chapter's notebook (`notebooks/03-sudden-jump-math.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { ex3_1, ex3_2, ex3_3 } from "./exercises.ts";
export { jumpElbowText, jumpLogEmText, jumpRatioText, jumpSlopeText } from "./figure_text.ts";
export { jumpElbowFigure, jumpRatioFigure, jumpSlopeFigure } from "./figures.ts";
export { jumpStatements } from "./statements.ts";
export {
  elbowTable,
  exactMatchCurves,
  ratioRegimes,
  slopeCurves,
  slopeRatioCurves,
  slopeRatioTable,
} from "./tables.ts";
export { logExactMatchFigure } from "../../figures/log_exact_match.ts";
export { maxExactMatchSlope, slopeRatio } from "../../math/derivative.ts";
export { elbowLogCompute, transitionWidth } from "../../math/elbow.ts";
export { exactMatch, requiredPerToken } from "../../math/exact_match.ts";
export { gompertzShift, gompertzWidth } from "../../math/gompertz.ts";
