/**
 * The sandbox in the browser: wires the markup from {@link ./markup.ts} to the curves
 * ({@link sampleSandbox}) and the shared Plot figure ({@link sandboxPlotOptions}), and redraws
 * on every slider move. Bundled by `tools/bundle_sandbox.ts` into `_build/assets/sandbox.js`,
 * which mounts every not-yet-mounted `[data-emergence-sandbox]` element when it runs.
 *
 * - Sliders (`input` events) redraw live; number inputs apply on `change` (Enter or leaving
 *   the field) through {@link parseControlInput}: out-of-range values are clamped, fractions
 *   of k rounded, non-numbers rejected, each with a message in the live region.
 * - After each redraw the root carries `data-k`, `data-metric`, `data-elbow-log-compute` and
 *   the chart's text alternative, for screen readers and the browser tests.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { sandboxPlotOptions } from "./plot_options.ts";
import { sampleSandbox } from "./curves.ts";
import {
  checkMetric,
  CONTROLS,
  type NumericControl,
  parseControlInput,
  type SandboxState,
  validateState,
} from "./state.ts";
import { describeSandbox, sandboxAlt } from "./text.ts";

/** A mounted sandbox, as exposed on `globalThis.emergenceSandboxes` for tests and benches. */
export interface SandboxHandle {
  /** the root element */
  root: HTMLElement;
  /** the current state (a copy) */
  state(): SandboxState;
  /** sets some fields (strictly validated) and redraws */
  set(partial: Partial<SandboxState>): void;
  /** milliseconds taken by each redraw so far (sampling + Plot + DOM swap), last 1000 */
  redrawMs: number[];
}

function required<T extends Element>(root: Element, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`emergence sandbox: markup is missing ${selector}`);
  return el;
}

/**
 * Mounts one sandbox root: reads its initial state from `data-state`, draws the chart, wires
 * the controls and reveals the root (it starts `hidden`, so without JavaScript it stays out of
 * the way).
 *
 * @param root an element made by `sandboxMarkup`
 * @returns a handle to read and set the state
 * @throws {Error} if the markup lacks an element it needs or the state is invalid
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mountSandbox } from "./browser.ts";
 * assert.equal(typeof mountSandbox, "function"); // needs a DOM; exercised in tests/browser/
 * ```
 */
export function mountSandbox(root: HTMLElement): SandboxHandle {
  let state = validateState(JSON.parse(root.dataset.state ?? "{}"), "data-state attribute");
  const chart = required<HTMLElement>(root, '[data-role="chart"]');
  const message = required<HTMLElement>(root, '[data-role="message"]');
  const values = required<HTMLElement>(root, '[data-role="values"]');
  const names: NumericControl[] = ["k", "x0", "s"];
  const ranges = Object.fromEntries(names.map((n) => [
    n,
    required<HTMLInputElement>(root, `input[type="range"][data-control="${n}"]`),
  ])) as Record<NumericControl, HTMLInputElement>;
  const numbers = Object.fromEntries(names.map((n) => [
    n,
    required<HTMLInputElement>(root, `input[type="text"][data-control="${n}"]`),
  ])) as Record<NumericControl, HTMLInputElement>;
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const redrawMs: number[] = [];
  // the chart fits its container (360 … 640 px) so text keeps its size on narrow pages
  const fitWidth = () => Math.round(Math.max(360, Math.min(640, chart.clientWidth || 640)));
  let width = fitWidth();

  function redraw(): void {
    const t0 = performance.now();
    const curves = sampleSandbox(state);
    const svg = Plot.plot(sandboxPlotOptions(curves, width)) as unknown as Element;
    // The chart's container is the accessible image (role="img" with the alt text below); the
    // SVG inside, whose groups Plot labels without a role, stays out of the accessibility tree.
    svg.setAttribute("aria-hidden", "true");
    chart.replaceChildren(svg);
    const alt = sandboxAlt(curves);
    chart.setAttribute("aria-label", alt);
    for (const line of describeSandbox(curves)) {
      const dd = values.querySelector<HTMLElement>(`[data-key="${line.key}"]`);
      if (dd && dd.textContent !== line.value) dd.textContent = line.value;
    }
    root.dataset.k = String(state.k);
    root.dataset.metric = state.metric;
    root.dataset.elbowLogCompute = String(curves.elbow.logCompute);
    redrawMs.push(performance.now() - t0);
    if (redrawMs.length > 1000) redrawMs.shift();
  }

  function syncInputs(): void {
    for (const n of names) {
      const v = String(state[n]);
      if (ranges[n].value !== v) ranges[n].value = v;
      if (numbers[n].value !== v) numbers[n].value = v;
    }
    for (const r of radios) r.checked = r.value === state.metric;
  }

  for (const n of names) {
    ranges[n].addEventListener("input", () => {
      const v = Number(ranges[n].value);
      state = validateState({ ...state, [n]: v }, `${CONTROLS[n].symbol} slider`);
      numbers[n].value = ranges[n].value;
      message.textContent = "";
      redraw();
    });
    numbers[n].addEventListener("change", () => {
      const outcome = parseControlInput(n, numbers[n].value, state[n]);
      state = validateState({ ...state, [n]: outcome.value }, `${CONTROLS[n].symbol} input`);
      message.textContent = outcome.message;
      numbers[n].setAttribute("aria-invalid", outcome.status === "accepted" ? "false" : "true");
      syncInputs();
      redraw();
    });
  }
  for (const r of radios) {
    r.addEventListener("change", () => {
      if (!r.checked) return;
      state = { ...state, metric: checkMetric(r.value, "metric toggle") };
      message.textContent = "";
      redraw();
    });
  }

  // Keys pressed in the sandbox stay in the sandbox: JupyterLab's notebook otherwise takes
  // arrow keys in command mode to move between cells (the default action, moving the slider,
  // still happens; only propagation to the notebook stops).
  root.addEventListener("keydown", (ev) => ev.stopPropagation());

  syncInputs();
  root.hidden = false;
  width = fitWidth();
  redraw();
  root.ownerDocument.defaultView?.addEventListener("resize", () => {
    const w = fitWidth();
    if (w !== width) {
      width = w;
      redraw();
    }
  });
  const staticId = root.dataset.staticFigure;
  if (staticId) {
    const fig = root.ownerDocument.getElementById(staticId);
    if (fig && !fig.contains(root)) fig.hidden = true;
  }
  root.dataset.mounted = "true";
  return {
    root,
    state: () => ({ ...state }),
    set(partial) {
      state = validateState({ ...state, ...partial }, "SandboxHandle.set");
      syncInputs();
      redraw();
    },
    redrawMs,
  };
}

/**
 * Mounts every `[data-emergence-sandbox]` element of a document not mounted yet and records
 * the handles on `globalThis.emergenceSandboxes`.
 *
 * @param doc the document to search
 * @returns the handles of the sandboxes mounted by this call
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mountAll } from "./browser.ts";
 * assert.equal(typeof mountAll, "function"); // needs a DOM; exercised in tests/browser/
 * ```
 */
export function mountAll(doc: Document): SandboxHandle[] {
  const g = globalThis as unknown as { emergenceSandboxes?: SandboxHandle[] };
  g.emergenceSandboxes ??= [];
  const mounted: SandboxHandle[] = [];
  for (const root of doc.querySelectorAll<HTMLElement>("[data-emergence-sandbox]")) {
    if (root.dataset.mounted) continue;
    root.dataset.mounted = "pending";
    try {
      const h = mountSandbox(root);
      g.emergenceSandboxes.push(h);
      mounted.push(h);
    } catch (err) {
      root.hidden = false;
      root.dataset.mounted = "failed";
      const msg = root.querySelector('[data-role="message"]');
      if (msg) msg.textContent = `The sandbox failed to start: ${(err as Error).message}`;
      throw err;
    }
  }
  return mounted;
}

if (typeof document !== "undefined" && typeof window !== "undefined") {
  mountAll(document);
}
