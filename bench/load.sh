#!/usr/bin/env bash
# Load test: the demo portal under gunicorn, hit by wrk at a fixed concurrency.
#   bash bench/load.sh            (needs `apt-get install wrk`)
# Prints requests/s and latency percentiles per page, and memory per worker.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5190}
DATA=$(mktemp -d /tmp/tradewind-load-XXXX)
export TRADEWIND_DATA_DIR=$DATA TRADEWIND_SECRET_KEY=load PORT WEB_CONCURRENCY=${WORKERS:-2}
.venv/bin/flask --app app db upgrade >/dev/null 2>&1
.venv/bin/flask --app app demo load >/dev/null
.venv/bin/flask --app app search rebuild >/dev/null
.venv/bin/gunicorn --config config/gunicorn.conf.py --access-logfile /dev/null >/tmp/tradewind-load.log 2>&1 &
GUNICORN=$!
trap 'kill $GUNICORN 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
BASE="http://127.0.0.1:$PORT"
for path in "/" "/categories/minerals" "/search?q=steel+pipes&country=KR" "/offers/100" \
            "/api/v1/offers?q=steel&type=sell"; do
  curl -fs "$BASE$path" >/dev/null  # warm up (opens the searcher)
  echo "== $path"
  wrk -t2 -c${CONNECTIONS:-8} -d${DURATION:-15s} --latency "$BASE$path" \
    | grep -E "Requests/sec|50%|99%|Non-2xx" || true
done
echo "== memory per gunicorn worker (RSS, MB)"
for pid in $(pgrep -P $GUNICORN); do
  awk '/VmRSS/ {printf "worker %s: %.0f MB\n", '"$pid"', $2/1024}' /proc/$pid/status
done
