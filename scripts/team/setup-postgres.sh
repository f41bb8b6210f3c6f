#!/usr/bin/env bash
# Team mode, step 1 on a fresh Debian or Ubuntu machine (as root): installs PostgreSQL when missing, starts it on
# 127.0.0.1, creates the role and database `concordia_team` with a generated password, and prints the address to
# give `npm run serve` (as CONCORDIA_DB or --db). The address is kept in /etc/concordia/team-db-url (root only,
# mode 600), so running this again prints the same one instead of changing the password under a running server.
set -euo pipefail
url_file=/etc/concordia/team-db-url
if ! command -v pg_lsclusters >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
fi
bash "$(dirname "$0")/start-test-postgres.sh" >/dev/null
read -r _ _ port _ < <(pg_lsclusters -h | head -1)
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }
role_exists=$(as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'concordia_team'")
if [ "$role_exists" = 1 ] && [ -s "$url_file" ]; then
  cat "$url_file"
  exit 0
fi
password=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 -v pw="$password" <<'SQL'
SELECT format('CREATE ROLE concordia_team LOGIN PASSWORD %L', :'pw') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'concordia_team') \gexec
SELECT format('ALTER ROLE concordia_team PASSWORD %L', :'pw') \gexec
SELECT 'CREATE DATABASE concordia_team OWNER concordia_team' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'concordia_team') \gexec
SQL
mkdir -p "$(dirname "$url_file")"
(umask 077 && echo "postgres://concordia_team:${password}@127.0.0.1:${port}/concordia_team" > "$url_file")
cat "$url_file"
