"""Fetching a page for import: Claimdesk's one outbound HTTP path, and a security boundary.

Every hop is checked before it is opened: only http/https, only the allowed ports, no user
names or passwords, and every address the host resolves to must be a global one (no loopback,
private, link-local, carrier-grade NAT, multicast, reserved or unspecified address, no IPv4
hidden in IPv6, no decimal/octal/hex host spellings). The connection then goes to the address
that was checked, so a second DNS answer can never redirect it. The body is streamed under a
byte cap (counted after decompression) and the whole fetch runs under one deadline.
"""

import hashlib
import ipaddress
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_IPV4_COMPAT = ipaddress.ip_network("::/96")
_NUMERIC_LABEL = re.compile(r"^(0[xX][0-9a-fA-F]*|[0-9]+)$")


@dataclass(frozen=True)
class FetchPolicy:
    """What the fetcher may do. `loopback_ports` is for tests only: never set it in production."""

    max_bytes: int = 5_000_000
    timeout: float = 20.0
    allowed_ports: frozenset[int] = frozenset({80, 443})
    max_redirects: int = 5
    loopback_ports: frozenset[int] = frozenset()
    accept: tuple[str, ...] = ()
    user_agent: str = "Claimdesk article import (+https://github.com/claimdesk)"


@dataclass(frozen=True)
class FetchedPage:
    requested_url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes = field(repr=False)
    http_date: str | None
    sha256: str


class FetchError(Exception):
    """A fetch that did not give a usable page; `message` is safe to show to the user."""

    temporary = False

    def __init__(self, message: str, *, temporary: bool | None = None) -> None:
        super().__init__(message)
        self.message = message
        if temporary is not None:
            self.temporary = temporary


class FetchRefused(FetchError):
    """The address is not one Claimdesk will contact."""


def resolve(host: str, port: int) -> list[str]:
    """Every address the host resolves to (one lookup; the caller connects to one of them)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def check_address(url: str, policy: FetchPolicy, *, resolver=None) -> None:
    """Vet `url` as the first hop of a fetch would (scheme, port, every address the host
    resolves to) without contacting it: FetchRefused says why Claimdesk would never fetch it."""
    _check_url(url.strip(), policy, resolver or resolve)


def fetch(url: str, policy: FetchPolicy, *, resolver=None) -> FetchedPage:
    """GET the page at `url` under `policy`, following at most `max_redirects` checked hops."""
    resolver = resolver or resolve
    deadline = time.monotonic() + policy.timeout
    current = url.strip()
    for _hop in range(policy.max_redirects + 1):
        target = _check_url(current, policy, resolver)
        response = _open(target, policy, deadline)
        try:
            if response.status in REDIRECT_STATUSES:
                location = response.headers.get("Location")
                if not location:
                    raise FetchError("The site sent a redirect without saying where to.")
                current = urljoin(current, location.strip())
                continue
            _check_status(response.status)
            content_type, charset = _content_type(response.headers.get("Content-Type"))
            if policy.accept and content_type not in policy.accept:
                raise FetchError(_wrong_type_message(content_type))
            body = _read_body(response, policy, deadline)
            return FetchedPage(
                requested_url=url.strip(),
                final_url=current,
                status=response.status,
                content_type=content_type,
                charset=charset,
                body=body,
                http_date=response.headers.get("Date"),
                sha256=hashlib.sha256(body).hexdigest(),
            )
        finally:
            response.close()
    raise FetchError(f"The site redirected more than {policy.max_redirects} times; giving up.")


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int
    address: str
    path: str


def _check_url(url: str, policy: FetchPolicy, resolver) -> _Target:
    """Parse and vet one hop; answer the address to connect to or raise FetchRefused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchRefused("That web address is not valid.") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchRefused("Only http:// and https:// web addresses can be imported.")
    if parts.username is not None or parts.password is not None:
        raise FetchRefused("Web addresses with a user name or password are not accepted.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchRefused("The web address has no host name.")
    port = port or (443 if scheme == "https" else 80)
    if port not in policy.allowed_ports and port not in policy.loopback_ports:
        raise FetchRefused(_port_message(policy))
    host, addresses = _host_addresses(host, port, resolver)
    _vet_addresses(host, addresses, port, policy)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return _Target(scheme, host, port, str(addresses[0]), path)


def _host_addresses(host: str, port: int, resolver) -> tuple[str, list]:
    """The host in ASCII and the addresses it stands for (itself when written as one)."""
    literal = _ip_literal(host)
    if literal is not None:
        return host, [literal]
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise FetchRefused("The web address has an invalid host name.") from None
    try:
        answers = resolver(host, port)
    except (OSError, UnicodeError):
        raise FetchError(f"The host {host} could not be found.", temporary=True) from None
    if not answers:
        raise FetchError(f"The host {host} could not be found.", temporary=True)
    return host, [ipaddress.ip_address(answer.split("%", 1)[0]) for answer in answers]


def _vet_addresses(host: str, addresses: list, port: int, policy: FetchPolicy) -> None:
    """Raise FetchRefused unless every address, and the port for them, may be contacted."""
    for address in addresses:
        reason = _address_refusal(address, port, policy)
        if reason:
            raise FetchRefused(f"Claimdesk does not fetch from {host}: {reason}.")
    if port not in policy.allowed_ports and not (
        port in policy.loopback_ports and all(a.is_loopback for a in addresses)
    ):
        raise FetchRefused(_port_message(policy))


def _port_message(policy: FetchPolicy) -> str:
    allowed = " and ".join(str(p) for p in sorted(policy.allowed_ports))
    return f"Only web addresses on port {allowed} can be imported."


def _ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address if the host is written as one. Spellings browsers and resolvers read as an
    IPv4 number (2130706433, 0177.0.0.1, 0x7f.1, 127.1) are refused outright."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    labels = host.split(".")
    if _NUMERIC_LABEL.match(labels[-1]):
        raise FetchRefused(
            "Claimdesk does not fetch from host names written as numbers "
            "(decimal, octal or hexadecimal addresses)."
        )
    return None


def _address_refusal(address, port: int, policy: FetchPolicy) -> str | None:
    """Why this address may not be contacted, or None if it may."""
    if isinstance(address, ipaddress.IPv6Address):
        if (
            address.ipv4_mapped
            or address.sixtofour
            or address.teredo
            or (address in _IPV4_COMPAT and not address.is_unspecified and not address.is_loopback)
        ):
            return "it is an IPv4 address wrapped in IPv6"
    if address.is_loopback:
        if port in policy.loopback_ports:
            return None
        return "it points back at this server (a loopback address)"
    if address.is_unspecified:
        return "it is the unspecified address"
    if address.is_link_local:
        return "it is a link-local address (such as a cloud metadata service)"
    if address.is_multicast:
        return "it is a multicast address"
    if isinstance(address, ipaddress.IPv4Address) and address in _CGNAT:
        return "it is a carrier-grade NAT address"
    if address.is_reserved:
        return "it is a reserved address"
    if address.is_private:
        return "it is a private network address"
    if not address.is_global:
        return "it is a reserved address"
    return None


def _open(target: _Target, policy: FetchPolicy, deadline: float):
    """Connect to the checked address (Host header and TLS name stay the host's) and send GET."""
    # urllib3 (with ssl and http.client) loads with the first fetch, not with every command.
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.exceptions import HTTPError as Urllib3Error

    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _timeout(policy)
    timeout = remaining  # the watchdog enforces the overall deadline
    if target.scheme == "https":
        connection = HTTPSConnection(
            target.address,
            target.port,
            timeout=timeout,
            server_hostname=target.host,
            assert_hostname=target.host,
            cert_reqs="CERT_REQUIRED",
        )
    else:
        connection = HTTPConnection(target.address, target.port, timeout=timeout)
    default_port = 443 if target.scheme == "https" else 80
    host_header = target.host if target.port == default_port else f"{target.host}:{target.port}"
    watchdog = _Watchdog(connection, deadline)
    try:
        connection.connect()
        # Kept here because http.client lets go of the socket once the response owns it.
        watchdog.sock = connection.sock
        connection.request(
            "GET",
            target.path,
            headers={
                "Host": host_header,
                "User-Agent": policy.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/pdf,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
                "Connection": "close",
            },
            preload_content=False,
            decode_content=True,
        )
        response = connection.getresponse()
    except (OSError, Urllib3Error) as error:
        watchdog.cancel()
        connection.close()
        if watchdog.fired or isinstance(error, TimeoutError | socket.timeout):
            raise _timeout(policy) from None
        raise FetchError(
            f"Could not connect to {target.host}; the site may be down.", temporary=True
        ) from None
    response._claimdesk_watchdog = watchdog
    return response


class _Watchdog:
    """Shuts the socket at the deadline, so a server that drips bytes cannot hold us."""

    def __init__(self, connection, deadline: float) -> None:
        self.connection = connection
        self.sock = None
        self.fired = False
        self.timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self.timer.daemon = True
        self.timer.start()

    def _fire(self) -> None:
        self.fired = True
        sock = self.sock or getattr(self.connection, "sock", None)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self.timer.cancel()


def _read_body(response, policy: FetchPolicy, deadline: float) -> bytes:
    from urllib3.exceptions import HTTPError as Urllib3Error

    watchdog = response._claimdesk_watchdog
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
        raise _too_large(policy)
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            chunk = response.read(CHUNK, decode_content=True)
            if watchdog.fired or time.monotonic() > deadline:
                raise _timeout(policy)
            if not chunk:
                break
            total += len(chunk)
            if total > policy.max_bytes:
                raise _too_large(policy)
            chunks.append(chunk)
    except (OSError, Urllib3Error):
        if watchdog.fired or time.monotonic() > deadline:
            raise _timeout(policy) from None
        raise FetchError("The connection broke while reading the page.", temporary=True) from None
    finally:
        watchdog.cancel()
    return b"".join(chunks)


def _check_status(status: int) -> None:
    if 200 <= status < 300:
        return
    if status in (404, 410):
        raise FetchError(f"The page was not found (HTTP {status}).")
    if status == 429 or status >= 500:
        raise FetchError(f"The site answered with an error (HTTP {status}).", temporary=True)
    raise FetchError(f"The site refused the request (HTTP {status}).")


def _content_type(header: str | None) -> tuple[str, str | None]:
    message = Message()
    message["Content-Type"] = header or "application/octet-stream"
    charset = message.get_content_charset()
    return message.get_content_type(), charset


def _wrong_type_message(content_type: str) -> str:
    kind = content_type.split("/", 1)[0]
    if kind in ("image", "video", "audio"):
        return f"The address points to {kind} ({content_type}), not an article."
    return f"The address returned {content_type}, which Claimdesk cannot read as an article."


def _timeout(policy: FetchPolicy) -> FetchError:
    return FetchError(
        f"The site took longer than {policy.timeout:g} seconds to answer.", temporary=True
    )


def _too_large(policy: FetchPolicy) -> FetchError:
    return FetchError(f"The page is larger than the limit of {policy.max_bytes:,} bytes.")
