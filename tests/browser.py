"""A headless Chromium driven over the DevTools protocol (websockets' sync client).

Loopback only: every host name but 127.0.0.1 resolves to nothing, so a page that
tried to load anything from the network (a CDN) would fail visibly.
"""
from __future__ import annotations

import base64
import contextlib
import json
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--no-default-browser-check", "--disable-extensions", "--disable-sync",
         "--disable-background-networking", "--disable-component-update",
         "--disable-default-apps", "--metrics-recording-only", "--mute-audio",
         "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0"]


class Browser:
    def __init__(self, width: int = 1280, height: int = 900):
        from websockets.sync.client import connect

        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={self.profile}",
                                      f"--window-size={width},{height}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        port = None
        deadline = time.monotonic() + 60
        while port is None and time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line and self.proc.poll() is not None:
                raise RuntimeError("chromium exited at start")
            match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
        if port is None:
            self.close()
            raise RuntimeError("chromium did not start")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
            page = next(t for t in json.load(r) if t["type"] == "page")
        self._stack = contextlib.ExitStack()
        self.ws = self._stack.enter_context(
            connect(page["webSocketDebuggerUrl"], max_size=50_000_000, open_timeout=20))
        self._id = 0
        self.requested: list[str] = []   # every URL the page asked for
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call("Network.enable")

    def call(self, method: str, timeout: float = 30.0, **params):
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if message.get("method") == "Network.requestWillBeSent":
                self.requested.append(message["params"]["request"]["url"])
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def goto(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        self.wait_for("document.readyState === 'complete' && location.href.startsWith("
                      + json.dumps(url.split("#")[0].split("?")[0]) + ")")

    def wait_for(self, expression: str, timeout: float = 30.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(f"(() => {{ try {{ return {expression}; }} catch (e) {{ return null; }} }})()")
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(f"page never satisfied: {expression}")

    def screenshot(self, path) -> None:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self) -> None:
        try:
            self._stack.close()
        except Exception:   # the browser may be gone already
            pass
        self.proc.kill()
        self.proc.wait(10)
        shutil.rmtree(self.profile, ignore_errors=True)


RUN_TAB = """(() => {{
  const yasgui = window.kgYasgui;
  const id = Object.keys(yasgui._tabs).find(k => yasgui._tabs[k].name() === {name});
  yasgui.selectTabId(id);
  return id;
}})()"""
PANEL = "[...document.querySelectorAll('.tabPanel')].find(p => p.offsetParent !== null)"
RESULT_ROWS = """(() => {
  const rows = [...(%s).querySelectorAll('.yasr table tbody tr')];
  const cells = rows.map(r => [...r.querySelectorAll('td')].map(td => td.innerText.trim()));
  return cells.length && cells[0].length > 1 ? cells : null;
})()""" % PANEL


def run_library_query(browser: Browser, name: str) -> list[list[str]]:
    """Select the tab of a library query, press the run button, read the result table."""
    browser.wait_for("window.kgYasgui && Object.keys(window.kgYasgui._tabs).length > 0")
    browser.evaluate(RUN_TAB.format(name=json.dumps(name)))
    button = f"({PANEL}).querySelector('.yasqe_queryButton')"
    browser.wait_for("!!" + button)
    browser.evaluate(button + ".click()")
    return browser.wait_for(RESULT_ROWS, timeout=60)
