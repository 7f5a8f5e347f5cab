#!/bin/bash
#
# Copyright (c) 2026 Rapport contributors
# SPDX-License-Identifier: EPL-2.0
#
# `rapport` on the PATH: the command line for its commands (docs/cli.md), otherwise the workbench with the
# plans given. The command line runs as ./rapport runs it: the product's bundles minus the workbench's, on the
# package's own Java runtime, in a configuration area of the user's (the installed one is read-only) with the
# product's config.ini cascaded; the platform log there is the owner's alone.
set -e
APP=$(dirname "$(dirname "$(readlink -f "$0")")")
case "${1:-}" in
	new|validate|score|export|import|agenda|log|capture|sync|plugins|help|-h|--help) ;;
	*)
		# exit code 23 asks for a restart (after installing plugins or updates): start again
		rc=23
		while [ "$rc" -eq 23 ]; do rc=0; "$APP/bin/rapport" "$@" || rc=$?; done
		exit "$rc" ;;
esac
umask 077
java=("$APP/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Djava.awt.headless=true
	-Dosgi.bundles="$("$APP/lib/rapport-cli-bundles" "$APP/lib/app/configuration/config.ini")"
	-Dorg.eclipse.equinox.simpleconfigurator.configUrl=none
	-Dosgi.configuration.cascaded=true -Dosgi.sharedConfiguration.area="$APP/lib/app/configuration"
	-Dosgi.configuration.area=@user.home/.rapport/cli-configuration
	-jar "$(ls "$APP"/lib/app/plugins/org.eclipse.equinox.launcher_*.jar | head -n1)" -nosplash)
# the installation's plugins (p2's director; /opt is the administrator's: sudo rapport plugins install ...)
[ "${1:-}" = plugins ] && { shift; exec "$APP/lib/rapport-plugins" "$APP/lib/app" "${java[@]}" -- "$@"; }
# a product of its own: the workbench's, which config.ini names, is not installed here (the preferences look it up)
exec "${java[@]}" -application org.rapport.core.cli -product org.rapport.core.commandLine "$@"
