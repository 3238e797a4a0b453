# Sourced by the scripts: builds what is missing or stale, then sets
#   RUNTIME_CP  what snippets run on: the toolkit's jars and the whole SDK bundle
#   COMPILE_CP  what JShell compiles snippets against: the toolkit and the SDK's API for the most used services
#   JVM_FLAGS   the flags every JVM of a prompt, a script or the kernel starts with: C1 only and the serial collector,
#               which start about twice as fast as the default JIT and G1 for work this short (scripts/bench-startup)
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
  toolkit_jars
  RUNTIME_CP="$LAUNCH_DIR/toolkit.jar:$LAUNCH_DIR/views.jar:$(cat "$ROOT/toolkit/target/runtime-classpath.txt")"
  COMPILE_CP="$ROOT/toolkit/target/classes:$ROOT/views/target/classes:$ROOT/shell/target/api-classes"
  if [[ "${AWS_JSHELL_ALL_TYPES:-}" == 1 ]]; then COMPILE_CP="$RUNTIME_CP"; fi
}

JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
LAUNCH_DIR="$ROOT/target/launch"

# The toolkit's and the views' classes packed as jars (class-data sharing archives classes from jars only, a JVM whose
# class path has a folder cannot write an archive): repacked whenever a file in a classes folder is newer than its jar.
toolkit_jars() {
  mkdir -p "$LAUNCH_DIR"
  local module jar classes
  for module in toolkit views; do
    jar="$LAUNCH_DIR/$module.jar" classes="$ROOT/$module/target/classes"
    if [[ ! -f "$jar" || -n "$(find "$classes" -newer "$jar" -print -quit)" ]]; then
      touch "$jar.$$.started"   # the jar's time is when packing began: a class written meanwhile repacks next time
      jar --create --file "$jar.$$" -C "$classes" . && touch -r "$jar.$$.started" "$jar.$$" && mv -f "$jar.$$" "$jar"
      rm -f "$jar.$$.started"
    fi
  done
}

# Class-data sharing for one kind of JVM (script, prompt, kernel) on class path $2 started by the launcher $3 (java or
# jshell): sets CDS_FLAGS to use the archive trained for exactly this JDK, class path and these jars' sizes and times,
# or, when there is none yet, to write it at this JVM's exit (CDS_TRAINING, a temporary file that cds_keep moves into
# place after a clean end; a half-written archive can crash a JVM, so it is never put where one is read). A rebuild
# changes a jar's time and so the archive's name: a stale archive is never used, and the JVM itself also refuses one
# whose jars changed. The JVM's CDS messages are off, so nothing reaches the user's output.
# AWS_JSHELL_CDS=0 turns it off.
cds_setup() {
  local kind="$1" classpath="$2" launcher entry key
  CDS_FLAGS=() CDS_TRAINING="" CDS_ARCHIVE=""
  [[ "${AWS_JSHELL_CDS:-1}" == 0 ]] && return
  launcher="$(readlink -f "$(command -v "$3")")"
  local IFS=:
  for entry in $classpath; do [[ -f "$entry" ]] || return 0; done   # a folder or a missing entry: no archive
  key="$({ stat -c '%n %s %Y' "$launcher" $classpath; echo "$kind"; } | md5sum | cut -c1-16)"
  unset IFS
  CDS_ARCHIVE="$LAUNCH_DIR/cds/$kind-$key.jsa"
  CDS_FLAGS=(-Xshare:auto -Xlog:cds=off,cds+dynamic=off)
  if [[ -f "$CDS_ARCHIVE" ]]; then
    CDS_FLAGS+=("-XX:SharedArchiveFile=$CDS_ARCHIVE")
  else
    mkdir -p "$LAUNCH_DIR/cds"
    CDS_TRAINING="$CDS_ARCHIVE.$$.training"
    CDS_FLAGS+=("-XX:ArchiveClassesAtExit=$CDS_TRAINING")
  fi
}

# Runs "$@" in place of this shell, or, in a training run, as a child, keeping the archive it wrote if it ended by itself.
cds_exec() {
  [[ -z "$CDS_TRAINING" ]] && exec "$@"
  trap 'rm -f "$CDS_TRAINING"' EXIT
  local status=0
  "$@" || status=$?
  if ((status < 128)) && [[ -s "$CDS_TRAINING" ]]; then
    rm -f "${CDS_ARCHIVE%-*}"-*.jsa   # this kind's archives for earlier builds
    mv -f "$CDS_TRAINING" "$CDS_ARCHIVE"
  fi
  exit "$status"
}
