#!/usr/bin/env bash
# Bootstrapper: restores the pinned Cake.Tool from .config/dotnet-tools.json, then runs build/build.cake.
# Usage: ./build.sh --target=Test   (any Cake argument passes through)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore >/dev/null
exec dotnet cake build/build.cake "$@"
