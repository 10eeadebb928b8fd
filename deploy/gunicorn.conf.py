"""gunicorn's settings for the portal's `web` containers (Dockerfile, docker-compose.yml).

The local topology of the tests (deploy/topology.py) runs gunicorn with this same file; only the
address it binds differs, given on the command line, which takes precedence over this file.
"""

import os

bind = "0.0.0.0:8000"
# Per container; more capacity is more `web` replicas behind nginx. Sync workers suffice behind
# nginx, which buffers slow clients' requests and responses.
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
worker_class = "sync"
# A request still running after this is a stuck worker: gunicorn kills and replaces it. nginx
# waits longer (proxy_read_timeout, 60 s) so that the client gets gunicorn's answer.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# The workers' heartbeat files on tmpfs: a container's overlay disk can stall them.
_shared_memory = "/dev/shm"  # noqa: S108 (gunicorn makes its own files there, unpredictably named)
worker_tmp_dir = _shared_memory if os.path.isdir(_shared_memory) else None
accesslog = "-"
errorlog = "-"
# No max_requests: a leak should show in the soak bench (bench/soak.py), not be hidden by
# recycling workers.
