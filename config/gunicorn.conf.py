"""Gunicorn settings for `make run` and deployments.

Each serving process follows the change log into this node's search index. The
background worker starts inside each serving process too unless TRADEWIND_WORKER=0
(deployments then run `flask --app app worker` somewhere; docs/deployment.md).
"""

import os

wsgi_app = "app:create_app()"
bind = f"127.0.0.1:{os.environ.get('PORT', '5000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "1"))
threads = 8
accesslog = "-"
# gunicorn's control socket defaults to one path in the home directory: two instances on
# one machine would fight over it. Each instance keeps its own in its data directory.
control_socket = os.path.join(
    os.path.abspath(os.environ.get("TRADEWIND_DATA_DIR", "var")), "gunicorn.ctl"
)


def post_worker_init(worker):
    """Start the index follower (and the worker, unless TRADEWIND_WORKER=0); warm the HS assistant."""
    import threading

    from marketplace.worker import start_in_thread
    from search_index import hs_assistant

    worker.tradewind_node = start_in_thread(
        worker.wsgi, worker=os.environ.get("TRADEWIND_WORKER", "1") != "0"
    )
    # Build the HS assistant's small index now rather than on the first keystroke.
    threading.Thread(target=hs_assistant.warm, name="hs-warm", daemon=True).start()


def worker_exit(server, worker):
    """Stop this serving process's loops: it leaves the operators' list of processes."""
    node = getattr(worker, "tradewind_node", None)
    if node is not None:
        node.stop()
