/**
 * Copies the numbers chapter 10 ("Eighty open models") uses out of two public repositories
 * into `data/`. Run once by hand against local git mirrors; the book never downloads:
 *
 *   deno run -A tools/import_obsscaling.ts <ObsScaling git dir> <gpt-3 git dir>
 *
 * Writes `data/obsscaling-benchmarks.csv` (model metadata and the eight standard benchmarks,
 * for the models of the emergent-capability file), `data/obsscaling-arithmetic.csv` (the four
 * few-shot arithmetic tasks) and `data/arithmetic-answer-lengths.csv` (how many answers of each
 * length the four task files hold). Every row names the file and commit it was read from.
 *
 * @module
 */
import { csvFormatRows, csvParse } from "d3-dsv";
import { BENCHMARKS } from "../lib/data/observational.ts";

const OBS_COMMIT = "4d6e1e4";
const GPT3_COMMIT = "d7a9bb5";

type Row = Record<string, string | undefined>;
const parse = (text: string): Row[] => csvParse(text) as unknown as Row[];

function gitShow(gitDir: string, path: string): string {
  const out = new Deno.Command("git", { args: ["--git-dir", gitDir, "show", `HEAD:${path}`] })
    .outputSync();
  if (!out.success) throw new Error(`git show ${path} in ${gitDir} failed`);
  return new TextDecoder().decode(out.stdout);
}

/** Numbers as the source wrote them, but without float noise beyond 10 significant digits. */
function num(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === "" || raw === "nan") return "";
  return String(Number(Number(raw).toPrecision(10)));
}

if (import.meta.main) {
  const [obs, gpt3] = Deno.args;
  if (!obs || !gpt3) {
    throw new Error("usage: import-obsscaling.ts <ObsScaling git dir> <gpt-3 git dir>");
  }
  const benchFile = "eval_results/base_llm_benchmark_eval.csv";
  const emergFile = "eval_results/base_llm_emergent_capability_eval.csv";
  const bench = new Map(parse(gitShow(obs, benchFile)).map((r) => [r.Model!, r]));
  const emerg = parse(gitShow(obs, emergFile));
  const benchRows: string[][] = [[
    "model",
    "family",
    "params_b",
    "tokens_t",
    "flops_1e21",
    ...BENCHMARKS,
    "source",
  ]];
  const arithRows: string[][] = [[
    "model",
    "task",
    "n",
    "correct",
    "exact_match",
    "source",
  ]];
  const tasks = [
    ["2D+", "arithmetic_2da_2_acc"],
    ["2Dx", "arithmetic_2dm_2_acc"],
    ["3D+", "arithmetic_3da_2_acc"],
    ["3D-", "arithmetic_3ds_2_acc"],
  ] as const;
  for (const e of emerg) {
    const m = e.Model!;
    const b = bench.get(m);
    if (!b) throw new Error(`${m} is in ${emergFile} but not in ${benchFile}`);
    benchRows.push([
      m,
      b["Model Family"]!,
      num(b["Model Size (B)"]),
      num(b["Pretraining Data Size (T)"]),
      num(b["FLOPs (1E21)"]),
      num(b.MMLU),
      num(b["ARC-C"]),
      num(b.HellaSwag),
      num(b.Winograd),
      num(b.TruthfulQA),
      num(b.GSM8K),
      num(b.XWinograd),
      num(b.HumanEval),
      `ryoungj/ObsScaling ${benchFile} @${OBS_COMMIT}`,
    ]);
    for (const [task, col] of tasks) {
      const v = e[col];
      if (v === undefined || v.trim() === "" || v === "nan") continue;
      const correct = Number(v) * 2000;
      if (Math.abs(correct - Math.round(correct)) > 1e-6) {
        throw new Error(`${m} ${col} = ${v} is not a multiple of 1/2000`);
      }
      arithRows.push([
        m,
        task,
        "2000",
        String(Math.round(correct)),
        num(v),
        `ryoungj/ObsScaling ${emergFile} column ${col} @${OBS_COMMIT}`,
      ]);
    }
  }
  const lengthRows: string[][] = [["task", "answer_chars", "count", "n", "source"]];
  const files = [
    ["2D+", "two_digit_addition"],
    ["2Dx", "two_digit_multiplication"],
    ["3D+", "three_digit_addition"],
    ["3D-", "three_digit_subtraction"],
  ] as const;
  for (const [task, file] of files) {
    const lines = gitShow(gpt3, `data/${file}.jsonl`).trim().split("\n");
    const counts = new Map<number, number>();
    for (const l of lines) {
      const len = (JSON.parse(l).completion as string).trim().length;
      counts.set(len, (counts.get(len) ?? 0) + 1);
    }
    for (const len of [...counts.keys()].sort((a, b) => a - b)) {
      lengthRows.push([
        task,
        String(len),
        String(counts.get(len)),
        String(lines.length),
        `openai/gpt-3 data/${file}.jsonl @${GPT3_COMMIT} (answer characters incl. minus sign)`,
      ]);
    }
  }
  const write = (name: string, rows: string[][]) =>
    Deno.writeTextFileSync(`data/${name}`, csvFormatRows(rows) + "\n");
  write("obsscaling-benchmarks.csv", benchRows);
  write("obsscaling-arithmetic.csv", arithRows);
  write("arithmetic-answer-lengths.csv", lengthRows);
  console.error(
    `${benchRows.length - 1} models, ${arithRows.length - 1} arithmetic rows, ${
      lengthRows.length - 1
    } length rows`,
  );
}
