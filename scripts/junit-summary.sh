# Sourced by the JVM test scripts: reads JUnit 4's closing lines from LOG ("OK (N tests)" or
# "Tests run: N,  Failures: F"), prints "LABEL: N passed, F failed" and returns non-zero unless
# everything passed and the runner exited 0. junit_counts prints "N F" for one runner's log (a
# runner that printed neither line counts as one failure), for a script that runs several.
#   junit_summary LOG RUNNER_STATUS LABEL
#   junit_counts LOG RUNNER_STATUS
# shellcheck shell=bash
junit_summary() {
    local log=$1 status=$2 label=$3 passed failed
    read -r passed failed < <(junit_counts "$log" "$status")
    echo "$label: $passed passed, $failed failed"
    [ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
}

junit_counts() {
    local log=$1 status=$2 ok line run passed failed
    if ok=$(grep -Eo '^OK \([0-9]+ tests?\)' "$log" | grep -Eo '[0-9]+'); then
        passed=$ok
        failed=0
    elif line=$(grep -E '^Tests run: [0-9]+, +Failures: [0-9]+' "$log"); then
        run=$(echo "$line" | sed -E 's/^Tests run: ([0-9]+).*/\1/')
        failed=$(echo "$line" | sed -E 's/.*Failures: ([0-9]+).*/\1/')
        passed=$((run - failed))
    else
        passed=0
        failed=1
    fi
    [ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
    echo "$passed $failed"
}
