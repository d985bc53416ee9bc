import assert from "node:assert/strict";
import {
  comparePythiaRows,
  fillSampleSizes,
  loadPythia,
  loadPythiaEvals,
  PYTHIA_TASKS,
  pythiaFileRows,
  pythiaFolder,
} from "../../lib/data/pythia.ts";

const cfg = (step: number, shots: number, model = "160m") => ({
  model: "hf-causal",
  model_args: `pretrained=EleutherAI/pythia-v1.1-${model},revision=step${step}`,
  num_fewshot: shots,
});

Deno.test("pythiaFolder: 16 models; the standard 1B is the bf16 folder; studies are skipped", () => {
  const names = ["70m", "160m", "410m", "1b-bf16", "1.4b", "2.8b", "6.9b", "12b"];
  const all = [...names, ...names.map((n) => n.replace("-bf16", "") + "-deduped")]
    .map((n) => pythiaFolder(`pythia-${n}`));
  assert.equal(all.filter((x) => x !== null).length, 16);
  assert.equal(all.filter((x) => x?.deduped).length, 8);
  for (
    const f of ["pythia-1b", "pythia-70m-0.25MtokBS", "pythia-1.4b-1MtokBS", "pythia-410m-bf16"]
  ) {
    assert.equal(pythiaFolder(f), null, f);
  }
});

Deno.test("pythiaFileRows: shots from the config, not the file name; n from the stderr", () => {
  // the real 160M final LAMBADA numbers (evals/pythia-v1/pythia-160m/zero-shot/160m_step143000.json)
  const text = JSON.stringify({
    results: {
      lambada_openai: {
        ppl: 38.064877017771195,
        ppl_stderr: 1.4363799633211518,
        acc: 0.3283524160683097,
        acc_stderr: 0.006542638265686499,
      },
      wsc: { acc: 0.36538461538461536, acc_stderr: 0.0474473339327792 },
    },
    config: cfg(143000, 0),
  });
  const rows = pythiaFileRows(
    text,
    "evals/pythia-v1/pythia-160m/zero-shot/160m-5shot_step143000.json",
    ["lambada_openai", "wsc"],
  );
  assert.equal(rows.length, 3);
  assert.ok(rows.every((r) => r.shots === 0 && r.step === 143000 && r.deduped === 0));
  assert.equal(rows[0].n, 5153);
  assert.equal(rows[1].value.toFixed(2), "38.06");
  assert.equal(rows[2].n, 104); // WSC: acc only, n from the stderr
  assert.equal(rows[0].tokens, 143000 * 2097152);
});

Deno.test("pythiaFileRows: clear errors for a wrong step, missing shots or missing task", () => {
  const body = { results: { wsc: { acc: 0.5, acc_stderr: 0.05 } } };
  const path = "evals/pythia-v1/pythia-70m/zero-shot/70m_step1000.json";
  assert.throws(
    () => pythiaFileRows(JSON.stringify({ ...body, config: cfg(2000, 0) }), path, ["wsc"]),
    /70m_step1000\.json: checkpoint in config/,
  );
  assert.throws(
    () =>
      pythiaFileRows(
        JSON.stringify({ ...body, config: { ...cfg(1000, 0), num_fewshot: "5" } }),
        path,
        ["wsc"],
      ),
    /num_fewshot is "5"/,
  );
  assert.throws(
    () => pythiaFileRows(JSON.stringify({ ...body, config: cfg(1000, 0) }), path, ["piqa"]),
    /no task "piqa"/,
  );
  assert.throws(
    () => pythiaFileRows("{}", "evals/pythia-v1/pythia-1b/zero-shot/1b_step1.json"),
    /not one of the 16 Pythia models/,
  );
});

Deno.test("fillSampleSizes: accuracy 0 takes the task's n; disagreement is an error", () => {
  const base = {
    model: "pythia-70m",
    deduped: 0,
    params: 1,
    step: 0,
    tokens: 0,
    shots: 0,
    task: "lambada_openai",
    metric: "acc",
    stderr: 0,
    n_from: "stderr",
    source: "s",
  };
  const out = fillSampleSizes([{ ...base, value: 0, n: null }, { ...base, value: 0.2, n: 5153 }]);
  assert.deepEqual(out.map((r) => [r.n, r.n_from]), [[5153, "task"], [5153, "stderr"]]);
  assert.throws(
    () => fillSampleSizes([{ ...base, value: 0.1, n: 5153 }, { ...base, value: 0.2, n: 5000 }]),
    /n = 5000, other files give 5153/,
  );
  assert.throws(() => fillSampleSizes([{ ...base, value: 0, n: null }]), /no file gives n/);
});

Deno.test("data/pythia-evals.csv: every checkpoint of 16 models, sorted, one n per task", () => {
  const rows = loadPythiaEvals();
  // 16 models × (27 zero-shot + 15 five-shot files) × 14 task-metric pairs
  assert.equal(rows.length, 16 * 42 * 14);
  const ns: Record<string, number> = {
    lambada_openai: 5153,
    arc_easy: 2376,
    arc_challenge: 1172,
    piqa: 1838,
    sciq: 1000,
    winogrande: 1267,
    logiqa: 651,
    wsc: 104,
  };
  for (const r of rows) {
    assert.equal(r.n, ns[r.task], `${r.source} ${r.task}`);
    assert.ok(PYTHIA_TASKS[r.task].includes(r.metric));
    assert.equal(r.tokens, r.step * 2097152);
    assert.ok(r.source.startsWith("evals/pythia-v1/pythia-"));
    if (r.metric !== "perplexity" && r.n_from === "stderr") {
      const k = r.value * r.n;
      assert.ok(Math.abs(k - Math.round(k)) < 0.05, `${r.source}: ${r.task} ${r.metric}`);
    }
  }
  for (let i = 1; i < rows.length; i++) assert.ok(comparePythiaRows(rows[i - 1], rows[i]) < 0);
  // the standard 1B model's rows come from the bf16 folder
  const oneB = rows.filter((r) => r.model === "pythia-1b" && r.deduped === 0);
  assert.ok(oneB.length > 0 && oneB.every((r) => r.source.includes("/pythia-1b-bf16/")));
  // four 1B files named "5shot" are zero-shot in their config
  const named5 = oneB.filter((r) => r.source.includes("/zero-shot/1b-bf16-5shot_"));
  assert.equal(new Set(named5.map((r) => r.step)).size, 4);
  assert.ok(named5.every((r) => r.shots === 0));
  // 70M final checkpoint: 951 of 5153 correct on LAMBADA
  const r70 = rows.find((r) =>
    r.model === "pythia-70m" && r.deduped === 0 && r.step === 143000 && r.shots === 0 &&
    r.task === "lambada_openai" && r.metric === "acc"
  )!;
  assert.equal(Math.round(r70.value * r70.n), 951);
});

Deno.test("loadPythia: every row names its source", () => {
  const all = [...loadPythia(), ...loadPythia("pythia-6.9b")];
  assert.ok(all.length > 0);
  for (const r of all) assert.ok(String(r.source).trim().length > 10, JSON.stringify(r));
});

Deno.test("Pythia: whole counts out of n = 5153, ppl falls with size", () => {
  const rows = loadPythia();
  assert.deepEqual(rows.map((r) => r.model), [
    "pythia-70m",
    "pythia-160m",
    "pythia-410m",
    "pythia-1b",
    "pythia-1.4b",
    "pythia-2.8b",
    "pythia-6.9b",
    "pythia-12b",
  ]);
  for (const r of rows) {
    const k = r.acc * r.n;
    assert.ok(Math.abs(k - Math.round(k)) < 1e-6, `${r.model}: acc·n = ${k}`);
  }
  // 70M: 951 of 5153 correct (0.18455268775470599 × 5153 = 951.000)
  assert.equal(Math.round(rows[0].acc * rows[0].n), 951);
  for (let i = 1; i < rows.length; i++) {
    assert.ok(rows[i].ppl < rows[i - 1].ppl && rows[i].acc > rows[i - 1].acc);
  }
  // tokens seen = 143000 steps × 2,097,152 tokens per step
  for (const r of rows) assert.equal(r.tokens, 143000 * 2097152);
});

Deno.test("Pythia 6.9B steps: tokens = step × 2,097,152 and ppl falls over training", () => {
  const rows = loadPythia("pythia-6.9b").filter((r) => r.step >= 1000);
  for (const r of rows) assert.equal(r.tokens, r.step * 2097152);
  // ppl falls over training up to step 113,000 (it wobbles within the last checkpoints)
  const early = rows.filter((r) => r.step <= 113000);
  for (let i = 1; i < early.length; i++) assert.ok(early[i].ppl < early[i - 1].ppl);
  // 160M's final perplexity, to two decimals, as in the evaluation file
  assert.equal(loadPythia()[1].ppl.toFixed(2), "38.06");
});
