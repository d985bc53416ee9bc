/**
 * What the chapter's notebook (`notebooks/00-how-this-book-runs.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { starterCurves } from "./curves.ts";
export { ex0_1 } from "./exercises.ts";
export { starterText } from "./figure_text.ts";
export { starterFigure } from "./figures.ts";
export { exactMatch } from "../../math/exact_match.ts";
export { perTokenAccuracy } from "../../math/sigmoid.ts";
