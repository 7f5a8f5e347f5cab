#!/usr/bin/env bash
#
# Copyright (c) 2026 Rapport contributors
# SPDX-License-Identifier: EPL-2.0
#
# The start benchmark (./rapport bench start; README: Performance). Measures, alternating the two so that machine
# load falls on both alike, RUNS times each (default 7), and prints the median and the range:
#   - the workbench's start to the first paint of the sample plan against a bare RCP application
#     (tests/org.rapport.bench.bare) started with the product's own platform bundles, JVM settings and theme, on a
#     private virtual display (Xvfb, SCREEN, default 1280x800). Both are launched as the product is (java -jar the
#     Equinox launcher), each with a configuration area of its own, warmed by one launch that is not counted, and a
#     fresh home. "First launch": nothing in the home, so Rapport writes the sample plan and opens it (the welcome
#     off, as after the user closed it); "restart": the same home again, after a clean close, so the workbench
#     restores its window and the plan editor. The times are from the fork of java to the first paint:
#     -Drapport.startTrace=FILE makes both write the time their window first paints ("window") and Rapport the
#     time the plan editor's page first paints ("plan"), then close. Also the CPU time of the process to then,
#     and (in one more launch each) how many classes were loaded by then.
#   - the command line's fixed cost: `score` of the sample plan against the same OSGi launch running an
#     application that does nothing (tests/org.rapport.bench.idle), and the JVM alone (java -version), in turn.
# RAPPORT_BENCH_ONLY=cli measures only the command line (no display needed; the sample plan is then written by
# `rapport new --sample`), RAPPORT_BENCH_ONLY=workbench only the workbench.
#   start.sh PRODUCT-DIR BARE-BUNDLE.jar IDLE-BUNDLE.jar
set -euo pipefail
PRODUCT=$1
BARE=$(realpath "$2")
IDLE=$(realpath "$3")
RUNS=${RUNS:-7}
ONLY=${RAPPORT_BENCH_ONLY:-}
case "$ONLY" in
	''|cli|workbench) ;;
	*) echo "start.sh: RAPPORT_BENCH_ONLY is cli or workbench, not $ONLY" >&2; exit 2 ;;
esac
SCREEN=${SCREEN:-1280x800}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/rapport-bench.XXXXXX")
XVFB_PID=
cleanup() {
	[ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT

say() { printf 'start.sh: %s\n' "$*" >&2; }
now() { date +%s%3N; }
# user + system CPU time of a process so far, in ms
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat" 2>/dev/null || echo 0; }

launcher=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -n1)
# the product's bundles as p2 configured them (bundles.info; simpleconfigurator, which would install them again, not
# started); the bare application's: the same without Rapport's, plus its own
all_bundles=$(grep -v '^#' "$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
	| awk -F, -v install="$PRODUCT" '$4 != "-1" {
		start = $5 == "true" && $1 != "org.eclipse.equinox.simpleconfigurator"
		printf "reference:file:%s/%s@%s%s\n", install, $3, $4, (start ? ":start" : "")
	}' | paste -sd, -)
bare_bundles=$(printf '%s\n' "$all_bundles" | tr ',' '\n' | grep -v '/plugins/org\.rapport\.' | paste -sd, -),reference:file:$BARE@4
cli_bundles=$("$HERE/../package/cli-bundles.sh" "$PRODUCT/configuration/config.ini")

if [ "$ONLY" != cli ]; then
	n=99
	while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
	Xvfb ":$n" -screen 0 "${SCREEN}x24" -nolisten tcp >/dev/null 2>&1 &
	XVFB_PID=$!
	for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
	export DISPLAY=":$n"
fi

# gui NAME HOME MARK [JAVA-ARG...] -- [APP-ARG...]: one start; prints "MS-TO-MARK CPU-MS" for the trace's MARK
gui() {
	local name=$1 home=$2 mark=$3 bundles=$all_bundles trace pid t0 cpu=0 deadline
	shift 3
	[ "$name" = bare ] && bundles=$bare_bundles
	local jvm=() app=()
	while [ $# -gt 0 ] && [ "$1" != -- ]; do jvm+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	app=("$@")
	[ "$name" = bare ] && app+=(-application org.rapport.bench.bare.application -product org.rapport.bench.bare.product)
	trace=$TMP/trace
	rm -f "$trace"
	mkdir -p "$home"
	t0=$(now)
	# the product's JVM settings (its rapport script)
	java -Xms256m -Xmx2g "${jvm[@]}" -Duser.home="$home" -Drapport.sample.dir="$home/Rapport" \
		-Drapport.welcome=manual -Drapport.startTrace="$trace" \
		-Dosgi.bundles="$bundles" -Dosgi.configuration.cascaded=true \
		-Dosgi.sharedConfiguration.area="$PRODUCT/configuration" \
		-jar "$launcher" -configuration "$TMP/configuration-$name" -data "$home/workspace" "${app[@]}" \
		>"$TMP/$name.log" 2>&1 &
	pid=$!
	deadline=$((t0 + 180000))
	until grep -q "^$mark " "$trace" 2>/dev/null; do
		if ! kill -0 "$pid" 2>/dev/null || [ "$(now)" -gt "$deadline" ]; then
			kill "$pid" 2>/dev/null || true
			say "$name did not paint ($mark); its log:"
			tail -n 30 "$TMP/$name.log" >&2
			return 1
		fi
		sleep 0.02
	done
	cpu=$(cpu_ms "$pid")
	# it closes itself once painted; a clean close saves the state the restart restores
	for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	echo "$(($(awk -v m="$mark" '$1 == m { print $2; exit }' "$trace") - t0)) $cpu"
}

# classes NAME MARK: how many classes one more first launch had loaded when it painted MARK
classes() {
	local name=$1 mark=$2 home=$TMP/home-classes log=$TMP/classes.log
	rm -rf "$home" "$log"
	gui "$name" "$home" "$mark" "-Xlog:class+load=info:file=$log:timemillis" -- >/dev/null
	local at
	at=$(awk -v m="$mark" '$1 == m { print $2; exit }' "$TMP/trace")
	sed 's/^\[\([0-9]*\)ms\].*/\1/' "$log" | awk -v at="$at" '$1 <= at { n++ } END { print n + 0 }'
	rm -rf "$home"
}

# stats: reads numbers, prints "median [min-max]"
stats() { sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%d [%d-%d]", m, v[1], v[NR] }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(now)
declare -A times
# the workbench
workbench() {
	say "warming the configuration areas"
	gui bare "$TMP/home-warm-bare" window >/dev/null
	gui rapport "$TMP/home-warm" plan >/dev/null
	cp "$TMP/home-warm/Rapport/"*.rapport "$TMP/sample.rapport"
	rm -rf "$TMP"/home-warm*

	for ((i = 1; i <= RUNS; i++)); do
		say "workbench run $i of $RUNS"
		order="bare rapport"
		[ $((i % 2)) -eq 0 ] && order="rapport bare"
		for name in $order; do
			mark=plan
			[ "$name" = bare ] && mark=window
			home=$TMP/home-$name-$i
			first=$(gui "$name" "$home" "$mark")
			restart=$(gui "$name" "$home" "$mark")
			times[$name-first]+="${first%% *} "
			times[$name-first-cpu]+="${first##* } "
			times[$name-restart]+="${restart%% *} "
			times[$name-restart-cpu]+="${restart##* } "
			rm -rf "$home"
		done
	done
	bare_classes=$(classes bare window)
	rapport_classes=$(classes rapport plan)
}
[ "$ONLY" = cli ] || workbench

# the command line as ./rapport runs it (run_cli), in a configuration area of its own
cli() {
	local name=$1 bundles=$2
	shift 2
	java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Djava.awt.headless=true \
		-Dosgi.bundles="$bundles" -Dorg.eclipse.equinox.simpleconfigurator.configUrl=none -Dosgi.configuration.cascaded=true \
		-Dosgi.sharedConfiguration.area="$PRODUCT/configuration" \
		-jar "$launcher" -configuration "$TMP/cli-configuration-$name" -nosplash "$@" >/dev/null 2>"$TMP/cli.err" \
		|| { say "$name failed:"; cat "$TMP/cli.err" >&2; return 1; }
}
# timed COMMAND...: "WALL-MS CPU-MS" of the command's processes
timed() {
	local TIMEFORMAT='%R %U %S' t
	t=$({ time "$@" >/dev/null 2>&1; } 2>&1) || { say "failed: $*"; return 1; }
	echo "$t" | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
}
commandline() {
	# without the workbench's, the sample plan as `rapport new --sample` writes it (the same plan)
	[ -f "$TMP/sample.rapport" ] || cli new "$cli_bundles" -application org.rapport.core.cli -product org.rapport.core.commandLine \
		new "$TMP/sample.rapport" --sample
	cli idle "$cli_bundles,reference:file:$IDLE@4" -application org.rapport.bench.idle.application
	cli score "$cli_bundles" -application org.rapport.core.cli -product org.rapport.core.commandLine score "$TMP/sample.rapport"
	for ((i = 1; i <= RUNS; i++)); do
		say "command-line run $i of $RUNS"
		for name in jvm idle score; do
			case $name in
				jvm) t=$(timed java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -version) ;;
				idle) t=$(timed cli idle "$cli_bundles,reference:file:$IDLE@4" -application org.rapport.bench.idle.application) ;;
				score) t=$(timed cli score "$cli_bundles" -application org.rapport.core.cli -product org.rapport.core.commandLine score "$TMP/sample.rapport") ;;
			esac
			times[$name]+="${t%% *} "
			times[$name-cpu]+="${t##* } "
		done
	done
}
[ "$ONLY" = workbench ] || commandline
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

row() { printf '%-44s %-22s %-22s %s\n' "$@"; }
m() { printf '%s\n' ${times[$1]} | stats; }
ratio() { echo "$(printf '%s\n' ${times[$1]} | median) $(printf '%s\n' ${times[$2]} | median)" | awk '{ printf "%.2fx", $1 / $2 }'; }
if [ "$ONLY" != cli ]; then
	echo
	echo "Start of the workbench, ms from the fork of java (median [range] of $RUNS, alternating; Xvfb $SCREEN)"
	row "" "first launch" "restart" ""
	row "bare RCP application: window painted" "$(m bare-first)" "$(m bare-restart)" ""
	row "Rapport: sample plan painted" "$(m rapport-first)" "$(m rapport-restart)" ""
	row "  Rapport / bare" "$(ratio rapport-first bare-first)" "$(ratio rapport-restart bare-restart)" ""
	row "CPU time of the process to then: bare" "$(m bare-first-cpu)" "$(m bare-restart-cpu)" ""
	row "CPU time of the process to then: Rapport" "$(m rapport-first-cpu)" "$(m rapport-restart-cpu)" ""
	row "classes loaded by then (first launch)" "bare $bare_classes" "Rapport $rapport_classes" ""
fi
if [ "$ONLY" != workbench ]; then
	echo
	echo "Command line, ms for the whole process (median [range] of $RUNS, alternating)"
	row "" "wall" "CPU" ""
	row "JVM alone (java -version)" "$(m jvm)" "$(m jvm-cpu)" ""
	row "the same OSGi launch, doing nothing" "$(m idle)" "$(m idle-cpu)" ""
	row "rapport score, sample plan" "$(m score)" "$(m score-cpu)" ""
	row "  score / the launch doing nothing" "$(ratio score idle)" "$(ratio score-cpu idle-cpu)" ""
fi
echo
echo "$(nproc) cores $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1), $(free -g | awk '/^Mem:/ { print $2 }') GiB," \
	"$(java -version 2>&1 | head -n1); load average before $load_before, after $load_after;" \
	"$(( ($(now) - started) / 1000 )) s"
