/**
 * Writes the static book from executed notebooks: a contents page, one page per chapter with
 * numbered figures and tables and previous/next links, a list of figures, one bibliography,
 * and the API reference generated from lib/'s JSDoc. Every page works from disk with no
 * network: maths is pre-rendered by KaTeX, its CSS and fonts are copied locally.
 *
 * @module
 */
import { FIGURE_MIME, TABLE_MIME } from "../lib/book/display.ts";
import { cellText, joinOutputText, type Notebook } from "../lib/book/notebook.ts";
import { escapeHtml, type LinkContext, renderMarkdown } from "./site/markdown.ts";
import { citeLabel, loadReferences, type Reference } from "./site/references.ts";
import { figuresIn } from "./figures.ts";
import { alignNumericColumns } from "./site/tables.ts";

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
  number: number;
  title: string;
  summary: string;
  nb: Notebook;
}

export const BOOK_TITLE = "Emergence, executable";

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

function pageHtml(
  title: string,
  body: string,
  nav: { prev?: Chapter; next?: Chapter } = {},
): string {
  const link = (c: Chapter | undefined, rel: string) =>
    c
      ? `<a rel="${rel}" href="${c.stem}.html">${rel === "prev" ? "← " : ""}${escapeHtml(c.title)}${
        rel === "next" ? " →" : ""
      }</a>`
      : "<span></span>";
  const navBar = nav.prev || nav.next
    ? `<nav class="prevnext">${link(nav.prev, "prev")}${link(nav.next, "next")}</nav>`
    : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${BOOK_TITLE}</title>
<link rel="stylesheet" href="assets/katex/katex.min.css">
<link rel="stylesheet" href="assets/book.css">
</head>
<body>
<header class="book-header"><a href="index.html">${BOOK_TITLE}</a>
<span class="links"><a href="index.html">Contents</a> · <a href="figures.html">Figures</a> · <a href="bibliography.html">Bibliography</a> · <a href="api/index.html">API</a></span></header>
${navBar}
<main>
${body}
</main>
${navBar}
</body>
</html>
`;
}

const CSS = `
:root { --ink: #1d1d1f; --muted: #5a5a66; --rule: #d8d8e0; --code: #f6f6f8; }
body { margin: 0; color: var(--ink); font: 17px/1.6 Georgia, "DejaVu Serif", serif; background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 0 1.2rem 4rem; }
.book-header { display: flex; justify-content: space-between; flex-wrap: wrap; gap: .5rem;
  padding: .6rem 1.2rem; border-bottom: 1px solid var(--rule); font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 15px; }
.book-header a { color: var(--ink); text-decoration: none; font-weight: 600; }
.book-header .links a { font-weight: 400; color: var(--muted); }
.prevnext { display: flex; justify-content: space-between; max-width: 46rem; margin: 1rem auto; padding: 0 1.2rem;
  font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 15px; }
h1, h2, h3 { font-family: system-ui, "DejaVu Sans", sans-serif; line-height: 1.25; }
h1 { font-size: 2rem; margin-top: 2rem; }
pre { background: var(--code); padding: .7rem .9rem; overflow-x: auto; border-radius: 4px; font-size: 14px; line-height: 1.45; }
pre.output { background: #fff; border-left: 3px solid var(--rule); }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; }
.cell-code { margin: 1rem 0 .3rem; }
.cell-code > .label { font: 12px system-ui, "DejaVu Sans", sans-serif; color: var(--muted); }
figure.book-figure { margin: 1.5rem 0; }
figure.book-figure img { width: 100%; height: auto; border: 1px solid var(--rule); }
figcaption, .table-caption { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; color: var(--muted); text-align: left; margin-top: .4rem; }
.table-caption { margin: 0 0 .4rem; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table.book-table { border-collapse: collapse; font: 14px/1.4 system-ui, "DejaVu Sans", sans-serif; }
table.book-table th, table.book-table td { padding: .25rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
table.book-table .num { text-align: right; font-variant-numeric: tabular-nums; }
table.book-table th { border-bottom: 2px solid var(--ink); }
.katex-display { overflow-x: auto; overflow-y: hidden; }
.verdict { border-left: 3px solid var(--rule); padding-left: .8rem; }
main table:not(.book-table) { border-collapse: collapse; margin: 1rem 0; font-size: .95em; }
main table:not(.book-table) th, main table:not(.book-table) td { padding: .3rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
main table:not(.book-table) th { border-bottom: 2px solid var(--ink); }
ol.contents li { margin: .6rem 0; }
ol.contents .summary { display: block; color: var(--muted); font-size: .9em; }
.bib dt { font-weight: 600; margin-top: 1rem; }
.bib dd { margin-left: 1.2rem; }
@media (prefers-color-scheme: dark) { }
`;

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
      number: Number(stem.slice(0, 2)),
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
    onCite: (key) => {
      if (!citedIn.has(key)) citedIn.set(key, new Set());
      citedIn.get(key)!.add(ch.stem);
    },
  });

  await Deno.remove(`${o.out}/notebooks`, { recursive: true }).catch(() => {});
  for (const dir of ["", "/assets", "/notebooks"]) {
    await Deno.mkdir(`${o.out}${dir}`, { recursive: true });
  }
  for (const [i, ch] of chapters.entries()) {
    const ctx = makeCtx(ch);
    const body = renderChapter(ch, ctx, figures);
    const html = pageHtml(ch.title, body, { prev: chapters[i - 1], next: chapters[i + 1] });
    await Deno.writeTextFile(`${o.out}/${ch.stem}.html`, html);
    await Deno.copyFile(`${o.executedDir}/${ch.stem}.ipynb`, `${o.out}/notebooks/${ch.stem}.ipynb`);
  }
  o.log(`wrote ${chapters.length} chapter page(s)`);

  const contents = `<h1>${BOOK_TITLE}</h1>
<p>Why large-language-model capabilities seem to appear suddenly with scale, and when that jump
is only the grading metric. Every number, table and figure in this book is computed by the
tested TypeScript library in <code>lib/</code>; each chapter is a Deno notebook you can run and
change in JupyterLab (<a href="notebooks/index.html">executed notebooks</a>).</p>
<ol class="contents" start="0">
${
    chapters.map((c) =>
      `<li value="${c.number}"><a href="${c.stem}.html">${
        escapeHtml(c.title.replace(/^\d+\.\s*/, ""))
      }</a>${
        c.summary ? `<span class="summary">${renderInline(c.summary, makeCtx(c))}</span>` : ""
      }</li>`
    ).join("\n")
  }
</ol>
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
  await Deno.writeTextFile(`${o.out}/assets/book.css`, CSS.trimStart());
  await copyDir(`${o.root}/node_modules/katex/dist/fonts`, `${o.out}/assets/katex/fonts`);
  await Deno.copyFile(
    `${o.root}/node_modules/katex/dist/katex.min.css`,
    `${o.out}/assets/katex/katex.min.css`,
  );
  await writeNotebookIndex(o.out, chapters);
  await writeApiDocs(o.root, `${o.out}/api`);
  o.log("wrote contents, figures, bibliography, API reference");
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

function renderChapter(
  ch: Chapter,
  ctx: LinkContext,
  figures: Map<string, { label: string; caption: string }>,
): string {
  const parts: string[] = [];
  let table = 0;
  for (const cell of ch.nb.cells) {
    const src = cellText(cell);
    if (cell.cell_type === "markdown") {
      parts.push(renderMarkdown(src, ctx));
      continue;
    }
    if (cell.cell_type !== "code") continue;
    if (src.trim()) {
      parts.push(
        `<div class="cell-code"><span class="label">TypeScript</span><pre><code class="language-ts">${
          escapeHtml(src)
        }</code></pre></div>`,
      );
    }
    for (const out of cell.outputs ?? []) {
      const data = out.data ?? {};
      const fig = data[FIGURE_MIME] as { id: string; caption: string; alt: string } | undefined;
      if (fig) {
        const f = figures.get(fig.id)!;
        parts.push(
          `<figure class="book-figure" id="${fig.id}"><img src="figures/${fig.id}.svg" alt="${
            escapeHtml(fig.alt)
          }" width="640" height="400"><figcaption><strong>${f.label}.</strong> ${
            renderInline(fig.caption, ctx)
          }</figcaption></figure>`,
        );
        // a figure that comes with HTML (the sandbox: the live version of the figure)
        if (typeof data["text/html"] === "string") {
          parts.push(`<div class="html-output">${data["text/html"]}</div>`);
        }
      } else if (data[TABLE_MIME] !== undefined && typeof data["text/html"] === "string") {
        table++;
        const label = `Table ${ch.number}.${table}.`;
        // The caption goes above the table at the text's full width (a <caption> is only as
        // wide as its table, which squeezes it into a narrow column for small tables).
        let html = alignNumericColumns(data["text/html"] as string);
        let caption = "";
        html = html.replace(/<caption>([\s\S]*?)<\/caption>/, (_, c: string) => {
          caption = c;
          return "";
        });
        parts.push(
          `<div class="table-wrap" id="table-${ch.number}-${table}"><p class="table-caption"><strong>${label}</strong> ${caption}</p>${html}</div>`,
        );
      } else if (typeof data["text/markdown"] === "string") {
        parts.push(
          `<div class="verdict">${renderMarkdown(data["text/markdown"] as string, ctx)}</div>`,
        );
      } else if (typeof data["text/html"] === "string") {
        parts.push(`<div class="html-output">${data["text/html"]}</div>`);
      } else if (typeof data["text/plain"] === "string") {
        parts.push(`<pre class="output">${escapeHtml(data["text/plain"] as string)}</pre>`);
      } else if (out.output_type === "stream") {
        const t = Array.isArray(out.text) ? out.text.join("") : out.text ?? "";
        parts.push(`<pre class="output">${escapeHtml(t)}</pre>`);
      }
    }
  }
  return parts.join("\n");
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
    pageHtml("Executed notebooks", `<h1>Executed notebooks</h1>\n<ul>\n${list}\n</ul>`)
      .replaceAll('href="assets/', 'href="../assets/').replaceAll(
        'href="index.html"',
        'href="../index.html"',
      )
      .replace(/href="(figures|bibliography|api\/index)\.html"/g, 'href="../$1.html"'),
  );
}

async function writeApiDocs(root: string, out: string): Promise<void> {
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
}
