#!/usr/bin/env python3
"""A soak of `receipts serve`: mixed traffic for a while, errors counted,
the server's resident memory sampled.

usage: soak.py URL SERVER_PID SECONDS EDITOR PASSWORD HOLDINGS CLAIM_IDS

Clients, each its own thread and connection:
  - 4 readers: the home page, the company list, profiles, sources,
    searches (pages and API) in turn;
  - 1 editor: logs in, then accepts and reopens the candidate claims
    CLAIM_IDS (comma-separated) one after another;
  - 2 screeners: POST the holdings file HOLDINGS to /api/v1/screen, and
    the /screen form with its token.
An error is a status other than the one expected, a refused or broken
connection, or a body that is not what the route answers (JSON that does
not parse). Prints one line per figure: requests and errors per kind,
requests per second, p50 and p99 latency per kind, and the server's
resident memory (min, median, max, and the last minute's max against the
first minute's, which says whether it keeps growing). Exits 1 on any error.
"""
import http.client
import json
import re
import statistics
import sys
import threading
import time
import urllib.parse


def rss_kib(pid):
    """(resident, anonymous) KiB: the anonymous part is the heap, the rest
    mostly the database file mapped (it grows with every audited write)."""
    rss = anon = None
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("RssAnon:"):
                    anon = int(line.split()[1])
    except OSError:
        return None
    return None if rss is None else (rss, anon or 0)


class Client:
    def __init__(self, url):
        u = urllib.parse.urlparse(url)
        self.host, self.port = u.hostname, u.port
        self.conn = None
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                self.conn.request(method, path, body=body, headers=h)
                r = self.conn.getresponse()
                data = r.read()
                for k, v in r.getheaders():
                    if k.lower() == "set-cookie":
                        name, _, rest = v.partition("=")
                        self.cookies[name] = rest.split(";")[0]
                if r.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return r.status, data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # a keep-alive connection the server closed between requests
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise RuntimeError("unreachable")


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.lat = {}
        self.errors = {}
        self.samples = []

    def add(self, kind, secs, ok, why=""):
        with self.lock:
            self.lat.setdefault(kind, []).append(secs)
            if not ok:
                self.errors[kind] = self.errors.get(kind, 0) + 1
                if self.errors[kind] <= 3:
                    print(f"soak: {kind}: {why}", file=sys.stderr)


def timed(stats, kind, client, method, path, expect, body=None, headers=None, check=None):
    t = time.monotonic()
    try:
        status, data = client.request(method, path, body, headers)
    except Exception as e:  # noqa: BLE001 - every failure is an error here
        stats.add(kind, time.monotonic() - t, False, f"{path}: {e!r}")
        return None
    ok = status == expect
    why = f"{path}: status {status}"
    if ok and check:
        try:
            check(data)
        except Exception as e:  # noqa: BLE001
            ok, why = False, f"{path}: {e!r}"
    stats.add(kind, time.monotonic() - t, ok, why)
    return data if ok else None


def csrf_of(html):
    m = re.search(rb'name="csrf" value="([^"]+)"', html or b"")
    return m.group(1).decode() if m else ""


def reader(url, stop, stats, companies, sources):
    c = Client(url)
    words = ["Azure", "detention", "surveillance", "contract", "drones", "ICE", "Defensa",
             "armée", "prison*", "\"cloud computing\""]
    i = 0
    as_json = json.loads
    while not stop.is_set():
        i += 1
        co = companies[i % len(companies)]
        q = urllib.parse.quote(words[i % len(words)])
        timed(stats, "page", c, "GET", "/", 200)
        timed(stats, "page", c, "GET", f"/companies/{co}", 200)
        timed(stats, "page", c, "GET", f"/search?q={q}", 200)
        timed(stats, "api", c, "GET", f"/api/v1/search?q={q}", 200, check=as_json)
        timed(stats, "api", c, "GET", f"/api/v1/companies/{co}", 200, check=as_json)
        if sources:
            timed(stats, "page", c, "GET", f"/sources/{sources[i % len(sources)]}", 200)
        if i % 5 == 0:
            timed(stats, "page", c, "GET", "/companies", 200)
            timed(stats, "api", c, "GET", "/api/v1/stats", 200, check=as_json)


def editor(url, stop, stats, name, password, claims):
    c = Client(url)
    page = timed(stats, "login", c, "GET", "/login", 200)
    body = urllib.parse.urlencode({"name": name, "password": password, "csrf": csrf_of(page)})
    timed(stats, "login", c, "POST", "/login", 303, body,
          {"Content-Type": "application/x-www-form-urlencoded"})
    page = timed(stats, "review", c, "GET", "/review", 200)
    token = csrf_of(page)
    i = 0
    while not stop.is_set():
        claim = claims[i % len(claims)]
        action = "accept" if (i // len(claims)) % 2 == 0 else "reopen"
        i += 1
        body = urllib.parse.urlencode({"action": action, "csrf": token})
        timed(stats, "review", c, "POST", f"/review/{claim}", 303, body,
              {"Content-Type": "application/x-www-form-urlencoded"})
        if i % 10 == 0:
            page = timed(stats, "review", c, "GET", "/review", 200)
            token = csrf_of(page) or token


def screener(url, stop, stats, holdings, form):
    c = Client(url)
    while not stop.is_set():
        if form:
            page = timed(stats, "screen", c, "GET", "/screen", 200)
            body = urllib.parse.urlencode({"holdings": holdings.decode("utf-8", "replace"),
                                           "csrf": csrf_of(page)})
            timed(stats, "screen", c, "POST", "/screen", 200, body,
                  {"Content-Type": "application/x-www-form-urlencoded"})
        else:
            timed(stats, "screen", c, "POST", "/api/v1/screen", 200, holdings,
                  {"Content-Type": "text/csv"}, check=json.loads)


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def main(argv):
    if len(argv) != 8:
        print(__doc__, file=sys.stderr)
        return 2
    url, pid, secs, name, password, holdings_path, claims = argv[1:]
    pid, secs = int(pid), float(secs)
    claims = [x for x in claims.split(",") if x]
    with open(holdings_path, "rb") as f:
        holdings = f.read()
    probe = Client(url)
    _, data = probe.request("GET", "/api/v1/companies")
    listed = json.loads(data)
    items = listed.get("companies", listed) if isinstance(listed, dict) else listed
    companies = [x["id"] for x in items][:50] or ["microsoft"]
    _, data = probe.request("GET", "/api/v1/search?q=contract")
    found = json.loads(data)
    sources = [r.get("sha256") for r in found.get("results", []) if r.get("sha256")][:20]

    stats = Stats()
    stop = threading.Event()
    threads = [threading.Thread(target=reader, args=(url, stop, stats, companies, sources))
               for _ in range(4)]
    threads.append(threading.Thread(target=editor,
                                    args=(url, stop, stats, name, password, claims)))
    threads += [threading.Thread(target=screener, args=(url, stop, stats, holdings, f))
                for f in (False, True)]
    start = time.monotonic()
    for t in threads:
        t.start()
    while time.monotonic() - start < secs:
        r = rss_kib(pid)
        if r is None:
            print("soak: the server is gone", file=sys.stderr)
            stats.add("server", 0, False, "process gone")
            break
        stats.samples.append((time.monotonic() - start, r))
        time.sleep(1)
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start

    total = sum(len(v) for v in stats.lat.values())
    errors = sum(stats.errors.values())
    print(f"soak seconds            {elapsed:.0f}")
    print(f"soak requests           {total}")
    print(f"soak errors             {errors}")
    print(f"soak requests/s         {total / elapsed:.1f}")
    for kind in sorted(stats.lat):
        xs = stats.lat[kind]
        print(f"soak {kind:<8} n {len(xs):>7}  errors {stats.errors.get(kind, 0):>4}"
              f"  p50 {1000 * statistics.median(xs):8.2f} ms  p99 {1000 * pct(xs, 0.99):8.2f} ms")
    for k, label in ((0, "rss"), (1, "heap (anon)")):
        xs = [r[k] for _, r in stats.samples]
        if not xs:
            continue
        first = [r[k] for t, r in stats.samples if t < 60] or xs
        last = [r[k] for t, r in stats.samples if t > elapsed - 60] or xs
        print(f"soak {label + ' MiB':<18} min {min(xs) / 1024:.1f}"
              f"  median {statistics.median(xs) / 1024:.1f}  max {max(xs) / 1024:.1f}"
              f"  (first minute max {max(first) / 1024:.1f}, last {max(last) / 1024:.1f})")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
