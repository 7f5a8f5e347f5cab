#!/usr/bin/env bash
#
# Copyright (c) 2026 Rapport contributors
# SPDX-License-Identifier: EPL-2.0
#
# Run on macOS with a JDK 17 (jlink, jpackage): turns the unpacked rapport-*-macosx.cocoa.ARCH.tar.gz (its
# Rapport.app/Contents/Eclipse) into Rapport.app with its own trimmed Java runtime and a native launcher, in a
# .dmg. Carried for macOS; it cannot run where the project is built (Linux). Signing and notarizing are left to
# whoever holds the certificate (jpackage --mac-sign ...).
#   package.sh RAPPORT.APP OUT-DIR [VERSION]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PRODUCT=$(cd "$1/Contents/Eclipse" && pwd)
OUT=$2
VERSION=${3:-0.1.0}
MODULES=$(grep -v -E '^(#|$)' "$HERE/../runtime-modules.txt" | paste -sd, -)
LAUNCHER=$(cd "$PRODUCT" && ls plugins/org.eclipse.equinox.launcher_*.jar | head -n1)
rm -rf "$OUT" && mkdir -p "$OUT"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$OUT/runtime"
# SWT needs the first thread; the configuration goes to the user's home (the .app is read-only once signed)
jpackage --type app-image --dest "$OUT" --name Rapport --app-version "$VERSION" --vendor "Rapport contributors" \
	--description "Plan, run and review your professional networking" --mac-package-identifier org.rapport.app \
	--runtime-image "$OUT/runtime" --input "$PRODUCT" --main-jar "$LAUNCHER" \
	--main-class org.eclipse.equinox.launcher.Main \
	--java-options '-XstartOnFirstThread -Xms256m -Xmx2g -Dosgi.configuration.cascaded=true -Dosgi.sharedConfiguration.area=$APPDIR/configuration -Dosgi.configuration.area=@user.home/.rapport/configuration'
# jpackage puts every jar of the input on the class path; the Equinox launcher alone belongs there
sed -i '' '/^app\.classpath=/{/org\.eclipse\.equinox\.launcher_/!d;}' "$OUT/Rapport.app/Contents/app/Rapport.cfg"
jpackage --type dmg --dest "$OUT" --app-image "$OUT/Rapport.app" --name Rapport --app-version "$VERSION" \
	--vendor "Rapport contributors" --mac-package-identifier org.rapport.app
echo "package.sh: the disk image is in $OUT"
