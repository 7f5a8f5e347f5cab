#!/usr/bin/env bash
#
# Copyright (c) 2026 Rapport contributors
# SPDX-License-Identifier: EPL-2.0
#
# Measures what the README's budgets speak of, for any number of Rapport installations side by side:
# the size on disk and the time from starting the workbench until its window shows (median of RUNS, each
# with a fresh home, so each a first launch that writes the sample plan), on the display in DISPLAY.
# The runs alternate between the installations, so machine load falls on all alike.
#   measure.sh NAME=COMMAND-DIR ...     COMMAND-DIR holds plugins/ (started with java -jar the launcher) or
#                                       bin/rapport (a jpackage image)
set -euo pipefail
RUNS=${RUNS:-5}
[ -n "${DISPLAY:-}" ] || { echo "measure.sh: needs DISPLAY" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

start_once() {
	local dir=$1 home=$TMP/home pid t0 t1
	rm -rf "$home" && mkdir -p "$home"
	t0=$(date +%s%N)
	if [ -x "$dir/bin/rapport" ]; then
		JAVA_TOOL_OPTIONS=-Duser.home=$home "$dir/bin/rapport" >/dev/null 2>&1 &
	else
		# the configuration area in the home too, as the packages keep it: each run starts with empty caches
		(cd "$dir" && exec java -Xms256m -Xmx2g -Duser.home="$home" -Dosgi.configuration.cascaded=true \
			-Dosgi.sharedConfiguration.area="$dir/configuration" -Dosgi.configuration.area="$home/configuration" \
			-jar "$(ls plugins/org.eclipse.equinox.launcher_*.jar | head -n1)" >/dev/null 2>&1) &
	fi
	pid=$!
	until xdotool search --onlyvisible --pid "$pid" --name Rapport >/dev/null 2>&1; do
		kill -0 "$pid" 2>/dev/null || { echo "measure.sh: $dir ended without a window" >&2; return 1; }
		sleep 0.05
	done
	t1=$(date +%s%N)
	kill "$pid"; wait "$pid" 2>/dev/null || true
	echo $(((t1 - t0) / 1000000))
}

declare -A times
for ((i = 0; i < RUNS; i++)); do
	for spec in "$@"; do
		times[${spec%%=*}]+="$(start_once "${spec#*=}") "
	done
done
printf '%-12s %12s %14s  %s\n' name "size (MB)" "median (ms)" "all runs (ms)"
for spec in "$@"; do
	name=${spec%%=*}
	size=$(du -sb "${spec#*=}" | cut -f1)
	median=$(printf '%s\n' ${times[$name]} | sort -n | sed -n "$(((RUNS + 1) / 2))p")
	printf '%-12s %12.1f %14s  %s\n' "$name" "$(echo "$size / 1000000" | bc -l)" "$median" "${times[$name]}"
done
