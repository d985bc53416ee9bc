/**
 * What the chapter's notebook (`notebooks/19-claims-checked.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { chapterNumber, checkedClaims, claimMarkdown } from "./claims.ts";
export { ex19_1, ex19_2, ex19_3 } from "./exercises.ts";
