"""``make run``'s launcher (marketplace/demo/network.py): two real portals, configured both ways.

Starts the launcher on two free loopback ports with a temporary data directory, as
``make run`` does, and stops it with SIGINT as Ctrl-C does. Every process it started is
killed at the end, whatever happened.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
STARTUP = 120  # seconds for both portals to answer
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _port_pair() -> int:
    """A port p such that p and p + 1 are both free on 127.0.0.1."""
    for _ in range(100):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port >= 65535:
            continue
        try:
            with socket.socket() as a, socket.socket() as b:
                a.bind(("127.0.0.1", port))
                b.bind(("127.0.0.1", port + 1))
        except OSError:
            continue
        return port
    pytest.fail("no two consecutive free ports on 127.0.0.1")


def _get(url: str, token: str | None = None, timeout: float = 10) -> tuple[int, bytes]:
    request = urllib.request.Request(
        url, headers={"Authorization": f"Bearer {token}"} if token else {}
    )
    try:
        with OPENER.open(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _post(url: str, token: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            "Idempotency-Key": "network-test-1",
        },
    )
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def _answers(url: str) -> bool:
    try:
        return _get(url, timeout=5)[0] < 500
    except OSError:
        return False


class Network:
    """The launcher as a child process in its own session, with its output in a file."""

    def __init__(self, data_dir: Path, port: int, log: Path):
        self.port, self.log = port, log
        self.main, self.partner = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{port + 1}"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWIND_")}
        self.env.update(PORT=str(port), TRADEWIND_DATA_DIR=str(data_dir), WEB_CONCURRENCY="1")
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with open(self.log, "ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "marketplace.demo.network"],
                cwd=REPO,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + STARTUP
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"launcher exited early:\n{self.output()}"
            if _answers(f"{self.main}/") and _answers(f"{self.partner}/"):
                return
            time.sleep(0.5)
        pytest.fail(f"portals not up within {STARTUP} s:\n{self.output()}")

    def group_alive(self) -> bool:
        try:
            os.killpg(self.process.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def interrupt(self) -> None:
        """Ctrl-C: SIGINT to the launcher alone; it must stop both portals and exit."""
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            pytest.fail(f"launcher still running 60 s after SIGINT:\n{self.output()}")
        deadline = time.monotonic() + 10
        while self.group_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not self.group_alive(), f"processes left after SIGINT:\n{self.output()}"

    def kill(self) -> None:
        """Whatever happened: no process of this launcher outlives the test."""
        if self.process is None:
            return
        if self.group_alive():
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(10)


@pytest.fixture
def network(tmp_path):
    nets: list[Network] = []

    def start(port: int) -> Network:
        net = Network(tmp_path / "var", port, tmp_path / "launcher.log")
        nets.append(net)
        net.start()
        return net

    yield start
    for net in nets:
        net.kill()


def _tradewind_cli(data_dir: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWIND_")}
    env.update(
        TRADEWIND_DATA_DIR=str(data_dir),
        TRADEWIND_PARTNERS=str(data_dir / "demo-network" / "tradewind.partners.toml"),
    )
    done = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "app", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_make_run_network_two_portals_configured_both_ways(network, tmp_path):
    port = _port_pair()
    data = tmp_path / "var"
    net = network(port)
    net.wait_until_up()

    # Separate data directories, generated partner files, private tokens.
    assert (data / "tradewind.db").exists() and (data / "demo-partner" / "tradewind.db").exists()
    assert (data / "secret_key").read_text() != (data / "demo-partner" / "secret_key").read_text()
    network_dir = data / "demo-network"
    main_file = (network_dir / "tradewind.partners.toml").read_text()
    assert 'name = "busan-trade"' in main_file and "post = true" in main_file
    assert f'url = "http://127.0.0.1:{port + 1}"' in main_file
    partner_file = (network_dir / "busan-trade.partners.toml").read_text()
    assert 'name = "tradewind"' in partner_file and "post = false" in partner_file
    tokens = {p.name: p.read_text() for p in network_dir.glob("*.token")}
    assert sorted(tokens) == ["busan-trade-at-tradewind.token", "tradewind-at-busan-trade.token"]
    for path in network_dir.glob("*.token"):
        assert path.stat().st_mode & 0o777 == 0o600

    # Each token is accepted by the portal that issued it.
    main_token = tokens["tradewind-at-busan-trade.token"].strip()
    assert _get(f"{net.partner}/api/v1/inquiries", main_token)[0] == 200
    assert (
        _get(f"{net.main}/api/v1/inquiries", tokens["busan-trade-at-tradewind.token"].strip())[0]
        == 200
    )

    # The partner answers searches itself, then the main portal's meta-search includes it.
    status, body = _get(f"{net.partner}/api/v1/offers?q=steel")
    assert status == 200 and json.loads(body)["results"], body[:300]
    status, body = _get(f"{net.main}/api/v1/metasearch?q=steel", timeout=30)
    assert status == 200, body[:300]
    answer = json.loads(body)
    sources = {s["name"]: s for s in answer["sources"]}
    assert sources["busan-trade"]["status"] == "ok", answer["sources"]
    assert sources["busan-trade"]["count"] > 0
    assert any(r["source"] == "busan-trade" for r in answer["results"])

    # An offer the demo exporter posts on the main portal is copied to the partner.
    exporter_token = (
        _tradewind_cli(data, "tokens", "create", "exporter@tradewind.demo").strip().splitlines()[-1]
    )
    status, offer = _post(
        f"{net.main}/api/v1/offers",
        exporter_token,
        {
            "type": "sell",
            "title": "Superduplex welded pipes for seawater lines",
            "hs_code": "730640",
            "unit": "TNE",
            "quantity": "12",
        },
    )
    assert status == 201, offer

    def copy_on_partner():
        found = json.loads(_get(f"{net.partner}/api/v1/offers?q=superduplex")[1])["results"]
        return found[0] if found else None

    deadline = time.monotonic() + 30
    while (copy := copy_on_partner()) is None and time.monotonic() < deadline:
        time.sleep(0.5)
    assert copy is not None, f"offer not copied to the partner:\n{net.output()}"
    assert "Hanbit Steel" in copy["company"]["name"]
    assert copy["origin"]["portal"]["name"] == "tradewind"

    net.interrupt()
    assert net.process.returncode == 0, net.output()

    # A second start reuses the tokens and the data (nothing is created twice).
    again = network(port)
    again.wait_until_up()
    assert {p.name: p.read_text() for p in network_dir.glob("*.token")} == tokens
    assert _get(f"{again.partner}/api/v1/inquiries", main_token)[0] == 200
    again.interrupt()
