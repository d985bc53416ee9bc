/**
 * What the chapter's notebook (`notebooks/04-eight-scales.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { ex4_1, ex4_2, ex4_3 } from "./exercises.ts";
export { scalesMetricsText } from "./figure_text.ts";
export { scalesMetricsFigure } from "./figures.ts";
export { roundedFirstTable, roundingErrorBound } from "./rounding.ts";
export { scaleStatements } from "./statements.ts";
export { foldChanges, metricCurves, scaleRows } from "./tables.ts";
export { exactMatch } from "../../math/exact_match.ts";
export { formatAccuracy } from "../../stats/wilson.ts";
