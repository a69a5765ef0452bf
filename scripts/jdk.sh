# Sourced by the project's scripts: sets JAVA_HOME to a JDK 25 or exits with a clear message.
# Order: $JAVA_HOME if it is a JDK 25, then the newest /usr/lib/jvm/* that is one.
iocrun_jdk_major() {
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
