/**
 * Markdown for the static book: marked for the prose, KaTeX (rendered at build time, so the
 * pages need no script and no network) for `$…$` and `$$…$$`, citations `[@key]`, figure
 * references `[@fig-id]`, glossary links `(glossary:term-id)` and links to another chapter's
 * section `(chapter:the-chain#all-or-nothing)` (the chapter named by its file name without the
 * number, so links survive renumbering).
 *
 * @module
 */
import { Marked } from "marked";
import katex from "katex";
import { escapeHtml } from "../../lib/format/html.ts";

/** What the renderer needs to resolve references. */
export interface LinkContext {
  /** citation key → label such as "Wei et al. 2022" */
  citeLabel: (key: string) => string;
  /** figure id → { label: "Figure 3.2", href } */
  figure: (id: string) => { label: string; href: string };
  /** glossary term id → href */
  glossary: (id: string) => string;
  /** chapter name (file name without its number) and section anchor → href */
  chapter?: (name: string, hash?: string) => string;
  /** called with every citation key used */
  onCite?: (key: string) => void;
}

const marked = new Marked({ gfm: true, breaks: false });

const PROTECT = /```[\s\S]*?```|`[^`\n]*`/g;
const DISPLAY_MATH = /\$\$([\s\S]+?)\$\$/g;
const INLINE_MATH = /(?<![\\$\w])\$(?!\s)([^$\n]+?)(?<!\s)\$(?![\w$])/g;

/**
 * Renders TeX with KaTeX; a TeX error fails the build with the source in the message.
 *
 * @param tex TeX source
 * @param displayMode block (true) or inline
 * @returns HTML
 * @throws {Error} on invalid TeX
 */
export function renderMath(tex: string, displayMode: boolean): string {
  try {
    return katex.renderToString(tex, {
      displayMode,
      throwOnError: true,
      strict: "ignore",
      output: "htmlAndMathml",
    });
  } catch (e) {
    throw new Error(`bad TeX ${JSON.stringify(tex)}: ${e instanceof Error ? e.message : e}`);
  }
}

/**
 * Renders one Markdown cell (or Markdown output) to HTML.
 *
 * @param md the Markdown
 * @param ctx link resolution
 * @returns HTML
 * @throws {Error} on bad TeX, an unknown citation key, figure, glossary id or chapter
 */
export function renderMarkdown(md: string, ctx: LinkContext): string {
  const stash: string[] = [];
  const keep = (html: string) => `\uE000${stash.push(html) - 1}\uE000`;
  // Split off code so math and references inside code stay literal.
  let out = "";
  let last = 0;
  for (const m of md.matchAll(PROTECT)) {
    out += transform(md.slice(last, m.index));
    out += m[0];
    last = m.index! + m[0].length;
  }
  out += transform(md.slice(last));

  function transform(text: string): string {
    return text
      .replace(DISPLAY_MATH, (_, tex: string) => `\n\n${keep(renderMath(tex.trim(), true))}\n\n`)
      .replace(INLINE_MATH, (_, tex: string) => keep(renderMath(tex, false)))
      .replace(/\[(@[\w-]+(?:\s*;\s*@[\w-]+)*)\]/g, (_, body: string) => {
        const keys = body.split(";").map((s) => s.trim().slice(1));
        if (keys.length === 1 && keys[0].startsWith("fig-")) {
          const f = ctx.figure(keys[0]);
          return keep(`<a class="figref" href="${f.href}">${f.label}</a>`);
        }
        const links = keys.map((k) => {
          ctx.onCite?.(k);
          return `<a class="cite" href="bibliography.html#${k}">${
            escapeHtml(ctx.citeLabel(k))
          }</a>`;
        });
        return keep(`(${links.join("; ")})`);
      })
      .replace(/\]\(glossary:([\w-]+)\)/g, (_, id: string) => `](${ctx.glossary(id)})`)
      .replace(/\]\(chapter:([\w-]+)(?:#([\w-]+))?\)/g, (_, name: string, hash?: string) => {
        if (!ctx.chapter) throw new Error(`chapter link ${name} but no chapter resolver`);
        return `](${ctx.chapter(name, hash)})`;
      });
  }
  const html = marked.parse(out, { async: false }) as string;
  return html.replace(/\uE000(\d+)\uE000/g, (_, i: string) => stash[Number(i)]);
}
