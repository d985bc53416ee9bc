/**
 * Every exercise of the book, loaded from every lib/chapters/<slug>/exercises.ts: the computed answer is
 * graded right, a clearly wrong value wrong, no value "unanswered", and the wrong-answer
 * message never contains the answer. Also checks the teacher's answers file.
 */
import { pathToFileURL } from "node:url";
import assert from "node:assert/strict";
import { type Answer, type Exercise, gradeAnswer } from "../../lib/book/exercises.ts";
import { answersMarkdown, formatAnswer, loadExercises } from "../../tools/answers.ts";

const chapters = await loadExercises(new URL("../../", import.meta.url));

/** A value that is wrong by a wide margin for this exercise. */
function wrongValue(ex: Exercise, a: Answer): Answer {
  if (typeof a === "boolean") return !a;
  if (typeof a === "string") return a + "-not";
  const tol = ex.relativeTolerance !== undefined
    ? ex.relativeTolerance * Math.abs(a)
    : ex.tolerance ?? 1e-9;
  return a + 10 * tol + 1 + Math.abs(a);
}

/** Renderings of a number a reader might recognise as the answer. */
function answerForms(a: Answer): RegExp[] {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (typeof a === "number") {
    const forms = new Set([String(a), a.toPrecision(3), a.toFixed(2), a.toFixed(3)]);
    // a number inside the message counts only when not part of a longer number
    return [...forms].filter((f) => !/^-?0(\.0+)?$/.test(f) || a === 0).map((f) =>
      new RegExp(`(?<![\\d.])${esc(f)}(?![\\d])`)
    );
  }
  if (typeof a === "string") return [new RegExp(esc(a), "i")];
  return [];
}

Deno.test("exercises: every chapter exports a non-empty list with unique ids", () => {
  assert.ok(chapters.length >= 1);
  for (const ch of chapters) {
    assert.ok(ch.exercises.length > 0, `${ch.file} has no exercises`);
    // chapter "9" has ids "9.1", "9.2", …
    const label = ch.chapter;
    for (const ex of ch.exercises) {
      const prefix = ex.id.split(".")[0];
      assert.equal(
        prefix.replace(/^0+(?=\d)/, ""),
        label,
        `${ch.file}: id ${ex.id} does not match`,
      );
    }
  }
});

/** A prediction that matches the result, and one that does not. */
function predictions(ex: Exercise, a: Answer): [unknown, unknown] {
  const p = ex.prediction!;
  if (p.type === "direction") return [a, p.options.find((o) => o !== a)];
  if (p.type === "range") {
    const x = a as number;
    return [[x - p.maxWidth / 2, x + p.maxWidth / 2], [x + p.maxWidth, x + 1.5 * p.maxWidth]];
  }
  const order = String(a).split(" > ");
  return [order, [...order].reverse()];
}

for (const ch of chapters) {
  for (const ex of ch.exercises) {
    if (ex.kind === "discuss") {
      Deno.test(`exercise ${ex.id} (${ch.file}): discussion with notes for the teacher`, () => {
        const notes = ex.answer();
        assert.equal(typeof notes, "string");
        assert.ok(String(notes).length >= 200, `${ex.id}: teacher notes too short`);
        assert.equal(ex.prediction, undefined);
        assert.equal(ex.precision, undefined);
        assert.equal(gradeAnswer(ex, "anything").status, "unanswered");
      });
      continue;
    }
    if (ex.prediction) {
      Deno.test(`exercise ${ex.id} (${ch.file}): prediction right, wrong, unanswered`, () => {
        assert.equal(ex.kind, "predict");
        const a = ex.answer();
        const [good, bad] = predictions(ex, a);
        assert.equal(gradeAnswer(ex, good).status, "right", JSON.stringify(good));
        assert.equal(gradeAnswer(ex, bad).status, "wrong", JSON.stringify(bad));
        assert.equal(gradeAnswer(ex, undefined).status, "unanswered");
        assert.ok(ex.hint.trim().length > 0 && ex.explanation.trim().length > 0);
      });
      continue;
    }
    Deno.test(`exercise ${ex.id} (${ch.file}): right, wrong, unanswered, no leak`, () => {
      const a = ex.answer();
      assert.ok(["number", "string", "boolean"].includes(typeof a), `answer type ${typeof a}`);
      if (typeof a === "number") assert.ok(Number.isFinite(a), `answer ${a}`);
      assert.equal(gradeAnswer(ex, a).status, "right");
      const wrong = wrongValue(ex, a);
      const verdict = gradeAnswer(ex, wrong);
      assert.equal(verdict.status, "wrong", `wrong value ${wrong} was accepted`);
      for (const re of answerForms(a)) {
        assert.ok(
          !re.test(verdict.message),
          `wrong-answer message reveals the answer (${re}): ${verdict.message}`,
        );
      }
      assert.equal(gradeAnswer(ex, undefined).status, "unanswered");
      assert.ok(ex.hint.trim().length > 0 && ex.explanation.trim().length > 0);
    });
  }
}

Deno.test("answers file: one entry per exercise, with the computed answer", () => {
  const md = answersMarkdown(chapters);
  for (const ch of chapters) {
    for (const ex of ch.exercises) {
      assert.ok(md.includes(`### ${ex.id}\n`), `missing ${ex.id}`);
      if (ex.kind === "discuss") {
        assert.ok(
          md.includes(`**Notes for the teacher:** ${ex.answer()}`),
          `teacher notes of ${ex.id}`,
        );
        continue;
      }
      assert.ok(md.includes(`**Answer:** ${formatAnswer(ex.answer())}`), `answer of ${ex.id}`);
    }
  }
  assert.equal(formatAnswer(0.25), "0.25");
  assert.equal(formatAnswer(6), "6");
  assert.equal(formatAnswer(1 / 3), "0.333333 (0.3333333333333333)");
  assert.equal(formatAnswer("u-shaped-scaling"), '"u-shaped-scaling"');
  assert.equal(formatAnswer(false), "false");
  assert.throws(() => formatAnswer(NaN), /answer is NaN/);
});

Deno.test("answers file: a throwing answer and a malformed module are named", async () => {
  const bad: Exercise = {
    id: "99.1",
    question: "q",
    answer: () => {
      throw new RangeError("p must lie in [0, 1]");
    },
    explanation: "e",
    hint: "h",
  };
  assert.throws(
    () => answersMarkdown([{ file: "ch99.ts", chapter: "99", slug: "bad", exercises: [bad] }]),
    /exercise 99.1 \(ch99.ts\): answer\(\) threw: p must lie in \[0, 1\]/,
  );
  const tmp = await Deno.makeTempDir();
  /** A project with one notebook per module, and each module as its chapter's exercises. */
  const project = async (name: string, modules: string[]) => {
    for (const [i, text] of modules.entries()) {
      const slug = `chapter-${i + 1}`;
      await Deno.mkdir(`${tmp}/${name}/notebooks`, { recursive: true });
      await Deno.mkdir(`${tmp}/${name}/lib/chapters/${slug}`, { recursive: true });
      await Deno.writeTextFile(`${tmp}/${name}/notebooks/0${i + 1}-${slug}.ipynb`, "{}");
      await Deno.writeTextFile(`${tmp}/${name}/lib/chapters/${slug}/exercises.ts`, text);
    }
    return pathToFileURL(`${tmp}/${name}/`);
  };
  try {
    const one = 'export const exercises = [{ id: "1.1", question: "q", answer: () => 1 }];\n';
    await assert.rejects(
      async () => loadExercises(await project("bad", ["export const nothing = 1;\n"])),
      /chapter-1\/exercises.ts: does not export an "exercises" array/,
    );
    await assert.rejects(
      async () => loadExercises(await project("dup", [one, one])),
      /chapter-2\/exercises.ts: exercise id 1.1 also used in lib\/chapters\/chapter-1\/exercises.ts/,
    );
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});
