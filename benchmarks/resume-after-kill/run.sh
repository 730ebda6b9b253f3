#!/usr/bin/env bash
# Issue 12, item 25: an upload killed with SIGKILL part-way is run again; the second run must send only the
# parts the first did not see acknowledged. Counts the part PUTs in the emulator's /_emulator/requests.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$HERE/../.."
dotnet build "$ROOT/src/Cake.AppStoreConnect.Emulator" -c Release -v q -nologo > /dev/null
EMULATOR="$ROOT/src/Cake.AppStoreConnect.Emulator/bin/Release/net10.0/Cake.AppStoreConnect.Emulator.dll"
APP="$(dotnet build "$HERE/upload.cs" -getProperty:TargetPath)"
WORK="$(mktemp -d)"
JOURNALS="${TMPDIR:-/tmp}/Cake.AppStoreConnect/uploads"

# 64 KiB parts with 30 ms latency each: a 4 MiB archive takes a few seconds, long enough to be killed.
dotnet "$EMULATOR" --urls http://127.0.0.1:0 --seed demo --env-file "$WORK/env" --processing-seconds 0 \
  --upload-part-size 65536 --latency-ms 30 > "$WORK/emulator.log" 2>&1 &
EMULATOR_PID=$!
trap 'kill $EMULATOR_PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do [ -s "$WORK/env" ] && break; sleep 0.2; done
sleep 0.3
URL="$(grep ASC_API_URL "$WORK/env" | cut -d= -f2-)"
known="$(ls "$JOURNALS" 2>/dev/null | wc -l)"

dotnet "$APP" "$WORK/env" "$WORK/App.ipa" > "$WORK/run1.log" 2>&1 &
RUN1=$!
journal=""
for _ in $(seq 600); do
  newest="$(ls -t "$JOURNALS"/*.parts 2>/dev/null | head -1 || true)"
  if [ -n "$newest" ] && [ "$(ls "$JOURNALS" | wc -l)" -gt "$known" ] && [ "$(wc -l < "$newest")" -gt 10 ]; then
    journal="$newest"; break
  fi
  sleep 0.05
done
[ -n "$journal" ] || { echo "the first run never acknowledged 10 parts"; cat "$WORK/run1.log"; exit 1; }
kill -9 $RUN1
wait $RUN1 2>/dev/null || true
acknowledged=$(( $(wc -l < "$journal") - 1 ))
sleep 0.5
first=$(curl -s "$URL/_emulator/requests" | grep -o '"method":"PUT"' | wc -l)
curl -s -X DELETE "$URL/_emulator/requests" > /dev/null

dotnet "$APP" "$WORK/env" "$WORK/App.ipa" > "$WORK/run2.log" 2>&1
second=$(curl -s "$URL/_emulator/requests" | grep -o '"method":"PUT"' | wc -l)
echo "first run: killed (SIGKILL) after $first part PUT(s), $acknowledged acknowledged in its journal"
echo "second run: $second part PUT(s); $(tail -1 "$WORK/run2.log")"
echo "journal after the commit: $([ -f "$journal" ] && echo kept || echo deleted)"
