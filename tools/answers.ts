/**
 * Writes the teacher's answers file from every chapter's exercises.
 *
 * Usage:
 *   deno run -A tools/answers.ts [out.md]      (default: _build/answers.md)
 *
 * It finds every chapter's `lib/chapters/<slug>/exercises.ts`, in the order of the notebooks,
 * imports it, and for each exercise in its exported
 * `exercises` array writes the question, the answer the library computes, the tolerance and
 * the explanation. It formats; the answers themselves come from `lib/`.
 *
 * @module
 */
import { pathToFileURL } from "node:url";
import type { Answer, Exercise } from "../lib/book/exercises.ts";

/** One chapter's exercises, as loaded from its module. */
export interface ChapterExercises {
  /** path from the project root, e.g. `"lib/chapters/eight-scales/exercises.ts"` */
  file: string;
  /** the chapter's label as its notebook is numbered, e.g. `"4"` or `"9b"` */
  chapter: string;
  /** the chapter's slug: its notebook's name without number and extension */
  slug: string;
  /** the module's `exercises` array */
  exercises: Exercise[];
}

const NOTEBOOK = /^(\d+)([a-z]?)-(.+)\.ipynb$/;

/**
 * Loads every chapter's exercises: for each notebook `notebooks/NN-slug.ipynb`, in chapter
 * order, the module `lib/chapters/<slug>/exercises.ts` if there is one. Each must export an
 * `exercises` array of objects with `id`, `question` and an `answer` function. Chapter code is
 * found by slug, so renumbering a notebook moves no library file.
 *
 * @param root the project root (a directory URL ending in `/`)
 * @returns the chapters in notebook order
 * @throws {Error} naming the file when a module has no `exercises` array or a malformed entry,
 *   or when two exercises share an id
 */
export async function loadExercises(root: URL): Promise<ChapterExercises[]> {
  const notebooks: string[] = [];
  for await (const e of Deno.readDir(new URL("notebooks/", root))) {
    if (e.isFile && NOTEBOOK.test(e.name)) notebooks.push(e.name);
  }
  const order = (f: string) => {
    const m = NOTEBOOK.exec(f)!;
    return [Number(m[1]), m[2]] as const;
  };
  notebooks.sort((a, b) => {
    const [na, la] = order(a);
    const [nb, lb] = order(b);
    return na - nb || (la < lb ? -1 : la > lb ? 1 : 0);
  });
  const seen = new Map<string, string>();
  const out: ChapterExercises[] = [];
  for (const notebook of notebooks) {
    const m = NOTEBOOK.exec(notebook)!;
    const [chapter, slug] = [`${Number(m[1])}${m[2]}`, m[3]];
    const file = `lib/chapters/${slug}/exercises.ts`;
    const url = new URL(file, root);
    try {
      Deno.statSync(url);
    } catch {
      continue;
    }
    const mod = await import(url.href);
    if (!Array.isArray(mod.exercises)) {
      throw new Error(`${file}: does not export an "exercises" array`);
    }
    mod.exercises.forEach((ex: Exercise, i: number) => {
      if (
        typeof ex?.id !== "string" || typeof ex.question !== "string" ||
        typeof ex.answer !== "function"
      ) {
        throw new Error(`${file}: exercises[${i}] needs an id, a question and an answer function`);
      }
      if (seen.has(ex.id)) {
        throw new Error(`${file}: exercise id ${ex.id} also used in ${seen.get(ex.id)}`);
      }
      seen.set(ex.id, file);
    });
    out.push({ file, chapter, slug, exercises: mod.exercises });
  }
  return out;
}

/**
 * Formats a computed answer for the teacher: numbers to 6 significant digits (plus the full
 * value when rounding hides digits), strings quoted, booleans as is.
 *
 * @param a the answer
 * @returns display text
 * @throws {Error} if a numeric answer is not finite
 */
export function formatAnswer(a: Answer): string {
  if (typeof a === "number") {
    if (!Number.isFinite(a)) throw new Error(`answer is ${a}`);
    if (Number.isInteger(a)) return String(a);
    const short = Number(a.toPrecision(6));
    return short === a ? String(a) : `${short} (${a})`;
  }
  if (typeof a === "string") return JSON.stringify(a);
  return String(a);
}

function tolerance(ex: Exercise, a: Answer): string {
  if (ex.prediction?.type === "range") {
    return `any range [low, high] that contains it, no wider than ${ex.prediction.maxWidth}`;
  }
  if (ex.prediction?.type === "ranking") return "the whole order";
  if (typeof a !== "number") return typeof a === "string" ? "case-insensitive match" : "exact";
  if (ex.relativeTolerance !== undefined) return `± ${ex.relativeTolerance * 100} % (relative)`;
  return `± ${ex.tolerance ?? 1e-9}`;
}

const KIND_NAME = { predict: "Predict, then run", "change-parameter": "Change a parameter" };

/**
 * Renders the answers file. A discussion question gets the notes for the teacher its
 * `answer()` returns instead of an answer.
 *
 * @param chapters output of {@link loadExercises}
 * @returns Markdown
 * @throws {Error} naming the exercise when its answer function throws
 */
export function answersMarkdown(chapters: readonly ChapterExercises[]): string {
  const lines = [
    "# Answers to the exercises",
    "",
    "Generated by `tools/answers.ts` from `lib/chapters/*/exercises.ts`; every answer is computed by",
    "the library, so it matches what the notebooks' self-check cells accept.",
    "",
  ];
  for (const ch of chapters) {
    lines.push(`## Chapter ${ch.chapter}: ${ch.slug}`, "");
    for (const ex of ch.exercises) {
      let a: Answer;
      try {
        a = ex.answer();
      } catch (e) {
        throw new Error(`exercise ${ex.id} (${ch.file}): answer() threw: ${(e as Error).message}`);
      }
      const kind = ex.kind ?? "compute";
      if (kind === "discuss") {
        lines.push(
          `### ${ex.id}`,
          "",
          `*Discussion.* ${ex.question}`,
          "",
          `**Notes for the teacher:** ${a}`,
          "",
        );
        continue;
      }
      lines.push(
        `### ${ex.id}`,
        "",
        `${kind === "compute" ? "" : `*${KIND_NAME[kind]}.* `}${ex.question}`,
        "",
        `**Answer:** ${formatAnswer(a)} (accepted: ${tolerance(ex, a)})`,
        "",
        `**Why:** ${ex.explanation}`,
        "",
      );
    }
  }
  return lines.join("\n");
}

if (import.meta.main) {
  const out = Deno.args[0] ?? "_build/answers.md";
  const root = new URL("../", import.meta.url);
  const chapters = await loadExercises(root);
  const md = answersMarkdown(chapters);
  const target = new URL(out, pathToFileURL(`${Deno.cwd()}/`));
  await Deno.mkdir(new URL(".", target), { recursive: true });
  await Deno.writeTextFile(target, md);
  const n = chapters.reduce((a, c) => a + c.exercises.length, 0);
  console.error(`wrote ${n} answers from ${chapters.length} chapters to ${out}`);
}
