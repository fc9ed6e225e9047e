"""A small HTTP server on loopback that plays every kind of site an import meets: articles,
errors, redirects, drips, bombs, feeds. Tests never reach the internet."""

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PARAGRAPH = (
    "The city council voted on Tuesday to spend $4.2 million on road repairs, "
    "the mayor's office said. Officials said 37 bridges need work before 2027."
)


def article_html(number: int, title: str | None = None, charset: str = "utf-8") -> str:
    title = title or f"Council report number {number}"
    return f"""<!doctype html><html lang="en"><head><meta charset="{charset}">
<title>{title}</title><meta name="author" content="Ana Reporter">
<meta property="og:site_name" content="Loopback Gazette">
<meta property="article:published_time" content="2026-03-0{1 + number % 9}T10:00:00Z">
<link rel="canonical" href="/article/{number}"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
<p>{PARAGRAPH} Report {number} found that unemployment fell to {number % 10}.5% last year.</p>
<p>“We added {number * 10 + 250} jobs last month,” said Labor Secretary Jane Doe on Friday.</p>
<p>The agency said inflation rose 3.{number % 10}% in April, the highest rate since 2023.</p>
</article><footer>Copyright Loopback Gazette</footer></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: C901 - one branch per kind of site
        server = self.server
        server.requests.append((self.path, dict(self.headers)))
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        if path in server.routes:
            status, headers, body = server.routes[path]
            headers = dict(headers)
            content_type = headers.pop("Content-Type", "text/html; charset=utf-8")
            return self._send(status, body, content_type, headers)
        if path.startswith("/article/"):
            number = int(path.rsplit("/", 1)[-1])
            return self._send(200, article_html(number).encode())
        if path.startswith("/brief/"):  # a short article, for tests that import hundreds
            number = int(path.rsplit("/", 1)[-1])
            body = (
                f"<html><head><title>Brief {number}</title></head><body><article>"
                f"<p>Brief {number}: the council said {number} roads were repaired in 2025, "
                "officials said on Monday.</p></article></body></html>"
            )
            return self._send(200, body.encode())
        if path.startswith("/slow/"):  # /slow/<seconds>/<number>: an article, after a wait
            _, _, seconds, number = path.split("/")
            time.sleep(float(seconds))
            return self._send(200, article_html(int(number)).encode())
        if path.startswith("/missing/"):
            return self._send(404, b"<p>secret internal detail</p>")
        if path.startswith("/flaky/"):  # /flaky/<key>/<failures>: 503 that many times, then OK
            _, _, key, failures = path.split("/")
            server.hits[key] = server.hits.get(key, 0) + 1
            if server.hits[key] <= int(failures):
                return self._send(503, b"busy")
            return self._send(200, article_html(900 + len(server.hits)).encode())
        if path == "/stall":
            time.sleep(10)
            return self._send(200, article_html(1).encode())
        if path == "/cookie":
            return self._send(
                302, b"", headers={"Location": "/article/77", "Set-Cookie": "session=abc; Path=/"}
            )
        if path == "/error":
            return self._send(500, b"Traceback: internal secret")
        if path == "/redirect":
            return self._send(302, b"", headers={"Location": query["to"][0]})
        if path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[-1])
            target = "/article/1" if left == 0 else f"/hop/{left - 1}"
            return self._send(302, b"", headers={"Location": target})
        if path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(60):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                pass
            return None
        if path == "/big":  # no Content-Length: the cap must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"a" * 65536 + b"</p>")
            except OSError:
                pass
            self.close_connection = True
            return None
        if path == "/gzip-bomb":
            body = server.gzip_bomb
            return self._send(200, body, "text/html", {"Content-Encoding": "gzip"})
        if path == "/feed":
            count = int(query.get("count", ["5"])[0])
            base = query.get("base", ["article"])[0]
            items = "".join(
                f"<item><title>Item {n}</title><link>http://127.0.0.1:{server.server_port}"
                f"/{base}/{n}</link><guid>{n}</guid></item>"
                for n in range(count)
            )
            body = (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback feed</title>'
                f"<link>http://127.0.0.1/</link>{items}</channel></rss>"
            ).encode()
            return self._send(200, body, "application/rss+xml")
        return self._send(404, b"not here")


class LoopbackSite:
    def __init__(self) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.routes = {}
        self.server.requests = []
        self.server.hits = {}
        self.server.gzip_bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, body: bytes, status: int = 200, **headers) -> str:
        headers = {name.replace("_", "-"): value for name, value in headers.items()}
        self.server.routes[path] = (status, headers, body)
        return self.url(path)

    @property
    def requests(self):
        return self.server.requests

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
