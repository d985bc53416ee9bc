/**
 * What the chapter's notebook (`notebooks/02-the-chain.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { ex2_1, ex2_2, ex2_3 } from "./exercises.ts";
export { chainPowerText } from "./figure_text.ts";
export { chainPowerFigure } from "./figures.ts";
export { CHAIN_KS, powerCurves, powerTable } from "./tables.ts";
export { exactMatch, logExactMatch, logExactMatchFromErrorRate } from "../../math/exact_match.ts";
