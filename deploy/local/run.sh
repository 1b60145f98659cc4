#!/usr/bin/env bash
# One-command local stack: PostgreSQL, Kafka, Keycloak, partner simulator, the four services and the gateway.
# Usage: deploy/local/run.sh [--no-build] [--fresh] [--state DIR] [--components LIST | --infra-only]
# Ctrl-C stops everything. Logs: <state>/logs/<component>.log (state defaults to .local/ in the repository).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT="$(pwd)"

build=1
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    -h|--help)
      build=0
      args+=("$a")
      ;;
    *) args+=("$a") ;;
  esac
done

if [[ $build == 1 ]]; then
  echo "[run.sh] building (./mvnw -B -q -DskipTests -Dspotless.check.skip=true package) ..."
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
fi

TARGET="deploy/local/target"
JAR="$(ls "$TARGET"/local-stack-*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' | head -n 1 || true)"
if [[ -z "$JAR" || ! -d "$TARGET/lib" ]]; then
  echo "[run.sh] $TARGET has no launcher jar or lib/ - run ./mvnw -DskipTests package first (or drop --no-build)" >&2
  exit 1
fi

if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi

# Plain classpath: the module's jar + its runtime dependencies copied by maven-dependency-plugin to target/lib
# (no fat jar). The launcher's own heap is small; the children get their own JVM flags.
# shellcheck disable=SC2086
exec "$JAVA" ${BAISHAN_LAUNCHER_JVM_OPTS:--Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC} \
  -Dbaishan.root="$ROOT" \
  -cp "$JAR:$TARGET/lib/*" \
  cn.baishan.enrollment.local.LocalStackMain ${args[@]+"${args[@]}"}
