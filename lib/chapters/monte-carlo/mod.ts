/**
 * What the chapter's notebook (`notebooks/05-monte-carlo.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { ex5_1, ex5_2, ex5_3 } from "./exercises.ts";
export { chainLadderText, chainLogEmText, pathsText } from "./figure_text.ts";
export { chainLadderFigure, pathsFigure } from "./figures.ts";
export { chainTable, leadingZeroRows, probabilityOfZero } from "./tables.ts";
export { logExactMatchFigure } from "../../figures/log_exact_match.ts";
export { exactMatch } from "../../math/exact_match.ts";
export { perTokenAccuracy } from "../../math/sigmoid.ts";
export { simulateChain } from "../../sim/chain_simulation.ts";
export { formatAccuracy, wilsonInterval } from "../../stats/wilson.ts";
