/**
 * Builds `data/pythia-evals.csv` from a local checkout of github.com/EleutherAI/pythia:
 *
 *   ./node_modules/.bin/deno run -A tools/import_pythia.ts /path/to/pythia [--out data/pythia-evals.csv]
 *
 * Reads every `evals/pythia-v1/<model>/{zero-shot,five-shot}/*.json` of the 8 standard and 8
 * deduplicated models (the standard 1B model's folder is `pythia-1b-bf16`) with the book's
 * lm-evaluation-harness importer, and writes one row per checkpoint, shots, task and metric
 * (see `lib/data/pythia.ts`). The book never downloads: the checkout is the reader's.
 * Output is sorted and byte-identical on every run.
 *
 * @module
 */
import { csvFormatRows } from "d3-dsv";
import {
  comparePythiaRows,
  fillSampleSizes,
  PYTHIA_EVALS_HEADER,
  type PythiaEvalRow,
  pythiaFileRows,
  pythiaFolder,
} from "../lib/data/pythia.ts";

/**
 * Reads all evaluation files of the 16 models under a checkout.
 *
 * @param root path of the checkout (the folder holding `evals/`)
 * @returns the tidy rows, sorted
 * @throws {Error} if `evals/pythia-v1` is missing, a file is malformed (names it), or two files
 *   give the same model, checkpoint and shots
 */
export function importPythia(root: string): PythiaEvalRow[] {
  const base = `${root.replace(/\/$/, "")}/evals/pythia-v1`;
  let folders: string[];
  try {
    folders = [...Deno.readDirSync(base)].filter((e) => e.isDirectory).map((e) => e.name);
  } catch (e) {
    throw new Error(`${base}: cannot list (${(e as Error).message}); give a Pythia checkout`);
  }
  const rows: Parameters<typeof fillSampleSizes>[0] = [];
  const seen = new Map<string, string>();
  let models = 0;
  for (const folder of folders.sort()) {
    if (!pythiaFolder(folder)) continue;
    models++;
    for (const sub of ["zero-shot", "five-shot"]) {
      let files: string[];
      try {
        files = [...Deno.readDirSync(`${base}/${folder}/${sub}`)]
          .filter((e) => e.isFile && e.name.endsWith(".json")).map((e) => e.name).sort();
      } catch {
        throw new Error(`${base}/${folder}/${sub}: missing`);
      }
      for (const f of files) {
        const rel = `evals/pythia-v1/${folder}/${sub}/${f}`;
        const fileRows = pythiaFileRows(
          Deno.readTextFileSync(`${base}/${folder}/${sub}/${f}`),
          rel,
        );
        const r0 = fileRows[0];
        const key = `${r0.model}|${r0.deduped}|${r0.step}|${r0.shots}`;
        if (seen.has(key)) {
          throw new Error(`${rel} and ${seen.get(key)} give the same run (${key})`);
        }
        seen.set(key, rel);
        rows.push(...fileRows);
      }
    }
  }
  if (models !== 16) throw new Error(`${base}: found ${models} of the 16 model folders`);
  return fillSampleSizes(rows).sort(comparePythiaRows);
}

if (import.meta.main) {
  const args = [...Deno.args];
  const outAt = args.indexOf("--out");
  const out = outAt >= 0 ? args.splice(outAt, 2)[1] : "data/pythia-evals.csv";
  if (args.length !== 1) {
    console.error("usage: deno run -A tools/import_pythia.ts <pythia checkout> [--out file]");
    Deno.exit(2);
  }
  const rows = importPythia(args[0]);
  const header = PYTHIA_EVALS_HEADER as (keyof PythiaEvalRow)[];
  const text = csvFormatRows([header, ...rows.map((r) => header.map((h) => String(r[h])))]) + "\n";
  Deno.writeTextFileSync(out, text);
  console.error(`${out}: ${rows.length} rows`);
}
