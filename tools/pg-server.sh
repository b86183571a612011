#!/usr/bin/env bash
# Start or stop a throw-away PostgreSQL server for the test suite, on 127.0.0.1:${PGPORT:-5433}
# with its own data folder. Prints the admin URL for MEMBERDESK_TEST_PG_URL on start.
# Needs Debian's postgresql package (`.ci/run` installs it). Runs the server as the
# `postgres` user when started by root, because PostgreSQL refuses to run as root.
set -euo pipefail
cmd=${1:-start}
port=${PGPORT:-5433}
data=${PGDATA_DIR:-/tmp/memberdesk-pg}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
      as_pg "$bindir/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_pg "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" start >/dev/null
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$bindir/pg_ctl" -D "$data" -m fast stop >/dev/null || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
