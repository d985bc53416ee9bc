/**
 * What the chapter's notebook (`notebooks/18-glossary.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { ex18_1, ex18_2, ex18_3 } from "./exercises.ts";
export { misconceptionMarkdown, misconceptions } from "../../book/glossary/misconceptions.ts";
export { glossary, termMarkdown } from "../../book/glossary/terms.ts";
