import assert from "node:assert/strict";
import { join } from "node:path";
import {
  getMetric,
  inferSampleSize,
  loadLmEval,
  parseLmEval,
} from "../../lib/data/lmeval_results.ts";
import { bigResultsText } from "../lmeval/big_file.ts";

const fx = (f: string) => new URL(`../fixtures/lmeval/${f}`, import.meta.url);

Deno.test("current layout: metrics with filters, stderr, n-samples, model name", async () => {
  const r = await loadLmEval(fx("current-pythia-70m.json"));
  assert.equal(r.layout, "current");
  assert.equal(r.model, "EleutherAI/pythia-70m");
  const acc = getMetric(r, "lambada_openai", "acc");
  assert.deepEqual(acc, {
    name: "acc",
    filter: "none",
    value: 0.18455268775470599,
    stderr: 0.00540468283118203,
  });
  assert.equal(getMetric(r, "lambada_openai", "perplexity", "none").value, 142.42891015470678);
  assert.equal(r.tasks[0].nSamples, 5153);
});

Deno.test("legacy layout: ppl is read as perplexity, model from config.model_args", async () => {
  const r = await loadLmEval(fx("legacy-pythia-410m.json"));
  assert.equal(r.layout, "legacy");
  assert.equal(r.model, "pretrained=EleutherAI/pythia-410m,revision=step143000");
  assert.equal(getMetric(r, "lambada_openai", "perplexity").value, 10.828202624445215);
  assert.equal(getMetric(r, "lambada_openai", "ppl").stderr, 0.32326570778646707);
  assert.equal(getMetric(r, "wsc", "acc").value, 0.5673076923076923);
  assert.equal(r.tasks[0].nSamples, null);
});

Deno.test("both layouts of the same model give the same numbers", async () => {
  const a = await loadLmEval(fx("current-pythia-70m.json"));
  const b = await loadLmEval(fx("legacy-pythia-70m.json"));
  for (const m of ["acc", "perplexity"]) {
    assert.deepEqual(getMetric(a, "lambada_openai", m), getMetric(b, "lambada_openai", m));
  }
});

Deno.test("several filters: exact_match needs the filter when there is no 'none'", () => {
  const r = parseLmEval(
    JSON.stringify({
      results: {
        gsm8k: {
          "exact_match,strict-match": 0.1,
          "exact_match_stderr,strict-match": 0.01,
          "exact_match,flexible-extract": 0.15,
          "exact_match_stderr,flexible-extract": "N/A",
        },
      },
    }),
    "gsm.json",
  );
  assert.equal(getMetric(r, "gsm8k", "exact_match", "flexible-extract").value, 0.15);
  assert.equal(getMetric(r, "gsm8k", "exact_match", "flexible-extract").stderr, null);
  assert.throws(() => getMetric(r, "gsm8k", "exact_match"), /filter not given and ambiguous/);
  assert.throws(() => getMetric(r, "gsm8k", "exact_match", "x"), /filter "x" not found/);
});

Deno.test("Python NaN: value reported missing, stderr null, other metrics fine", async () => {
  const r = await loadLmEval(fx("python-nan.json"));
  const t = r.tasks[0];
  assert.equal(t.metrics.find((m) => m.name === "acc")?.value, null);
  assert.throws(
    () => getMetric(r, "lambada_openai", "acc"),
    /python-nan\.json: task "lambada_openai" metric "acc" is NaN/,
  );
  assert.deepEqual(getMetric(r, "lambada_openai", "perplexity"), {
    name: "perplexity",
    filter: "none",
    value: 12.5,
    stderr: null,
  });
});

Deno.test("NaN inside a string is left alone", () => {
  const r = parseLmEval(
    '{"results": {"t": {"alias": "NaN task", "acc": 0.5}}, "x": NaN}',
    "s.json",
  );
  assert.equal(getMetric(r, "t", "acc").value, 0.5);
});

Deno.test("malformed files: each error names the file and the problem", async () => {
  const cases: [string, RegExp][] = [
    ["malformed-empty.json", /malformed-empty\.json: empty file/],
    ["malformed-truncated.json", /malformed-truncated\.json: not valid JSON/],
    ["malformed-no-results.json", /malformed-no-results\.json: no "results" object/],
    ["malformed-task-not-object.json", /results\["lambada_openai"\] must be an object/],
    [
      "malformed-string-metric.json",
      /results\["lambada_openai"\]\["acc,none"\] must be a number, got "0\.5"/,
    ],
    ["malformed-empty-results.json", /"results" holds no metrics/],
  ];
  for (const [f, re] of cases) await assert.rejects(() => loadLmEval(fx(f)), re, f);
  await assert.rejects(
    () => loadLmEval("/no/such/results.json"),
    /\/no\/such\/results\.json: cannot read file/,
  );
  assert.throws(() => parseLmEval("[1,2]", "arr.json"), /arr\.json: no "results" object|top level/);
  assert.throws(
    () => parseLmEval('{"results": {"t": {"acc": true}}}', "b.json"),
    /must be a number, got true/,
  );
  assert.throws(
    () => parseLmEval('{"results": {"t": {"acc": 0.5, "acc_stderr": "x"}}}', "c.json"),
    /stderr: expected a number, got "x"/,
  );
});

Deno.test("missing task or metric: error lists what is there", async () => {
  const r = await loadLmEval(fx("legacy-pythia-70m.json"));
  assert.throws(
    () => getMetric(r, "hellaswag", "acc"),
    /no task "hellaswag" \(tasks: lambada_openai, wsc\)/,
  );
  assert.throws(
    () => getMetric(r, "wsc", "acc_norm"),
    /task "wsc" has no metric "acc_norm" \(has: acc,none\)/,
  );
});

Deno.test("inferSampleSize recovers n = 5153 from acc and stderr; refuses non-counts", async () => {
  const r = await loadLmEval(fx("legacy-pythia-410m.json"));
  const t = r.tasks[0];
  // 0.5162041529206287 × 5153 = 2660.000 correct answers
  assert.equal(inferSampleSize(t, getMetric(r, "lambada_openai", "acc")), 5153);
  // wsc: 0.5673076923076923 = 59/104; p(1-p)/se² + 1 = 104
  assert.equal(inferSampleSize(r.tasks[1], getMetric(r, "wsc", "acc")), 104);
  const none = { task: "t", metrics: [], nSamples: null };
  assert.equal(
    inferSampleSize(none, { name: "acc", filter: "none", value: 0.5, stderr: null }),
    null,
  );
  assert.equal(inferSampleSize(none, { name: "acc", filter: "none", value: 0, stderr: 0 }), null);
  // 0.5 with stderr 0.0123 → n = 1653.5…: not a whole count
  assert.equal(
    inferSampleSize(none, { name: "acc", filter: "none", value: 0.5, stderr: 0.0123 }),
    null,
  );
});

Deno.test("metric keys named like Object.prototype members are plain names", () => {
  const r = parseLmEval(
    JSON.stringify({
      results: {
        constructor: {
          "constructor,none": 0.1,
          "constructor_stderr,none": 0.01,
          toString: 0.2,
          "__proto__,none": 0.3,
          "hasOwnProperty,none": 0.4,
          "valueOf_stderr,none": 0.05,
          "valueOf,none": 0.5,
        },
      },
      "n-samples": { toString: { effective: 9 } },
    }),
    "proto.json",
  );
  const t = r.tasks[0];
  assert.equal(t.task, "constructor");
  assert.equal(t.nSamples, null); // n-samples holds no "constructor" entry
  for (const m of t.metrics) {
    assert.equal(typeof m.name, "string", String(m.name));
    assert.equal(typeof m.value, "number");
  }
  assert.deepEqual(t.metrics.map((m) => m.name), [
    "constructor",
    "toString",
    "__proto__",
    "hasOwnProperty",
    "valueOf",
  ]);
  assert.deepEqual(getMetric(r, "constructor", "constructor"), {
    name: "constructor",
    filter: "none",
    value: 0.1,
    stderr: 0.01,
  });
  assert.equal(getMetric(r, "constructor", "__proto__").value, 0.3);
  assert.equal(getMetric(r, "constructor", "valueOf").stderr, 0.05);
  assert.throws(
    () => getMetric(r, "constructor", "isPrototypeOf"),
    /has no metric "isPrototypeOf"/,
  );
});

Deno.test("a huge bad value is cut to 80 characters in the message", () => {
  const big = "x".repeat(5_000_000);
  for (
    const text of [
      `{"results": {"t": {"acc,none": "${big}"}}}`,
      `{"results": {"t": {"acc,none": 0.5, "acc_stderr,none": "${big}"}}}`,
      `{"results": {"t": [${"1,".repeat(1_000_000)}1]}}`,
    ]
  ) {
    let message = "";
    try {
      parseLmEval(text, "big.json");
    } catch (err) {
      message = (err as Error).message;
    }
    assert.ok(message.length < 300, `${message.length} characters: ${message.slice(0, 300)}`);
    assert.match(message, /big\.json: results\["t"\]/);
    assert.match(message, /… \((a string of )?\d+ characters\)/);
  }
});

Deno.test("a number beyond the double range is named as such, not as null", () => {
  assert.throws(
    () => parseLmEval('{"results": {"t": {"acc,none": 1e400}}}', "r.json"),
    /r\.json: results\["t"\] metric "acc" \(filter "none"\): expected a number, got Infinity/,
  );
});

Deno.test("syntax errors name line and column; deep nesting is an error, not a stack overflow", () => {
  assert.throws(
    () => parseLmEval('{\n  "results": {"t": {"acc": nan}}}', "s.json"),
    /s\.json: not valid JSON \(expected a value at line 2, column 28 \(found "nan}}}"\)\)/,
  );
  assert.throws(
    () => parseLmEval('{"results": {"t": {"acc": 0.5}}', "s.json"),
    /expected "," or "}" at line 1, column 32 \(found end of text\)/,
  );
  assert.throws(
    () => parseLmEval('{"results": {"t": {"acc": 0.5}}, "x": [1 2]}', "s.json"),
    /expected "," or "]" at line 1, column 42/, // also inside a skipped part
  );
  const deep = `{"results": {"t": {"acc": 0.5}}, "x": ${"[".repeat(200_000)}${
    "]".repeat(200_000)
  }}`;
  assert.throws(() => parseLmEval(deep, "d.json"), /nesting deeper than 10000 levels/);
});

Deno.test("a 20 MB results file with NaN parses in bounded memory and time", async () => {
  const dir = await Deno.makeTempDir();
  const file = join(dir, "big.json");
  const text = bigResultsText(20_000_000);
  await Deno.writeTextFile(file, text);
  const script = `
    const { loadLmEval, getMetric } = await import(${
    JSON.stringify(import.meta.resolve("../../lib/data/lmeval_results.ts"))
  });
    const t0 = performance.now();
    const r = await loadLmEval(${JSON.stringify(file)});
    const ms = performance.now() - t0;
    const hwm = Number(/VmHWM:\\s+(\\d+) kB/.exec(Deno.readTextFileSync("/proc/self/status"))[1]) / 1024;
    console.log(JSON.stringify({ ms, hwm, tasks: r.tasks.length, acc: getMetric(r, "task_3", "acc") }));
  `;
  // a 160 MB heap: the text (20 MB) and the parsed results fit; a rewritten copy built
  // character by character (the old importer, ~20 bytes per character) does not
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["eval", "--v8-flags=--max-old-space-size=160", script],
    stdout: "piped",
    stderr: "piped",
  }).output();
  await Deno.remove(dir, { recursive: true });
  const stderr = new TextDecoder().decode(out.stderr);
  assert.ok(out.success, `importer failed: ${stderr.slice(-500)}`);
  const res = JSON.parse(new TextDecoder().decode(out.stdout));
  assert.equal(res.tasks, 200);
  assert.deepEqual(res.acc, { name: "acc", filter: "none", value: 0.111, stderr: null });
  assert.ok(res.hwm < 400, `peak RSS ${res.hwm} MB`);
  assert.ok(res.ms < 60_000, `${res.ms} ms`);
});
