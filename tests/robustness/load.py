"""A bounded load test: N concurrent clients hit a running ``tidings serve`` for T seconds with a mix
of queries, then stop by themselves. Shared by ``tests/robustness`` (10 clients, 5 s) and
``bench/load_test.py`` (50 clients, 60 s).

Each client is an asyncio task with its own keep-alive connection, picking requests at random
(weights below) from the main endpoints: event lists with filters, single events, map, network,
dyad timelines, actor search and pages, quotations, status, static files, a short extraction, and a
few hostile requests (an injection payload in a random parameter). Every answer's status and
latency is recorded; a 5xx or a broken connection is a failure.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote

import httpx

from .hostile import PAYLOADS

EVENT_TYPES = ["ASSAULT", "CONSULT", "AGREE", "AID", "SANCTION", "ACCUSE", "REQUEST", "COERCE", "PROTEST"]
ACTORS = ["RUS", "UKR", "CHN", "USA", "Putin", "Xi Jinping", "Ruto", "KEN", "GHA", "Ukrainian civilians"]
WORDS = ["talks", "trade", "border", "aid", "ceasefire", "troops", "said", "Monday"]
EXTRACT_TEXTS = [
    "Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Tuesday.",
    "Police in Lima fired tear gas at protesters marching on parliament on Friday.",
    "Norway agreed on Monday to send 300 tonnes of food aid to Jordan after floods.",
]


@dataclass
class LoadReport:
    """What a load run saw."""

    clients: int
    seconds: float
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: Counter = field(default_factory=Counter)
    server_errors: list[str] = field(default_factory=list)  # "GET /x -> 500"
    transport_errors: list[str] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())

    def percentile(self, share: float, kind: str | None = None) -> float:
        values = sorted(self.latencies[kind] if kind else [v for vs in self.latencies.values() for v in vs])
        if not values:
            return float("nan")
        return values[min(len(values) - 1, int(share * len(values)))]

    def summary(self) -> str:
        lines = [
            f"{self.clients} clients for {self.seconds:.0f} s: {self.requests:,} requests "
            f"({self.requests / self.seconds:,.1f}/s), statuses {dict(sorted(self.statuses.items()))}, "
            f"5xx {len(self.server_errors)}, broken connections {len(self.transport_errors)}",
            f"latency p50 {1000 * self.percentile(0.50):.1f} ms, p99 {1000 * self.percentile(0.99):.1f} ms, "
            f"max {1000 * self.percentile(1.0):.1f} ms",
        ]
        for kind in sorted(self.latencies):
            values = self.latencies[kind]
            lines.append(
                f"  {kind:<16} {len(values):6d} requests, p50 {1000 * self.percentile(0.5, kind):7.1f} ms, "
                f"p99 {1000 * self.percentile(0.99, kind):7.1f} ms, mean {1000 * statistics.fmean(values):7.1f} ms"
            )
        return "\n".join(lines)


def _request(rng: random.Random, keys: list[str], names: list[str]) -> tuple[str, str, str, dict | None]:
    """(kind, method, target, JSON body) of one request of the mix."""
    def pick_type() -> str:
        return rng.choice(EVENT_TYPES)

    choice = rng.choices(
        ["events", "event", "map", "network", "dyad", "actors", "actor", "quotes", "status", "meta", "static",
         "extract", "hostile"],
        weights=[20, 10, 8, 6, 8, 8, 6, 8, 5, 5, 5, 4, 7],
    )[0]
    if choice == "events":
        params = [f"limit={rng.choice([10, 25, 50])}", f"offset={rng.choice([0, 0, 10, 25])}"]
        if rng.random() < 0.5:
            params.append(f"type={pick_type()}")
        if rng.random() < 0.4:
            params.append(f"actor={quote(rng.choice(ACTORS))}")
        if rng.random() < 0.3:
            params.append(f"since=2023-{rng.randint(1, 12):02d}-01")
        if rng.random() < 0.2:
            params.append(f"text={rng.choice(WORDS)}")
        return choice, "GET", "/api/events?" + "&".join(params), None
    if choice == "event":
        return choice, "GET", f"/api/events/{rng.choice(keys) if keys else 1}", None
    if choice == "map":
        return choice, "GET", "/api/map" + (f"?type={pick_type()}" if rng.random() < 0.5 else ""), None
    if choice == "network":
        return choice, "GET", f"/api/network?limit={rng.choice([10, 40])}", None
    if choice == "dyad":
        a, b = rng.sample(ACTORS, 2)
        return choice, "GET", f"/api/dyad?a={quote(a)}&b={quote(b)}&freq={rng.choice(['week', 'month', 'year'])}", None
    if choice == "actors":
        return choice, "GET", f"/api/actors?q={quote(rng.choice(['', 'Pu', 'Ukr', 'x', 'Ruto']))}&limit=20", None
    if choice == "actor":
        return choice, "GET", f"/api/actors/{quote(rng.choice(names) if names else 'Putin')}", None
    if choice == "quotes":
        return choice, "GET", f"/api/quotes?text={rng.choice(WORDS)}&limit=20", None
    if choice == "status":
        return choice, "GET", "/api/status", None
    if choice == "meta":
        return choice, "GET", rng.choice(["/api/health", "/api/types"]), None
    if choice == "static":
        return choice, "GET", rng.choice(["/", "/static/app.js", "/static/style.css", "/docs"]), None
    if choice == "extract":
        return choice, "POST", "/api/extract", {"text": rng.choice(EXTRACT_TEXTS), "date": "2024-03-05"}
    parameter = rng.choice(["type", "actor", "country", "since", "text", "place", "order", "limit"])
    return choice, "GET", f"/api/{rng.choice(['events', 'map', 'network'])}?{parameter}={quote(rng.choice(PAYLOADS), safe='')}", None


async def _client(base: str, deadline: float, seed: int, keys: list[str], names: list[str], report: LoadReport) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        while time.monotonic() < deadline:
            kind, method, target, body = _request(rng, keys, names)
            started = time.perf_counter()
            try:
                response = await client.request(method, target, json=body)
            except httpx.HTTPError as exc:
                report.transport_errors.append(f"{method} {target}: {type(exc).__name__}: {exc}")
                continue
            report.latencies[kind].append(time.perf_counter() - started)
            report.statuses[response.status_code] += 1
            if response.status_code >= 500:
                report.server_errors.append(f"{method} {target} -> {response.status_code} {response.text[:200]}")


def _samples(base: str) -> tuple[list[str], list[str]]:
    """Event keys and actor names that exist, for the single-event and actor-page requests."""
    with httpx.Client(base_url=base, timeout=60) as client:
        keys = [item["key"] for item in client.get("/api/events?limit=200").json()["items"]]
        names = [item["name"] for item in client.get("/api/actors?limit=100").json()["items"]]
    return keys, names


def run_load(base: str, *, clients: int, seconds: float, seed: int = 1) -> LoadReport:
    """``clients`` clients for ``seconds`` seconds against the server at ``base``; stops by itself."""
    keys, names = _samples(base)
    report = LoadReport(clients, seconds)

    async def main() -> None:
        deadline = time.monotonic() + seconds
        await asyncio.gather(*(
            _client(base, deadline, seed * 1000 + number, keys, names, report) for number in range(clients)
        ))

    asyncio.run(main())
    return report
