/**
 * What the chapter's notebook (`notebooks/07-two-metrics-one-pass.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { tinyBatch, tinyMultipleChoice } from "./examples.ts";
export { ex07_1, ex07_2, ex07_3 } from "./exercises.ts";
export { dilutionText } from "./figure_text.ts";
export { valueBarsFigure } from "./figures.ts";
export { perExampleRows, summaryRow } from "./tables.ts";
export { promptDilution } from "../../metrics/dilution.ts";
export { scoreForwardPass } from "../../metrics/forward_pass.ts";
