/**
 * The fonts every PNG figure is rasterised with: DejaVu Sans, installed from npm
 * (`dejavu-fonts-ttf`), so that a figure looks the same on every machine and no system font is
 * looked up.
 *
 * @module
 */
import { fileURLToPath } from "node:url";

/** The three faces the figures use. */
export const BOOK_FONT_FACES: readonly string[] = [
  "DejaVuSans.ttf",
  "DejaVuSans-Bold.ttf",
  "DejaVuSans-Oblique.ttf",
];

let found: string[] | undefined;

/**
 * Paths of the book's font files, checked once to exist.
 *
 * @param dir folder holding the `.ttf` files (default: the npm package's `ttf/` folder)
 * @returns one absolute path per face in {@link BOOK_FONT_FACES}
 * @throws {Error} naming the missing file and the install command
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bookFontFiles } from "./fonts.ts";
 * assert.throws(() => bookFontFiles(new URL("file:///nonexistent/")), /font file missing: \/nonexistent\/DejaVuSans\.ttf/);
 * ```
 */
export function bookFontFiles(dir?: URL): string[] {
  if (dir === undefined && found) return found;
  const base = dir ?? new URL("../../node_modules/dejavu-fonts-ttf/ttf/", import.meta.url);
  const paths = BOOK_FONT_FACES.map((f) => {
    const path = fileURLToPath(new URL(f, base));
    try {
      Deno.statSync(path);
    } catch {
      throw new Error(`font file missing: ${path} (run npm ci to install dejavu-fonts-ttf)`);
    }
    return path;
  });
  if (dir === undefined) found = paths;
  return paths;
}
