#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of the central database, with TLS certificates
# made for the test:
#
#   pg-test-cluster.sh run COMMAND...     starts a cluster, runs COMMAND with ECLUSE_TEST_PG_STATE
#                                         naming its state file, then stops it whatever happened;
#                                         ECLUSE_PG_WORKSTATIONS="ws_1 ws_2 ..." names its roles
#   pg-test-cluster.sh start FILE [WS...] writes FILE: lines ECLUSE_TEST_PG_*=value
#   pg-test-cluster.sh pause FILE         stops the server, keeping its data (a server that went away)
#   pg-test-cluster.sh resume FILE        starts it again on the same port
#   pg-test-cluster.sh admin FILE SQL     runs SQL as the database's administrator (what a test
#                                         does in the role of whoever holds the server's keys)
#   pg-test-cluster.sh stop FILE          stops the cluster and deletes its folder
#
# The cluster lives in a fresh private folder under ${TMPDIR:-/tmp}, listens on a free loopback
# port (TLS only, client certificates required) and on a socket in that folder (the administrator,
# no password: nobody else can reach the folder). Run as root, the server runs as `nobody`, since
# PostgreSQL refuses to run as root. Each WORKSTATION (default: ws_a ws_b) gets a login role in
# ecluse_workstation and a client certificate whose common name is that role; `intruder` gets a
# certificate from another authority. The schema is packaging/postgresql/ecluse-central.sql.
set -euo pipefail

say() { printf 'pg-test-cluster: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

here=$(cd "$(dirname "$0")/.." && pwd)
usage="usage: $0 run COMMAND... | start FILE [WORKSTATION...] | pause FILE | resume FILE | admin FILE SQL | stop FILE"
action=${1:-}
[ $# -ge 2 ] || die "$usage"
shift
if [ "$action" != run ]; then
    state=$1
    shift
fi

bindir() {
    local pg_config
    for pg_config in /usr/lib/postgresql/*/bin/pg_config; do :; done
    [ -x "${pg_config:-}" ] || pg_config=$(command -v pg_config || true)
    [ -n "${pg_config:-}" ] || die "PostgreSQL is not installed (scripts/setup.sh installs it)"
    local dir
    dir=$("$pg_config" --bindir)
    [ -x "$dir/initdb" ] || die "no initdb in $dir: the PostgreSQL server is not installed"
    echo "$dir"
}

# Runs a command as the server's user: ourselves, or nobody when we are root.
as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

certificate() { # name subject ca-name [extensions]
    local name=$1 subject=$2 ca=$3 extensions=${4:-}
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "$subject" \
        -keyout "$tls/$name.key" -out "$tls/$name.csr" 2>/dev/null
    local args=(-req -in "$tls/$name.csr" -CA "$tls/$ca.crt" -CAkey "$tls/$ca.key" -CAcreateserial
        -days 2 -out "$tls/$name.crt")
    if [ -n "$extensions" ]; then
        printf '%s\n' "$extensions" >"$tls/$name.ext"
        args+=(-extfile "$tls/$name.ext")
    fi
    openssl x509 "${args[@]}" 2>/dev/null
    chmod 600 "$tls/$name.key"
    rm -f "$tls/$name.csr" "$tls/$name.ext"
}

authority() { # name subject
    openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
        -subj "$2" -keyout "$tls/$1.key" -out "$tls/$1.crt" 2>/dev/null
    chmod 600 "$tls/$1.key"
}

start() {
    local workstations=("$@")
    [ ${#workstations[@]} -gt 0 ] || workstations=(ws_a ws_b)
    [ ! -e "$state" ] || die "$state exists: stop that cluster first"
    local bin
    bin=$(bindir)
    local root
    root=$(mktemp -d "${TMPDIR:-/tmp}/ecluse-pg.XXXXXXXX")
    chmod 711 "$root" # the server's user passes through; only it reads its own folders
    # A start that fails half-way leaves nothing behind.
    abandon() {
        as_server "$bin/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$root"
        die "$1"
    }
    trap 'abandon "could not set the cluster up"' ERR
    tls=$root/tls
    mkdir -p "$tls" "$root/socket" "$root/log"

    authority ca "/CN=Ecluse test database authority"
    authority other-ca "/CN=Someone else's authority"
    certificate server "/CN=localhost" ca "subjectAltName=DNS:localhost,IP:127.0.0.1"
    local ws
    for ws in "${workstations[@]}"; do
        certificate "$ws" "/CN=$ws" ca
    done
    certificate intruder "/CN=${workstations[0]}" other-ca

    local server_tls=$root/server-tls
    mkdir -p "$server_tls"
    cp "$tls/server.crt" "$tls/server.key" "$tls/ca.crt" "$server_tls/"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R nobody: "$root/socket" "$root/log" "$server_tls"
        mkdir -p "$root/data" && chown nobody: "$root/data"
    fi

    as_server "$bin/initdb" -D "$root/data" -U ecluse_admin --auth=reject -E UTF8 --locale=C.UTF-8 \
        >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; abandon "initdb failed"; }
    local port
    port=$(free_port)
    as_server tee -a "$root/data/postgresql.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$root/socket'
ssl = on
ssl_cert_file = '$server_tls/server.crt'
ssl_key_file = '$server_tls/server.key'
ssl_ca_file = '$server_tls/ca.crt'
ssl_min_protocol_version = 'TLSv1.3'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    as_server tee "$root/data/pg_hba.conf" >/dev/null <<EOF
# The administrator, on the private socket; workstations with a client certificate only.
local   all   ecluse_admin                  trust
hostssl ecluse +ecluse_workstation 127.0.0.1/32 cert
EOF
    as_server "$bin/pg_ctl" -D "$root/data" -l "$root/log/server.log" -w -t 60 start >/dev/null ||
        { cat "$root/log/server.log" >&2; abandon "the server did not start"; }

    local psql=(as_server "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$root/socket" -p "$port" -U ecluse_admin)
    "${psql[@]}" -d postgres -c "CREATE DATABASE ecluse" >/dev/null
    "${psql[@]}" -d ecluse --single-transaction <"$here/packaging/postgresql/ecluse-central.sql" >/dev/null
    for ws in "${workstations[@]}"; do
        "${psql[@]}" -d ecluse -c "CREATE ROLE \"$ws\" LOGIN IN ROLE ecluse_workstation" >/dev/null
    done

    cat >"$state" <<EOF
ECLUSE_TEST_PG_ROOT=$root
ECLUSE_TEST_PG_BIN=$bin
ECLUSE_TEST_PG_PORT=$port
ECLUSE_TEST_PG_SOCKET=$root/socket
ECLUSE_TEST_PG_TLS=$tls
ECLUSE_TEST_PG_WORKSTATIONS=$(IFS=,; echo "${workstations[*]}")
EOF
    trap - ERR
    say "cluster up on 127.0.0.1:$port ($root)"
}

recorded() { sed -n "s/^$1=//p" "$state"; }

# The cluster's folder, as recorded, and only if this script made it.
recorded_root() {
    [ -f "$state" ] || die "no cluster recorded in $state"
    local root
    root=$(recorded ECLUSE_TEST_PG_ROOT)
    # Whoever asks (a test with a TMPDIR of its own), delete only a folder this script made.
    case "$root" in
    /*/ecluse-pg.????????) [ -f "$root/tls/ca.crt" ] && echo "$root" && return ;;
    esac
    die "$state names '$root', which this script did not make"
}

pause() {
    local root
    root=$(recorded_root)
    as_server "$(recorded ECLUSE_TEST_PG_BIN)/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null
}

resume() {
    local root
    root=$(recorded_root)
    as_server "$(recorded ECLUSE_TEST_PG_BIN)/pg_ctl" -D "$root/data" -l "$root/log/server.log" -w -t 60 start \
        >/dev/null || { cat "$root/log/server.log" >&2; die "the server did not start again"; }
}

admin() {
    [ $# -eq 1 ] || die "$usage"
    local root
    root=$(recorded_root)
    as_server "$(recorded ECLUSE_TEST_PG_BIN)/psql" -X -q -v ON_ERROR_STOP=1 -h "$root/socket" \
        -p "$(recorded ECLUSE_TEST_PG_PORT)" -U ecluse_admin -d ecluse -c "$1"
}

stop() {
    [ -f "$state" ] || { say "no cluster recorded in $state"; return 0; }
    local root
    root=$(recorded_root)
    if [ -d "$root/data" ]; then
        as_server "$(recorded ECLUSE_TEST_PG_BIN)/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$root"
    rm -f "$state"
}

run() {
    run_folder=$(mktemp -d "${TMPDIR:-/tmp}/ecluse-pg-state.XXXXXXXX")
    state=$run_folder/cluster
    trap 'status=$?; stop; rm -rf "$run_folder"; exit $status' EXIT
    trap 'exit 130' INT TERM
    # shellcheck disable=SC2086 # a list of role names
    start ${ECLUSE_PG_WORKSTATIONS:-} >/dev/null 2>"$run_folder/start.log" || { cat "$run_folder/start.log" >&2; exit 1; }
    ECLUSE_TEST_PG_STATE=$state ECLUSE_TEST_PG_SCRIPT=$here/scripts/pg-test-cluster.sh "$@"
}

case "$action" in
run) run "$@" ;;
start) start "$@" ;;
pause) pause ;;
resume) resume ;;
admin) admin "$@" ;;
stop) stop ;;
*) die "$usage" ;;
esac
