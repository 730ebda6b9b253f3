# Bootstrapper: restores the pinned Cake.Tool from .config/dotnet-tools.json, then runs build/build.cake.
# Usage: ./build.ps1 --target=Test   (any Cake argument passes through)
$ErrorActionPreference = "Stop"
Set-Location -LiteralPath $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = "1"
$env:DOTNET_NOLOGO = "1"
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = "1"
dotnet tool restore | Out-Null
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
dotnet cake build/build.cake @args
exit $LASTEXITCODE
