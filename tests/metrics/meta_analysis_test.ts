import assert from "node:assert/strict";
import { parseMetaAnalysis, shareLabel } from "../../lib/metrics/meta_analysis.ts";

const FILE = new URL("../../data/schaeffer-meta-analysis.csv", import.meta.url);

Deno.test("the committed meta-analysis table parses and is consistent", async () => {
  const rows = parseMetaAnalysis(await Deno.readTextFile(FILE), "data/schaeffer-meta-analysis.csv");
  const byMetric = new Map(rows.map((r) => [r.metric, r]));
  const both = byMetric.get("multiple-choice grade or exact string match")!;
  assert.equal(both.percent, 92);
  assert.equal(both.relation, "more than");
  assert.ok(both.printed);
  // only the combined share is published as a number; no unpublished per-metric split
  assert.equal(rows.length, 2);
  assert.equal(byMetric.get("multiple-choice grade"), undefined);
  assert.equal(byMetric.get("exact string match"), undefined);
  // the remainder row is 100 minus the combined share
  const rest = rows.find((r) => r.relation === "less than")!;
  assert.equal(rest.percent, 100 - both.percent);
  assert.equal(shareLabel(rest), "< 8 %");
  assert.equal(rest.printed, false);
  for (const r of rows) assert.ok(r.source.length > 0);
});

Deno.test("bad meta-analysis files are rejected with file, line and column", () => {
  const head = "metric,percent,relation,printed,source\n";
  assert.throws(() => parseMetaAnalysis("", "x.csv"), /x\.csv: empty file/);
  assert.throws(
    () => parseMetaAnalysis("metric,percent\na,1\n", "x.csv"),
    /x\.csv line 1: missing column "relation"/,
  );
  assert.throws(
    () => parseMetaAnalysis(head + "a,abc,about,no,s\n", "x.csv"),
    /x\.csv line 2, column "percent": "abc" is not a number/,
  );
  assert.throws(
    () => parseMetaAnalysis(head + "a,120,about,no,s\n", "x.csv"),
    /line 2, column "percent": 120 is not in \[0, 100\]/,
  );
  assert.throws(
    () => parseMetaAnalysis(head + "a,12,roughly,no,s\n", "x.csv"),
    /column "relation": "roughly" is not one of/,
  );
  assert.throws(
    () => parseMetaAnalysis(head + "a,12,about,maybe,s\n", "x.csv"),
    /column "printed": "maybe" is not yes\/no/,
  );
  assert.throws(
    () => parseMetaAnalysis(head + "a,12,about,no,\n", "x.csv"),
    /column "source": empty/,
  );
  assert.throws(
    () => parseMetaAnalysis(head + "a,12,about,no,s\na,13,about,no,s\n", "x.csv"),
    /x\.csv/,
  );
});
