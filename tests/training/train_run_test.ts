import { assert } from "../assert.ts";
import fc from "fast-check";
import { checkpointSteps, trainRun } from "../../lib/training/train_run.ts";
import { ladderLines, TINY_LADDER } from "../../lib/training/ladder_generator.ts";
import { parseLadder } from "../../lib/chapters/model-ladder/analysis.ts";
import {
  CHECKPOINT_HEADER,
  POSITION_HEADER,
  SUBSET_HEADER,
} from "../../lib/training/ladder_generator.ts";

Deno.test("checkpointSteps: strictly increasing, from 1 to steps, log-spaced (property)", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 2, max: 40 }), (s, m) => {
      const c = checkpointSteps(s, m);
      assert.equal(c[0], 1);
      assert.equal(c[c.length - 1], s);
      assert.ok(c.length <= m);
      for (let i = 1; i < c.length; i++) assert.ok(c[i] > c[i - 1]);
    }),
    { seed: 42, numRuns: 200 },
  );
  // 6000^(i/19) for i = 0…5 is 1, 1.580, 2.499, 3.949, 6.243, 9.869 (by hand); rounding
  // makes i = 1 and 2 both step 2, so 20 requested checkpoints give 19 distinct steps
  const book = checkpointSteps(6000, 20);
  assert.equal(book.length, 19);
  assert.deepEqual(book.slice(0, 5), [1, 2, 4, 6, 10]);
  assert.throws(() => checkpointSteps(100, 1), /≥ 2/);
  assert.throws(() => checkpointSteps(0, 5), /steps/);
});

Deno.test("tiny ladder end to end: trains in seconds, wider models fit better, rows parse", () => {
  const t0 = performance.now();
  const lines = ladderLines(TINY_LADDER);
  const seconds = (performance.now() - t0) / 1000;
  assert.ok(seconds < 20, `tiny ladder took ${seconds} s`);
  const data = parseLadder({
    checkpoints: [CHECKPOINT_HEADER, ...lines.checkpoints].join("\n"),
    positions: [POSITION_HEADER, ...lines.positions].join("\n"),
    subsets: [SUBSET_HEADER, ...lines.subsets].join("\n"),
  });
  const final = TINY_LADDER.hiddens.map((h) =>
    data.checkpoints.filter((r) => r.hidden === h).at(-1)!
  );
  // initial NLL of a 13-way softmax is near ln 13 = 2.565; training must go well below
  const first = data.checkpoints[0];
  assert.ok(first.mean_nll > 1.5, `first NLL ${first.mean_nll}`);
  assert.ok(final[2].mean_nll < 0.5 * first.mean_nll, `final NLL ${final[2].mean_nll}`);
  // the widest rung beats the narrowest on every metric
  assert.ok(final[2].mean_nll < final[0].mean_nll);
  assert.ok(final[2].token_accuracy > final[0].token_accuracy);
  assert.ok(final[2].exact_match >= final[0].exact_match);
  // compute = 6·N·tokens and tokens = step·batch·k
  for (const r of data.checkpoints) {
    assert.equal(r.tokens, r.step * TINY_LADDER.batch * 3);
    assert.equal(r.compute_flops, 6 * r.parameters * r.tokens);
  }
  // subset counts are nested: EM count on 20 ≤ count on 200 = full count
  for (const r of data.checkpoints) {
    const sub = data.subsets.filter((s) => s.hidden === r.hidden && s.step === r.step);
    assert.equal(sub.find((s) => s.subset_n === 200)!.exact_match_count, r.exact_match_count);
    assert.ok(sub.find((s) => s.subset_n === 20)!.exact_match_count <= r.exact_match_count);
  }
});

Deno.test("same spec, same bytes: two runs of a rung give identical lines", () => {
  const spec = { ...TINY_LADDER, steps: 60, checkpoints: 4 };
  assert.deepEqual(ladderLines(spec, [16]), ladderLines(spec, [16]));
  // and a rung's rows do not depend on the other rungs that were run
  assert.deepEqual(
    ladderLines(spec, [4, 16]).checkpoints.slice(-4),
    ladderLines(spec, [16]).checkpoints,
  );
});

Deno.test("bad configs throw", () => {
  const base = {
    digits: 1,
    hidden: 4,
    steps: 10,
    batch: 4,
    lr: 0.01,
    initSeed: 1,
    dataSeed: 2,
    checkpoints: 3,
  };
  assert.throws(() => trainRun({ ...base, lr: 0 }, [{ a: 1, b: 1 }]), /lr/);
  assert.throws(() => trainRun({ ...base, batch: 0 }, [{ a: 1, b: 1 }]), /batch/);
  assert.throws(() => trainRun(base, []), /test problems/);
  assert.throws(() => ladderLines(TINY_LADDER, [5]), /hidden 5 is not a rung/);
  assert.throws(() => ladderLines({ ...TINY_LADDER, subsets: [20] }), /must end with testSize/);
});
