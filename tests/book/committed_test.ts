// What git stores of the notebooks, not the working copy: a reader running chapters in
// JupyterLab leaves outputs in the working copy, and nbstripout (the git filter tools/setup.sh
// installs) keeps them out of what git stores. These tests read the index (what the next
// commit stores; the same as HEAD when nothing is staged) and run the filter the way git does.
import { fileURLToPath } from "node:url";
import { assert } from "../assert.ts";
import { CHAPTER_FILE, committedProblems, type Notebook } from "../../lib/book/notebook.ts";
import { normalForm, withSlides } from "../../tools/slides.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Runs git synchronously (stdin piped through a temporary file when given). */
function gitSync(args: string[], stdin?: string): { ok: boolean; out: string; err: string } {
  let input: string | undefined;
  if (stdin !== undefined) {
    input = Deno.makeTempFileSync({ suffix: ".ipynb" });
    Deno.writeTextFileSync(input, stdin);
  }
  try {
    const r = new Deno.Command("bash", {
      args: ["-c", input ? `git "$@" < "${input}"` : `git "$@"`, "git", ...args],
      cwd: ROOT,
      stdout: "piped",
      stderr: "piped",
    }).outputSync();
    const dec = new TextDecoder();
    return { ok: r.success, out: dec.decode(r.stdout), err: dec.decode(r.stderr) };
  } finally {
    if (input) Deno.removeSync(input);
  }
}
const inGit = gitSync(["rev-parse", "--is-inside-work-tree"]).out.trim() === "true";
const stored = inGit
  ? gitSync(["ls-files", "--", "notebooks/*.ipynb"]).out.split("\n")
    .filter((p) => CHAPTER_FILE.test(p.replace(/^notebooks\//, "")))
  : [];
const blob = (path: string) => {
  const r = gitSync(["show", `:${path}`]);
  if (!r.ok) throw new Error(`git show :${path} failed: ${r.err}`);
  return r.out;
};

Deno.test({
  name: "git stores every notebook without outputs, naming the Deno kernel",
  ignore: !inGit,
  fn() {
    assert.ok(stored.length >= 18, `found ${stored.length} notebooks in the index`);
    const problems = stored.flatMap((p) => committedProblems(JSON.parse(blob(p)), p));
    assert.deepEqual(problems, []);
  },
});

Deno.test({
  name: "stored notebooks are in nbstripout's form and carry their slide metadata",
  ignore: !inGit,
  fn() {
    const stale = stored.filter((p) => {
      const text = blob(p);
      return normalForm(withSlides(JSON.parse(text))) !== text;
    });
    assert.deepEqual(stale, [], "run: deno run -A tools/slides.ts");
  },
});

Deno.test({
  name: "the nbstripout filter is set up and strips what Lab saves (git status stays clean)",
  ignore: !inGit,
  fn() {
    const attrs = gitSync(["check-attr", "filter", "diff", "--", ...stored]).out;
    for (const p of stored) {
      assert.ok(attrs.includes(`${p}: filter: nbstripout`), `${p}: filter attribute`);
      assert.ok(attrs.includes(`${p}: diff: ipynb`), `${p}: diff attribute`);
    }
    const clean = gitSync(["config", "--get", "filter.nbstripout.clean"]).out.trim();
    assert.match(
      clean,
      /nbstripout --keep-id --extra-keys metadata.language_info.version$/,
      "run bash tools/setup.sh (it configures the filter)",
    );
    // A notebook as JupyterLab saves it after Run All: outputs, execution counts, timing
    // metadata. Hashed the way `git add` and `git status` hash it (through the filter), it
    // must be exactly the stored blob.
    for (const p of stored.slice(0, 2)) {
      const nb: Notebook = JSON.parse(blob(p));
      let n = 0;
      for (const cell of nb.cells) {
        if (cell.cell_type !== "code") continue;
        cell.execution_count = ++n;
        cell.outputs = [{
          output_type: "display_data",
          data: { "text/plain": `output ${n}` },
          metadata: {},
        }];
        (cell.metadata as Record<string, unknown>).execution = {
          "iopub.execute_input": "2026-01-01T00:00:00.000Z",
        };
      }
      // what Lab writes on save: the kernel's language version
      (nb.metadata.language_info as Record<string, unknown>).version = "6.0.3";
      const dirty = JSON.stringify(nb, null, 1) + "\n";
      const hashed = gitSync(["hash-object", `--path=${p}`, "--stdin"], dirty);
      assert.ok(hashed.ok, hashed.err);
      const want = gitSync(["rev-parse", `:${p}`]).out.trim();
      assert.equal(hashed.out.trim(), want, `${p}: the filter must strip what Lab saved`);
    }
  },
});
