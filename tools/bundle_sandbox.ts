/**
 * Bundles the sandbox's browser entry (lib/chapters/sandbox/browser.ts) with Observable Plot and the
 * book's math into one self-contained script, `_build/assets/sandbox.js` (an IIFE, minified,
 * no imports, no network). `lib/chapters/sandbox/show.ts` inlines it into the notebook's HTML output;
 * the book build runs this before executing notebooks.
 *
 *   deno run -A tools/bundle_sandbox.ts [--out PATH]
 *
 * Uses esbuild from `node_modules/` (npm `esbuild`, pinned in package.json and installed by
 * `npm ci`, so the build needs no download; `deno bundle` would fetch esbuild into the Deno cache
 * on first use, and gives the same bytes). The output is checked: it must not contain `import`/`export` statements, dynamic
 * `import(` calls or absolute http(s) URLs other than XML namespace names.
 *
 * @module
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");
const args = Deno.args;
const outIndex = args.indexOf("--out");
const out = outIndex >= 0 ? args[outIndex + 1] : `${ROOT}/_build/assets/sandbox.js`;
if (!out) throw new Error("--out needs a path");

const NAMESPACES = new Set([
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/2000/xmlns/",
  "http://www.w3.org/XML/1998/namespace",
]);

await Deno.mkdir(out.replace(/\/[^/]*$/, ""), { recursive: true });
const tmp = `${out}.tmp-${Deno.pid}.js`;
const cmd = new Deno.Command(`${ROOT}/node_modules/.bin/esbuild`, {
  args: [
    `${ROOT}/lib/chapters/sandbox/browser.ts`,
    "--bundle",
    "--platform=browser",
    "--format=iife",
    "--minify",
    "--log-level=warning",
    `--outfile=${tmp}`,
  ],
  cwd: ROOT,
  env: { NO_COLOR: "1" },
  stdout: "piped",
  stderr: "piped",
});
const result = await cmd.output();
const dec = new TextDecoder();
if (!result.success) {
  await Deno.remove(tmp).catch(() => {});
  throw new Error(
    `esbuild failed (exit ${result.code}):\n${dec.decode(result.stderr)}${
      dec.decode(result.stdout)
    }`,
  );
}
const code = await Deno.readTextFile(tmp);
const problems: string[] = [];
if (code.length < 10_000) problems.push(`bundle is suspiciously small (${code.length} bytes)`);
if (/^\s*(import|export)\b/m.test(code)) problems.push("bundle contains import/export statements");
if (/\bimport\s*\(/.test(code)) problems.push("bundle contains a dynamic import()");
for (const url of code.match(/https?:\/\/[^"'`\s)]+/g) ?? []) {
  if (!NAMESPACES.has(url)) problems.push(`bundle references ${url}`);
}
if (problems.length) {
  await Deno.remove(tmp).catch(() => {});
  throw new Error(`sandbox bundle rejected:\n- ${problems.join("\n- ")}`);
}
await Deno.rename(tmp, out);
const digest = new Uint8Array(
  await crypto.subtle.digest("SHA-256", new TextEncoder().encode(code)),
);
const hex = [...digest].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 16);
console.log(`wrote ${out} (${(code.length / 1024).toFixed(0)} KiB, sha256 ${hex}…)`);
import { fileURLToPath } from "node:url";
