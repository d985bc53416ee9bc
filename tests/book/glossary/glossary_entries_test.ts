import assert from "node:assert/strict";
import {
  glossaryFromFiles,
  loadGlossary,
  parseGlossaryEntry,
} from "../../../lib/book/glossary/glossary_entries.ts";
import { glossary } from "../../../lib/book/glossary/terms.ts";
import { readJsonFiles } from "../../../lib/data/json_files.ts";

const book = new URL("../../../book/", import.meta.url);
const KEYS = new Set(["power2022grokking", "wei2022emergent"]);
const FILE = "book/glossary/grokking.json";
const GOOD = {
  id: "grokking",
  term: "grokking",
  aka: ["delayed generalisation"],
  definition: ["First sentence.", "Second sentence."],
  use: "Use it.",
  avoid: "Avoid it.",
  related: ["emergent-ability"],
  pointers: [
    { notebook: "17-gotchas", figure: "fig-gotchas-scaffold", note: "n" },
    { notebook: "03-sudden-jump-math", note: "m" },
  ],
  cite: ["power2022grokking"],
};

/** The message of the error a bad entry raises. */
function problem(change: Record<string, unknown>, file = FILE): string {
  try {
    parseGlossaryEntry({ ...GOOD, ...change }, file, KEYS);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`no error for ${JSON.stringify(change)}`);
}

Deno.test("glossary entries: a good entry parses; text lists join with single spaces", () => {
  assert.deepEqual(parseGlossaryEntry(GOOD, FILE, KEYS), {
    ...GOOD,
    definition: "First sentence. Second sentence.",
  });
  const { aka: _, ...noAka } = GOOD;
  assert.equal("aka" in parseGlossaryEntry(noAka, FILE, KEYS), false);
});

Deno.test("glossary entries: a bad entry is an error naming the file and the field", () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ id: "Grokking" }, `${FILE}: field "id" must be a term id`],
    [
      { id: "grok" },
      `${FILE}: field "id" must be the file name without .json, "grokking", got "grok"`,
    ],
    [{ term: "" }, `${FILE}: field "term" must be a non-empty string, got ""`],
    [{ term: undefined }, `${FILE}: field "term" must be a non-empty string, got undefined`],
    [{ aka: "x" }, `${FILE}: field "aka" must be a list of non-empty strings, got "x"`],
    [{ definition: [] }, `${FILE}: field "definition" must be a non-empty string or`],
    [{ definition: ["A.", " B."] }, `${FILE}: field "definition[1]" must be`],
    [{ use: 3 }, `${FILE}: field "use" must be a non-empty string or a non-empty list`],
    [{ avoid: "x " }, `${FILE}: field "avoid" must be`],
    [
      { related: ["Exact Match"] },
      `${FILE}: field "related[0]" must be a list of strings matching`,
    ],
    [{ pointers: {} }, `${FILE}: field "pointers" must be a list, got {}`],
    [{ pointers: [{ notebook: "gotchas", note: "n" }] }, `field "pointers[0].notebook" must be`],
    [
      { pointers: [{ notebook: "17-gotchas", figure: "figure1", note: "n" }] },
      `${FILE}: field "pointers[0].figure" must be a figure id`,
    ],
    [{ pointers: [{ notebook: "17-gotchas", note: "" }] }, `field "pointers[0].note" must be`],
    [
      { pointers: [{ notebook: "17-gotchas", note: "n", fig: "fig-x" }] },
      `${FILE}: unknown field "fig" in pointers[0]`,
    ],
    [{ cite: "power2022grokking" }, `${FILE}: field "cite" must be a list`],
    [
      { cite: ["power2022grokking", "power2022grokk"] },
      `${FILE}: field "cite" names "power2022grokk", which has no bibliography entry ` +
      "(book/references/power2022grokk.json)",
    ],
    [{ definiton: "typo" }, `${FILE}: unknown field "definiton" (the fields are id, term, aka,`],
  ];
  for (const [change, message] of cases) {
    const got = problem(change);
    assert.ok(got.startsWith(message) || got.includes(message), `${got}\n  expected ${message}`);
  }
  assert.throws(
    () => parseGlossaryEntry([], FILE, KEYS),
    /grokking\.json: an entry must be a JSON object/,
  );
});

Deno.test("glossary entries: related ids must name other entries", () => {
  const file = (id: string, related: string[]) => ({
    path: `g/${id}.json`,
    value: { ...GOOD, id, term: id, related },
  });
  assert.deepEqual(
    glossaryFromFiles([file("b", ["a"]), file("a-b", []), file("a", ["b"])], KEYS).map((t) => t.id),
    ["a", "a-b", "b"],
  );
  assert.throws(
    () => glossaryFromFiles([file("a", ["b"])], KEYS),
    /^Error: g\/a\.json: field "related" names "b", which is not a glossary id$/,
  );
  assert.throws(
    () => glossaryFromFiles([file("a", ["a"])], KEYS),
    /^Error: g\/a\.json: field "related" names the entry itself$/,
  );
});

Deno.test("glossary entries: the book's glossary is exactly the files in book/glossary/", () => {
  const files = readJsonFiles(new URL("glossary/", book));
  assert.equal(files.length, glossary.length);
  assert.ok(glossary.length >= 20);
  assert.deepEqual(
    loadGlossary(new URL("glossary/", book), new URL("references/", book)),
    glossary,
  );
  for (const f of files) {
    const v = f.value as Record<string, unknown>;
    // each file's fields in the documented order, so files read alike
    const order = [
      "id",
      "term",
      "aka",
      "definition",
      "use",
      "avoid",
      "related",
      "pointers",
      "cite",
    ];
    assert.deepEqual(Object.keys(v), order.filter((k) => k in v), f.name);
  }
  // a cite key with no bibliography entry stops the load, naming the file
  assert.throws(
    () => loadGlossary(new URL("glossary/", book), new URL("glossary/", book)),
    /brier-score\.json: field "cite" names "schaeffer2023mirage", which has no bibliography entry/,
  );
});
