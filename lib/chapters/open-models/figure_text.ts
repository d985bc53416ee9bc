/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import { maxOf, minOf } from "../../math/extent.ts";
import { countWord, type FigureText } from "../../figures/text.ts";
import type { ErrorPoint, FamilyPoint } from "./figures.ts";

/** `x` (log10) as a short power, e.g. 1.2e21. */
function sciLog(logX: number): string {
  const e = Math.floor(logX);
  return `${Number((10 ** (logX - e)).toPrecision(2))}e${e}`;
}

/**
 * Caption and alt text of {@link familyFigure}: the panels, the compute range, the cutoff and,
 * on the first panel, where Phi, Llama, Qwen1.5 and OPT stand, read from the points drawn.
 *
 * @param points the points given to `familyFigure`
 * @param cutoff log10 FLOPs of the dotted rule
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { familyFigureText } from "./figure_text.ts";
 * const pts = [20, 21, 22].map((x, i) => ({ task: "2D+", family: "OPT", logFlops: x, em: i / 2 }));
 * assert.ok(familyFigureText(pts, 21.5).alt.includes("OPT is at 0.5 only at 1e21"));
 * ```
 */
export function familyFigureText(points: FamilyPoint[], cutoff: number): FigureText {
  const tasks = [...new Set(points.map((p) => p.task))];
  const first = points.filter((p) => p.task === tasks[0]);
  const fam = (f: string) =>
    first.filter((p) => p.family === f).sort((a, b) => a.logFlops - b.logFlops);
  const xs = points.map((p) => p.logFlops);
  const parts: string[] = [];
  const phi = fam("Phi")[0];
  if (phi) parts.push(`Phi is already at ${phi.em.toFixed(2)} at ${sciLog(phi.logFlops)} FLOPs`);
  parts.push("Pythia and StarCoder rise between about 3e21 and 2e22");
  const strong = [...fam("Llama"), ...fam("Qwen1.5")].map((p) => p.em);
  if (strong.length) {
    parts.push(
      `Llama and Qwen1.5 score ${Math.floor(100 * minOf(strong)) / 100} or more at every size`,
    );
  }
  const opt = fam("OPT").find((p) => p.em >= 0.45);
  if (opt) parts.push(`and OPT is at ${opt.em.toFixed(1)} only at ${sciLog(opt.logFlops)}`);
  return {
    caption: "Exact match against training compute for open base models " +
      "[@ruan2024observational]. Lines with their own dash pattern and marker: six families, " +
      "named in the key above the panels; grey dots: every other model with a compute figure. " +
      `Dotted vertical line: ${sciLog(cutoff)} FLOPs. Intervals are omitted here (on 2,000 ` +
      "problems they are at most ±0.022); the tables below carry them (at most ±0.027 on " +
      "GSM8K's 1,319).",
    alt:
      `${countWord(tasks.length)} panels (${
        tasks.join(", ")
      }) of exact match from 0 to 1 against ` +
      `log10 FLOPs from ${Math.floor(minOf(xs))} to ${maxOf(xs).toFixed(1)}. On ` +
      `the arithmetic tasks the families rise at different compute: on ${tasks[0]} ` +
      `${parts.join(", ")}. GSM8K rises later and more slowly, reaching 0.5 only above about ` +
      "1e23 FLOPs for most families.",
  };
}

/**
 * Caption and alt text of {@link heldOutFigure}, for the book's three splits (a low cutoff, a
 * high cutoff, and the smaller half of each family, in that order): the error ranges of each
 * route on the arithmetic tasks and the GSM8K errors at the low cutoff, the spread at the high
 * cutoff, and how close the observational route comes to the best within families.
 *
 * @param points the points given to `heldOutFigure`, routes labelled "log FLOPs",
 *   "per character", "observational" and "baseline"
 * @returns caption and alt text
 * @throws {Error} if the points do not hold three splits
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { heldOutFigureText } from "./figure_text.ts";
 * const pts = ["a", "b", "c"].flatMap((split) =>
 *   ["log FLOPs", "per character", "observational", "baseline"].map((route, i) => ({ task: "2D+", split, route, mae: 0.1 * (i + 1) })));
 * assert.ok(heldOutFigureText(pts).alt.includes("the per-character route 0.20 to 0.20"));
 * ```
 */
export function heldOutFigureText(points: ErrorPoint[]): FigureText {
  const splits = [...new Set(points.map((p) => p.split))];
  if (splits.length !== 3) {
    throw new Error(`heldOutFigureText: 3 splits expected, got ${splits.length}`);
  }
  const tasks = [...new Set(points.map((p) => p.task))];
  const arith = tasks.filter((t) => t !== "GSM8K");
  const maes = (split: string, route: string, ts = arith) =>
    points.filter((p) => p.split === split && p.route === route && ts.includes(p.task)).map((p) =>
      p.mae
    );
  const range = (xs: number[]) => `${minOf(xs).toFixed(2)} to ${maxOf(xs).toFixed(2)}`;
  const gsm = (route: string) => maes(splits[0], route, ["GSM8K"])[0]?.toFixed(2) ?? "–";
  const high = ["2D+", "3D+", "3D-"].flatMap((t) =>
    ["log FLOPs", "observational", "baseline"].flatMap((r) => maes(splits[1], r, [t]))
  );
  const gap = maxOf(tasks.map((t) => {
    const ms = points.filter((p) => p.split === splits[2] && p.task === t);
    return ms.find((p) => p.route === "observational")!.mae - minOf(ms.map((p) => p.mae));
  }));
  return {
    caption: "Mean absolute error on the held-out models for three splits (columns) and five " +
      "tasks (rows). Each line is one route, named on the left; the baseline predicts the best " +
      "training score for every held-out model.",
    alt:
      `A grid of lollipop charts, three columns (${splits.join(", ")}) by ${
        countWord(tasks.length).toLowerCase()
      } ` +
      `rows (${tasks.join(", ")}), errors from 0 to 0.7. At the first cutoff the observational ` +
      `route has the smallest error on all four arithmetic tasks (${
        range(maes(splits[0], "observational"))
      }), the log-FLOPs route ${range(maes(splits[0], "log FLOPs"))}, the per-character route ${
        range(maes(splits[0], "per character"))
      } and the baseline ${range(maes(splits[0], "baseline"))}; on GSM8K the baseline ` +
      `(${gsm("baseline")}) beats both the observational route (${gsm("observational")}) and ` +
      `the log-FLOPs route (${gsm("log FLOPs")}). At the second cutoff the log-FLOPs route, the ` +
      `observational route and the baseline are all within ${
        (Math.ceil(100 * (maxOf(high) - minOf(high))) / 100).toFixed(2)
      } on 2D+, 3D+ and 3D- (per character ${
        range(["2D+", "3D+", "3D-"].flatMap((t) => maes(splits[1], "per character", [t])))
      }). Within families the observational route is best or within ${
        gap.toFixed(3)
      } of the best on every task.`,
  };
}
