/**
 * What the chapter's notebook (`notebooks/11-real-vs-apparent.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { contrastCurves } from "./curves.ts";
export { ex11_1, ex11_2 } from "./exercises.ts";
export { contrastText } from "./figure_text.ts";
export { contrastFigure } from "./figures.ts";
export { misconceptionMarkdown, misconceptions } from "../../book/glossary/misconceptions.ts";
export { exactMatchSlope, logLikelihoodSlope } from "../../math/derivative.ts";
