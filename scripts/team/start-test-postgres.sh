#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster on 127.0.0.1 and makes sure the role the team-mode tests use exists:
# `concordia` (password `concordia`, CREATEDB), so each test creates and drops its own database. Idempotent.
# The tests read CONCORDIA_TEST_PG (default postgres://concordia:concordia@127.0.0.1:5432/postgres).
set -euo pipefail
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }

if ! command -v pg_lsclusters >/dev/null; then
  echo "PostgreSQL is not installed: apt-get install postgresql" >&2
  exit 1
fi
# Debian creates the "main" cluster on install; containers sometimes skip it.
if [ -z "$(pg_lsclusters -h)" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_createcluster "$version" main >/dev/null
fi
read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
if [ "$status" != online ]; then pg_ctlcluster "$version" "$cluster" start; fi
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'concordia') THEN
    CREATE ROLE concordia LOGIN CREATEDB PASSWORD 'concordia';
  END IF; END \$\$;"
echo "PostgreSQL $version/$cluster online on port $port (role concordia)"
