/**
 * What the chapter's notebook (`notebooks/13-bring-your-own-results.ipynb`) uses from the library, in one
 * import. Each name is defined, documented and tested in the module it is re-exported
 * from; the chapter's own tables, figures and exercises sit beside this file.
 *
 * @module
 */
export { ex13_1, ex13_2, ex13_3, ex13_4 } from "./exercises.ts";
export { ladderAccuracyText, ladderPerplexityText } from "./figure_text.ts";
export { ladderFigure } from "./figures.ts";
export { loadCsvSync } from "../../data/csv.ts";
export { ladderWarnings, latestResultsFile, runSettings } from "../../data/lmeval_files.ts";
export { exampleFile, ladderTaskWarnings, loadLadder } from "../../data/lmeval_ladder.ts";
export { getMetric, inferSampleSize, loadLmEval } from "../../data/lmeval_results.ts";
export { exampleSamples, parseSamples } from "../../data/lmeval_samples.ts";
export { loadPythiaEvals, PYTHIA_FINAL_STEP, PYTHIA_TASK_CHOICES } from "../../data/pythia.ts";
export { emergenceScore } from "../../metrics/emergence_score.ts";
export { ladderEmergenceScore, ladderMetric, metricKind } from "../../metrics/ladder_metric.ts";
export { rescoreLadder, scoreSample, summariseSamples } from "../../metrics/sample_scores.ts";
export { formatAccuracy, wilsonInterval } from "../../stats/wilson.ts";
