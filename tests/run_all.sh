#!/usr/bin/env bash
# The one test command (`make test`): every test in every language.
#
#   tests/run_all.sh            tests/deps.sh, then every area
#   tests/run_all.sh AREA...    only those areas (make test-AREA), no installs
#
# The areas, in order, each a script in tests/areas/ with one function per
# step: rust, c, windows, cpp_install, hardening, python, dist. Installing missing
# tools is tests/deps.sh (`make deps`), which says what it installs. Every
# step runs, a failure does not stop the others, and the run ends with one
# line "steps: N passed, N failed"; the exit status is non-zero if any step
# failed. Nothing is skipped: a step that cannot run fails and says why.
#
# Environment:
#   CARGO_TARGET_DIR   reused if set (default: ./target)
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=tests/lib/common.sh
source tests/lib/common.sh

AREAS=(rust c windows cpp_install hardening python dist)

main() {
    local areas=("$@") area
    if ((${#areas[@]} == 0)); then
        areas=("${AREAS[@]}")
        log "preparing"
        tests/deps.sh || { echo "error: could not install what the tests need" >&2; exit 1; }
    fi
    for area in "${areas[@]}"; do
        if [[ ! -f tests/areas/$area.sh ]]; then
            echo "error: no test area '$area' (areas: ${AREAS[*]})" >&2
            exit 2
        fi
    done
    mkdir -p "$OUT"
    for area in "${areas[@]}"; do
        # shellcheck source=/dev/null
        source "tests/areas/$area.sh"
        "${area}_steps"
    done
    summary
}

main "$@"
