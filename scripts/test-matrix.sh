#!/usr/bin/env bash
# The live channel's end-to-end test against a real Matrix homeserver: installs Synapse (cached,
# scripts/synapse.sh), starts it on 127.0.0.1 with SQLite and no federation, registers the test's
# users, runs crates/tend-cli/tests/partner_matrix.rs (two Tend stores pair, share, reply, revoke;
# Synapse's database and the Matrix stores checked for plain text; then the channel attacked:
# concurrent syncs, a forged event, a third member, a partner who leaves or cannot be reached),
# and stops the server by its pid whatever happens. (The outbox rules are the core's unit tests,
# which need no server.)
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
for user in alice bob carol dave erin frank grace heidi bench; do
    # A fresh random password per run, in a private file the test reads.
    (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/$user.pw")
    "$ROOT/scripts/synapse.sh" register "$dir" "$user" "$(cat "$dir/$user.pw")" >/dev/null
done

# Arguments go to the test binary (a test name to run just that one).
TEND_TEST_SYNAPSE_DIR="$dir" cargo test -p tend-cli --features share --test partner_matrix -- "$@"

# Item 10 of issue 21: one Matrix client per open store, against a client per call, as a ratio
# measured in this run (not a pass/fail: a benchmark, not a timed test). Only for a full run.
if [ $# -eq 0 ]; then
    TEND_TEST_SYNAPSE_DIR="$dir" cargo run -q -p tend-ffi --features share,test-hooks --example bench_partner_sync
fi
