import { assert } from "../../assert.ts";
import {
  readBundle,
  sandboxBundle,
  sandboxOutputs,
  showSandbox,
} from "../../../lib/chapters/sandbox/show.ts";
import { TRUST_NOTE } from "../../../lib/chapters/sandbox/markup.ts";
import { FIGURE_MIME } from "../../../lib/book/display.ts";

function tempBundle(code: string): string {
  const path = Deno.makeTempFileSync({ suffix: ".js" });
  Deno.writeTextFileSync(path, code);
  return path;
}

Deno.test("readBundle: a missing or empty bundle names the command that builds it", () => {
  assert.throws(
    () => readBundle("/nonexistent/sandbox.js"),
    /the sandbox bundle \/nonexistent\/sandbox.js cannot be read; build it with `deno run -A tools\/bundle_sandbox.ts`/,
  );
  const empty = tempBundle("  \n");
  assert.throws(() => readBundle(empty), /is empty; rebuild it with `deno run -A tools/);
  assert.equal(readBundle(tempBundle("void 1;")), "void 1;");
});

Deno.test("sandboxOutputs: static figure first (id, caption, alt), then HTML with the script", () => {
  const out = sandboxOutputs({ bundlePath: tempBundle("window.__marker = 42;") });
  assert.equal(out.figure.id, "fig-sandbox-default");
  assert.match(out.figure.caption, /k = 4, x0 = 22, s = 1\.5/);
  assert.match(out.figure.alt, /exact match p\^4/);
  assert.ok(out.figure.el.outerHTML.startsWith("<svg"));
  assert.match(out.html, /<script>window.__marker = 42;<\/script>/);
  assert.match(out.html, /data-static-figure="fig-sandbox-default"/);
  assert.match(out.text, /interactive emergence sandbox: k = 4/);
});

Deno.test("sandboxOutputs: options reach the figure and the markup; bad state throws", () => {
  const out = sandboxOutputs({
    bundlePath: tempBundle("1"),
    state: { k: 1, metric: "mean-loglik" },
    figureId: "fig-sandbox-k1",
    id: "sb-k1",
  });
  assert.equal(out.figure.id, "fig-sandbox-k1");
  assert.match(out.figure.caption, /mean token log-likelihood/);
  assert.match(out.html, /id="sb-k1"/);
  assert.throws(() => sandboxOutputs({ bundlePath: tempBundle("1"), state: { x0: 30 } }), /x0/);
});

Deno.test("showSandbox: resolves outside the kernel, rejects without a bundle", async () => {
  assert.equal(await showSandbox({ bundlePath: tempBundle("1") }), undefined);
  await assert.rejects(() => showSandbox({ bundlePath: "/nope.js" }), /tools\/bundle_sandbox\.ts/);
});

Deno.test("sandboxBundle: one output, the figure for the build and the HTML with the PNG as fallback", () => {
  const b = sandboxBundle({ bundlePath: tempBundle("window.__marker = 42;") });
  const meta = b[FIGURE_MIME] as { id: string; caption: string; alt: string };
  assert.equal(meta.id, "fig-sandbox-default");
  assert.ok(String(b["image/svg+xml"]).startsWith("<svg"));
  const png = b["image/png"] as string;
  assert.ok(png.startsWith("iVBORw0KGgo"), "a base64 PNG");
  const html = b["text/html"] as string;
  // the fallback (the same PNG, the figure's alt text and the note) comes before the sandbox
  const fallback = html.indexOf(`<img src="data:image/png;base64,${png}"`);
  const note = html.indexOf(TRUST_NOTE);
  const root = html.indexOf('<div class="emergence-sandbox" id="emergence-sandbox"');
  assert.ok(fallback >= 0 && note > fallback && root > note, `${fallback} ${note} ${root}`);
  assert.ok(html.includes(`alt="${meta.alt.replace(/"/g, "&quot;")}"`));
  // hidden="hidden", not a bare `hidden`: Lab's sanitizer drops empty attributes
  assert.match(html, /data-static-figure="fig-sandbox-default" hidden="hidden">/);
  // the fallback is hidden only after the bundle's script, and only if the sandbox mounted
  const hide = html.indexOf('r.dataset.mounted==="true")f.hidden=true');
  assert.ok(hide > html.indexOf("window.__marker = 42;"));
  assert.equal(html.match(/data-sandbox-fallback/g)?.length, 2, "the block and its site CSS rule");
  assert.match(String(b["text/plain"]), /interactive emergence sandbox/);
});
