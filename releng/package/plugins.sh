#!/usr/bin/env bash
#
# Copyright (c) 2026 Rapport contributors
# SPDX-License-Identifier: EPL-2.0
#
# `rapport plugins`: the plugins of an installed product through p2's director application, run with the command
# line's Java and bundles (the director changes the installation's p2 profile and bundles.info, as the workbench's
# Install New Software... does). ./rapport and the packages use it.
#   plugins.sh PRODUCT-DIR JAVA-COMMAND... -- list | install REPOSITORY-URL ID | update REPOSITORY-URL ID | uninstall ID
set -uo pipefail
PRODUCT=$1
shift
# The director must not apply the new configuration to this JVM, which runs the command line's bundles only: the
# product is not its own installation to p2 here (no eclipse.p2.profile, a p2 area of its own)
java=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do
	[ "$1" = -jar ] && java+=(-Declipse.p2.profile= -Declipse.p2.data.area=@config.dir/p2)
	java+=("$1")
	shift
done
shift

usage() {
	cat >&2 <<'USAGE'
usage: rapport plugins list
       rapport plugins install REPOSITORY-URL ID   (ID: a feature's id followed by .feature.group)
       rapport plugins update REPOSITORY-URL ID    (the newest version there; Rapport itself: org.rapport.product)
       rapport plugins uninstall ID
Close Rapport first: the plugins change at its next start.
USAGE
	exit 2
}

director() {
	"${java[@]}" -application org.eclipse.equinox.p2.director -destination "$PRODUCT" -profile DefaultProfile "$@"
}

case "${1:-}" in
	list)
		[ $# -eq 1 ] || usage
		# the installed roots but Rapport itself (the product's p2 unit)
		out=$(director -listInstalledRoots) || { printf '%s\n' "$out" >&2; exit 5; }
		printf '%s\n' "$out" | grep -E '^[^ ]+/[0-9]' | grep -v '^org\.rapport\.product/' || true
		;;
	install|update)
		[ $# -eq 3 ] || usage
		case "$2" in *://*|file:*) ;; *) echo "rapport plugins: not a repository URL: $2 (file:/... or https://...)" >&2; exit 2 ;; esac
		if [ "$1" = install ]; then
			director -repository "$2" -installIU "$3" || exit 3
		else
			# one plan that replaces the installed root with the newest version the repository has
			director -repository "$2" -uninstallIU "$3" -installIU "$3" || exit 3
		fi
		;;
	uninstall)
		[ $# -eq 2 ] || usage
		director -uninstallIU "$2" || exit 3
		;;
	*) usage ;;
esac
