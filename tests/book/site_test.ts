/**
 * Checks the built static book in site/ (the test command builds it first): every chapter has
 * a page, every local link and anchor resolves, nothing loads from the network, every figure
 * has alt text and exists as standalone SVG and PNG whose bytes are the kernel's output.
 */
import { parseHTML } from "linkedom";
import { assert } from "../assert.ts";
import { FIGURE_MIME } from "../../lib/book/display.ts";
import {
  CHAPTER_FILE,
  chapterLabel,
  joinOutputText,
  type Notebook,
} from "../../lib/book/notebook.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
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
