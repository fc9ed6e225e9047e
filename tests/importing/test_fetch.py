"""The fetcher is a security boundary: every refusal, limit and fault, against a loopback site.

Tests never reach the internet: host names are answered by a fake resolver, and the one test
that must "connect" to a public address intercepts the connection before it is made."""

import time

import pytest
import urllib3.util.connection

from webapp.importing.fetch import FetchError, FetchPolicy, FetchRefused, fetch


def _resolver(table):
    calls = []

    def resolve(host, port):
        calls.append(host)
        answer = table[host]
        return answer(len(calls)) if callable(answer) else answer

    resolve.calls = calls
    return resolve


NAMES = _resolver(
    {
        "metadata.example.com": ["169.254.169.254"],
        "intranet.example.com": ["10.1.2.3"],
        "cgnat.example.com": ["100.64.12.1"],
        "mapped.example.com": ["::ffff:10.0.0.1"],
        "half.example.com": ["93.184.216.34", "192.168.1.5"],
        "self.example.com": ["127.0.0.1"],
        "v6local.example.com": ["fe80::1"],
    }
)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/file", "Only http:// and https://"),
        ("file:///etc/passwd", "Only http:// and https://"),
        ("gopher://example.com/", "Only http:// and https://"),
        ("http://user:secret@example.com/", "user name or password"),
        ("http://example.com:8080/", "Only web addresses on port 80 and 443"),
        ("http://example.com:99999/", "not valid"),
        ("http://127.0.0.1/", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://localhost.:80/", None),  # resolved by the fake table below: refused
        ("http://10.0.0.8/", "private network"),
        ("http://172.16.5.4/", "private network"),
        ("http://192.168.0.1/", "private network"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://100.64.0.1/", "carrier-grade NAT"),
        ("http://224.0.0.251/", "multicast"),
        ("http://240.0.0.1/", "reserved"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://[::ffff:127.0.0.1]/", "IPv4 address wrapped in IPv6"),
        ("http://[::ffff:a9fe:a9fe]/", "IPv4 address wrapped in IPv6"),
        ("http://[::127.0.0.1]/", "IPv4 address wrapped in IPv6"),
        ("http://[fe80::1]/", "link-local"),
        ("http://[fc00::1]/", "private network"),
        ("http://2130706433/", "written as numbers"),
        ("http://0x7f000001/", "written as numbers"),
        ("http://0177.0.0.1/", "written as numbers"),
        ("http://0x7f.0.0.1/", "written as numbers"),
        ("http://127.1/", "written as numbers"),
        ("http://metadata.example.com/", "link-local"),
        ("http://intranet.example.com/", "private network"),
        ("http://cgnat.example.com/", "carrier-grade NAT"),
        ("http://mapped.example.com/", "IPv4 address wrapped in IPv6"),
        ("http://half.example.com/", "private network"),
        ("http://self.example.com/", "loopback"),
        ("http://v6local.example.com/", "link-local"),
    ],
)
def test_refused_addresses_say_why(url, message):
    resolver = NAMES
    if "localhost." in url:
        resolver = _resolver({"localhost": ["127.0.0.1"]})
        message = "loopback"
    with pytest.raises(FetchRefused) as refused:
        fetch(url, FetchPolicy(), resolver=resolver)
    assert message in refused.value.message


def test_loopback_is_refused_unless_the_test_setting_names_the_port(site):
    with pytest.raises(FetchRefused):
        fetch(site.url("/article/1"), FetchPolicy())
    with pytest.raises(FetchRefused):
        fetch(site.url("/article/1"), FetchPolicy(loopback_ports=frozenset({site.port + 1})))
    page = fetch(site.url("/article/1"), FetchPolicy(loopback_ports=frozenset({site.port})))
    assert page.status == 200 and b"Council report number 1" in page.body


def _policy(site, **overrides):
    return FetchPolicy(loopback_ports=frozenset({site.port}), **overrides)


def test_a_public_looking_host_that_redirects_inward_is_refused_at_the_hop(site):
    resolver = _resolver({"news.example.com": ["127.0.0.1"]})
    start = f"http://news.example.com:{site.port}/redirect?to="
    for inward, reason in [
        ("http://127.0.0.1/admin", "loopback"),
        (f"http://127.0.0.1:{site.port + 1}/", "port 80 and 443"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::ffff:127.0.0.1]/", "IPv4 address wrapped in IPv6"),
        ("http://2130706433/", "written as numbers"),
    ]:
        with pytest.raises(FetchRefused) as refused:
            fetch(start + inward, _policy(site), resolver=resolver)
        assert reason in refused.value.message
    # The first hop was made to the checked address, with the host's own name in Host.
    path, headers = site.requests[-1]
    assert path.startswith("/redirect") and headers["Host"] == f"news.example.com:{site.port}"


def test_the_connection_goes_to_the_checked_address_with_no_second_lookup(monkeypatch):
    """DNS rebinding: the resolver answers public first, private after. The fetcher must look
    up once and connect to that first (public) answer."""
    resolver = _resolver(
        {"rebind.example.com": lambda n: ["93.184.216.34"] if n == 1 else ["127.0.0.1"]}
    )
    connected = []

    def no_network(address, *args, **kwargs):
        connected.append(address)
        raise ConnectionRefusedError

    monkeypatch.setattr(urllib3.util.connection, "create_connection", no_network)
    with pytest.raises(FetchError) as failed:
        fetch("http://rebind.example.com/story", FetchPolicy(), resolver=resolver)
    assert connected == [("93.184.216.34", 80)]
    assert resolver.calls == ["rebind.example.com"]
    assert failed.value.temporary and "Could not connect" in failed.value.message


def test_redirects_are_followed_up_to_five_hops(site):
    page = fetch(site.url("/hop/4"), _policy(site))
    assert page.final_url == site.url("/article/1")
    with pytest.raises(FetchError) as failed:
        fetch(site.url("/hop/5"), _policy(site))
    assert "redirected more than 5 times" in failed.value.message


def test_no_cookies_or_credentials_are_sent(site):
    fetch(site.url("/cookie"), _policy(site))
    path, headers = site.requests[-1]
    assert path == "/article/77"
    assert "Cookie" not in headers and "Authorization" not in headers


def test_a_body_without_length_is_cut_at_the_cap(site):
    with pytest.raises(FetchError) as failed:
        fetch(site.url("/big"), _policy(site, max_bytes=1_000_000))
    assert failed.value.message == "The page is larger than the limit of 1,000,000 bytes."


def test_a_gzip_bomb_is_cut_at_the_cap_after_decompression(site):
    started = time.monotonic()
    with pytest.raises(FetchError) as failed:
        fetch(site.url("/gzip-bomb"), _policy(site, max_bytes=2_000_000))
    assert "larger than the limit of 2,000,000 bytes" in failed.value.message
    assert time.monotonic() - started < 15  # 50 MB would take far longer to inflate and keep


def test_a_dripping_server_fails_on_time(site):
    started = time.monotonic()
    with pytest.raises(FetchError) as failed:
        fetch(site.url("/drip"), _policy(site, timeout=2))
    elapsed = time.monotonic() - started
    assert failed.value.message == "The site took longer than 2 seconds to answer."
    assert failed.value.temporary and 1.5 < elapsed < 2 + 3  # slack for a loaded machine


def test_a_server_that_never_answers_times_out(site):
    started = time.monotonic()
    with pytest.raises(FetchError) as failed:
        fetch(site.url("/stall"), _policy(site, timeout=1))
    assert "took longer than 1 seconds" in failed.value.message
    assert time.monotonic() - started < 1 + 3


@pytest.mark.parametrize(
    ("path", "message", "temporary"),
    [
        ("/missing/1", "The page was not found (HTTP 404).", False),
        ("/error", "The site answered with an error (HTTP 500).", True),
    ],
)
def test_http_errors_never_echo_the_response(site, path, message, temporary):
    with pytest.raises(FetchError) as failed:
        fetch(site.url(path), _policy(site))
    assert failed.value.message == message and failed.value.temporary is temporary
    assert "secret" not in str(failed.value)


def test_a_type_that_is_not_an_article_is_refused(site):
    url = site.route("/photo.png", b"\x89PNG\r\n\x1a\n", Content_Type="image/png")
    with pytest.raises(FetchError) as failed:
        fetch(url, _policy(site, accept=("text/html",)))
    assert failed.value.message == "The address points to image (image/png), not an article."


def test_unreachable_host_is_a_temporary_failure():
    def fail(host, port):
        raise OSError("no such host")

    with pytest.raises(FetchError) as failed:
        fetch("https://no-such-host.example.com/", FetchPolicy(), resolver=fail)
    assert failed.value.temporary
    assert failed.value.message == "The host no-such-host.example.com could not be found."
