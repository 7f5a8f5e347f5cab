#!/usr/bin/env bash
#
# Copyright (c) 2026 Rapport contributors
# SPDX-License-Identifier: EPL-2.0
#
# Turns the materialized Linux product into an application image with its own trimmed Java runtime and a
# native launcher (jpackage), and a .deb that installs it under /opt/rapport with a desktop entry, an icon
# and the command `rapport` on the PATH. Run through `./rapport package`.
#   package.sh PRODUCT-DIR OUT-DIR [VERSION]
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PRODUCT=$(realpath "$1")
OUT=$(realpath -m "$2")
VERSION=${3:-0.1.0}
ICON=$HERE/../../../bundles/org.rapport.app/icons/rapport128.png
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}

say() { printf "rapport package: %s (%d s)\n" "$*" "$SECONDS" >&2; }

[ -d "$PRODUCT/plugins" ] || { say "no product in $PRODUCT"; exit 1; }
for tool in jdeps jlink jpackage; do
	[ -x "$JAVA_HOME/bin/$tool" ] || { say "$JAVA_HOME has no $tool: a full JDK 17 is needed"; exit 1; }
done
rm -rf "$OUT" && mkdir -p "$OUT"
WORK=$OUT/work
mkdir -p "$WORK"

# The Java modules the product needs: ../runtime-modules.txt, checked (how is said there).
MODULES=$(grep -v -E '^(#|$)' "$HERE/../runtime-modules.txt" | paste -sd, -)
say "runtime modules: $MODULES"

say "linking the runtime"
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages \
	--compress=2 --output "$WORK/runtime"

# The product as jpackage copies it into lib/app, without what a build or an earlier run left there.
mkdir -p "$WORK/input"
cp -a "$PRODUCT"/. "$WORK/input/"
rm -rf "$WORK/input/cli-configuration" "$WORK/input/.built" "$WORK/input/eclipse.ini" "$WORK/input/rapport"
find "$WORK/input/configuration" -mindepth 1 -maxdepth 1 ! -name config.ini ! -name org.eclipse.equinox.simpleconfigurator -exec rm -rf {} +
LAUNCHER=$(cd "$WORK/input" && ls plugins/org.eclipse.equinox.launcher_*.jar | head -n1)


# The workbench keeps its configuration in the user's home as well, so the installed files stay as installed.
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$WORK" --name rapport --app-version "$VERSION" \
	--description "Plan, run and review your professional networking" --vendor "Rapport contributors" \
	--icon "$ICON" --runtime-image "$WORK/runtime" --input "$WORK/input" --main-jar "$LAUNCHER" \
	--main-class org.eclipse.equinox.launcher.Main \
	--java-options '-Xms256m -Xmx2g -Dosgi.configuration.cascaded=true -Dosgi.sharedConfiguration.area=$APPDIR/configuration -Dosgi.configuration.area=@user.home/.rapport/configuration'

# jpackage puts every jar of the input on the class path; the Equinox launcher alone belongs there (the
# framework loads the bundles itself)
sed -i '/^app\.classpath=/{/org\.eclipse\.equinox\.launcher_/!d}' "$WORK"/rapport/lib/app/rapport.cfg

# `rapport` on the PATH: the workbench, or the command line for its commands, as ./rapport decides
install -m 0755 "$HERE/rapport-command.sh" "$WORK/rapport/lib/rapport-command"
# the command line's bundles, read from the installation's bundles.info at each start (plugins installed later
# included), and `rapport plugins`
install -m 0755 "$HERE/../cli-bundles.sh" "$WORK/rapport/lib/rapport-cli-bundles"
install -m 0755 "$HERE/../plugins.sh" "$WORK/rapport/lib/rapport-plugins"
mv "$WORK/rapport" "$OUT/rapport"
say "application image: $OUT/rapport"

# gzip, not dpkg's xz: the jars are compressed already, and xz took over a minute for 3 MB less
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}
mkdir -p "$WORK/resources"
cp "$HERE/deb/postinst" "$HERE/deb/prerm" "$HERE/deb/rapport.desktop" "$WORK/resources/"
"$JAVA_HOME/bin/jpackage" --type deb --dest "$OUT" --app-image "$OUT/rapport" --name rapport \
	--app-version "$VERSION" --description "Plan, run and review your professional networking" \
	--vendor "Rapport contributors" --icon "$ICON" --resource-dir "$WORK/resources" \
	--linux-package-name rapport --linux-deb-maintainer "rapport@example.org" --linux-menu-group Office \
	--linux-app-category office --linux-shortcut --linux-package-deps "libgtk-3-0"
say "package: $(ls "$OUT"/*.deb)"
rm -rf "$WORK"
