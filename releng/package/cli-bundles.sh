#!/bin/sh
#
# Copyright (c) 2026 Rapport contributors
# SPDX-License-Identifier: EPL-2.0
#
# Prints the bundles the command line installs (an osgi.bundles value): those of the product's config.ini
# minus the workbench's. ./rapport and the installed packages both use it.
#   cli-bundles.sh CONFIG.INI
sed -n 's/^osgi\.bundles=//p' "$1" | sed 's/\\:/:/g' | tr ',' '\n' \
	| grep -v -E ':file:(org\.eclipse\.(ui|swt|jface|e4\.|help|urischeme)|org\.rapport\.app_|[^,/]*\.ui_|org\.apache\.batik|wrapped\.(org\.apache\.xmlgraphics|xml-apis)|com\.github\.weisj|com\.sun\.jna)' \
	| paste -sd, -
