/**
 * Reader for `data/schaeffer-meta-analysis.csv`: which metrics the claimed emergent
 * abilities on BIG-Bench use (Schaeffer, Miranda & Koyejo 2023, Figure 5C). Each row carries the
 * share in percent, how exact it is (`relation`: "more than", "about", "less than"), whether
 * the number is printed in the paper or derived from one that is, and its source.
 *
 * @module
 */
import { parseCsv } from "../data/csv.ts";

/** One row of the meta-analysis table. */
export interface MetricShare {
  /** metric (or group of metrics) */
  metric: string;
  /** share of the claimed emergent abilities, percent */
  percent: number;
  /** "more than", "about" or "less than" */
  relation: "more than" | "about" | "less than";
  /** true if the paper prints this number; false if it is derived from printed ones */
  printed: boolean;
  /** where the number comes from */
  source: string;
}

const RELATIONS = ["more than", "about", "less than"] as const;

/**
 * Parses the meta-analysis CSV text.
 *
 * @param text CSV text with columns metric, percent, relation, printed, source
 * @param name file name for error messages
 * @returns the rows in file order
 * @throws {Error} naming the file, line and column on a missing column, a non-numeric or
 *   out-of-range percent, an unknown relation, a printed flag other than yes/no, or an empty
 *   source
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseMetaAnalysis } from "./meta_analysis.ts";
 * const rows = parseMetaAnalysis(
 *   "metric,percent,relation,printed,source\nall other metrics,8,less than,no,derived\n",
 *   "inline.csv",
 * );
 * assert.equal(rows[0].percent, 8);
 * assert.equal(rows[0].printed, false);
 * ```
 */
export function parseMetaAnalysis(text: string, name: string): MetricShare[] {
  const rows = parseCsv(text, {
    columns: {
      metric: "string",
      percent: "number",
      relation: "string",
      printed: "string",
      source: "string",
    },
    key: ["metric"],
  }, name);
  return rows.map((r, i) => {
    const line = i + 2;
    if (r.percent < 0 || r.percent > 100) {
      throw new Error(`${name} line ${line}, column "percent": ${r.percent} is not in [0, 100]`);
    }
    const relation = r.relation.trim() as MetricShare["relation"];
    if (!RELATIONS.includes(relation)) {
      throw new Error(
        `${name} line ${line}, column "relation": ${JSON.stringify(r.relation)} is not one of ${
          RELATIONS.join(", ")
        }`,
      );
    }
    const c = r.printed.trim();
    if (c !== "yes" && c !== "no") {
      throw new Error(
        `${name} line ${line}, column "printed": ${JSON.stringify(r.printed)} is not yes/no`,
      );
    }
    if (r.source.trim() === "") {
      throw new Error(`${name} line ${line}, column "source": empty`);
    }
    return {
      metric: r.metric.trim(),
      percent: r.percent,
      relation,
      printed: c === "yes",
      source: r.source,
    };
  });
}

/**
 * A short label for a share: "> 92 %", "≈ 76 %", "< 8 %".
 *
 * @param share a parsed row
 * @returns the label
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shareLabel } from "./meta_analysis.ts";
 * assert.equal(
 *   shareLabel({ metric: "m", percent: 92, relation: "more than", printed: true, source: "s" }),
 *   "> 92 %",
 * );
 * ```
 */
export function shareLabel(share: MetricShare): string {
  const sign = share.relation === "more than" ? ">" : share.relation === "less than" ? "<" : "≈";
  return `${sign} ${share.percent} %`;
}
