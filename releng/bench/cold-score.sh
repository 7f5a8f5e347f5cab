#!/usr/bin/env bash
#
# Copyright (c) 2026 Rapport contributors
# SPDX-License-Identifier: EPL-2.0
#
# The command line's cold scoring (./rapport bench; README: Performance): `rapport score --json` of each plan in a
# fresh process, RUNS times (default 7), as a user or a CI job runs it. Prints, in PerformanceBenchmark's table
# format, the scoring alone (the sum of the strategies' elapsedMillis: they run one after the other, in a JVM that
# has compiled nothing yet) and the whole process (wall and CPU), each as median and range.
#   cold-score.sh RAPPORT-SCRIPT TODAY PLAN...
set -euo pipefail
RAPPORT=$1
TODAY=$2
shift 2
RUNS=${RUNS:-7}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/rapport-cold.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# stats: "MEDIAN | MIN-MAX (N)" of the numbers on standard input
stats() {
	sort -n | awk '{ v[NR] = $1 } END {
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%.1f | %.1f-%.1f (%d)", m, v[1], v[NR], NR
	}'
}
row() { printf 'PerformanceBenchmark: | %s | %s | %s | |\n' "$1" "$2" "$3"; }

for plan in "$@"; do
	contacts=$(basename "$plan" .rapport | sed 's/^plan-//')
	: >"$TMP/scoring"
	: >"$TMP/wall"
	: >"$TMP/cpu"
	for ((i = 1; i <= RUNS; i++)); do
		TIMEFORMAT='%R %U %S'
		t=$({ time RAPPORT_NO_BUILD=1 "$RAPPORT" score "$plan" --json --today "$TODAY" >"$TMP/out.json" 2>"$TMP/err"; } 2>&1) \
			|| { grep -q '"overall"' "$TMP/out.json" || { cat "$TMP/err" >&2; exit 1; }; }
		grep -q '"complete": *true' "$TMP/out.json" || echo "cold-score.sh: run $i of $plan: a strategy failed" >&2
		grep -o '"elapsedMillis": *[0-9]*' "$TMP/out.json" | awk -F: '{ s += $2 } END { print s }' >>"$TMP/scoring"
		echo "$t" | awk '{ print $1 * 1000 }' >>"$TMP/wall"
		echo "$t" | awk '{ print ($2 + $3) * 1000 }' >>"$TMP/cpu"
	done
	n=$(echo "$contacts" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
	row "command line score, cold: all strategies (sum of elapsedMillis)" "$n" "$(stats <"$TMP/scoring")"
	row "command line score, cold: whole process, wall" "$n" "$(stats <"$TMP/wall")"
	row "command line score, cold: whole process, CPU" "$n" "$(stats <"$TMP/cpu")"
done
