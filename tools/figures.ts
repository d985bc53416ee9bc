/**
 * Exports every figure in the executed notebooks as standalone SVG and PNG files. The bytes
 * are the ones the kernel displayed (rendered by lib/figures/render.ts): one code path.
 *
 * @module
 */
import { FIGURE_MIME } from "../lib/book/display.ts";
import { joinOutputText, type Notebook } from "../lib/book/notebook.ts";
import { readNotebook } from "./nbtext.ts";

/** A figure found in an executed notebook. */
export interface FoundFigure {
  /** figure id */
  id: string;
  /** caption */
  caption: string;
  /** alt text */
  alt: string;
  /** SVG text */
  svg: string;
  /** base64 PNG */
  pngBase64: string;
  /** notebook stem */
  stem: string;
}

/**
 * Lists the figures in an executed notebook, in order.
 *
 * @param nb executed notebook
 * @param stem notebook file stem, for messages
 * @returns the figures
 * @throws {Error} if a figure output lacks its SVG or PNG
 */
export function figuresIn(nb: Notebook, stem: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  for (const cell of nb.cells) {
    for (const o of cell.outputs ?? []) {
      const meta = o.data?.[FIGURE_MIME] as
        | { id: string; caption: string; alt: string }
        | undefined;
      if (!meta) continue;
      const svg = o.data?.["image/svg+xml"];
      const png = o.data?.["image/png"];
      if (typeof svg !== "string" || typeof png !== "string") {
        throw new Error(`${stem}: figure ${meta.id} has no SVG or PNG data`);
      }
      found.push({ ...meta, svg, pngBase64: png.replace(/\s+/g, ""), stem });
    }
  }
  return found;
}

/**
 * Writes `<id>.svg` and `<id>.png` for every figure of the given executed notebooks.
 *
 * @param executedDir folder of executed notebooks
 * @param names notebook file names, in book order
 * @param outDir output folder (created, emptied of stale figures)
 * @returns number of figures written
 * @throws {Error} if two figures share an id
 */
export async function exportFigures(
  executedDir: string,
  names: string[],
  outDir: string,
): Promise<number> {
  await Deno.remove(outDir, { recursive: true }).catch(() => {});
  await Deno.mkdir(outDir, { recursive: true });
  const seen = new Map<string, string>();
  let count = 0;
  for (const name of names) {
    const stem = name.replace(/\.ipynb$/, "");
    const nb = joinOutputText(await readNotebook(`${executedDir}/${name}`, name));
    for (const f of figuresIn(nb, stem)) {
      const prev = seen.get(f.id);
      if (prev) throw new Error(`figure id ${f.id} is used twice: in ${prev} and ${stem}`);
      seen.set(f.id, stem);
      await Deno.writeTextFile(
        `${outDir}/${f.id}.svg`,
        f.svg.endsWith("\n") ? f.svg : f.svg + "\n",
      );
      await Deno.writeFile(
        `${outDir}/${f.id}.png`,
        Uint8Array.from(atob(f.pngBase64), (c) => c.charCodeAt(0)),
      );
      count++;
    }
  }
  return count;
}
