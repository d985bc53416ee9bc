/**
 * Writes the static book from executed notebooks: a contents page, one page per chapter with
 * numbered figures and tables and previous/next links, a list of figures, one bibliography,
 * and the API reference generated from lib/'s JSDoc. Every page works from disk with no
 * network: maths is pre-rendered by KaTeX, its CSS and fonts are copied locally.
 *
 * @module
 */
import { FIGURE_MIME, TABLE_MIME } from "../lib/book/display.ts";
import { cellText, chapterLabel, joinOutputText, type Notebook } from "../lib/book/notebook.ts";
import { type LinkContext, renderMarkdown } from "./site/markdown.ts";
import { escapeHtml } from "../lib/format/html.ts";
import { citeLabel, loadReferences, type Reference } from "./site/references.ts";
import { figuresIn } from "./figures.ts";
import { alignNumericColumns } from "./site/tables.ts";
import { addHeadingAnchors, plainText, tocHtml } from "./site/headings.ts";
import { type SearchDoc, searchIndexScript } from "./site/search.ts";
import { apiLandingBody, apiModules, polishApiPages } from "./site/api.ts";
import { glossary } from "../lib/book/glossary/terms.ts";

/** Options for {@link writeSite}. */
export interface SiteOptions {
  /** project root */
  root: string;
  /** folder of executed notebooks */
  executedDir: string;
  /** executed notebook file names, in book order */
  notebooks: string[];
  /** output folder */
  out: string;
  /** progress logger */
  log: (s: string) => void;
}

interface Chapter {
  stem: string;
  /** chapter label: "9", "9b", "10" */
  number: string;
  title: string;
  summary: string;
  nb: Notebook;
}

export const BOOK_TITLE = "Emergence, executable";

/**
 * Attributes of a contents-list item: a numeric label is the item's value; an inserted chapter
 * ("9b") keeps its label as the marker text.
 */
function liNumber(label: string): string {
  return /^\d+$/.test(label)
    ? `value="${label}"`
    : `value="${parseInt(label, 10)}" style="list-style-type: '${label}. '"`;
}

function chapterTitle(nb: Notebook, stem: string): string {
  const first = nb.cells.find((c) => c.cell_type === "markdown");
  const m = first && /^#\s+(.+)$/m.exec(cellText(first));
  if (!m) throw new Error(`${stem}: the first Markdown cell must start with "# N. Title"`);
  return m[1].trim();
}

function chapterSummary(nb: Notebook): string {
  const first = nb.cells.find((c) => c.cell_type === "markdown");
  const items: string[] = [];
  for (const line of (first ? cellText(first) : "").split("\n")) {
    const bullet = /^\s*[-*]\s+(.+)$/.exec(line);
    if (bullet) items.push(bullet[1].trim());
    else if (items.length && /^\s+\S/.test(line)) items[items.length - 1] += " " + line.trim();
  }
  return items.map((i) => i.replace(/[;.,]$/, "")).join("; ");
}

interface PageOptions {
  prev?: Chapter;
  next?: Chapter;
  /** path from the page to the site root: "" or "../" */
  base?: string;
  /** show the "show all code" switch (pages with code cells) */
  code?: boolean;
}

function pageHtml(title: string, body: string, o: PageOptions = {}): string {
  const base = o.base ?? "";
  const link = (c: Chapter | undefined, rel: string) =>
    c
      ? `<a rel="${rel}" href="${base}${c.stem}.html">${rel === "prev" ? "← " : ""}${
        escapeHtml(c.title)
      }${rel === "next" ? " →" : ""}</a>`
      : "<span></span>";
  const navBar = (where: string) =>
    o.prev || o.next
      ? `<nav class="prevnext" aria-label="Previous and next chapter (${where})">${
        link(o.prev, "prev")
      }${link(o.next, "next")}</nav>`
      : "";
  const codeSwitch = o.code
    ? `<label title="Open every code cell on every page; remembered"><input type="checkbox" id="show-code"> Show all code</label>\n`
    : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${BOOK_TITLE}</title>
<link rel="stylesheet" href="${base}assets/katex/katex.min.css">
<link rel="stylesheet" href="${base}assets/book.css">
<script src="${base}assets/book.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to the text</a>
<header class="book-header"><a class="title" href="${base}index.html">${BOOK_TITLE}</a>
<nav class="links" aria-label="Book"><a href="${base}index.html">Contents</a> · <a href="${base}teaching.html">Teaching</a> · <a href="${base}figures.html">Figures</a> · <a href="${base}bibliography.html">Bibliography</a> · <a href="${base}api/index.html">API</a></nav>
<div class="tools"><div class="search" role="search"><input type="search" id="search-input" data-base="${base}" placeholder="Search the book" aria-label="Search chapters, glossary and figures" autocomplete="off"><ul class="search-results" id="search-results" aria-label="Search results"></ul></div>
${codeSwitch}<button type="button" id="present-toggle" aria-pressed="false" title="Present view: larger type, code hidden (or add ?present to the address)">Present</button>
<button type="button" id="scheme-toggle" title="Switch between light and dark">Light/dark</button></div></header>
${navBar("top")}
<main id="main">
${body}
</main>
${navBar("bottom")}
</body>
</html>
`;
}

/**
 * Writes the whole site.
 *
 * @param o options
 * @returns nothing
 * @throws {Error} on unknown citation keys, figure references or glossary links
 */
export async function writeSite(o: SiteOptions): Promise<void> {
  const chapters: Chapter[] = [];
  for (const name of o.notebooks) {
    const stem = name.replace(/\.ipynb$/, "");
    const nb = joinOutputText(JSON.parse(await Deno.readTextFile(`${o.executedDir}/${name}`)));
    chapters.push({
      stem,
      number: chapterLabel(stem),
      title: chapterTitle(nb, stem),
      summary: chapterSummary(nb),
      nb,
    });
  }
  const refs = loadReferences(`${o.root}/book/references`);
  const figures = new Map<string, { label: string; href: string; caption: string; alt: string }>();
  for (const ch of chapters) {
    figuresIn(ch.nb, ch.stem).forEach((f, i) => {
      figures.set(f.id, {
        label: `Figure ${ch.number}.${i + 1}`,
        href: `${ch.stem}.html#${f.id}`,
        caption: f.caption,
        alt: f.alt,
      });
    });
  }
  const glossaryStem = chapters.find((c) => /glossary/.test(c.stem))?.stem;
  const citedIn = new Map<string, Set<string>>();
  // links between chapters, checked against the section anchors once every page is written
  const chapterLinks: { from: string; to: string; hash: string }[] = [];
  const makeCtx = (ch: Chapter): LinkContext => ({
    citeLabel: (key) => {
      const r = refs.get(key);
      if (!r) {
        throw new Error(`${ch.stem}: unknown citation [@${key}] (add book/references/${key}.json)`);
      }
      return citeLabel(r);
    },
    figure: (id) => {
      const f = figures.get(id);
      if (!f) throw new Error(`${ch.stem}: reference to unknown figure [@${id}]`);
      return f;
    },
    glossary: (id) => {
      if (!glossaryStem) throw new Error(`${ch.stem}: glossary link ${id} but no glossary chapter`);
      return `${glossaryStem}.html#${id}`;
    },
    chapter: (name, hash) => {
      const to = chapters.find((c) => c.stem.replace(/^\d+[a-z]?-/, "") === name);
      if (!to) throw new Error(`${ch.stem}: link to an unknown chapter (chapter:${name})`);
      if (hash) chapterLinks.push({ from: ch.stem, to: to.stem, hash });
      return `${to.stem}.html${hash ? `#${hash}` : ""}`;
    },
    onCite: (key) => {
      if (!citedIn.has(key)) citedIn.set(key, new Set());
      citedIn.get(key)!.add(ch.stem);
    },
  });

  await Deno.remove(`${o.out}/notebooks`, { recursive: true }).catch(() => {});
  for (const dir of ["", "/assets", "/notebooks"]) {
    await Deno.mkdir(`${o.out}${dir}`, { recursive: true });
  }
  const search: SearchDoc[] = [];
  const pageIds = new Map<string, Set<string>>();
  for (const [i, ch] of chapters.entries()) {
    const ctx = makeCtx(ch);
    const body = renderChapter(ch, ctx, figures, o.out);
    const html = pageHtml(ch.title, body, {
      prev: chapters[i - 1],
      next: chapters[i + 1],
      code: true,
    });
    await Deno.writeTextFile(`${o.out}/${ch.stem}.html`, html);
    await Deno.copyFile(`${o.executedDir}/${ch.stem}.ipynb`, `${o.out}/notebooks/${ch.stem}.ipynb`);
    pageIds.set(ch.stem, new Set([...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    search.push(...chapterSearchDocs(ch, body));
  }
  o.log(`wrote ${chapters.length} chapter page(s)`);
  for (const l of chapterLinks) {
    if (!pageIds.get(l.to)?.has(l.hash)) {
      throw new Error(
        `${l.from}: link to chapter:${l.to}#${l.hash}, but ${l.to} has no such section`,
      );
    }
  }

  const contents = `<h1>${BOOK_TITLE}</h1>
<p>Why large-language-model capabilities seem to appear suddenly with scale, and when that jump
is only the grading metric. Every number, table and figure in this book is computed by the
tested TypeScript library in <code>lib/</code>; each chapter is a Deno notebook you can run and
change in JupyterLab (<a href="notebooks/index.html">executed notebooks</a>).</p>
<ol class="contents" start="0">
${
    chapters.map((c) =>
      `<li ${liNumber(c.number)}><a href="${c.stem}.html">${
        escapeHtml(c.title.replace(/^\d+[a-z]?\.\s*/, ""))
      }</a>${
        c.summary ? `<span class="summary">${renderInline(c.summary, makeCtx(c))}</span>` : ""
      }</li>`
    ).join("\n")
  }
</ol>
<p><a href="teaching.html">Teaching with this book</a>: lesson plans with timings, exercises
and discussion questions.</p>
<p><a href="figures.html">List of figures</a> · <a href="bibliography.html">Bibliography</a> ·
<a href="api/index.html">API reference for lib/</a></p>`;
  await Deno.writeTextFile(
    `${o.out}/index.html`,
    pageHtml("Contents", contents, { next: chapters[0] }),
  );

  const figList = [...figures.entries()].map(([id, f]) =>
    `<li><a href="${f.href}">${f.label}</a>: ${
      renderInline(f.caption, makeCtx(chapters[0]))
    } (<a href="figures/${id}.svg">SVG</a>, <a href="figures/${id}.png">PNG</a>)</li>`
  ).join("\n");
  await Deno.writeTextFile(
    `${o.out}/figures.html`,
    pageHtml("Figures", `<h1>List of figures</h1>\n<ul>\n${figList}\n</ul>`),
  );

  const sorted = [...refs.values()].sort((a, b) =>
    citeLabel(a).localeCompare(citeLabel(b)) || a.key.localeCompare(b.key)
  );
  const bib = sorted.map((r) => bibEntry(r, citedIn.get(r.key), chapters)).join("\n");
  await Deno.writeTextFile(
    `${o.out}/bibliography.html`,
    pageHtml("Bibliography", `<h1>Bibliography</h1>\n<dl class="bib">\n${bib}\n</dl>`),
  );
  await writeTeachingPage(o, chapters, pageIds, makeCtx(chapters[0]));

  for (const [id, f] of figures) {
    search.push({
      href: f.href,
      title: `${f.label}`,
      kind: "figure",
      text: `${plainText(renderInline(f.caption, makeCtx(chapters[0])))} ${f.alt}`,
    });
    void id;
  }
  if (glossaryStem) {
    for (const t of glossary) {
      search.push({
        href: `${glossaryStem}.html#${t.id}`,
        title: t.term,
        kind: "glossary",
        text: `${(t.aka ?? []).join("; ")} ${t.definition} ${t.use}`.replace(/\[@[^\]]*\]/g, ""),
      });
    }
  }
  await Deno.writeTextFile(`${o.out}/assets/search-index.js`, searchIndexScript(search));
  await Deno.copyFile(
    `${o.root}/node_modules/minisearch/dist/umd/index.js`,
    `${o.out}/assets/minisearch.js`,
  );
  for (const f of ["book.css", "book.js"]) {
    await Deno.copyFile(new URL(`./site/assets/${f}`, import.meta.url), `${o.out}/assets/${f}`);
  }
  await copyDir(`${o.root}/node_modules/katex/dist/fonts`, `${o.out}/assets/katex/fonts`);
  await Deno.copyFile(
    `${o.root}/node_modules/katex/dist/katex.min.css`,
    `${o.out}/assets/katex/katex.min.css`,
  );
  await writeNotebookIndex(o.out, chapters);
  const libFiles = await writeApiDocs(o.root, `${o.out}/api`);
  polishApiPages(`${o.out}/api`);
  await Deno.writeTextFile(
    `${o.out}/api/index.html`,
    pageHtml("API reference", apiLandingBody(apiModules(o.root, libFiles)), { base: "../" }),
  );
  o.log(
    `wrote contents, teaching plans, figures, bibliography, search index (${search.length} entries), API reference`,
  );
}

function renderInline(md: string, ctx: LinkContext): string {
  return renderMarkdown(md, ctx).replace(/^<p>|<\/p>\n?$/g, "");
}

function bibEntry(r: Reference, cited: Set<string> | undefined, chapters: Chapter[]): string {
  const where = cited
    ? [...cited].sort().map((s) => {
      const ch = chapters.find((c) => c.stem === s)!;
      return `<a href="${s}.html">ch. ${ch.number}</a>`;
    }).join(", ")
    : "not cited in a chapter";
  const url = r.url ? ` <a href="${escapeHtml(r.url)}">${escapeHtml(r.url)}</a>` : "";
  return `<dt id="${r.key}">${escapeHtml(citeLabel(r))}</dt>
<dd>${escapeHtml(r.authors)} (${r.year}). <em>${escapeHtml(r.title)}</em>. ${
    escapeHtml(r.venue)
  }.${url}<br>Used: ${escapeHtml(r.used)}. Cited in: ${where}.</dd>`;
}

function svgSize(out: string, id: string): { width: number; height: number } {
  try {
    const head = Deno.readTextFileSync(`${out}/figures/${id}.svg`).slice(0, 4000);
    const svg = /<svg[^>]*>/.exec(head)?.[0] ?? "";
    const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1]);
    if (width > 0 && height > 0) return { width, height };
  } catch { /* not exported (site written without figures): the default size */ }
  return { width: 640, height: 400 };
}

/** Tables with at least this many columns print on a landscape page. */
const MANY_COLUMNS = 8;

/** Figures wider than this scroll at their drawn size on phones instead of shrinking. */
const WIDE_FIGURE = 700;

function renderChapter(
  ch: Chapter,
  ctx: LinkContext,
  figures: Map<string, { label: string; caption: string }>,
  out: string,
): string {
  const parts: string[] = [];
  let table = 0;
  for (const cell of ch.nb.cells) {
    const src = cellText(cell);
    if (cell.cell_type === "markdown") {
      parts.push(markdownTables(exerciseIds(renderMarkdown(src, ctx))));
      continue;
    }
    if (cell.cell_type !== "code") continue;
    if (src.trim()) {
      const lines = src.trimEnd().split("\n").length;
      parts.push(
        `<details class="cell-code"><summary>TypeScript<span class="lines">(${lines} line${
          lines === 1 ? "" : "s"
        })</span></summary><pre tabindex="0"><code class="language-ts">${
          escapeHtml(src)
        }</code></pre></details>`,
      );
    }
    for (const output of cell.outputs ?? []) {
      const data = output.data ?? {};
      const fig = data[FIGURE_MIME] as { id: string; caption: string; alt: string } | undefined;
      if (fig) {
        const f = figures.get(fig.id)!;
        const { width, height } = svgSize(out, fig.id);
        const wide = width > WIDE_FIGURE;
        parts.push(
          `<figure class="book-figure${wide ? " wide" : ""}" id="${fig.id}"${
            wide ? ` style="--natural-width: ${width}px"` : ""
          }><div class="fig-scroll"><a class="fig-link" href="figures/${fig.id}.svg"><img src="figures/${fig.id}.svg" alt="${
            escapeHtml(fig.alt)
          }" width="${width}" height="${height}"></a></div><figcaption><strong>${f.label}.</strong> ${
            renderInline(fig.caption, ctx)
          } <a class="fig-full" href="figures/${fig.id}.svg">Full size (SVG)</a>${
            wide
              ? `<span class="fig-scroll-hint"> On a narrow screen the figure scrolls sideways.</span>`
              : ""
          }</figcaption></figure>`,
        );
        // a figure that comes with HTML (the sandbox: the live version of the figure)
        if (typeof data["text/html"] === "string") {
          parts.push(`<div class="html-output">${withoutLabFallback(data["text/html"])}</div>`);
        }
      } else if (data[TABLE_MIME] !== undefined && typeof data["text/html"] === "string") {
        table++;
        const label = `Table ${ch.number}.${table}`;
        // The caption goes above the table at the text's full width (a <caption> is only as
        // wide as its table, which squeezes it into a narrow column for small tables).
        let html = alignNumericColumns(data["text/html"] as string);
        let caption = "";
        html = html.replace(/<caption>([\s\S]*?)<\/caption>/, (_, c: string) => {
          caption = c;
          return "";
        });
        const id = `table-${ch.number}-${table}`;
        // Tables of many columns print on a landscape page (see book.css, @page wide).
        const head = /<thead>[\s\S]*?<\/thead>/.exec(html)?.[0] ?? "";
        const wideTable = (head.match(/<th[\s>]/g) ?? []).length >= MANY_COLUMNS;
        parts.push(
          `<div class="table-wrap${
            wideTable ? " many-columns" : ""
          }" id="${id}"><p class="table-caption" id="${id}-caption"><strong>${label}.</strong> ${caption}</p><div class="table-scroll" tabindex="0" role="region" aria-label="${label}, scrollable">${html}</div></div>`,
        );
      } else if (typeof data["text/markdown"] === "string") {
        parts.push(
          `<div class="verdict">${
            markdownTables(exerciseIds(renderMarkdown(data["text/markdown"] as string, ctx)))
          }</div>`,
        );
      } else if (typeof data["text/html"] === "string") {
        parts.push(`<div class="html-output">${data["text/html"]}</div>`);
      } else if (typeof data["text/plain"] === "string") {
        parts.push(
          `<pre class="output" tabindex="0">${escapeHtml(data["text/plain"] as string)}</pre>`,
        );
      } else if (output.output_type === "stream") {
        const t = Array.isArray(output.text) ? output.text.join("") : output.text ?? "";
        parts.push(`<pre class="output" tabindex="0">${escapeHtml(t)}</pre>`);
      }
    }
  }
  const { html, headings } = addHeadingAnchors(parts.join("\n"));
  const toc = tocHtml(headings);
  if (!toc) return html;
  // The in-page contents go after the chapter's opening cell (title and what you will learn).
  const first = addHeadingAnchors(parts[0] ?? "").html;
  return html.startsWith(first) ? `${first}\n${toc}${html.slice(first.length)}` : `${toc}\n${html}`;
}

/**
 * Drops the sandbox's JupyterLab fallback (a static PNG inlined as base64 and a note on how to
 * make the controls work) from a figure's HTML: the web book shows the numbered figure instead.
 */
function withoutLabFallback(html: string): string {
  return html.replace(
    /<div class="emergence-sandbox-fallback"[^>]*data-sandbox-fallback>[\s\S]*?<\/p><\/div>/,
    "",
  );
}

/**
 * Gives each exercise paragraph ("**2.1** …", in a Markdown cell or shown by `showExercise`) the
 * id "ex-2-1", for links from lesson plans.
 */
function exerciseIds(html: string): string {
  return html.replace(
    /<p><strong>(\d+[a-z]?)\.(\d+)<\/strong>/g,
    (_, c: string, n: string) =>
      `<p id="ex-${c.replace(/^0+(?=\d)/, "")}-${n}"><strong>${c}.${n}</strong>`,
  );
}

/** Markdown tables in prose scroll sideways in a region a keyboard can reach. */
function markdownTables(html: string): string {
  let n = 0;
  const seen = new Map<string, number>();
  return html.replace(/<table>([\s\S]*?)<\/table>/g, (t) => {
    // The label names the table by its header row, which keeps regions on a page distinct.
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(t)?.[1] ?? "";
    const cols = [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)]
      .map((m) => plainText(m[1])).filter(Boolean).join(", ");
    n++;
    let label = cols ? `Table: ${cols}` : `Table ${n}`;
    const times = (seen.get(label) ?? 0) + 1;
    seen.set(label, times);
    if (times > 1) label += ` (${times})`;
    return `<div class="md-table" tabindex="0" role="region" aria-label="${
      escapeHtml(label)
    }">${t}</div>`;
  });
}

/** Search documents of a chapter: one per h2 section (the opening part counts as one). */
function chapterSearchDocs(ch: Chapter, body: string): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const pieces = body.split(/(?=<h2[\s>])/);
  for (const piece of pieces) {
    const h2 = /^<h2[^>]*\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/.exec(piece);
    if (h2?.[1] === "toc-title") continue;
    const text = plainText(
      piece.replace(/^<h2[^>]*>[\s\S]*?<\/h2>/, "").replace(
        /<details class="cell-code">[\s\S]*?<\/details>/g,
        "",
      )
        .replace(/<script[\s\S]*?<\/script>/g, "").replace(/<a class="anchor"[^>]*>#<\/a>/g, ""),
    );
    if (!text) continue;
    const heading = h2 ? plainText(h2[2].replace(/<a class="anchor"[^>]*>#<\/a>/, "")) : "";
    docs.push({
      href: h2 ? `${ch.stem}.html#${h2[1]}` : `${ch.stem}.html`,
      title: h2 ? `${ch.number}. ${heading}` : ch.title,
      kind: h2 ? `chapter ${ch.number}` : "chapter",
      text: text.slice(0, 6000),
    });
  }
  return docs;
}

/**
 * The "Teaching with this book" page from book/teaching.md. Links written
 * `(chapter:the-chain#all-or-nothing)` name a chapter by its file name without the number (so
 * they survive renumbering); an unknown chapter or section fails the build.
 */
async function writeTeachingPage(
  o: SiteOptions,
  chapters: Chapter[],
  pageIds: Map<string, Set<string>>,
  ctx: LinkContext,
): Promise<void> {
  let md: string;
  try {
    md = await Deno.readTextFile(`${o.root}/book/teaching.md`);
  } catch {
    throw new Error("book/teaching.md is missing (the lesson plans linked from the contents)");
  }
  const resolved = md.replace(
    /\]\(chapter:([\w-]+)(?:#([\w-]+))?\)/g,
    (_, name: string, hash?: string) => {
      const ch = chapters.find((c) => c.stem.replace(/^\d+-/, "") === name);
      if (!ch) throw new Error(`book/teaching.md: no chapter named ${name} (chapter:${name})`);
      if (hash && !pageIds.get(ch.stem)?.has(hash)) {
        throw new Error(`book/teaching.md: ${ch.stem} has no section #${hash}`);
      }
      return `](${ch.stem}.html${hash ? `#${hash}` : ""})`;
    },
  );
  const body = renderMarkdown(resolved, ctx)
    .replace(/<h2>/g, '<h2 class="lesson">');
  const { html, headings } = addHeadingAnchors(markdownTables(body));
  await Deno.writeTextFile(
    `${o.out}/teaching.html`,
    pageHtml(
      "Teaching with this book",
      html.replace(
        "</h1>",
        `</h1>\n${tocHtml(headings, 2).replace("In this chapter", "Lesson plans")}`,
      ),
    ),
  );
}

async function copyDir(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for (const e of Deno.readDirSync(from)) {
    if (e.isFile) await Deno.copyFile(`${from}/${e.name}`, `${to}/${e.name}`);
  }
}

async function writeNotebookIndex(out: string, chapters: Chapter[]): Promise<void> {
  const list = chapters.map((c) =>
    `<li><a href="${c.stem}.ipynb">${c.stem}.ipynb</a> (<a href="../${c.stem}.html">read</a>)</li>`
  ).join("\n");
  await Deno.writeTextFile(
    `${out}/notebooks/index.html`,
    pageHtml("Executed notebooks", `<h1>Executed notebooks</h1>\n<ul>\n${list}\n</ul>`, {
      base: "../",
    }),
  );
}

async function writeApiDocs(root: string, out: string): Promise<string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of [...Deno.readDirSync(dir)].sort((a, b) => a.name < b.name ? -1 : 1)) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory) walk(p);
      else if (e.name.endsWith(".ts")) files.push(p.slice(root.length + 1));
    }
  };
  walk(`${root}/lib`);
  await Deno.remove(out, { recursive: true }).catch(() => {});
  const r = await new Deno.Command(`${root}/node_modules/.bin/deno`, {
    args: ["doc", "--html", `--name=${BOOK_TITLE}`, `--output=${out}`, ...files],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  if (!r.success) {
    throw new Error(`deno doc --html failed:\n${new TextDecoder().decode(r.stderr).slice(-2000)}`);
  }
  return files;
}
