# Sourced by .ci/run: starts a throwaway PostgreSQL cluster (a private
# directory, a loopback port, trust authentication) and exports
# BTTC_TEST_POSTGRES; stop_postgres removes it. Installs Debian's
# postgresql package first when no server binaries are found.

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

start_postgres() {
	local bindir
	bindir=$(pg_bindir)
	if [ -z "$bindir" ]; then
		echo "    installing postgresql"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
		bindir=$(pg_bindir)
	fi
	PG_DIR=$(mktemp -d /tmp/bttc-pg.XXXXXX)
	local port
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 54329)
	local as=()
	if [ "$(id -u)" = 0 ]; then
		chown postgres "$PG_DIR"
		as=(runuser -u postgres --)
	fi
	"${as[@]}" "$bindir/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
	"${as[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
		-o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" start >/dev/null || { cat "$PG_DIR/server.log"; return 1; }
	PG_CTL=("${as[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data")
	export BTTC_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
	echo "    PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_DIR)"
}

stop_postgres() {
	if [ -n "${PG_DIR:-}" ]; then
		"${PG_CTL[@]}" stop -m immediate >/dev/null 2>&1 || true
		rm -rf "$PG_DIR"
		PG_DIR=
	fi
}
