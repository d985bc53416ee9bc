"""Kernel start and Run All per chapter with the project's Deno kernel (jupyter_client).

Usage: lab_runall.py NOTEBOOK.ipynb [...]   (run by bench/lab_runall.mjs, which prints the table)

For each notebook: starts a fresh Deno kernel in notebooks/ (as JupyterLab does), times the
start until the kernel answers kernel_info (idle), then runs every code cell in order, as Run
All does, and times until the last cell's kernel is idle again. Prints one JSON line per
notebook: {"notebook", "start_s", "run_all_s", "cells", "slowest_cell", "slowest_s", "errors"}.
"""
import json
import os
import sys
import time

import nbformat
from jupyter_client.manager import KernelManager


def run(path: str) -> dict:
    nb = nbformat.read(path, as_version=4)
    km = KernelManager(kernel_name="deno")
    t0 = time.perf_counter()
    km.start_kernel(cwd=os.path.dirname(os.path.abspath(path)))
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        start_s = time.perf_counter() - t0
        errors = []
        slowest = (0, 0.0)
        cells = 0
        t1 = time.perf_counter()
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not cell.source.strip():
                continue
            cells += 1
            c0 = time.perf_counter()
            reply = kc.execute_interactive(
                cell.source, timeout=300, output_hook=lambda msg: None, allow_stdin=False
            )
            dt = time.perf_counter() - c0
            if dt > slowest[1]:
                slowest = (i + 1, dt)
            if reply["content"].get("status") != "ok":
                errors.append(
                    f"cell {i + 1}: {reply['content'].get('ename')}: {reply['content'].get('evalue')}"
                )
        run_all_s = time.perf_counter() - t1
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return {
        "notebook": os.path.basename(path),
        "start_s": round(start_s, 3),
        "run_all_s": round(run_all_s, 3),
        "cells": cells,
        "slowest_cell": slowest[0],
        "slowest_s": round(slowest[1], 3),
        "errors": errors,
    }


def main() -> int:
    for path in sys.argv[1:]:
        print(json.dumps(run(path)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
