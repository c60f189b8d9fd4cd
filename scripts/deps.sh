#!/bin/sh
# Installs the Debian 12 packages Archscope needs to build, test and run; skips apt when all are present.
set -eu
PACKAGES="cmake ninja-build g++ pkg-config qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev \
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev \
nlohmann-json3-dev libgraphviz-dev graphviz libyaml-cpp-dev xvfb xauth fonts-dejavu-core \
python3 python3-jsonschema desktop-file-utils appstream dpkg-dev \
python3-yaml librsvg2-bin poppler-utils python3-simpy clang libclang-rt-14-dev lld"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
fi
