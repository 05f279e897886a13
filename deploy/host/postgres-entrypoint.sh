#!/bin/sh
# Starts PostgreSQL like the official image does: on first start, a cluster in $PGDATA with
# superuser $POSTGRES_USER (password $POSTGRES_PASSWORD, scram-sha-256 over TCP) and database
# $POSTGRES_DB; then the server in the foreground on 127.0.0.1:$PGPORT. Runs as `postgres`.
set -eu
: "${POSTGRES_USER:=postgres}" "${POSTGRES_DB:=$POSTGRES_USER}" "${PGPORT:=5432}"
: "${POSTGRES_LISTEN:=127.0.0.1}"
if [ -z "${POSTGRES_PASSWORD:-}" ]; then
  echo "Cannot start PostgreSQL: POSTGRES_PASSWORD is not set" >&2
  exit 1
fi
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pwfile=$(mktemp)
  printf '%s' "$POSTGRES_PASSWORD" >"$pwfile"
  initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pwfile"
  if [ "$POSTGRES_DB" != "postgres" ]; then
    echo "CREATE DATABASE \"$POSTGRES_DB\" OWNER \"$POSTGRES_USER\";" |
      postgres --single -D "$PGDATA" postgres >/dev/null
  fi
fi
exec postgres -D "$PGDATA" -p "$PGPORT" -k /tmp -c listen_addresses="$POSTGRES_LISTEN" "$@"
