/**
 * What the chapter's notebook (`notebooks/16-inverse-scaling.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { ex16_1, ex16_2, ex16_3 } from "./exercises.ts";
export { inverseCurvesText } from "./figure_text.ts";
export { inverseCurvesFigure } from "./figures.ts";
export {
  classifyScaling,
  distractorCurve,
  distractorPreset,
  PRIZE_TASK_COUNTS,
  simulateDistractor,
  worstScale,
} from "../../sim/distractor.ts";
export { formatAccuracy } from "../../stats/wilson.ts";
