import assert from "node:assert/strict";
import { importPythia } from "../../tools/import_pythia.ts";

const SIZES = ["70m", "160m", "410m", "1b-bf16", "1.4b", "2.8b", "6.9b", "12b"];
const FOLDERS = [...SIZES, ...SIZES.map((s) => s.replace("-bf16", "") + "-deduped")];

function evalFile(step: number, shots: number, acc: number, se: number): string {
  const mc = { acc, acc_stderr: se, acc_norm: acc, acc_norm_stderr: se };
  return JSON.stringify({
    results: {
      lambada_openai: { ppl: 12.5, ppl_stderr: 0.4, acc, acc_stderr: se },
      arc_easy: mc,
      arc_challenge: mc,
      piqa: mc,
      sciq: mc,
      winogrande: { acc, acc_stderr: se },
      logiqa: mc,
      wsc: { acc, acc_stderr: se },
    },
    config: { model_args: `pretrained=x,revision=step${step}`, num_fewshot: shots },
  });
}

async function checkout(): Promise<string> {
  const root = await Deno.makeTempDir();
  // p = 0.5, se = sqrt(0.25/99): n = 100 in every task
  const se = Math.sqrt(0.25 / 99);
  for (const f of FOLDERS) {
    for (const sub of ["zero-shot", "five-shot"]) {
      await Deno.mkdir(`${root}/evals/pythia-v1/pythia-${f}/${sub}`, { recursive: true });
    }
    // named "5shot" but run zero-shot (as four real 1B files are): the config decides
    await Deno.writeTextFile(
      `${root}/evals/pythia-v1/pythia-${f}/zero-shot/${f}-5shot_step1000.json`,
      evalFile(1000, 0, 0.5, se),
    );
    await Deno.writeTextFile(
      `${root}/evals/pythia-v1/pythia-${f}/five-shot/${f}-5shot_step3000.json`,
      evalFile(3000, 5, 0.5, se),
    );
  }
  // studies beside the 16 models are skipped
  await Deno.mkdir(`${root}/evals/pythia-v1/pythia-160m-0.5MtokBS`, { recursive: true });
  return root;
}

Deno.test("importPythia: 16 models, shots from the config, sorted, n recovered", async () => {
  const root = await checkout();
  const rows = importPythia(root);
  assert.equal(rows.length, 16 * 2 * 14);
  assert.ok(rows.every((r) => r.n === 100 && r.n_from === "stderr"));
  assert.equal(rows[0].model, "pythia-70m");
  assert.equal(rows.at(-1)!.model, "pythia-12b");
  assert.equal(rows.at(-1)!.deduped, 1);
  assert.ok(rows.filter((r) => r.step === 1000).every((r) => r.shots === 0));
  assert.ok(rows.filter((r) => r.step === 3000).every((r) => r.shots === 5));
  const oneB = rows.filter((r) => r.model === "pythia-1b" && r.deduped === 0);
  assert.ok(oneB.every((r) => r.source.includes("/pythia-1b-bf16/")));
  // a second file for the same run is refused
  await Deno.writeTextFile(
    `${root}/evals/pythia-v1/pythia-70m/zero-shot/70m-copy_step1000.json`,
    evalFile(1000, 0, 0.5, Math.sqrt(0.25 / 99)),
  );
  assert.throws(() => importPythia(root), /give the same run/);
  await Deno.remove(root, { recursive: true });
});

Deno.test("importPythia: a missing model folder or checkout is an error", async () => {
  const root = await checkout();
  await Deno.remove(`${root}/evals/pythia-v1/pythia-12b`, { recursive: true });
  assert.throws(() => importPythia(root), /found 15 of the 16 model folders/);
  assert.throws(() => importPythia(`${root}/nope`), /cannot list .*give a Pythia checkout/);
  await Deno.remove(root, { recursive: true });
});
