#!/bin/sh
#
# Copyright (c) 2026 Rapport contributors
# SPDX-License-Identifier: EPL-2.0
#
# Prints the bundles the command line installs (an osgi.bundles value): those p2 configured for the product
# (simpleconfigurator's bundles.info beside CONFIG.INI, so plugins installed later are included) minus the
# workbench's and the framework itself. simpleconfigurator (it would install the workbench's bundles too) and the
# dropins reconciler (it changes the installation; the workbench runs it) are there for p2's director but not
# started. ./rapport and the packages use it.
#   cli-bundles.sh CONFIG.INI
CONFIGURATION=$(cd "$(dirname "$1")" && pwd)
# bundles.info's locations are relative to the installation (plugins/..., dropins/...)
INSTALL=$(dirname "$CONFIGURATION")
grep -v '^#' "$CONFIGURATION/org.eclipse.equinox.simpleconfigurator/bundles.info" | awk -F, -v install="$INSTALL" '$4 != "-1" {
		start = $5 == "true" && $1 != "org.eclipse.equinox.simpleconfigurator" && $1 != "org.eclipse.equinox.p2.reconciler.dropins"
		printf "reference:file:%s/%s@%s%s\n", install, $3, $4, (start ? ":start" : "")
	}' \
	| grep -v -E ':file:.*/(org\.eclipse\.(ui|swt|jface|e4\.|help|urischeme)|org\.rapport\.(app|help|ui\.p2)_|[^,/]*\.ui_|org\.apache\.batik|wrapped\.(org\.apache\.xmlgraphics|xml-apis)|com\.github\.weisj|com\.sun\.jna)' \
	| paste -sd, -
