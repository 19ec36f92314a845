"""Benchmark `kg serve`: p50/p99 latency of every library query with concurrent clients.

    .venv/bin/python scripts/bench_endpoint.py output/store                 # 8 clients
    .venv/bin/python scripts/bench_endpoint.py output/store --clients 8 --requests 20 --timeout 60

Starts `kg serve` on the store (127.0.0.1, a free port), runs each query of
kg/queries/ (parameters at their defaults) through the endpoint: CLIENTS threads,
each with its own keep-alive connection, REQUESTS requests each, JSON results.
Prints a Markdown table (p50, p99, max, requests/s, rows, errors); --direct adds each
query's time run directly on the store (one worker, no HTTP) measured in the same run. A query whose first answer is not 200 (e.g. stopped at --timeout) is
reported once and not loaded. For the 3,427-article corpus store:

    kg build ../shared/data/news/indosum_dev.jsonl --out output/ --workers 2
    .venv/bin/python scripts/bench_endpoint.py output/store
"""
from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.store.library import bind_params, list_queries  # noqa: E402


def start_server(store: str, options: list[str]):
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve",
                             "--store", store, "--port", "0", *options],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    line = proc.stdout.readline()
    if "SPARQL endpoint: http://127.0.0.1:" not in line:
        proc.kill()
        sys.exit(f"kg serve did not start: {line!r}")
    host_port = line.split()[2].split("//")[1].split("/")[0]
    host, port = host_port.split(":")
    return proc, host, int(port)


def client(host, port, path, count, latencies, errors, barrier):
    conn = http.client.HTTPConnection(host, port, timeout=300)
    barrier.wait()
    for _ in range(count):
        start = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
            response = conn.getresponse()
            body = response.read()
            if response.status != 200:
                errors.append(f"{response.status} {body[:120]!r}")
        except (OSError, http.client.HTTPException) as error:
            errors.append(str(error))
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=300)
        latencies.append(time.perf_counter() - start)
    conn.close()


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def first_answer(host, port, path):
    """(rows, seconds, error or None) of one request (warms the workers too)."""
    conn = http.client.HTTPConnection(host, port, timeout=600)
    start = time.perf_counter()
    conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
    response = conn.getresponse()
    body = response.read()
    seconds = time.perf_counter() - start
    conn.close()
    if response.status != 200:
        return 0, seconds, f"{response.status}: {' '.join(body.decode(errors='replace').split())[:100]}"
    data = json.loads(body)
    return (len(data["results"]["bindings"]) if "results" in data else 1), seconds, None


def in_process_ms(store: str, text: str, timeout: float, repeat: int = 3) -> str:
    """Median time of the query run directly on the store (in a worker, for the time limit)."""
    from kg.store.worker import Job, Limits, QueryStopped, run_once

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            run_once(store, Job.make(text, "json"), Limits(timeout=timeout, memory_mb=8192, result_mb=1000))
        except QueryStopped:
            return f"> {timeout:g} s"
        times.append(time.perf_counter() - start)
    return f"{statistics.median(times) * 1000:.0f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=20, help="per client and query")
    parser.add_argument("--timeout", default="30", help="kg serve --timeout")
    parser.add_argument("--workers", default="3", help="kg serve --workers")
    parser.add_argument("--only", help="only queries whose name contains this text")
    parser.add_argument("--direct", action="store_true",
                        help="also time each query run directly on the store (after the server)")
    args = parser.parse_args()
    queries = [("(ASK, the endpoint's own cost)", "ASK { ?s ?p ?o }")]
    queries += [(q.name, bind_params(q, {})) for q in list_queries()]
    if args.only:
        queries = [(n, t) for n, t in queries if args.only in n]
    proc, host, port = start_server(args.store, ["--timeout", args.timeout, "--workers", args.workers])
    try:
        print(f"store {args.store}; {args.clients} clients x {args.requests} requests per query; "
              f"kg serve --workers {args.workers} --timeout {args.timeout}\n")
        print("| query | rows | p50 ms | p99 ms | max ms | req/s | errors |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for name, text in queries:
            path = "/sparql?" + urllib.parse.urlencode({"query": text})
            rows, first, error = first_answer(host, port, path)
            if error:
                print(f"| {name} | - | - | - | {first * 1000:.0f} | - | {error} |", flush=True)
                continue
            latencies, errors = [], []
            barrier = threading.Barrier(args.clients)
            threads = [threading.Thread(target=client, args=(host, port, path, args.requests,
                                                              latencies, errors, barrier))
                       for _ in range(args.clients)]
            start = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - start
            ms = [x * 1000 for x in latencies]
            print(f"| {name} | {rows} | {percentile(ms, 50):.1f} | {percentile(ms, 99):.1f} | "
                  f"{max(ms):.1f} | {len(ms) / wall:.1f} | {len(errors)} |",
                  flush=True)
            for error in sorted(set(errors))[:3]:
                print(f"    error: {error}", file=sys.stderr)
    finally:
        proc.terminate()
        proc.wait(15)
    if args.direct:   # after the server: one heavy process at a time
        print("\nin-process (kg.store.worker.run_once, includes worker start ~1 s):")
        for name, text in queries:
            print(f"  {name}: {in_process_ms(args.store, text, float(args.timeout))} ms", flush=True)


if __name__ == "__main__":
    main()
