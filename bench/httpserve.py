"""A real HTTP server on 127.0.0.1 serving the benchmark's data directory, in its own process.

Run as `python -m bench.httpserve DIR`; prints the port on its first line, serves until killed.
Its own process keeps its memory and CPU out of the contender's measurements.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench.proc import PROJECT_ROOT

STOP_SECONDS = 5


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def serving(directory: Path) -> Iterator[str]:
    """Start the server process for `directory`; yield its base url; stop it on exit."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.httpserve", str(directory)],
        stdout=subprocess.PIPE,
        cwd=PROJECT_ROOT,
        text=True,
    )
    try:
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            # SIGTERM ignored (a shell started with it ignored passes that on): the server
            # would outlive the run and hold its caller's output pipe open.
            process.kill()
            process.wait()


def main() -> None:
    handler = partial(QuietHandler, directory=sys.argv[1])
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        print(server.server_address[1], flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
