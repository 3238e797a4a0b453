# Sourced by the scripts: builds what is missing or stale, then sets
#   RUNTIME_CP  what snippets run on: the toolkit's jars, the SDK's core and the services of COMPILE_CP (and STS, SSO),
#               cut from the SDK bundle; every other service's jar loads on its first Aws.client(name) (ServiceJars)
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
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" </dev/null >/dev/null
  fi
}

ensure_built() {
  need_java
  local stamp="$ROOT/toolkit/target/.built"
  if [[ -z "${AWS_JSHELL_NO_BUILD:-}" ]] && [[ ! -f "$stamp" || ! -f "$ROOT/shell/target/.built" || -n "$(find "$ROOT/toolkit/src/main" "$ROOT/codegen/src/main" "$ROOT/pom.xml" "$ROOT/toolkit/pom.xml" "$ROOT/codegen/pom.xml" "$ROOT/views/pom.xml" "$ROOT"/sandbox/*/pom.xml "$ROOT/sandbox/dynamodb/package-lock.json" -newer "$stamp" -print -quit 2>/dev/null)" || ! -f "$ROOT/sandbox/dynamodb/target/node/node_modules/dynalite/package.json" ]]; then
    echo "Building aws-jshell (first run downloads the AWS SDK bundle, about 700 MB)..." >&2
    (cd "$ROOT" && mvn -q -B -pl toolkit,codegen,views,shell,sandbox/s3,sandbox/sqs,sandbox/dynamodb -am package -Dmaven.test.skip=true </dev/null >&2) || { echo "build failed" >&2; exit 1; }
    touch "$stamp" "$ROOT/shell/target/.built"
  fi
  toolkit_jars
  sdk_jars
  COMPILE_CP="$ROOT/toolkit/target/classes:$ROOT/views/target/classes:$ROOT/shell/target/api-classes"
  if [[ "${AWS_JSHELL_ALL_TYPES:-}" == 1 ]]; then RUNTIME_CP="$RUNTIME_CP:$SDK_OTHER_SERVICES" COMPILE_CP="$RUNTIME_CP"; fi
}

# --add-opens jdk.jshell: Shift+Tab shows the toolkit's javadoc (dev.awsjshell.shell.JavadocSources, called by startup.jsh).
JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC --add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED)
LAUNCH_DIR="$ROOT/target/launch"

# The toolkit's and the views' classes packed as jars (class-data sharing archives classes from jars only, a JVM whose
# class path has a folder cannot write an archive): repacked whenever a file in a classes folder is newer than its jar.
toolkit_jars() {
  mkdir -p "$LAUNCH_DIR"
  local module jar classes
  TOOLKIT_JARS=""
  for module in toolkit views; do
    jar="$LAUNCH_DIR/$module.jar" classes="$ROOT/$module/target/classes"
    [[ -d "$classes" ]] || continue   # views is built after the toolkit: its tests run without it
    if [[ ! -f "$jar" || -n "$(find "$classes" -newer "$jar" -print -quit)" ]]; then
      touch "$jar.$$.started"   # the jar's time is when packing began: a class written meanwhile repacks next time
      jar --create --file "$jar.$$" -C "$classes" . && touch -r "$jar.$$.started" "$jar.$$" && mv -f "$jar.$$" "$jar"
      rm -f "$jar.$$.started"
    fi
    TOOLKIT_JARS="${TOOLKIT_JARS:+$TOOLKIT_JARS:}$jar"
  done
}

# The SDK bundle cut into its core and a jar per service (scripts/split-sdk.py, a few seconds, again when the bundle
# changes): a JVM on the bundle reads its 405,000-entry directory, about 100 ms and 56 MiB of heap, at its first class.
# RUNTIME_CP: the toolkit, the SDK's core, the other libraries, then the services JShell compiles against (the shell
# module's api-classes) with STS and SSO (credential providers), S3 first; the others' folder is given to the toolkit.
sdk_jars() {
  local deps bundle="" sdk="$LAUNCH_DIR/sdk" entry service others=() first=()
  deps="$(cat "$ROOT/toolkit/target/runtime-classpath.txt")"
  local IFS=:
  for entry in $deps; do [[ "$entry" == */bundle-*.jar ]] && bundle="$entry"; done
  unset IFS
  if [[ -z "$bundle" || "${AWS_JSHELL_BUNDLE:-}" == 1 ]]; then RUNTIME_CP="$TOOLKIT_JARS:$deps"; return; fi
  if [[ "$(cat "$sdk/.source" 2>/dev/null)" != "$(stat -c '%n %s %Y' "$bundle")" ]]; then
    /usr/bin/python3 "$ROOT/scripts/split-sdk.py" "$bundle" "$sdk" </dev/null || { echo "could not cut the SDK bundle into jars" >&2; exit 1; }
  fi
  for service in s3 sts sso ssooidc $(ls "$ROOT/shell/target/api-classes/software/amazon/awssdk/services" 2>/dev/null); do
    [[ -f "$sdk/services/$service.jar" && " ${first[*]} " != *" $sdk/services/$service.jar "* ]] && first+=("$sdk/services/$service.jar")
  done
  for entry in "$sdk"/services/*.jar; do [[ " ${first[*]} " == *" $entry "* ]] || others+=("$entry"); done
  RUNTIME_CP="$TOOLKIT_JARS:$sdk/core.jar:${deps//$bundle:/}"
  RUNTIME_CP="${RUNTIME_CP//:$bundle/}:$(IFS=:; echo "${first[*]}")"
  SDK_OTHER_SERVICES="$(IFS=:; echo "${others[*]}")"
  JVM_FLAGS+=("-Dawsjshell.sdk.services=$sdk/services")
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
    mv -f "$CDS_TRAINING" "$CDS_ARCHIVE"
    # this kind's archives for earlier builds go, the three newest stay (--all-types has a class path of its own)
    ls -t "${CDS_ARCHIVE%-*}"-*.jsa 2>/dev/null | tail -n +4 | xargs -r rm -f
  fi
  exit "$status"
}

# The resident JVM (dev.awsjshell.shell.ScriptDaemon) for a script, opt-in with AWS_JSHELL_DAEMON=1: one per user, build
# and working directory, on a Unix domain socket in a folder of mode 700 that only this user owns. daemon_socket sets
# DAEMON_SOCKET and DAEMON_KEY and returns 0 when one is there to try; when none is, it starts one (detached, after its
# warm-up it serves the next scripts) and returns 1, as it does for a script it must not serve: one that can end the JVM
# or reads the console, which a resident JVM would run differently. The key covers what a JVM fixes at its start: the
# JDK, the class paths and their jars' times, startup.jsh, the JVM flags, the locale, time zone, home, umask and the
# JAVA_*OPTIONS variables. It ends after AWS_JSHELL_DAEMON_IDLE seconds without a script (600).
daemon_dir() { echo "${AWS_JSHELL_DAEMON_DIR:-${XDG_RUNTIME_DIR:-/tmp}/aws-jshell-$(id -u)}"; }

daemon_socket() {
  local script="$1" dir key
  [[ -f "$script" ]] || return 1
  grep -qE 'System\.exit|Runtime\.getRuntime\(\)\.(exit|halt)|\.halt\(|System\.console' "$script" && return 1
  dir="$(daemon_dir)"
  mkdir -p -m 700 "$dir" 2>/dev/null || return 1
  [[ "$(stat -c '%u %a' "$dir")" == "$(id -u) 700" ]] || return 1
  key="$({ stat -c '%n %s %Y' "$(readlink -f "$(command -v java)")" "$ROOT/startup.jsh" "$ROOT/scripts/jshell" "$ROOT/scripts/classpath.sh" "$ROOT/toolkit/target/runtime-classpath.txt"
           printf '%s\n' "$RUNTIME_CP" "$COMPILE_CP" "${JVM_FLAGS[*]}" "$(id -u)" "$(umask)"
           local IFS=:; stat -c '%n %s %Y' $RUNTIME_CP; unset IFS
           { env | grep -E '^(TZ|LANG|LANGUAGE|LC_[A-Z]+|HOME|USER|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|_JAVA_OPTIONS)=' || true; } | sort; } | md5sum | cut -c1-32)"
  DAEMON_KEY="$key"
  DAEMON_SOCKET="$dir/$(printf '%s\n%s' "$key" "$PWD" | md5sum | cut -c1-16).sock"
  [[ -S "$DAEMON_SOCKET" ]] && return 0
  local lock="$DAEMON_SOCKET.starting"
  if [[ -d "$lock" && -n "$(find "$lock" -maxdepth 0 -mmin +2)" ]]; then rmdir "$lock" 2>/dev/null || true; fi
  if mkdir "$lock" 2>/dev/null; then
    local cds=()
    [[ -z "$CDS_TRAINING" ]] && cds=("${CDS_FLAGS[@]}")   # the archive only if there is one: training is a cold run's
    setsid java "${JVM_FLAGS[@]}" "${cds[@]}" --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED \
      -Dawsjshell.home="$ROOT" -cp "$RUNTIME_CP" dev.awsjshell.shell.ScriptDaemon "$DAEMON_SOCKET" "$key" "${AWS_JSHELL_DAEMON_IDLE:-600}" \
      "$COMPILE_CP" "$ROOT/startup.jsh" "$TOOLKIT_JARS" "$ROOT/scripts/cds-training.jsh" \
      </dev/null >>"${DAEMON_SOCKET%.sock}.log" 2>&1 &
  fi
  return 1
}

daemon_stop() {
  local socket
  for socket in "$(daemon_dir)"/*.sock; do
    [[ -S "$socket" ]] && /usr/bin/python3 -I -S "$ROOT/scripts/jshell-client.py" --stop "$socket"
  done
  return 0
}
