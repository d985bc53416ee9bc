import assert from "node:assert/strict";
import {
  ladderWarnings,
  latestOutput,
  latestResultsFile,
  outputTimestamp,
  runSettings,
} from "../../lib/data/lmeval_files.ts";
import { inferSampleSize } from "../../lib/data/lmeval_results.ts";

Deno.test("latest results file: by timestamp, fractions compared as fractions", async () => {
  const d = await Deno.makeTempDir();
  for (
    const n of [
      "results_2024-06-28T00-00-00.00001.json",
      "results_2024-06-28T00-00-00.9.json",
      "results_2024-06-27T23-59-59.999999.json",
      "samples_arc_easy_2024-07-01T00-00-00.json",
      "results.json",
    ]
  ) await Deno.writeTextFile(`${d}/${n}`, "{}");
  assert.ok(latestResultsFile(d).endsWith("/results_2024-06-28T00-00-00.9.json"));
  assert.equal(
    latestOutput(["samples_arc_easy_2024-07-01T00-00-00.jsonl"], "samples_arc_easy"),
    "samples_arc_easy_2024-07-01T00-00-00.jsonl",
  );
  assert.throws(
    () =>
      latestOutput(
        ["results_2024-01-01T00-00-00.5.json", "results_2024-01-01T00-00-00.50.json"],
        "results",
      ),
    /carry the same timestamp/,
  );
  await Deno.remove(d, { recursive: true });
  const empty = await Deno.makeTempDir();
  assert.throws(() => latestResultsFile(empty), /no results_<timestamp>\.json file/);
  assert.throws(() => latestResultsFile(`${empty}/nope`), /cannot list the folder/);
  await Deno.remove(empty);
  assert.equal(
    outputTimestamp("results_2024-06-28T00-00-00.00001.json"),
    "2024-06-28T00-00-00.00001",
  );
});

Deno.test("run settings: n-shot, versions, legacy num_fewshot, groups", () => {
  const cur = runSettings(
    JSON.stringify({
      results: { mmlu: {}, mmlu_stem: {} },
      "n-shot": { mmlu_stem: 5 },
      versions: { mmlu_stem: 1.0, mmlu: 2 },
      groups: { mmlu: {} },
      group_subtasks: { mmlu: ["mmlu_stem"], mmlu_stem: [] },
    }),
    "results_new.json",
  );
  assert.deepEqual([...cur.groups], ["mmlu"]);
  assert.equal(cur.versions.mmlu_stem, "1");
  const legacy = runSettings(
    '{"results": {"wsc": {"acc": NaN}}, "config": {"num_fewshot": 0}, "versions": {"wsc": 0}}',
    "legacy.json",
  );
  assert.equal(legacy.shots.wsc, 0);
  const five = { ...legacy, name: "five.json", shots: { wsc: 5 } };
  assert.deepEqual(ladderWarnings([legacy, legacy], "wsc"), []);
  assert.deepEqual(ladderWarnings([legacy, five], "wsc"), [
    "wsc: few-shot examples differ between rungs (legacy.json: 0, five.json: 5)",
  ]);
  const v2 = { ...legacy, name: "v2.json", versions: { wsc: "1" } };
  assert.match(ladderWarnings([legacy, v2], "wsc")[0], /task versions differ/);
  assert.match(ladderWarnings([cur], "mmlu")[0], /is a group in results_new\.json/);
  assert.throws(() => runSettings("[1]", "x.json"), /x\.json: top level must be a JSON object/);
});

Deno.test("inferSampleSize: a group row gets no n from its pooled stderr", () => {
  const t = { task: "g", metrics: [], nSamples: null };
  const m = {
    name: "acc",
    filter: "none",
    value: 0.18455268775470599,
    stderr: 0.00540468283118203,
  };
  assert.equal(inferSampleSize(t, m), 5153);
  assert.equal(inferSampleSize(t, m, { isGroup: true }), null);
  assert.equal(inferSampleSize({ ...t, nSamples: 3077 }, m, { isGroup: true }), 3077);
});
