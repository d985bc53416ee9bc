/**
 * What the chapter's notebook (`notebooks/09-open-models.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { ex9_1, ex9_2, ex9_3, ex9_4 } from "./exercises.ts";
export { axisFits, familyCrossings } from "./families.ts";
export { familyFigureText, heldOutFigureText } from "./figure_text.ts";
export { familyFigure, heldOutFigure } from "./figures.ts";
export { impliedBand, meanLength } from "./implied.ts";
export { CUTOFFS, eligible, heldOutTasks, PAPER_CUTOFF, PREDICTORS } from "./splits.ts";
export { heldOutSuite, verdicts } from "./suite.ts";
export {
  ARITHMETIC_TASKS,
  BENCHMARKS,
  GSM8K_N,
  loadAnswerLengths,
  loadOpenModels,
} from "../../data/observational.ts";
export { formatAccuracy } from "../../stats/wilson.ts";
