/**
 * Links between chapters, written `[text](chapter:<name>#<section>)` with the chapter named by
 * its file name without the number (so they survive renumbering), must name a chapter that
 * exists and a section heading it has. The site build checks the same against the rendered
 * pages; this test needs no build.
 */
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { cellText, CHAPTER_FILE, type Notebook } from "../../lib/book/notebook.ts";
import { slug } from "../../tools/site/headings.ts";

const NOTEBOOKS = fileURLToPath(new URL("../../notebooks/", import.meta.url));
const LINK = /\]\(chapter:([\w-]+)(?:#([\w-]+))?\)/g;

/** The anchors of a notebook's Markdown headings, as the site writes them (math as its TeX). */
function sectionAnchors(nb: Notebook): Set<string> {
  const anchors = new Set<string>();
  for (const c of nb.cells) {
    if (c.cell_type !== "markdown") continue;
    for (const m of cellText(c).matchAll(/^#{1,6}\s+(.+)$/gm)) {
      anchors.add(slug(m[1].replace(/\$([^$]*)\$/g, "$1").replace(/[*_`]/g, "")));
    }
  }
  return anchors;
}

/** Every chapter link of the given notebooks that does not resolve, as "file: link". */
export function brokenChapterLinks(notebooks: Map<string, Notebook>): string[] {
  const byName = new Map(
    [...notebooks].map((
      [file, nb],
    ) => [file.replace(/^\d+[a-z]?-/, "").replace(/\.ipynb$/, ""), nb]),
  );
  const broken: string[] = [];
  for (const [file, nb] of notebooks) {
    for (const c of nb.cells) {
      if (c.cell_type !== "markdown") continue;
      for (const [link, name, hash] of cellText(c).matchAll(LINK)) {
        const target = byName.get(name);
        const ok = target !== undefined &&
          (hash === undefined || /^ex-\d+[a-z]?-\d+$/.test(hash) ||
            sectionAnchors(target).has(hash));
        if (!ok) broken.push(`${file}: ${link}`);
      }
    }
  }
  return broken;
}

Deno.test("every link between chapters names a chapter and one of its sections", () => {
  const notebooks = new Map(
    [...Deno.readDirSync(NOTEBOOKS)].map((e) => e.name).filter((n) => CHAPTER_FILE.test(n)).sort()
      .map((n) => [n, JSON.parse(Deno.readTextFileSync(`${NOTEBOOKS}${n}`)) as Notebook]),
  );
  assert.deepEqual(brokenChapterLinks(notebooks), []);
});

Deno.test("the check catches an unknown chapter and an unknown section", () => {
  const nb = (md: string): Notebook => ({
    cells: [{ cell_type: "markdown", source: md }],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  });
  const notebooks = new Map([
    ["04-eight-scales.ipynb", nb("## What 0 of n allows\n\nText.")],
    [
      "11-real-vs-apparent.ipynb",
      nb(
        "[a](chapter:eight-scales#what-0-of-n-allows) [b](chapter:eight-scales#nowhere) " +
          "[c](chapter:no-such-chapter) [d](chapter:eight-scales#ex-4-1)",
      ),
    ],
  ]);
  assert.deepEqual(brokenChapterLinks(notebooks), [
    "11-real-vs-apparent.ipynb: ](chapter:eight-scales#nowhere)",
    "11-real-vs-apparent.ipynb: ](chapter:no-such-chapter)",
  ]);
});
