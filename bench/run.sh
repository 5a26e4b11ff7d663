#!/usr/bin/env bash
# The benchmark of issue 7, as BENCHMARKS.md describes it:
#   bench/run.sh [--sizes 10000,100000] [--stores h2,postgres] [--pg-url URL --pg-user U --pg-password P]
#                [--out DIR] [--keep-data] [-- flags for the tool, e.g. --append-seconds 30]
# Builds the service jar and the benchmark when missing or older than their sources, starts a throw-away PostgreSQL
# cluster with the default durability (fsync and synchronous_commit on) unless --pg-url names one, runs the
# benchmark, and writes the tables to bench/results/<date-time>/results.md. Everything it starts it stops by PID
# on any exit, and it removes its work folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
app_jar="$root/app/target/escalation-timeline.jar"
bench_jar="$here/target/timeline-bench.jar"
mvn_flags=(${BENCH_MVN_FLAGS:-})   # e.g. BENCH_MVN_FLAGS=-o to build offline

sizes=10000
stores=h2,postgres
pg_url=""
pg_user=postgres
pg_password=""
out=""
keep=0
extra=()

usage() { sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --stores) stores="$2"; shift 2 ;;
        --pg-url) pg_url="$2"; shift 2 ;;
        --pg-user) pg_user="$2"; shift 2 ;;
        --pg-password) pg_password="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --keep-data) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        --) shift; extra=("$@"); break ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done

log() { printf '[bench] %s\n' "$*" >&2; }

stale() {   # stale JAR SOURCE...: the jar is missing or a source is newer
    local jar="$1"; shift
    [[ ! -f "$jar" ]] || [[ -n "$(find "$@" -newer "$jar" -print -quit 2>/dev/null)" ]]
}

if stale "$app_jar" "$root"/{api,command,query,app}/src "$root"/{api,command,query,app}/pom.xml "$root/pom.xml"; then
    log "building $app_jar"
    (cd "$root" && mvn -B -q "${mvn_flags[@]}" -pl app -am package -DskipTests)
    touch "$app_jar"   # Maven leaves an up-to-date jar as it was; its time now says it matches the sources
fi
if stale "$bench_jar" "$here/src" "$here/pom.xml"; then
    log "building $bench_jar"
    (cd "$root" && mvn -B -q "${mvn_flags[@]}" -Pbench -pl bench package)
    touch "$bench_jar"
fi

work="$(mktemp -d /tmp/timeline-bench.XXXXXX)"
chmod 755 "$work"
out="${out:-$here/results/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out"

java_pid=""
pg_dir=""
pg_bin=""
as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n "$java_pid" ]] && kill -0 "$java_pid" 2>/dev/null; then
        kill "$java_pid" 2>/dev/null || true   # the tool stops the service it started on its way out
        wait "$java_pid" 2>/dev/null || true
    fi
    if [[ -n "$pg_dir" && -f "$pg_dir/data/postmaster.pid" ]]; then
        log "stopping PostgreSQL"
        as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
    if [[ $keep -eq 0 ]]; then rm -rf -- "$work"; else log "kept $work"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

note="disk sync rate not measured"
if [[ ",$stores," == *,postgres,* && -z "$pg_url" ]]; then
    pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/postgres | sort -V | tail -n 1)")"
    pg_dir="$work/pg"
    mkdir -p "$pg_dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$pg_dir"
    # Trust is for 127.0.0.1 only: the server listens on nothing else and lives for this run.
    as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust \
        >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; exit 1; }
    port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
    pg_port=55460
    while port_in_use "$pg_port"; do pg_port=$((pg_port + 1)); done
    # Only where to listen is set: fsync, synchronous_commit and full_page_writes stay at their defaults (on).
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir" start >/dev/null \
        || { cat "$pg_dir/server.log" >&2; exit 1; }
    pg_url="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
    pg_user=postgres
    log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port, data in $pg_dir/data"
    # What the disk allows: one fdatasync per durable commit bounds single-connection commits. It swings widely on a
    # shared VM, so it is sampled in the same run as the figures.
    if rate="$(as_postgres "$pg_bin/pg_test_fsync" -s 1 -f "$pg_dir/fsync-test" 2>/dev/null \
               | awk '/^[[:space:]]+fdatasync[[:space:]]/ {print $2; exit}')" && [[ -n "$rate" ]]; then
        note="disk: pg_test_fsync, one 8 kB write then fdatasync: $rate ops/s (1-second sample at the start)"
        log "$note"
    fi
fi

log "results in $out"
args=(--app-jar "$app_jar" --work "$work" --out "$out" --stores "$stores" --sizes "$sizes" --note "$note")
[[ -n "$pg_url" ]] && args+=(--pg-url "$pg_url" --pg-user "$pg_user" --pg-password "$pg_password")
[[ $keep -eq 1 ]] && args+=(--keep-data)
java -jar "$bench_jar" "${args[@]}" "${extra[@]}" &
java_pid=$!
wait "$java_pid"
java_pid=""
log "results in $out/results.md"
