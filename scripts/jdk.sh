# Sourced by the project's scripts: sets JAVA_HOME to a JDK 25 or exits with a clear message.
# Order: $JAVA_HOME if it is a JDK 25, then the newest /usr/lib/jvm/* that is one.
# The JDK's release file names its version: reading it costs nothing, while starting java to ask costs
# about 50 ms on every ./iocrun call. Asking java remains the fallback for JDKs without one.
iocrun_jdk_major() {
  local version
  if [ -f "$1/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
    if [ -n "$version" ]; then
      echo "$version"
      return 0
    fi
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}
iocrun_find_jdk() {
  local want=25 candidate
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(iocrun_jdk_major "$JAVA_HOME")" = "$want" ]; then
    return 0
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r); do
    candidate=${candidate%/}
    if [ -x "$candidate/bin/javac" ] && [ "$(iocrun_jdk_major "$candidate")" = "$want" ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "iocrun: no JDK $want found. Set JAVA_HOME to a JDK $want (e.g. Temurin 25) or install one under /usr/lib/jvm." >&2
  exit 1
}
iocrun_find_jdk
export PATH="$JAVA_HOME/bin:$PATH"
