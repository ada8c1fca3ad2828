#!/usr/bin/env bash
# Set everything up, create the demo association (once), and open LearnOrg Desktop on it.
# Options are passed to the window, e.g. `scripts/demo.sh --lang en`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
demo_db=${LEARNORG_DEMO_DB:-demo/demo.sqlite3}
if [ ! -f "$demo_db" ]; then
  mkdir -p "$(dirname "$demo_db")"
  .venv/bin/learnorg demo --db "$demo_db" --people 300
fi
exec .venv/bin/learnorg --db "$demo_db" "$@"
