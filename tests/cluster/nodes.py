"""Tradewind processes of a cluster on one machine: web nodes (gunicorn) and workers.

Each process has its own data directory (so its own search index, secret-free
settings and gunicorn control socket), a port on 127.0.0.1 for web nodes, and the
one shared database. Used by ``tests/cluster`` and ``bench/cluster_bench.py``;
every process started is killed by :meth:`Cluster.stop`, whatever happened.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 60


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Process:
    """One started process: a web node (with ``port``) or a worker."""

    name: str
    data_dir: Path
    command: list[str]
    env: dict[str, str]
    port: int | None = None
    popen: subprocess.Popen | None = None
    log: Path = field(init=False)

    def __post_init__(self):
        self.log = self.data_dir.parent / f"{self.name}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Process:
        """Start the process (its output goes to ``<name>.log`` beside its data directory)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as out:
            self.popen = subprocess.Popen(
                self.command,
                cwd=REPO,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: gunicorn's workers go with it
            )
        return self

    def kill(self) -> None:
        """SIGKILL the process and everything it started (no clean shutdown)."""
        if self.popen is None or self.popen.poll() is not None:
            return
        try:
            os.killpg(self.popen.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.popen.wait(timeout=30)

    def wait_ready(self, timeout: float = STARTUP_SECONDS) -> None:
        """Until ``/healthz`` answers 200 (web nodes) or the process has started (workers)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.popen is not None and self.popen.poll() is not None:
                raise RuntimeError(f"{self.name} exited: {self.log.read_text()[-2000:]}")
            if self.port is None:
                if "worker running" in self.log.read_text():
                    return
            else:
                try:
                    if httpx.get(f"{self.url}/healthz", timeout=2, trust_env=False).is_success:
                        return
                except httpx.HTTPError:
                    pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not start: {self.log.read_text()[-2000:]}")


class Cluster:
    """Web nodes and workers on one database, each in its own folder under ``root``."""

    def __init__(self, root: Path, database_url: str, partners_toml: str = "", **settings: str):
        self.root, self.database_url = root, database_url
        partners = root / "partners.toml"
        partners.parent.mkdir(parents=True, exist_ok=True)
        partners.write_text(partners_toml)  # empty: no partner sites, the cluster alone
        self.settings = {
            "TRADEWIND_DATABASE_URL": database_url,
            "TRADEWIND_SECRET_KEY": "cluster-test-secret",  # one key: a session works on any node
            "TRADEWIND_DEMO": "0",
            "TRADEWIND_PARTNERS": str(partners),
            "TRADEWIND_FILE_STORAGE": "database",
            **settings,
        }
        self.processes: list[Process] = []

    def _env(self, name: str, data_dir: Path, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWIND_")}
        env.update(self.settings)
        env.update(
            TRADEWIND_DATA_DIR=str(data_dir),
            TRADEWIND_NODE_NAME=name,
            PYTHONPATH=str(REPO),
            PYTHONUNBUFFERED="1",
            **extra,
        )
        return env

    def web(self, name: str, worker: bool = False, data_dir: Path | None = None) -> Process:
        """A web node (gunicorn, one serving process) following its own index."""
        data_dir = data_dir or self.root / name
        port = free_port()
        env = self._env(name, data_dir, PORT=str(port), TRADEWIND_WORKER="1" if worker else "0")
        env["WEB_CONCURRENCY"] = "1"
        command = [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.conf.py"]
        process = Process(name, data_dir, command, env, port)
        self.processes.append(process)
        return process.start()

    def worker(self, name: str) -> Process:
        """A worker process (``flask worker``) with its own data directory and index."""
        data_dir = self.root / name
        command = [sys.executable, "-m", "flask", "--app", "app", "worker"]
        process = Process(name, data_dir, command, self._env(name, data_dir))
        self.processes.append(process)
        return process.start()

    def stop(self) -> None:
        """Kill every process started."""
        for process in self.processes:
            process.kill()
