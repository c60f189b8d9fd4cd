#!/bin/sh
# Installs what is missing, builds, and runs the whole test suite headless.
set -eu
cd "$(dirname "$0")/.."
sh scripts/build.sh
ctest --preset release
