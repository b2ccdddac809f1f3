#!/usr/bin/env bash
# The live channel's end-to-end test against a real Matrix homeserver: installs Synapse (cached,
# scripts/synapse.sh), starts it on 127.0.0.1 with SQLite and no federation, registers alice and
# bob, runs crates/tend-cli/tests/partner_matrix.rs (two Tend stores pair, share, reply, revoke;
# Synapse's database and the Matrix stores checked for plain text), and stops the server by its
# pid whatever happens. (The outbox rules are the core's unit tests, which need no server.)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

"$ROOT/scripts/synapse.sh" install >/dev/null

dir=$(mktemp -d /tmp/tend-synapse.XXXXXX)
stop() {
    "$ROOT/scripts/synapse.sh" stop "$dir" || true
    rm -rf "$dir"
}
trap stop EXIT

"$ROOT/scripts/synapse.sh" start "$dir" >/dev/null
for user in alice bob; do
    # A fresh random password per run, in a private file the test reads.
    (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/$user.pw")
    "$ROOT/scripts/synapse.sh" register "$dir" "$user" "$(cat "$dir/$user.pw")" >/dev/null
done

TEND_TEST_SYNAPSE_DIR="$dir" cargo test -p tend-cli --features share --test partner_matrix
