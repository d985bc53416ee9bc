// Emergence, executable: the static book's small page script (copied to site/assets/book.js).
// Everything works without it; it adds the "show all code" switch, the present view, the
// colour-scheme switch and the search box. Preferences live in localStorage; nothing is fetched.
(() => {
  const root = document.documentElement;
  const store = {
    get(k) {
      try {
        return localStorage.getItem(`emergence.${k}`);
      } catch {
        return null;
      }
    },
    set(k, v) {
      try {
        if (v === null) localStorage.removeItem(`emergence.${k}`);
        else localStorage.setItem(`emergence.${k}`, v);
      } catch { /* storage blocked: the switch still works for this page */ }
    },
  };
  const params = new URLSearchParams(location.search);

  // Present view: ?present (or ?present=0 to leave it), remembered.
  if (params.has("present")) store.set("present", params.get("present") === "0" ? null : "1");
  const setPresent = (on) => {
    root.classList.toggle("present", on);
    const b = document.getElementById("present-toggle");
    if (b) b.setAttribute("aria-pressed", String(on));
  };
  setPresent(store.get("present") === "1");

  // Colour scheme: follows the system unless the reader picks one.
  const setScheme = (s) => {
    root.classList.toggle("dark", s === "dark");
    root.classList.toggle("light", s === "light");
  };
  if (params.has("scheme")) store.set("scheme", params.get("scheme") || null);
  setScheme(store.get("scheme"));

  const ready = () => {
    const code = document.getElementById("show-code");
    const blocks = () => document.querySelectorAll("details.cell-code");
    if (code) {
      code.checked = store.get("showCode") === "1";
      const apply = () => blocks().forEach((d) => (d.open = code.checked));
      if (code.checked) apply();
      code.addEventListener("change", () => {
        store.set("showCode", code.checked ? "1" : null);
        apply();
      });
    }
    const present = document.getElementById("present-toggle");
    if (present) {
      present.setAttribute("aria-pressed", String(root.classList.contains("present")));
      present.addEventListener("click", () => {
        const on = !root.classList.contains("present");
        store.set("present", on ? "1" : null);
        setPresent(on);
      });
    }
    const scheme = document.getElementById("scheme-toggle");
    if (scheme) {
      scheme.addEventListener("click", () => {
        const dark = root.classList.contains("dark") ||
          (!root.classList.contains("light") && matchMedia("(prefers-color-scheme: dark)").matches);
        const next = dark ? "light" : "dark";
        store.set("scheme", next);
        setScheme(next);
      });
    }
    setupSearch();
  };

  function setupSearch() {
    const input = document.getElementById("search-input");
    const list = document.getElementById("search-results");
    if (!input || !list) return;
    const base = input.dataset.base ?? "";
    let index = null;
    let loading = null;
    const load = () =>
      loading ??= new Promise((resolve, reject) => {
        const add = (src) =>
          new Promise((ok, fail) => {
            const s = document.createElement("script");
            s.src = base + src;
            s.onload = ok;
            s.onerror = () => fail(new Error(`could not load ${src}`));
            document.head.append(s);
          });
        add("assets/minisearch.js").then(() => add("assets/search-index.js")).then(() => {
          const data = globalThis.EMERGENCE_SEARCH;
          index = globalThis.MiniSearch.loadJS(data.index, data.options);
          resolve(index);
        }, reject);
      });
    // the browser's copy of escapeHtml in lib/format/html.ts (this file is served as is)
    const esc = (s) =>
      s.replace(
        /[&<>"']/g,
        (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
      );
    const show = async () => {
      const q = input.value.trim();
      if (q.length < 2) {
        list.innerHTML = "";
        return;
      }
      const idx = await load();
      const hits = idx.search(q, { prefix: true, fuzzy: 0.15, boost: { title: 3 } }).slice(0, 12);
      list.innerHTML = hits.length
        ? hits.map((h) =>
          `<li><a href="${base}${esc(h.href)}">${esc(h.title)}</a><span class="kind">${
            esc(h.kind)
          }</span><span class="snippet">${esc(h.snippet)}</span></li>`
        ).join("")
        : `<li>No match for “${esc(q)}”.</li>`;
    };
    input.addEventListener("input", () => void show());
    input.addEventListener("focus", () => void load());
    input.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        input.value = "";
        list.innerHTML = "";
      } else if (e.key === "Enter") {
        const first = list.querySelector("a");
        if (first) location.href = first.href;
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
