#!/bin/sh
# Installs what is missing, builds, and opens Archscope on a bundled example.
set -eu
cd "$(dirname "$0")/.."
sh scripts/build.sh
EXAMPLE="resources/examples/rest-api.archscope"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Archscope is built, but no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set)."
    echo "Run it on a desktop, or under a virtual display:  xvfb-run -a build/release/app/archscope $EXAMPLE"
    exit 1
fi
exec build/release/app/archscope "$EXAMPLE"
