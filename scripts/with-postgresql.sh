#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: a new cluster in a temporary folder,
# listening only on a Unix socket there, stopped and removed when the command ends. The command
# finds the server in HERODOTUS_TEST_POSTGRESQL (a postgresql:// URL).
#
#   scripts/with-postgresql.sh build/tests/store_tests --gtest_filter='*Postgresql*'
#
# The server comes from Debian's postgresql package (scripts/setup.sh installs it). PostgreSQL
# refuses to run as root: as root, the cluster belongs to the postgres user the package creates.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1 || true)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "with-postgresql: no PostgreSQL server found (run scripts/setup.sh)" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/herodotus-pg.XXXXXX)
as_owner=()
if [[ "$(id -u)" == 0 ]]; then
  chown postgres: "$dir"
  as_owner=(runuser -u postgres --)
fi

stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop > /dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

# No TCP, no durability: a socket in the private folder, and nothing waits for the disk.
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  --no-sync > "$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-k $dir -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start > /dev/null || {
  cat "$dir/server.log" >&2
  exit 1
}

export HERODOTUS_TEST_POSTGRESQL="postgresql:///postgres?host=$dir&user=postgres"
"$@"
