import fc from "fast-check";
import { assert, assertAlmostEquals } from "../../assert.ts";
import {
  joinOpenModels,
  loadAnswerLengths,
  loadOpenModels,
  type OpenModel,
} from "../../../lib/data/observational.ts";
import {
  emFromPerChar,
  impliedBand,
  impliedPerChar,
  meanLength,
} from "../../../lib/chapters/open-models/implied.ts";
import { fitPca, pcaScores, symmetricEigen } from "../../../lib/stats/pca.ts";
import {
  cutoffSplit,
  eligible,
  familySplit,
  heldOutTasks,
  type Task,
} from "../../../lib/chapters/open-models/splits.ts";
import { fitRoute, heldOut } from "../../../lib/chapters/open-models/heldout.ts";
import { heldOutSuite, verdicts } from "../../../lib/chapters/open-models/suite.ts";
import { axisFits, familyCrossings } from "../../../lib/chapters/open-models/families.ts";

Deno.test("open models: counts and known cells of the committed files", () => {
  const m = loadOpenModels();
  assert.equal(m.length, 84);
  assert.equal(new Set(m.map((x) => x.family)).size, 25);
  assert.equal(m.filter((x) => x.flops !== null).length, 73);
  const llama = m.find((x) => x.model === "meta-llama/Llama-2-7b-hf")!;
  assert.equal(llama.flops, 84e21);
  assert.deepEqual(llama.arithmetic["2Dx"], { correct: 831, n: 2000, em: 0.4155 });
  assert.equal(llama.gsm8k!.correct, 191); // 0.1448066717 × 1319 = 191.0
  assert.equal(llama.gsm8k!.n, 1319);
  // Qwen2 has no 2D+ in the source: absent, not zero
  assert.equal(m.find((x) => x.model === "Qwen/Qwen2-7B")!.arithmetic["2D+"], undefined);
});

Deno.test("open models: inconsistent rows are rejected with the model named", () => {
  const bench = [{
    model: "a",
    family: "F",
    params_b: 1,
    tokens_t: 1,
    flops_1e21: 6,
    mmlu: 0.3,
    arc_c: 0.3,
    hellaswag: 0.5,
    winogrande: 0.6,
    truthfulqa: 0.4,
    gsm8k: 0.01,
    xwinograd: 0.6,
    humaneval: 0,
    source: "s",
  }];
  const row = { model: "a", task: "2D+", n: 2000, correct: 20, exact_match: 0.01, source: "s" };
  assert.throws(() => joinOpenModels(bench, [{ ...row, correct: 21 }]), /a 2D\+: correct 21/);
  assert.throws(() => joinOpenModels(bench, [{ ...row, model: "b" }]), /model b is not in/);
  assert.throws(() => joinOpenModels(bench, [{ ...row, task: "9D+" }]), /unknown task/);
  assert.throws(() => joinOpenModels([{ ...bench[0], mmlu: 1.5 }], []), /mmlu = 1.5/);
});

Deno.test("answer lengths: every task file has 2000 answers; known means", () => {
  const d = loadAnswerLengths();
  for (const t of ["2D+", "2Dx", "3D+", "3D-"] as const) {
    assert.equal(d[t].reduce((s, x) => s + x.count, 0), 2000, t);
  }
  assert.equal(meanLength(d["2D+"]), (13 + 2 * 961 + 3 * 1026) / 2000);
  assert.equal(meanLength(d["3D-"]), 3.2935);
});

Deno.test("implied p: inverse of EM(p), equals EM^(1/k) for one length, increasing", () => {
  const dist = fc.array(
    fc.record({ length: fc.integer({ min: 1, max: 6 }), count: fc.integer({ min: 1, max: 50 }) }),
    { minLength: 1, maxLength: 4 },
  );
  fc.assert(
    fc.property(dist, fc.double({ min: 0, max: 1, noNaN: true }), (d, p) => {
      const em = emFromPerChar(p, d);
      return Math.abs(emFromPerChar(impliedPerChar(em, d), d) - em) < 1e-9;
    }),
    { seed: 42 },
  );
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 8 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (k, em) => Math.abs(impliedPerChar(em, [{ length: k, count: 3 }]) - em ** (1 / k)) < 1e-9,
    ),
    { seed: 42 },
  );
  const d = loadAnswerLengths()["2Dx"];
  assert.ok(impliedPerChar(0.2, d) < impliedPerChar(0.3, d));
  // one problem in 2000 already implies p near 0.1 for a 3-character answer
  assertAlmostEquals(impliedPerChar(1 / 2000, [{ length: 3, count: 1 }]), 0.0794, 1e-4);
  const b = impliedBand(831, 2000, d);
  assert.ok(b.lower < b.p && b.p < b.upper);
  assertAlmostEquals(b.p, 0.77708, 1e-5);
  assert.throws(() => impliedPerChar(1.2, d), /em/);
  assert.throws(() => emFromPerChar(0.5, []), /empty length distribution/);
  assert.throws(() => meanLength([{ length: 0, count: 1 }]), /positive integer/);
});

Deno.test("PCA: eigen-decomposition reconstructs the matrix; rank-1 data has one component", () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 10, maxLength: 10 }),
      (v) => {
        const a = [
          [v[0], v[1], v[2], v[3]],
          [v[1], v[4], v[5], v[6]],
          [v[2], v[5], v[7], v[8]],
          [v[3], v[6], v[8], v[9]],
        ];
        const { values, vectors } = symmetricEigen(a);
        for (let i = 0; i < 4; i++) {
          for (let j = 0; j < 4; j++) {
            const r = values.reduce((s, l, k) => s + l * vectors[k][i] * vectors[k][j], 0);
            if (Math.abs(r - a[i][j]) > 1e-8) return false;
          }
        }
        return values.every((x, i) => i === 0 || values[i - 1] >= x);
      },
    ),
    { seed: 42 },
  );
  const x = [0, 1, 2, 3].map((t) => [t, 2 * t, -t + 1]);
  const p = fitPca(x);
  assertAlmostEquals(p.explained[0], 1, 1e-12);
  // scores of the fitting rows are centred
  const s = pcaScores(p, x, 2);
  assertAlmostEquals(s.reduce((a, r) => a + r[0], 0), 0, 1e-12);
  // sign convention: loadings sum to a positive number
  assert.ok(p.components[0].reduce((a, b) => a + b, 0) > 0);
  assert.throws(() => fitPca([[1, 2]]), /at least 2 rows/);
  assert.throws(() => pcaScores(p, x, 4), /m = 4/);
  assert.throws(() => symmetricEigen([[1, 2], [3, 1]]), /≠/);
});

function synthetic(): { models: OpenModel[]; task: Task } {
  // two families, the second 10 times more compute-efficient; EM is a sigmoid of "capability"
  // = log FLOPs + 1 for family B; one benchmark column carries the capability linearly
  const models: OpenModel[] = [];
  for (const fam of ["A", "B"]) {
    for (let x = 20; x <= 24.01; x += 0.5) {
      const cap = x + (fam === "B" ? 1 : 0);
      const b = 0.2 + 0.1 * (cap - 20);
      const em = 1 / (1 + Math.exp(-3 * (cap - 22.5)));
      models.push({
        model: `${fam}-${x}`,
        family: fam,
        paramsB: 1,
        flops: 10 ** x,
        logFlops: x,
        benchmarks: {
          mmlu: b,
          arc_c: b * 0.9,
          hellaswag: b * 0.8 + 0.1,
          winogrande: 0.5 + b / 4,
          truthfulqa: 0.4 - b / 10,
          gsm8k: 0,
          xwinograd: 0.5 + b / 5,
          humaneval: b / 3,
        },
        arithmetic: {
          "2D+": { correct: Math.round(em * 2000), n: 2000, em: Math.round(em * 2000) / 2000 },
        },
        gsm8k: null,
      });
    }
  }
  return { models, task: { name: "2D+", score: (m) => m.arithmetic["2D+"] ?? null } };
}

Deno.test("held-out routes: on capability-driven synthetic data the observational route wins", () => {
  const { models, task } = synthetic();
  const all = eligible(models, task);
  assert.equal(all.length, models.length);
  const split = cutoffSplit(all, 10 ** 22.6);
  const r = heldOut(task, all, split, ["flops", "observational", "baseline"]);
  const obs = r.find((x) => x.route === "observational")!;
  const flops = r.find((x) => x.route === "flops")!;
  assert.ok(obs.mae < 0.01, `observational MAE ${obs.mae}`);
  assert.ok(flops.mae > 0.03 && flops.mae > 5 * obs.mae, `log-FLOPs MAE ${flops.mae}`);
  assert.equal(obs.withinHalfDecade, true);
  const base = fitRoute("baseline", task, split.train);
  assert.equal(base(split.test[0]), Math.max(...split.train.map((m) => task.score(m)!.em)));
  assert.throws(() => fitRoute("perchar", task, split.train), /answer lengths/);
});

Deno.test("splits: the cutoff partitions; families hold out their larger half", () => {
  const { models, task } = synthetic();
  const all = eligible(models, task);
  const s = cutoffSplit(all, 1e22);
  assert.equal(s.train.length + s.test.length, all.length);
  assert.ok(Math.max(...s.train.map((m) => m.flops!)) <= 1e22);
  const f = familySplit(all);
  for (const fam of ["A", "B"]) {
    const test = f.test.filter((m) => m.family === fam);
    const train = f.train.filter((m) => m.family === fam);
    assert.equal(test.length, 4); // 9 members: ⌊9/2⌋ held out
    assert.ok(Math.min(...test.map((m) => m.flops!)) > Math.max(...train.map((m) => m.flops!)));
  }
  assert.throws(() => cutoffSplit(all, 0), /cutoff 0/);
});

Deno.test("family crossings: linear in log FLOPs between the bracketing members", () => {
  const { models, task } = synthetic();
  const c = familyCrossings(models, task, 0.5);
  const b = c.find((x) => x.family === "B")!;
  // B's members at 21.0 and 21.5 bracket 0.5 (capability 22.0 and 22.5)
  const lo = b.members.find((m) => m.logFlops === 21)!;
  const hi = b.members.find((m) => m.logFlops === 21.5)!;
  assertAlmostEquals(b.crossing!, 21 + 0.5 * (0.5 - lo.em) / (hi.em - lo.em), 1e-12);
  assert.equal(c[0].family, "B"); // sorted by crossing
  const [flops, pcs] = axisFits(eligible(models, task), task);
  assert.ok(pcs.r2 > 0.99 && flops.r2 < pcs.r2);
});

Deno.test("the chapter's held-out numbers (regression values)", () => {
  const models = loadOpenModels();
  const tasks = heldOutTasks(loadAnswerLengths());
  const suite = heldOutSuite(models, tasks);
  const get = (task: string, split: string, route: string) =>
    suite.find((e) => e.task === task && e.split.name === split)!.results.find((r) =>
      r.route === route
    )!;
  assertAlmostEquals(get("2Dx", "≤ 1.0e22 FLOPs", "observational").mae, 0.0793, 5e-4);
  assertAlmostEquals(get("2Dx", "≤ 1.0e22 FLOPs", "flops").mae, 0.247, 5e-4);
  assert.equal(get("2Dx", "≤ 1.0e22 FLOPs", "flops").withinHalfDecade, false);
  assertAlmostEquals(get("GSM8K", "≤ 1.0e22 FLOPs", "baseline").mae, 0.270, 5e-4);
  const pos = suite.find((e) => e.task === "2D+" && e.split.name === "≤ 8.4e22 FLOPs")!.position;
  assert.deepEqual([pos.before, pos.during, pos.after], [0, 0, 21]);
  const v = verdicts(suite);
  assert.deepEqual(
    v.map((x) => [x.task, x.informative.length, x.observationalBest, x.observationalElbow]),
    [["2D+", 2, 2, 2], ["2Dx", 4, 4, 4], ["3D+", 3, 2, 3], ["3D-", 3, 3, 3], ["GSM8K", 5, 2, 3]],
  );
});
