"""`python -m bench.peak OUT (-m MODULE | -c CODE) [ARGS…]`: run Python code, then write this
process's peak RSS (VmHWM, in bytes) to OUT.

wait4()'s ru_maxrss cannot be used for this: Linux carries the parent's high-water mark into a
child across fork and exec, so every child would report at least the runner's own size.
"""

from __future__ import annotations

import atexit
import runpy
import sys
from pathlib import Path


def peak_rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def main() -> None:
    out, mode, target, *rest = sys.argv[1:]
    atexit.register(lambda: Path(out).write_text(str(peak_rss_bytes())))
    if mode == "-m":
        sys.argv = [target, *rest]
        runpy.run_module(target, run_name="__main__", alter_sys=True)
    else:
        sys.argv = ["-c", *rest]
        exec(compile(target, "<string>", "exec"), {"__name__": "__main__"})


if __name__ == "__main__":
    main()
