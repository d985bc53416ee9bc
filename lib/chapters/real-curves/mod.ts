/**
 * What the chapter's notebook (`notebooks/08-real-curves.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { ex8_1, ex8_2, ex8_3, ex8_4 } from "./exercises.ts";
export {
  arithmeticFigureText,
  arithmeticSizesFigureText,
  emergenceScaleFigureText,
  pythiaAccuracyFigureText,
  pythiaPerplexityFigureText,
} from "./figure_text.ts";
export {
  arithmeticFigure,
  arithmeticSizesFigure,
  emergenceScaleFigure,
  pythiaAccuracyFigure,
  pythiaPerplexityFigure,
} from "./figures.ts";
export { pythiaPoints, weiPoints } from "./points.ts";
export {
  loadGpt3Arithmetic,
  loadGpt3ArithmeticSizes,
  loadGpt3Compute,
  loadGpt3Models,
} from "../../data/gpt3.ts";
export { loadPythia } from "../../data/pythia.ts";
export { loadWeiEmergence } from "../../data/wei.ts";
export { gpt3SizePoints, impliedArithmetic } from "../../fit/implied_arithmetic.ts";
export { fitPowerLaw } from "../../fit/power_law.ts";
export { fitSigmoid } from "../../fit/sigmoid_fit.ts";
export { trainingCompute } from "../../math/training_compute.ts";
export { formatAccuracy } from "../../stats/wilson.ts";
