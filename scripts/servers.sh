#!/usr/bin/env bash
# Test servers on loopback, without systemd: a two-shard ClickHouse cluster
# (Debian's clickhouse-server, two processes) and NATS with JetStream
# (Debian's nats-server). Installs the packages when missing.
#
#   scripts/servers.sh up      # start, wait until ready, print the URLs
#   scripts/servers.sh down    # stop every server it started, by PID
#
# ClickHouse: shard 1 http://127.0.0.1:18123 (native 19000), shard 2
# http://127.0.0.1:18124 (native 19001), cluster `rasad_two_shards`.
# NATS: nats://127.0.0.1:14222 (monitoring on 18222).
# State, logs and PID files live in $RASAD_SERVERS (default /tmp/rasad-servers).
set -euo pipefail
DIR=${RASAD_SERVERS:-/tmp/rasad-servers}
CLUSTER=rasad_two_shards

ready() { # SECONDS CMD…: poll until CMD succeeds
    local tries=$(( $1 * 10 )); shift
    for _ in $(seq "$tries"); do "$@" > /dev/null 2>&1 && return 0; sleep 0.1; done
    echo "not ready after $tries tries: $*" >&2
    return 1
}

install() { # PACKAGE… (Debian)
    local missing=()
    for p in "$@"; do dpkg -s "$p" > /dev/null 2>&1 || missing+=("$p"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
}

clickhouse_up() { # NAME HTTP_PORT TCP_PORT INTERSERVER_PORT SHARD
    local name=$1 http=$2 tcp=$3 inter=$4 shard=$5 d=$DIR/ch-$1
    mkdir -p "$d/data" "$d/tmp" "$d/files" "$d/log"
    cat > "$d/config.xml" << XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$d/log/server.log</log><errorlog>$d/log/error.log</errorlog><size>50M</size><count>1</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$http</http_port>
  <tcp_port>$tcp</tcp_port>
  <interserver_http_port>$inter</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <max_concurrent_queries>64</max_concurrent_queries>
  <mark_cache_size>134217728</mark_cache_size>
  <path>$d/data/</path>
  <tmp_path>$d/tmp/</tmp_path>
  <user_files_path>$d/files/</user_files_path>
  <users_config>/etc/clickhouse-server/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mlock_executable>false</mlock_executable>
  <remote_servers>
    <$CLUSTER>
      <shard><replica><host>127.0.0.1</host><port>19000</port></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>19001</port></replica></shard>
    </$CLUSTER>
  </remote_servers>
  <macros><shard>$shard</shard><replica>$name</replica></macros>
</yandex>
XML
    (cd "$d" && exec /usr/sbin/clickhouse-server --config-file="$d/config.xml") > "$d/log/stdout.log" 2>&1 &
    echo $! > "$DIR/ch-$name.pid"
    ready 60 curl -sf "http://127.0.0.1:$http/ping"
    echo "clickhouse $name: http://127.0.0.1:$http (pid $(cat "$DIR/ch-$name.pid"))"
}

nats_up() {
    local d=$DIR/nats
    mkdir -p "$d/js"
    /usr/sbin/nats-server -a 127.0.0.1 -p 14222 -m 18222 -js -sd "$d/js" -n rasad-test > "$d/nats.log" 2>&1 &
    echo $! > "$DIR/nats.pid"
    ready 30 curl -sf "http://127.0.0.1:18222/healthz?js-enabled=true"
    echo "nats: nats://127.0.0.1:14222 (pid $(cat "$DIR/nats.pid"))"
}

stop() { # PIDFILE
    local f=$1 pid
    [ -f "$f" ] || return 0
    pid=$(cat "$f")
    if kill -0 "$pid" 2> /dev/null; then
        kill -TERM "$pid"
        for _ in $(seq 200); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
        if kill -0 "$pid" 2> /dev/null; then
            echo "pid $pid still running after 20 s; killing it" >&2
            kill -KILL "$pid"
        fi
    fi
    rm -f "$f"
}

case "${1:-}" in
    up)
        install clickhouse-server clickhouse-client nats-server curl
        mkdir -p "$DIR"
        clickhouse_up s1 18123 19000 19009 01
        clickhouse_up s2 18124 19001 19010 02
        nats_up
        ;;
    down)
        stop "$DIR/ch-s1.pid"
        stop "$DIR/ch-s2.pid"
        stop "$DIR/nats.pid"
        rm -rf "$DIR"
        ;;
    *)
        echo "usage: $0 up|down" >&2
        exit 2
        ;;
esac
