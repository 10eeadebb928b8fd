"""wrk, driven the same way by bench/pages.py and bench/soak.py: each request's path drawn at
random from a list (bench/random_paths.lua), and wrk's summary read back as a dict with
``requests``, ``duration_us``, ``p50_us``, ``p99_us``, ``status_errors``, ``socket_errors`` and
the socket errors by kind (``connect``, ``read``, ``write``, ``timeout``)."""

import json
import shutil
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).with_name("random_paths.lua")
#: A request slower than this counts as a wrk timeout error.
TIMEOUT = "10s"
#: wrk runs a little past its duration (connecting, reporting) before it is given up on.
GRACE_SECONDS = 60


def run(base_url, paths, *, workdir, duration, connections, threads, seed, headers=None):
    """wrk's summary of ``duration`` seconds of requests to ``paths`` at ``base_url``."""
    path_list = Path(workdir) / "paths.txt"
    path_list.write_text("\n".join(paths) + "\n")
    command = [
        shutil.which("wrk"),
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={duration}s",
        f"--timeout={TIMEOUT}",
        "--latency",
        f"--script={SCRIPT}",
        *[f"--header={name}: {value}" for name, value in (headers or {}).items()],
        base_url + paths[0],
        "--",
        str(path_list),
        str(seed),
    ]
    finished = subprocess.run(  # noqa: S603 (our own command line)
        command, capture_output=True, text=True, timeout=duration + GRACE_SECONDS, check=False
    )
    for line in finished.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line.removeprefix("RESULT "))
    raise RuntimeError(f"wrk failed ({finished.returncode}):\n{finished.stdout}{finished.stderr}")
