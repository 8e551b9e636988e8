# Sourced by the web end-to-end tests (03x) after lib.sh: example data with
# a few claims, users, and a server on a free port of 127.0.0.1.
SERVER_PID=
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT

# load_examples: registry, corpus, two claims on the Azure article (one
# accepted, one candidate) and an editor and a reader.
load_examples() {
	r init >/dev/null
	r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
	r add -q --no-claims "$ROOT/examples/corpus" 2>/dev/null
	AZURE=$(sql "SELECT id FROM source WHERE title LIKE 'Unit 8200 stored%'")
	AZURE_SHA=$(sql "SELECT sha256 FROM source WHERE id = $AZURE")
	local q="Microsoft supplied cloud storage and computing on Azure to Unit 8200 from 2022."
	local s
	s=$(sql "SELECT instr(CAST(text AS BLOB), CAST('$q' AS BLOB)) - 1 FROM source WHERE id = $AZURE")
	SPAN="$s-$((s + ${#q}))"
	r claims add --source "$AZURE" --span "$SPAN" --company microsoft --relation supplies \
		--counterparty unit-8200 --category military --year 2022 --status accepted >/dev/null
	local q2="the unit built a mass surveillance tool"
	s=$(sql "SELECT instr(CAST(text AS BLOB), CAST('$q2' AS BLOB)) - 1 FROM source WHERE id = $AZURE")
	r claims add --source "$AZURE" --span "$s-$((s + ${#q2}))" --company microsoft \
		--relation supplies --counterparty unit-8200 --category surveillance --year 2022 >/dev/null
	echo "editor pass 1" | r user add ed --role editor >/dev/null
	echo "reader pass 1" | r user add rita --role reader >/dev/null
}

# serve [ARGS...]: start the server and set URL (ends in /)
serve() {
	# the binary itself, not the r function: $! must be the server, or kill
	# ends a subshell and leaves the server running after the test. The old
	# output goes first: a restarted server's "serving" line must not be
	# read from the last one's file before the redirection truncates it.
	rm -f "$WORK/serve.out" "$WORK/serve.err"
	"$RECEIPTS" serve --listen 127.0.0.1:0 "$@" >"$WORK/serve.out" 2>"$WORK/serve.err" &
	SERVER_PID=$!
	# up to 30 s: a sanitizer build on a busy machine starts slowly
	for _ in $(seq 300); do
		grep -q '^serving ' "$WORK/serve.out" 2>/dev/null && break
		kill -0 "$SERVER_PID" 2>/dev/null || break
		sleep 0.1
	done
	URL=$(sed -n 's/^serving //p' "$WORK/serve.out")
	[ -n "$URL" ] || { echo "server did not start"; cat "$WORK/serve.err"; ps -ef | grep -v grep | grep "$RECEIPTS" | head; exit 1; }
}

stop_server() {
	[ -n "$SERVER_PID" ] && kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null
	SERVER_PID=
}

# status PATH [CURL ARGS...]: the HTTP status of a request
status() { local p=$1; shift; curl -s -o /dev/null -w '%{http_code}' "$@" "$URL${p#/}"; }
# get PATH [CURL ARGS...]: the body
get() { local p=$1; shift; curl -s "$@" "$URL${p#/}"; }

# login NAME PASSWORD JAR: log in with a cookie jar; sets CSRF
login() {
	get login -c "$3" -b "$3" >"$WORK/login.html"
	local pre
	pre=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$WORK/login.html" | head -1)
	curl -s -o /dev/null -c "$3" -b "$3" --data-urlencode "name=$1" --data-urlencode "password=$2" \
		--data "csrf=$pre" "${URL}login"
	CSRF=$(get review -b "$3" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1)
}

