import assert from "node:assert/strict";
import {
  glossary,
  glossaryLinks,
  glossaryProblems,
  type GlossaryTerm,
  glossaryTerm,
  pointerMarkdown,
  termMarkdown,
  unknownGlossaryLinks,
} from "../../../lib/book/glossary/terms.ts";
import {
  misconceptionMarkdown,
  misconceptionProblems,
  misconceptions,
} from "../../../lib/book/glossary/misconceptions.ts";

const root = new URL("../../../", import.meta.url);

/** The ten terms the issue requires, by id. */
const REQUIRED = [
  "emergent-ability",
  "capability-threshold",
  "phase-transition",
  "mirage-critique",
  "exact-match",
  "token-edit-distance",
  "brier-score",
  "grokking",
  "in-context-learning",
  "scaling-law",
];

Deno.test("glossary: required terms present and consistent", () => {
  for (const id of REQUIRED) assert.equal(glossaryTerm(id).id, id);
  assert.deepEqual(glossaryProblems(glossary), []);
  assert.deepEqual(misconceptionProblems(misconceptions), []);
  // ids sorted, so the chapter lists them alphabetically
  const ids = glossary.map((t) => t.id);
  assert.deepEqual(ids, [...ids].sort());
});

Deno.test("glossary: problems are reported for a broken glossary", () => {
  const good = glossaryTerm("grokking");
  const bad: GlossaryTerm[] = [
    { ...good, id: "Bad Id", related: ["nope"] },
    { ...good, id: "grokking", definition: " " },
    { ...good, id: "grokking", pointers: [{ notebook: "gotchas", figure: "figure1", note: "x" }] },
  ];
  const problems = glossaryProblems(bad);
  assert.ok(problems.some((p) => p.includes("not kebab-case")));
  assert.ok(problems.some((p) => p.includes('related id "nope" is unknown')));
  assert.ok(problems.some((p) => p.includes("definition is empty")));
  assert.ok(problems.some((p) => p.includes("appears twice")));
  assert.ok(problems.some((p) => p.includes("not NN-slug")));
  assert.ok(problems.some((p) => p.includes("not fig-")));
  const selfRel = glossaryProblems([{ ...good, related: ["grokking"] }]);
  assert.ok(selfRel.some((p) => p.includes("relates to itself")));
});

Deno.test("glossary: misconception problems are reported", () => {
  const m = misconceptions[0];
  const problems = misconceptionProblems([
    {
      ...m,
      id: "X",
      myth: "",
      terms: ["nope"],
      settledBy: [{ notebook: "17-gotchas", note: "n" }],
    },
    { ...m, id: "X", reality: " " },
  ]);
  assert.ok(problems.some((p) => p.includes("not kebab-case")));
  assert.ok(problems.some((p) => p.includes("myth is empty")));
  assert.ok(problems.some((p) => p.includes("reality is empty")));
  assert.ok(problems.some((p) => p.includes("no pointer names a figure")));
  assert.ok(problems.some((p) => p.includes("glossary id nope is unknown")));
  assert.ok(problems.some((p) => p.includes("appears twice")));
});

Deno.test("glossary: lookup errors name the id and suggest neighbours", () => {
  assert.throws(
    () => glossaryTerm("exact"),
    /unknown glossary id "exact"; did you mean exact-match/,
  );
  assert.throws(() => glossaryTerm("zzz"), (e: Error) => !e.message.includes("did you mean"));
  assert.throws(() => glossaryLinks(undefined as unknown as string), TypeError);
});

Deno.test("glossary: links are parsed and checked", () => {
  assert.deepEqual(glossaryLinks("no links"), []);
  assert.deepEqual(
    glossaryLinks("`[a](glossary:x)` and\n```\n[b](glossary:y)\n```\n[c](glossary:z)"),
    ["z"],
  );
  assert.deepEqual(glossaryLinks("[a](glossary:x) [b](https://e.org) [c](glossary:y-z)"), [
    "x",
    "y-z",
  ]);
  assert.deepEqual(
    unknownGlossaryLinks("[a](glossary:grokking)[b](glossary:bad)[c](glossary:bad)"),
    [
      "bad",
    ],
  );
});

Deno.test("glossary: rendering carries anchors, links, citations and pointers", () => {
  const md = termMarkdown(glossaryTerm("exact-match"));
  assert.ok(md.startsWith('<a id="exact-match"></a>\n\n### exact match\n'));
  assert.ok(md.includes("*Also:* EM; exact string match"));
  assert.ok(md.includes("**Use:**") && md.includes("**Avoid:**"));
  assert.ok(md.includes("[token edit distance](glossary:token-edit-distance)"));
  assert.ok(md.includes("[@schaeffer2023mirage]"));
  assert.ok(
    md.includes("chapter 17, [@fig-gotchas-nll-vs-em] (what exact match hides below the elbow)"),
  );
  assert.equal(
    pointerMarkdown({ notebook: "00-how-this-book-runs", note: "n" }),
    "chapter 0 (n)",
  );
  assert.ok(
    termMarkdown(glossaryTerm("emergent-ability")).includes(
      "[@wei2022emergent; @schaeffer2023mirage]",
    ),
  );
  // every rendered entry's own glossary links resolve
  for (const t of glossary) assert.deepEqual(unknownGlossaryLinks(termMarkdown(t)), [], t.id);
  for (const m of misconceptions) {
    const mm = misconceptionMarkdown(m);
    assert.deepEqual(unknownGlossaryLinks(mm), [], m.id);
    assert.ok(mm.includes("**Myth:**"));
  }
});

Deno.test("glossary: every citation key has a bibliography entry", async () => {
  const keys = new Set([
    ...glossary.flatMap((t) => t.cite),
    ...misconceptions.flatMap((m) => m.cite),
  ]);
  for (const key of keys) {
    const text = await Deno.readTextFile(new URL(`book/references/${key}.json`, root));
    const ref = JSON.parse(text);
    assert.equal(ref.key, key);
    for (const f of ["authors", "title", "venue", "url", "used"]) {
      assert.ok(String(ref[f]).length > 0, `${key}.${f}`);
    }
    assert.ok(Number.isInteger(ref.year));
  }
});

/** Loads a notebook's full text, or undefined if it does not exist. */
async function notebookText(slug: string): Promise<string | undefined> {
  try {
    return await Deno.readTextFile(new URL(`notebooks/${slug}.ipynb`, root));
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return undefined;
    throw e;
  }
}

Deno.test("glossary: pointers name notebooks that show the figure", async () => {
  const pointers = [
    ...glossary.flatMap((t) => t.pointers.map((p) => ({ from: t.id, p }))),
    ...misconceptions.flatMap((m) => m.settledBy.map((p) => ({ from: m.id, p }))),
  ];
  assert.ok(pointers.length > 20);
  for (const { from, p } of pointers) {
    const text = await notebookText(p.notebook);
    assert.ok(text !== undefined, `${from}: notebooks/${p.notebook}.ipynb does not exist`);
    if (p.figure) {
      assert.ok(
        text.includes(`"${p.figure}"`) || text.includes(`\\"${p.figure}\\"`),
        `${from}: ${p.notebook} does not show ${p.figure}`,
      );
    }
  }
});

Deno.test("glossary: glossary links in every notebook of the book resolve", async () => {
  let checked = 0;
  for await (const entry of Deno.readDir(new URL("notebooks/", root))) {
    if (!entry.name.endsWith(".ipynb")) continue;
    const nb = JSON.parse(await Deno.readTextFile(new URL(`notebooks/${entry.name}`, root)));
    for (const cell of nb.cells) {
      if (cell.cell_type !== "markdown") continue;
      const src = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
      assert.deepEqual(unknownGlossaryLinks(src), [], `${entry.name}: unknown glossary link`);
      checked += glossaryLinks(src).length;
    }
  }
});
