/**
 * What the chapter's notebook (`notebooks/17-gotchas.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { chapterFamily, crossCheck, evaluateFamily } from "./contamination.ts";
export { ex17_1, ex17_2, ex17_3, ex17_4 } from "./exercises.ts";
export { contaminationText, oneLadderText, scaffoldText, twoReadingsText } from "./figure_text.ts";
export {
  contaminationFigure,
  oneLadderFigure,
  scaffoldFigure,
  twoReadingsFigure,
} from "./figures.ts";
export { exactMatch } from "../../math/exact_match.ts";
export { perTokenAccuracy } from "../../math/sigmoid.ts";
export {
  assumedKFits,
  fitCurves,
  measureLadder,
  noiseLevel,
} from "../../sim/assumed_chain_length.ts";
export {
  calibrateScaffold,
  crossover,
  elbowShiftFromChainLength,
  elbowShiftFromMidpoint,
  formatCurves,
  formatElbow,
  scaffoldStudy,
  weiChainOfThoughtScales,
} from "../../sim/prompt_format.ts";
export { summariseReadings, twoReadings } from "../../sim/two_readings.ts";
export { formatAccuracy } from "../../stats/wilson.ts";
