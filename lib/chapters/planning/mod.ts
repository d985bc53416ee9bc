/**
 * What the chapter's notebook (`notebooks/15-planning.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { planningDecisions } from "./decisions.ts";
export { ex15_1, ex15_2, ex15_3 } from "./exercises.ts";
export { planningSpreadText } from "./figure_text.ts";
export { planningSpreadFigure } from "./figures.ts";
export { chapterUnequalWorlds, unequalStudy } from "./heterogeneous.ts";
export { elbowLogCompute } from "../../math/elbow.ts";
export { simulateChain } from "../../sim/chain_simulation.ts";
export {
  ladderAround,
  ladderFromParameters,
  ladderStudy,
  runLadder,
  summariseLadder,
} from "../../sim/ladder_experiment.ts";
export { formatAccuracy } from "../../stats/wilson.ts";
