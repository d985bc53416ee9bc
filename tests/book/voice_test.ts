/**
 * The book's voice: no reader-facing text points at an unseen source document, at how the book
 * was written, or says "below 1/n" for a zero count; "seed" means a random seed only.
 *
 * Scans the notebooks (every cell), the teacher's answers (rendered in process, and
 * `_build/answers.md` when built), the glossary data, the data notes in `data/*.csv`, the
 * figure and table code that writes captions and legends, and, when the book has been built,
 * every executed notebook's outputs and every page of `site/`.
 */
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { type VoiceFinding, voiceFindings } from "../../lib/book/voice.ts";
import { cellText, joinOutputText, type Notebook } from "../../lib/book/notebook.ts";
import { answersMarkdown, loadExercises } from "../../tools/answers.ts";
import { glossary, termMarkdown } from "../../lib/book/glossary/terms.ts";
import { misconceptionMarkdown, misconceptions } from "../../lib/book/glossary/misconceptions.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function list(dir: string, ext: string): string[] {
  try {
    return [...Deno.readDirSync(`${ROOT}${dir}`)]
      .filter((e) => e.isFile && e.name.endsWith(ext))
      .map((e) => `${dir}/${e.name}`)
      .sort();
  } catch {
    return [];
  }
}

function report(found: VoiceFinding[]): string {
  return found.map((f) => `${f.where} [${f.rule}]: …${f.excerpt}…`).join("\n");
}

function notebookFindings(nb: Notebook, name: string, outputs: boolean): VoiceFinding[] {
  const text = outputs ? joinOutputText(nb) : nb;
  return text.cells.flatMap((c, i) => {
    const parts = [cellText(c)];
    if (outputs) parts.push(JSON.stringify(c.outputs ?? []));
    return voiceFindings(parts.join("\n"), `${name} cell ${i}`);
  });
}

Deno.test("voice: notebooks (every cell) say nothing of an unseen source or of how the book was written", () => {
  const found = list("notebooks", ".ipynb").flatMap((f) =>
    notebookFindings(JSON.parse(Deno.readTextFileSync(`${ROOT}${f}`)), f, false)
  );
  assert.equal(found.length, 0, report(found));
});

Deno.test("voice: teacher's answers, glossary and misconceptions", async () => {
  const md = answersMarkdown(await loadExercises(new URL("../../", import.meta.url)));
  const found = [
    ...voiceFindings(md, "answers (rendered)"),
    ...glossary.flatMap((t) => voiceFindings(termMarkdown(t), `glossary ${t.id}`)),
    ...misconceptions.flatMap((m, i) =>
      voiceFindings(misconceptionMarkdown(m), `misconception ${i}`)
    ),
  ];
  try {
    found.push(
      ...voiceFindings(Deno.readTextFileSync(`${ROOT}_build/answers.md`), "_build/answers.md"),
    );
  } catch { /* not built */ }
  assert.equal(found.length, 0, report(found));
});

Deno.test("voice: data notes and column names in data/*.csv", () => {
  const found = list("data", ".csv").flatMap((f) =>
    voiceFindings(Deno.readTextFileSync(`${ROOT}${f}`), f)
  );
  assert.equal(found.length, 0, report(found));
});

Deno.test("voice: captions, legends, labels and table text written by lib/", () => {
  // Only string literals count: identifiers and comments are not reader-facing.
  const literal = /"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
  const dirs = (d: string): string[] => [
    d,
    ...[...Deno.readDirSync(`${ROOT}${d}`)].filter((e) => e.isDirectory)
      .flatMap((e) => dirs(`${d}/${e.name}`)),
  ];
  const files = dirs("lib").flatMap((d) => list(d, ".ts")).filter((f) => f !== "lib/book/voice.ts");
  const found = files.flatMap((f) => {
    // a bare identifier such as `seed` or "seed" is code, not a sentence a reader sees
    const strings = (Deno.readTextFileSync(`${ROOT}${f}`).match(literal) ?? [])
      .filter((x) => /\s/.test(x.slice(1, -1).trim()));
    return voiceFindings(strings.join("\n"), f);
  });
  assert.equal(found.length, 0, report(found));
});

Deno.test("voice: the built book (executed notebooks and site pages), when built", () => {
  const found: VoiceFinding[] = [];
  for (const f of list("_build/executed", ".ipynb")) {
    found.push(...notebookFindings(JSON.parse(Deno.readTextFileSync(`${ROOT}${f}`)), f, true));
  }
  for (const f of [...list("site", ".html"), ...list("site/notebooks", ".html")]) {
    const text = Deno.readTextFileSync(`${ROOT}${f}`).replace(/<[^>]*>/g, " ");
    found.push(...voiceFindings(text, f));
  }
  assert.equal(found.length, 0, report(found));
});

Deno.test("voice: the denylist catches the phrasings it is meant to catch", () => {
  const bad = [
    "The seed text this book grew from gives a table.",
    "The seed's 0.00037 is an arithmetic slip.",
    "□ seed",
    "compute_reported blank (Table D.1 not confirmed here)",
    "values as given in issue 6",
    "six of eight values were not re-checked here",
    "the tests check this agreement",
    "The test suite re-trains the two smallest models",
    "within the 15-minute budget on two CPU cores",
    "zero means below $1/n$",
    "< 1/2000 (0/2000; 95% CI upper 0.002)",
  ];
  for (const b of bad) assert.ok(voiceFindings(b, "x").length > 0, b);
  const good = [
    "simulated with seed 11",
    "seed ${BOOK_LADDER.seed}",
    "the random seed moves exact match",
    "0/2000 (95 % upper bound 0.0019)",
    "three more seeds each",
  ];
  for (const g of good) assert.deepEqual(voiceFindings(g, "x"), [], g);
});
