"""Execute one notebook headless with the project's Deno kernel (nbclient).

Usage: execute_one.py IN.ipynb OUT.ipynb

Prints one progress line per cell ("cell i/N  0.12s") on stdout. Errors inside cells are kept
in the output notebook (allow_errors) so the caller can report them with context; the caller
(tools/book.ts) verifies every output and retries when the kernel dropped one.

To make that verification exact, each code cell runs with a prefix on its first line,
`void (globalThis.__emergenceCell = <cell number>);`, which lib/book/display.ts uses to tag every
output with the cell that sent it and a running number; after the last cell one extra cell
reports how many outputs were sent. The prefix and the extra cell are removed again before the
notebook is written, and the count is kept in the notebook metadata ("emergence").
"""
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

COUNT_MIME = "application/vnd.emergence.count+json"
SENTINEL = (
    "globalThis.__emergenceCell = undefined; "
    '{ const m = await import("../lib/book/display.ts"); await m.reportOutputCount(); }'
)


def main() -> int:
    src, dst = sys.argv[1], sys.argv[2]
    nb = nbformat.read(src, as_version=4)
    originals = {}
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            originals[i] = cell.source
            cell.source = f"void (globalThis.__emergenceCell = {i + 1}); {cell.source}"
    sentinel = nbformat.v4.new_code_cell(SENTINEL)
    nb.cells.append(sentinel)

    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    total = len(code_cells) - 1
    started = {}

    def on_start(cell, cell_index):
        started[cell_index] = time.perf_counter()

    def on_done(cell, cell_index, execute_reply):
        if cell is sentinel:
            return
        n = code_cells.index(cell) + 1
        dt = time.perf_counter() - started.get(cell_index, time.perf_counter())
        print(f"cell {n}/{total} {dt:.2f}s", flush=True)

    client = NotebookClient(
        nb,
        kernel_name="deno",
        timeout=600,
        startup_timeout=120,
        allow_errors=True,
        record_timing=False,
        iopub_timeout=10,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(src))}},
        on_cell_start=on_start,
        on_cell_executed=on_done,
    )
    client.execute()

    nb.cells.pop()
    count = None
    for out in sentinel.get("outputs", []):
        data = out.get("data", {})
        if COUNT_MIME in data:
            count = data[COUNT_MIME]["count"]
    nb.metadata["emergence"] = {"outputs_sent": count}
    for i, source in originals.items():
        nb.cells[i].source = source
    # Volatile metadata would make rebuilds differ byte for byte.
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(nb, dst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
