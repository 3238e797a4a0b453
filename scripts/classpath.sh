# Sourced by the scripts: builds what is missing or stale, then sets
#   RUNTIME_CP  what snippets run on: the toolkit and the whole SDK bundle
#   COMPILE_CP  what JShell compiles snippets against: the toolkit and the SDK's API for the most used services
# AWS_JSHELL_NO_BUILD=1 uses what is built as it is (the tests set it: they run inside a Maven build).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

need_java() {
  local missing=()
  command -v java >/dev/null && command -v jshell >/dev/null || missing+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null || missing+=(maven)
  # the sandbox's DynamoDB, dynalite, runs in Node.js and the build installs it with npm
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  if ((${#missing[@]})); then
    echo "aws-jshell needs a JDK 17+ (java, jshell), Maven, and Node.js with npm for the sandbox; installing ${missing[*]} with apt-get" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_built() {
  need_java
  local stamp="$ROOT/toolkit/target/.built"
  if [[ -z "${AWS_JSHELL_NO_BUILD:-}" ]] && [[ ! -f "$stamp" || ! -f "$ROOT/shell/target/.built" || -n "$(find "$ROOT/toolkit/src/main" "$ROOT/codegen/src/main" "$ROOT/pom.xml" "$ROOT/toolkit/pom.xml" "$ROOT/codegen/pom.xml" "$ROOT/views/pom.xml" "$ROOT"/sandbox/*/pom.xml "$ROOT/sandbox/dynamodb/package-lock.json" -newer "$stamp" -print -quit 2>/dev/null)" || ! -f "$ROOT/sandbox/dynamodb/target/node/node_modules/dynalite/package.json" ]]; then
    echo "Building aws-jshell (first run downloads the AWS SDK bundle, about 700 MB)..." >&2
    (cd "$ROOT" && mvn -q -B -pl toolkit,codegen,views,shell,sandbox/s3,sandbox/sqs,sandbox/dynamodb -am package -Dmaven.test.skip=true >&2) || { echo "build failed" >&2; exit 1; }
    touch "$stamp" "$ROOT/shell/target/.built"
  fi
  RUNTIME_CP="$ROOT/toolkit/target/classes:$ROOT/views/target/classes:$(cat "$ROOT/toolkit/target/runtime-classpath.txt")"
  COMPILE_CP="$ROOT/toolkit/target/classes:$ROOT/views/target/classes:$ROOT/shell/target/api-classes"
  if [[ "${AWS_JSHELL_ALL_TYPES:-}" == 1 ]]; then COMPILE_CP="$RUNTIME_CP"; fi
}
