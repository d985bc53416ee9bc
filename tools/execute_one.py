"""Execute one notebook headless with the project's Deno kernel (nbclient).

Usage: execute_one.py IN.ipynb OUT.ipynb

Prints one progress line per cell ("cell i/N  0.12s") on stdout. Errors inside cells are kept
in the output notebook (allow_errors) so the caller can report them with context; the caller
(tools/book.ts) verifies every output and retries when the kernel dropped one.
"""
import os
import sys
import time

import nbformat
from nbclient import NotebookClient


def main() -> int:
    src, dst = sys.argv[1], sys.argv[2]
    nb = nbformat.read(src, as_version=4)
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    total = len(code_cells)
    started = {}

    def on_start(cell, cell_index):
        started[cell_index] = time.perf_counter()

    def on_done(cell, cell_index, execute_reply):
        n = code_cells.index(cell) + 1 if cell in code_cells else cell_index
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
    # Kernel versions and other volatile metadata would make rebuilds differ byte for byte.
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(nb, dst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
