/**
 * What the chapter's notebook (`notebooks/06-two-metrics-one-pass.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { tinyBatch, tinyMultipleChoice } from "./examples.ts";
export { ex6_1, ex6_2, ex6_3 } from "./exercises.ts";
export { dilutionText } from "./figure_text.ts";
export { valueBarsFigure } from "./figures.ts";
export { perExampleRows, summaryRow } from "./tables.ts";
export { promptDilution } from "../../metrics/dilution.ts";
export { scoreForwardPass } from "../../metrics/forward_pass.ts";
