#!/usr/bin/env python3
"""Drives `parkopt serve` in headless Chromium over the DevTools protocol
(standard library only: a minimal WebSocket client). Used by
scripts/test-browser.sh: upload the Kunming case, run assign, open the
report, check the DOM, take screenshots into docs/.

Usage: browser_drive.py SERVER_URL DEVTOOLS_PORT CASE_FOLDER SCREENSHOT_FOLDER
"""
import base64, csv, io, json, os, socket, struct, sys, time, urllib.request, zipfile

class DevTools:
    """One page's DevTools WebSocket: send a command, wait for its answer."""
    def __init__(self, ws_url):
        host_port, path = ws_url[len("ws://"):].split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError(f"no WebSocket: {head!r}")
        self.next_id = 0

    def _recv_exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise RuntimeError("DevTools closed the connection")
            data += chunk
        return data

    def _recv_message(self):
        message = b""
        while True:
            b0, b1 = self._recv_exact(2)
            length = b1 & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._recv_exact(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._recv_exact(8))[0]
            payload = self._recv_exact(length)
            if b0 & 0x0F == 8:
                raise RuntimeError("DevTools closed the WebSocket")
            message += payload
            if b0 & 0x80:
                return json.loads(message)

    def send(self, method, **params):
        self.next_id += 1
        data = json.dumps({"id": self.next_id, "method": method, "params": params}).encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        n = len(data)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))
        while True:
            message = self._recv_message()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def js(self, expression):
        """The value of a JavaScript expression in the page (None while it navigates)."""
        try:
            r = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        except RuntimeError:
            return None
        return r.get("result", {}).get("value")

    def wait_for(self, expression, timeout, what):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.5)
        raise SystemExit(f"browser test: timed out after {timeout} s waiting for {what}")

    def screenshot(self, path, full_page=False):
        params = {"format": "png"}
        if full_page:
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 4000), "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", **params)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        print(f"browser test: screenshot {path}")

def rows(path):
    with open(path, encoding="utf-8-sig") as f:
        return len(list(csv.reader(f))) - 1

def main():
    server, devtools_port, case, shots = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], sys.argv[4]
    failures = []
    def check(name, got, expected):
        ok = got == expected
        print(f"browser test: {'ok  ' if ok else 'FAIL'} {name}: {got} (expected {expected})")
        if not ok:
            failures.append(name)

    targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{devtools_port}/json/list"))
    page = next(t for t in targets if t["type"] == "page")
    d = DevTools(page["webSocketDebuggerUrl"])
    d.send("Page.enable")
    d.send("Emulation.setDeviceMetricsOverride", width=1200, height=900, deviceScaleFactor=1, mobile=False)

    # 1. The home page.
    d.send("Page.navigate", url=server + "/")
    d.wait_for("document.readyState === 'complete' && !!document.getElementById('files')", 30, "the home page")
    check("page in Chinese (parkopt serve --language zh, the default)", d.js("document.documentElement.lang"), "zh")
    check("assign's scenario values shown", d.js(
        "[...document.querySelectorAll('#values .value')].filter(r => !r.hidden).map(r => r.querySelector('code').textContent).join(', ')"),
        "stock_link_ratio, min_leading_share, parks.csv energy_quota_tce × f, parks.csv new_land_quota_mu × f, "
        "objective.tax, objective.revenue, objective.value_added, objective.jobs, objective.land_cost")
    d.screenshot(os.path.join(shots, "serve-home.png"))

    # 2. Upload the case's CSV files through the file input.
    files = [os.path.abspath(os.path.join(case, n)) for n in
             ["parks.csv", "parcels.csv", "projects.csv", "standards.csv", "enterprises.csv", "scenario.yaml"]]
    root = d.send("DOM.getDocument")["root"]["nodeId"]
    node = d.send("DOM.querySelector", nodeId=root, selector="#files")["nodeId"]
    d.send("DOM.setFileInputFiles", nodeId=node, files=files)
    d.js("document.getElementById('upload').click()")
    key = d.wait_for("location.search.startsWith('?case=upload:') && document.readyState === 'complete' && document.getElementById('case').value",
                     60, "the upload")
    check("uploaded case selected", key.startswith("upload:case-"), True)
    check("the case's own value as a placeholder", d.js(
        "document.querySelector('[name=\"scenario:stock_link_ratio\"]').placeholder"), "0.0")
    check("uploaded files listed", d.js("document.getElementById('case').selectedOptions[0].title"),
          "enterprises.csv, parcels.csv, parks.csv, projects.csv, scenario.yaml, standards.csv")

    # 3. Run assign (no explaining re-solves, to keep the test short) with
    #    every park's energy quota × 1.2 and an English report.
    d.js("document.getElementById('command').value = 'assign'; document.getElementById('command').onchange();"
         "document.getElementById('no_explain').checked = true; document.getElementById('language').value = 'en';"
         "document.querySelector('[name=\"scale:parks.csv:energy_quota_tce\"]').value = '1.2';"
         "document.getElementById('values').scrollIntoView()")
    time.sleep(0.3)
    d.screenshot(os.path.join(shots, "serve-form.png"))
    d.js("document.getElementById('run').click()")
    d.wait_for("location.pathname.startsWith('/runs/run-') && !!document.getElementById('state')", 30, "the run page")
    run_path = d.js("location.pathname")
    started = time.time()
    d.wait_for("['finished','cancelled','interrupted','failed_to_start'].includes((document.getElementById('state')||{dataset:{}}).dataset.state)"
               " && document.readyState === 'complete'", 900, "the run to finish")
    print(f"browser test: the run took {time.time() - started:.1f} s in the page")
    check("run state", d.js("document.getElementById('state').dataset.state"), "finished")
    check("run on its own copy of the case", "/case " in d.js("document.getElementById('command-line').textContent"), True)
    check("exit code", d.js("document.getElementById('exit-code').textContent"), "0")
    d.screenshot(os.path.join(shots, "serve-run.png"))

    # 4. The report: parcel shapes on the maps and table rows.
    d.js("document.getElementById('report').click()")
    d.wait_for("location.pathname.endsWith('/report') && document.readyState === 'complete'", 30, "the report")
    parcels, parks = rows(os.path.join(case, "parcels.csv")), rows(os.path.join(case, "parks.csv"))
    check("maps (all parks + one per park)", d.js("document.querySelectorAll('svg.map').length"), 1 + parks)
    check("parcel shapes (every parcel on two maps)", d.js("document.querySelectorAll('svg.map .parcel').length"), 2 * parcels)
    check("parcel table rows", d.js("document.querySelectorAll('tr[id^=\"p-\"]').length"), parcels)
    placed = d.js("document.querySelectorAll('section')[0].querySelectorAll('tbody tr').length")
    summary = d.js("document.querySelector('dl.figures').textContent")
    print(f"browser test: placed projects table rows: {placed}; key figures: {summary}")
    check("parks table rows", d.js("[...document.querySelectorAll('h2')].find(h => h.textContent === 'Parks')"
                                   ".parentElement.querySelectorAll('tbody tr').length"), parks)
    d.screenshot(os.path.join(shots, "serve-report.png"))
    d.js("[...document.querySelectorAll('h2')].find(h => h.textContent === 'Parcel map').scrollIntoView()")
    time.sleep(0.5)
    d.screenshot(os.path.join(shots, "serve-report-map.png"))

    # 5. The result folder as a zip.
    data = urllib.request.urlopen(server + run_path + "/download").read()
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    check("zip holds report.html", any(n.endswith("/report.html") for n in names), True)
    check("zip holds run.json", any(n.endswith("/run.json") for n in names), True)

    if failures:
        raise SystemExit(f"browser test: {len(failures)} check(s) failed: {', '.join(failures)}")
    print("browser test: all checks passed")

if __name__ == "__main__":
    main()
