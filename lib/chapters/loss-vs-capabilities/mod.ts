/**
 * What the chapter's notebook (`notebooks/01-loss-vs-capabilities.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { ex1_1, ex1_2, ex1_3 } from "./exercises.ts";
export { lossFirstEmergenceText, lossFrontierText } from "./figure_text.ts";
export { lossFirstEmergenceFigure, lossFrontierFigure } from "./figures.ts";
export { lossFrontier, runLosses } from "./tables.ts";
export { compareFirstEmergence, loadFirstEmergence } from "../../data/first_emergence.ts";
export { BESIROGLU_2024, HOFFMANN_2022, tokensPerParameter } from "../../math/loss_law.ts";
