"""Execute one notebook headless with the project's Deno kernel (nbclient).

Usage: execute_one.py IN.ipynb OUT.ipynb [--timeout SECONDS]

Prints one progress line per code cell ("cell i/N 0.12s") on stdout. The first cell that fails
ends the run: the kernel replied with an error (an exception, a syntax error, which the Deno
kernel reports with no error output), the cell ran longer than the timeout, or the kernel died.
Then one line "FAILED cell i/N: what happened" goes to stdout (same numbering as the progress
lines), nothing is written to OUT, and the exit status is 2. The caller (tools/book.ts) also
verifies every output of a notebook that ran through and retries when the kernel dropped one.

To make that verification exact, each code cell runs with a prefix on its first line,
`void (globalThis.__emergenceCell = <cell number>);`, which lib/book/display.ts uses to tag every
output with the cell that sent it and a running number; after the last cell one extra cell
reports how many outputs were sent. The prefix and the extra cell are removed again before the
notebook is written, and the count is kept in the notebook metadata ("emergence").

Nothing outlives the build: this process ends when the process that started it ends (its parent
is watched), the kernel is started with PR_SET_PDEATHSIG so that it ends with this process even
if this one is killed outright, and on SIGTERM, SIGINT or SIGHUP the kernel is killed and its
connection file removed.

Outputs found in IN (a working copy saved by JupyterLab) are ignored: every cell is executed
afresh.
"""
import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def set_parent_death_signal(sig):
    """Asks Linux to send `sig` to this process when its parent ends (no-op elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    except (OSError, AttributeError):
        pass


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[1] == "--exec-child":
    # The kernel: end with this executor, however it ends; then become the kernel.
    set_parent_death_signal(signal.SIGKILL)
    os.execvp(sys.argv[2], sys.argv[2:])

import argparse  # noqa: E402 - the kernel wrapper above needs none of what follows
import threading  # noqa: E402
import time  # noqa: E402

import nbformat  # noqa: E402
from jupyter_client.manager import AsyncKernelManager  # noqa: E402
from nbclient import NotebookClient  # noqa: E402
from nbclient.exceptions import CellTimeoutError, DeadKernelError  # noqa: E402

COUNT_MIME = "application/vnd.emergence.count+json"
SENTINEL = (
    "globalThis.__emergenceCell = undefined; "
    '{ const m = await import("../lib/book/display.ts"); await m.reportOutputCount(); }'
)


class WatchedKernelManager(AsyncKernelManager):
    """Starts the kernel through `execute_one.py --exec-child`, which sets PR_SET_PDEATHSIG, and
    keeps its connection file in $JUPYTER_RUNTIME_DIR (the build's own folder) rather than in a
    random file under /tmp."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        runtime = os.environ.get("JUPYTER_RUNTIME_DIR")
        if runtime and not self.connection_file:
            os.makedirs(runtime, exist_ok=True)
            self.connection_file = os.path.join(runtime, f"kernel-{os.getpid()}.json")

    def format_kernel_cmd(self, extra_arguments=None):
        cmd = super().format_kernel_cmd(extra_arguments)
        if not sys.platform.startswith("linux"):
            return cmd
        return [sys.executable, "-S", os.path.abspath(__file__), "--exec-child", *cmd]


class CellFailed(Exception):
    pass


def one_line(text, limit=300):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--timeout", type=float, default=60.0)
    opts = parser.parse_args()

    parent = int(os.environ.get("EMERGENCE_BUILD_PID", os.getppid()))
    state = {"client": None, "process": None}

    def kill_kernel():
        client = state["client"]
        proc = state["process"]
        if proc is not None and proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                try:
                    proc.kill()
                except OSError:
                    pass
        km = getattr(client, "km", None) if client is not None else None
        conn = getattr(km, "connection_file", "") if km is not None else ""
        if conn:
            try:
                os.remove(conn)
            except OSError:
                pass

    def on_signal(signum, _frame):
        kill_kernel()
        os._exit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    set_parent_death_signal(signal.SIGTERM)
    if os.getppid() != parent:
        on_signal(signal.SIGTERM, None)

    def watch_parent():
        # PR_SET_PDEATHSIG follows the parent *thread*; this follows the parent process.
        while True:
            time.sleep(0.2)
            if os.getppid() != parent:
                os.kill(os.getpid(), signal.SIGTERM)
                return

    threading.Thread(target=watch_parent, daemon=True).start()

    nb = nbformat.read(opts.src, as_version=4)
    originals = {}
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            originals[i] = cell.source
            cell.source = f"void (globalThis.__emergenceCell = {i + 1}); {cell.source}"
    sentinel = nbformat.v4.new_code_cell(SENTINEL)
    nb.cells.append(sentinel)

    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    total = len(code_cells) - 1
    started = {}
    current = {"label": "before the first cell"}

    def label_of(cell):
        if cell is sentinel:
            return "the closing output count"
        return f"cell {code_cells.index(cell) + 1}/{total}"

    def on_start(cell, cell_index):
        if cell.cell_type != "code":
            return
        started[cell_index] = time.perf_counter()
        current["label"] = label_of(cell)
        km = state["client"].km
        state["process"] = getattr(getattr(km, "provisioner", None), "process", None)

    def on_done(cell, cell_index, execute_reply):
        content = (execute_reply or {}).get("content", {})
        if content.get("status") == "error":
            errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
            source = errors[0] if errors else content
            what = f"{source.get('ename') or 'Error'}: {source.get('evalue') or ''}".strip()
            if not errors:
                what += " (no error output)"
            raise CellFailed(f"{label_of(cell)}: {what}")
        if cell is sentinel:
            return
        dt = time.perf_counter() - started.get(cell_index, time.perf_counter())
        print(f"{label_of(cell)} {dt:.2f}s", flush=True)

    client = NotebookClient(
        nb,
        kernel_name="deno",
        kernel_manager_class=WatchedKernelManager,
        timeout=opts.timeout,
        startup_timeout=120,
        shutdown_kernel="immediate",
        allow_errors=True,
        record_timing=False,
        iopub_timeout=10,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(opts.src))}},
        on_cell_start=on_start,
        on_cell_executed=on_done,
    )
    state["client"] = client
    failure = None
    try:
        client.execute()
    except CellFailed as e:
        failure = str(e)
    except CellTimeoutError:
        failure = f"{current['label']}: timed out after {opts.timeout:g} s"
    except DeadKernelError:
        proc = state["process"]
        code = proc.poll() if proc is not None else None
        status = f" with exit code {code}" if code is not None and code >= 0 else ""
        failure = f"{current['label']}: the kernel exited{status}"
    except Exception as e:  # noqa: BLE001 - one line for the build, whatever it was
        failure = f"{current['label']}: {type(e).__name__}: {e}"
    finally:
        kill_kernel()
    if failure is not None:
        print(f"FAILED {one_line(failure)}", flush=True)
        return 2

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
    nbformat.write(nb, opts.dst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
