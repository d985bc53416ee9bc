/**
 * What the chapter's notebook (`notebooks/14-sandbox.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { ex14_1, ex14_2, ex14_3, ex14_4 } from "./exercises.ts";
export { showSandbox } from "./show.ts";
export { elbowRows, logLikRows } from "./summary.ts";
