"""A small HTTP server on 127.0.0.1 for live-source tests: routes set per test, ETag and
If-None-Match honoured, redirects, and a log of every request (path, headers, time)."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html"
    status: int = 200
    location: str | None = None
    etag: bool = True
    # Advertise this length instead of the body's (a server that says up front it is large).
    content_length: int | None = None


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float


@dataclass
class Loopback:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]


def start(state: Loopback) -> Loopback:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            state.requests.append(Request(self.path, dict(self.headers), time.monotonic()))
            route = state.routes.get(self.path) or state.routes.get(self.path.split("?")[0])
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "9")
                self.end_headers()
                self.wfile.write(b"not found")
                return
            tag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
            if route.etag and route.status == 200 and self.headers.get("If-None-Match") == tag:
                self.send_response(304)
                self.send_header("ETag", tag)
                self.end_headers()
                return
            self.send_response(route.status)
            if route.location:
                self.send_header("Location", route.location)
            self.send_header("Content-Type", route.content_type)
            if route.etag and route.status == 200:
                self.send_header("ETag", tag)
            length = route.content_length if route.content_length is not None else len(route.body)
            self.send_header("Content-Length", str(length))
            self.end_headers()
            try:
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    state.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.server.daemon_threads = True
    # A short poll: `shutdown` waits for the loop to look again (half a second by default).
    serve = partial(state.server.serve_forever, poll_interval=0.02)
    threading.Thread(target=serve, daemon=True).start()
    return state


def stop(state: Loopback) -> None:
    if state.server is not None:
        state.server.shutdown()
        state.server.server_close()
