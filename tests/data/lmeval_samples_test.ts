import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { exampleSamples, parseSamples } from "../../lib/data/lmeval_samples.ts";

import { ARC, COPA_A, COPA_B, read } from "./lmeval_sample_files.ts";

Deno.test("real excerpts are intact: the harness's own hashes of doc, prompt and target", () => {
  // lm-eval 0.4 logs sha256 of json.dumps(doc, indent=2, ensure_ascii=False), of the first
  // request's context and of the target: any edit to the copied lines breaks one of them
  const sha = (s: string) => createHash("sha256").update(s).digest("hex");
  for (const f of [ARC, COPA_A, COPA_B]) {
    for (const line of Deno.readTextFileSync(exampleSamples(f)).trim().split("\n")) {
      const row = JSON.parse(line);
      const where = `${f} doc ${row.doc_id}`;
      assert.equal(sha(String(row.target)), row.target_hash, where);
      assert.equal(sha(row.arguments.gen_args_0.arg_0), row.prompt_hash, where);
      assert.equal(sha(JSON.stringify(row.doc, null, 2)), row.doc_hash, where);
    }
  }
});

Deno.test("parseSamples: the correct choice from an index or from the answer's text", () => {
  // COPA logs the answer as text; it is matched to the second choice of doc 0
  assert.equal(read(COPA_A)[0].correct, 1);
  assert.equal(read(ARC)[2].correct, 3);
});

Deno.test("parseSamples: single log-likelihood and generation records", () => {
  const ll = parseSamples(
    JSON.stringify({ doc_id: 7, target: " dog", filtered_resps: [["-0.5", "True"]], acc: 1 }),
    "lambada.jsonl",
  );
  assert.equal(ll[0].kind, "loglikelihood");
  assert.deepEqual([ll[0].logliks, ll[0].greedy, ll[0].correct], [[-0.5], [true], 0]);
  const gen = parseSamples(
    JSON.stringify({ doc_id: 0, target: "DATE: kawuononi", filtered_resps: [["date: 796"]] }),
    "ner.jsonl",
  );
  assert.equal(gen[0].kind, "generate");
  assert.equal(gen[0].generated, "date: 796");
});

Deno.test("bad input: clear errors naming file and line", () => {
  assert.throws(() => parseSamples("", "s.jsonl"), /s\.jsonl: empty file/);
  assert.throws(() => parseSamples("{\n", "s.jsonl"), /s\.jsonl line 1: not valid JSON/);
  assert.throws(() => parseSamples('{"doc_id": 0}', "s.jsonl"), /line 1: no "filtered_resps"/);
  assert.throws(
    () =>
      parseSamples(
        '{"doc_id": 0, "target": "x", "filtered_resps": [["a", "False"], ["-1", "False"]]}',
        "s",
      ),
    /s line 1 choice 0: expected a log-likelihood, got "a"/,
  );
  assert.throws(
    () =>
      parseSamples(
        '{"doc_id": 0, "target": "9", "filtered_resps": [[-1, false], [-2, false]]}',
        "s",
      ),
    /target index 9 but 2 choices/,
  );
});
