"""Kernel start and Run All per chapter with the project's Deno kernel (jupyter_client).

Usage: lab_runall.py NOTEBOOK.ipynb [...]   (run by bench/lab_runall.mjs, which prints the table)

For each notebook: starts a fresh Deno kernel in notebooks/ (as JupyterLab does), times the
start until the kernel answers kernel_info (idle), then runs every code cell in order, as Run
All does, and times until the last cell's kernel is idle again. Prints one JSON line per
notebook: {"notebook", "start_s", "run_all_s", "start_cpu_s", "run_all_cpu_s", "cells",
"slowest_cell", "slowest_s", "errors"}. The *_cpu_s fields are the kernel process's CPU time
(user + system, from /proc) over the same spans: on a busy machine the wall-clock times grow
with the load, the CPU times much less, so they estimate what an idle machine would take.
"""
import json
import os
import sys
import time

import nbformat
from jupyter_client.manager import KernelManager


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its waited-for children, in seconds."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    ticks = sum(int(x) for x in fields[11:15])  # utime, stime, cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def run(path: str) -> dict:
    nb = nbformat.read(path, as_version=4)
    km = KernelManager(kernel_name="deno")
    t0 = time.perf_counter()
    km.start_kernel(cwd=os.path.dirname(os.path.abspath(path)))
    pid = km.provisioner.process.pid
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        start_s = time.perf_counter() - t0
        cpu0 = cpu_seconds(pid)
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
        cpu1 = cpu_seconds(pid)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return {
        "notebook": os.path.basename(path),
        "start_s": round(start_s, 3),
        "run_all_s": round(run_all_s, 3),
        "start_cpu_s": round(cpu0, 3),
        "run_all_cpu_s": round(cpu1 - cpu0, 3),
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
