/**
 * Checks the built static book in site/ (the test command builds it first): every chapter has
 * a page, every local link and anchor resolves, nothing loads from the network, every figure
 * has alt text and exists as standalone SVG and PNG whose bytes are the kernel's output.
 */
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { assert } from "../assert.ts";
import { FIGURE_MIME } from "../../lib/book/display.ts";
import {
  CHAPTER_FILE,
  chapterLabel,
  joinOutputText,
  type Notebook,
} from "../../lib/book/notebook.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SITE = `${ROOT}site`;

function read(path: string): string {
  try {
    return Deno.readTextFileSync(path);
  } catch {
    throw new Error(`${path} is missing: build the book first (npm run book)`);
  }
}

const chapters = [...Deno.readDirSync(`${ROOT}notebooks`)]
  .filter((e) => CHAPTER_FILE.test(e.name))
  .map((e) => e.name.replace(/\.ipynb$/, ""))
  .sort();

function pages(): string[] {
  const out: string[] = [];
  for (const e of Deno.readDirSync(SITE)) if (e.name.endsWith(".html")) out.push(e.name);
  for (const e of Deno.readDirSync(`${SITE}/notebooks`)) {
    if (e.name.endsWith(".html")) out.push(`notebooks/${e.name}`);
  }
  return out.sort();
}

Deno.test("site: contents page links every chapter in order with previous/next links", () => {
  const { document } = parseHTML(read(`${SITE}/index.html`));
  const links = [...document.querySelectorAll("ol.contents > li > a")].map((a) =>
    a.getAttribute("href")
  );
  assert.deepEqual(links, chapters.map((c) => `${c}.html`));
  chapters.forEach((c, i) => {
    const doc = parseHTML(read(`${SITE}/${c}.html`)).document;
    const prev = doc.querySelector('a[rel="prev"]')?.getAttribute("href");
    const next = doc.querySelector('a[rel="next"]')?.getAttribute("href");
    assert.equal(prev, i > 0 ? `${chapters[i - 1]}.html` : undefined, `${c}: prev`);
    assert.equal(
      next,
      i < chapters.length - 1 ? `${chapters[i + 1]}.html` : undefined,
      `${c}: next`,
    );
    assert.match(
      doc.querySelector("h1")?.textContent ?? "",
      new RegExp(`^${chapterLabel(c)}\\. `),
    );
  });
});

Deno.test("site: every local link and anchor resolves; nothing is loaded from the network", () => {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const doc = parseHTML(read(`${SITE}/${file}`)).document;
      ids.set(file, new Set([...doc.querySelectorAll("[id]")].map((e) => e.getAttribute("id")!)));
    }
    return ids.get(file)!;
  };
  for (const page of pages()) {
    const html = read(`${SITE}/${page}`);
    const { document } = parseHTML(html);
    const dir = page.includes("/") ? page.slice(0, page.lastIndexOf("/") + 1) : "";
    for (const el of document.querySelectorAll("script[src], link[href], img[src], iframe[src]")) {
      const url = el.getAttribute("src") ?? el.getAttribute("href") ?? "";
      if (/^(https?:)?\/\//.test(url)) problems.push(`${page}: loads ${url} from the network`);
    }
    if (/@import\s+url\(\s*['"]?https?:/.test(html)) {
      problems.push(`${page}: CSS @import from network`);
    }
    for (const a of document.querySelectorAll("a[href], img[src], link[href], script[src]")) {
      const url = a.getAttribute("href") ?? a.getAttribute("src")!;
      if (/^(https?:|mailto:)/.test(url)) continue;
      const [path, hash] = url.split("#");
      const target = path === "" ? page : normalize(dir + path);
      let isFile = false;
      try {
        isFile = Deno.statSync(`${SITE}/${target}`).isFile;
      } catch { /* missing */ }
      if (!isFile) {
        problems.push(`${page}: link to missing ${url}`);
        continue;
      }
      if (hash && target.endsWith(".html") && !idsOf(target).has(hash)) {
        problems.push(`${page}: link to missing anchor ${url}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

function normalize(path: string): string {
  const parts: string[] = [];
  for (const p of path.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

Deno.test("site: figures are numbered, captioned, have alt text, and equal the kernel's bytes", () => {
  let count = 0;
  for (const c of chapters) {
    const nb: Notebook = joinOutputText(JSON.parse(read(`${ROOT}_build/executed/${c}.ipynb`)));
    const doc = parseHTML(read(`${SITE}/${c}.html`)).document;
    const figs = nb.cells.flatMap((cell) => cell.outputs ?? []).filter((o) =>
      o.data?.[FIGURE_MIME]
    );
    figs.forEach((o, i) => {
      const meta = o.data![FIGURE_MIME] as { id: string; alt: string };
      const el = doc.getElementById(meta.id);
      assert.ok(el, `${c}: figure ${meta.id} on the page`);
      assert.equal(el!.querySelector("img")!.getAttribute("alt"), meta.alt);
      assert.ok(meta.alt.length >= 20, `${meta.id}: alt text should describe the figure`);
      assert.match(
        el!.querySelector("figcaption")!.textContent!,
        new RegExp(`^Figure ${chapterLabel(c)}\\.${i + 1}\\. `),
      );
      const svg = read(`${SITE}/figures/${meta.id}.svg`);
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.equal(svg.trimEnd(), String(o.data!["image/svg+xml"]).trimEnd());
      const png = Deno.readFileSync(`${SITE}/figures/${meta.id}.png`);
      assert.equal(btoa(String.fromCharCode(...png.slice(0, 8))), "iVBORw0KGgo=");
      count++;
    });
  }
  assert.ok(count >= 1);
  const exported = [...Deno.readDirSync(`${SITE}/figures`)].filter((e) => e.name.endsWith(".svg"));
  assert.equal(exported.length, count, "no stale figure files");
});

Deno.test("site: bibliography lists every cited key; API reference exists", () => {
  const { document } = parseHTML(read(`${SITE}/bibliography.html`));
  const keys = new Set(
    [...document.querySelectorAll("dl.bib dt")].map((d) => d.getAttribute("id")),
  );
  for (const c of chapters) {
    for (const m of read(`${SITE}/${c}.html`).matchAll(/href="bibliography\.html#([\w-]+)"/g)) {
      assert.ok(keys.has(m[1]), `${c}: cites ${m[1]}`);
    }
  }
  read(`${SITE}/api/index.html`);
  const api = read(`${SITE}/api/all_symbols.html`);
  for (const symbol of ["wilsonInterval", "showFigure", "exactMatch", "probability"]) {
    assert.ok(api.includes(symbol), `API reference lists ${symbol}`);
  }
});

Deno.test("the README's figure is the one the book builds", () => {
  const built = Deno.readFileSync(`${SITE}/figures/fig-starter-p-vs-em.png`);
  const readme = Deno.readFileSync(`${ROOT}docs/starter.png`);
  assert.equal(
    readme.length,
    built.length,
    "docs/starter.png is stale: copy it from site/figures/",
  );
  assert.ok(readme.every((b, i) => b === built[i]), "docs/starter.png differs from the build");
});

function libModules(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of Deno.readDirSync(`${ROOT}${dir}`)) {
      if (e.isDirectory) walk(`${dir}/${e.name}`);
      else if (e.name.endsWith(".ts")) out.push(`${dir}/${e.name}`);
    }
  };
  walk("lib");
  return out.sort();
}

Deno.test("site: the teaching page is linked from the contents and its lesson plans link into the chapters", () => {
  const index = parseHTML(read(`${SITE}/index.html`)).document;
  assert.ok(
    index.querySelector('main a[href="teaching.html"]'),
    "contents links the teaching page",
  );
  const { document } = parseHTML(read(`${SITE}/teaching.html`));
  const lessons = [...document.querySelectorAll("main h2.lesson")].map((h) => h.textContent!);
  assert.ok(lessons.length >= 3, `three lesson plans: ${lessons}`);
  // Every step row: "start–end" minutes, a link to a chapter section, and what to use.
  const rows = [...document.querySelectorAll("main tbody tr")];
  assert.ok(rows.length >= 20);
  for (const r of rows) {
    const cells = [...r.querySelectorAll("td")];
    assert.match(cells[0].textContent!, /^\d+–\d+$/, r.textContent!);
    assert.ok(cells[2].querySelector('a[href*=".html#"]'), `a section link: ${r.textContent}`);
  }
  const chapterLinks = [...document.querySelectorAll('main a[href*=".html#"]')]
    .map((a) => a.getAttribute("href")!);
  for (const href of chapterLinks) {
    const [file, hash] = href.split("#");
    assert.ok(chapters.includes(file.replace(/\.html$/, "")), `${href}: a chapter`);
    const ids = parseHTML(read(`${SITE}/${file}`)).document.getElementById(hash);
    assert.ok(ids, `${href}: the section exists`);
  }
  for (const words of ["Prerequisites", "Discussion questions", "After it"]) {
    assert.equal(
      document.querySelectorAll("main strong").length > 0 &&
        [...document.querySelectorAll("main strong")].filter((s) =>
            s.textContent!.startsWith(words)
          ).length >= 3,
      true,
      `each plan has "${words}"`,
    );
  }
});

Deno.test("site: chapter headings carry ids and anchor links; long chapters list their sections", () => {
  let tocs = 0;
  for (const c of chapters) {
    const { document } = parseHTML(read(`${SITE}/${c}.html`));
    const heads = [...document.querySelectorAll("main h2, main h3")].filter((h) =>
      h.id !== "toc-title"
    );
    for (const h of heads) {
      assert.ok(h.id, `${c}: "${h.textContent}" has an id`);
      assert.equal(h.querySelector("a.anchor")?.getAttribute("href"), `#${h.id}`, `${c}: ${h.id}`);
    }
    const toc = document.querySelector("nav.toc");
    const h2 = heads.filter((h) => h.tagName === "H2");
    if (h2.length >= 4) {
      assert.ok(toc, `${c}: ${h2.length} sections and an in-page contents list`);
      tocs++;
    }
  }
  assert.ok(tocs >= 10);
});

Deno.test("site: code is folded, tables scroll in labelled focusable regions", () => {
  const { document } = parseHTML(
    read(`${SITE}/${chapters.find((c) => /model-ladder/.test(c))}.html`),
  );
  const code = [...document.querySelectorAll("details.cell-code")];
  assert.ok(code.length >= 3 && code.every((d) => !d.hasAttribute("open")));
  const regions = [...document.querySelectorAll(".table-scroll")];
  assert.ok(regions.length >= 3);
  for (const r of regions) {
    assert.equal(r.getAttribute("tabindex"), "0");
    assert.equal(r.getAttribute("role"), "region");
    assert.match(r.getAttribute("aria-label")!, /^Table \d+\.\d+, scrollable$/);
  }
});

Deno.test("site: the API landing page lists every lib/ module with a summary; no JSDoc superscripts", () => {
  const { document } = parseHTML(read(`${SITE}/api/index.html`));
  assert.equal(document.documentElement.getAttribute("lang"), "en");
  const listed = [...document.querySelectorAll("dl.api-modules dt code")].map((c) => c.textContent);
  assert.deepEqual(listed.sort(), libModules());
  for (const dd of document.querySelectorAll("dl.api-modules dd")) {
    assert.ok(dd.textContent!.length >= 12 && !/no module summary/.test(dd.textContent!));
  }
  assert.ok(document.querySelector('main a[href="../index.html"]'), "links back to the book");
  assert.ok(!document.querySelector("main")!.textContent!.includes("\\^"), "no escaped carets");
  const sup: string[] = [];
  const walk = (dir: string) => {
    for (const e of Deno.readDirSync(dir)) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory) walk(p);
      else if (e.name.endsWith(".html") && read(p).includes("<sup>")) {
        sup.push(p.slice(SITE.length));
      }
    }
  };
  walk(`${SITE}/api`);
  assert.deepEqual(sup, [], "a ^ in JSDoc became a superscript");
});

Deno.test("site: the glossary opens with its terms; search indexes chapters, glossary and figures", async () => {
  const glossaryPage = chapters.find((c) => /glossary/.test(c))!;
  const html = read(`${SITE}/${glossaryPage}.html`);
  const firstTerm = html.indexOf('<a id="');
  const idTable = html.indexOf('class="table-wrap"');
  assert.ok(
    firstTerm > 0 && (idTable < 0 || firstTerm < idTable),
    "terms come before the id table",
  );
  const script = read(`${SITE}/assets/search-index.js`);
  const data = JSON.parse(
    script.replace(/^globalThis\.EMERGENCE_SEARCH = /, "").replace(/;\s*$/, ""),
  );
  const { default: MiniSearch } = await import("minisearch");
  const index = MiniSearch.loadJS(data.index, data.options);
  const hit = (q: string) => index.search(q, { prefix: true }).map((h) => String(h.href));
  assert.ok(hit("Brier").includes(`${glossaryPage}.html#brier-score`));
  assert.ok(hit("Wilson interval").some((h) => /^\d\d-[\w-]+\.html#[\w-]+$/.test(h)));
  assert.ok(hit("Pythia perplexity").some((h) => h.endsWith("#fig-real-pythia-perplexity")));
});
