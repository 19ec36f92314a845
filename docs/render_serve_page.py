"""Render docs/serve-query-page.png: the query page of `kg serve` after running a library query.

    .venv/bin/python docs/render_serve_page.py output/store [--query heads] [--out docs/serve-query-page.png]

Starts `kg serve` on the store (127.0.0.1), opens the page in headless Chromium
(tests/browser.py), runs the query with the page's run button and saves a screenshot.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import Browser, run_library_query  # noqa: E402
from tests.conftest import start_serve  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--query", default="heads")
    parser.add_argument("--out", default=str(ROOT / "docs" / "serve-query-page.png"))
    args = parser.parse_args()
    proc, base = start_serve(args.store, "--timeout", "60")
    browser = Browser(width=1400, height=1000)
    try:
        browser.goto(base + "/")
        rows = run_library_query(browser, args.query)
        browser.evaluate("window.scrollTo(0, 0)")
        browser.screenshot(args.out)
        print(f"wrote {args.out} ({len(rows)} rows on the first page of results)")
    finally:
        browser.close()
        proc.terminate()
        proc.wait(15)


if __name__ == "__main__":
    main()
