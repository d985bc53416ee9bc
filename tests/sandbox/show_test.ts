import { assert } from "../assert.ts";
import { readBundle, sandboxOutputs, showSandbox } from "../../lib/sandbox/show.ts";

function tempBundle(code: string): string {
  const path = Deno.makeTempFileSync({ suffix: ".js" });
  Deno.writeTextFileSync(path, code);
  return path;
}

Deno.test("readBundle: a missing or empty bundle names the command that builds it", () => {
  assert.throws(
    () => readBundle("/nonexistent/sandbox.js"),
    /the sandbox bundle \/nonexistent\/sandbox.js is missing \(NotFound\); build it with `deno run -A tools\/bundle_sandbox.ts`/,
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
