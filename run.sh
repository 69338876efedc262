#!/usr/bin/env bash
# Builds Bridgeway and starts it. Any arguments are passed on to the application.
set -euo pipefail
cd "$(dirname "$0")"

mvn -q -B -DskipTests package
exec java -jar target/bridgeway.jar "$@"
