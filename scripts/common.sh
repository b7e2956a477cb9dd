# Shared by scripts/demo and scripts/test: install what is missing, then configure and build.
# Sourced, not run.

set -euo pipefail

PANTAU_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Each line carries the time since the outermost script started (scripts/test calls soak and
# fuzz, which keep its clock), so a slow step shows in CI's log.
: "${PANTAU_START:=$(date +%s)}"
export PANTAU_START
pantau_log() {
    local elapsed=$(($(date +%s) - PANTAU_START))
    printf '\033[1m==> [%02d:%02d] %s\033[0m\n' $((elapsed / 60)) $((elapsed % 60)) "$*" >&2
}

# Runs a command as root: directly when we are root, through sudo otherwise.
pantau_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        pantau_log "Installing packages needs root: run this as root or install sudo."
        return 1
    fi
}

# Installs the packages of scripts/debian-packages.txt that are not installed yet. Safe to run
# again: with nothing missing it touches nothing and needs no network.
pantau_install_packages() {
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$PANTAU_ROOT/scripts/debian-packages.txt")
    # PANTAU_EXTRA_PACKAGES: more for one script only (scripts/bench browser: chromium).
    wanted="$wanted ${PANTAU_EXTRA_PACKAGES:-}"
    for pkg in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        pantau_log "All Debian packages are present."
        return 0
    fi
    pantau_log "Installing Debian packages: ${missing[*]}"
    pantau_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    pantau_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# pantau_build DIR [extra cmake arguments...]: configures (once) and builds into DIR.
# PANTAU_TARGET, when set, builds only that target (or those, separated by spaces).
pantau_build() {
    local dir=$1
    shift
    pantau_log "Configuring and building in $dir"
    # ccache, when installed, makes a rebuild of unchanged files nearly free. Its cache lives
    # beside the builds (not in the test's pinned home, which each run starts afresh); paths are
    # taken relative to the source tree and the precompiled headers allowed, so two clones or
    # worktrees share it.
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        export CCACHE_DIR=${CCACHE_DIR:-$PANTAU_ROOT/build/ccache}
        export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PANTAU_ROOT} CCACHE_NOHASHDIR=1
        export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$PANTAU_ROOT" -B "$dir" -G Ninja "${launcher[@]}" "$@"
    # shellcheck disable=SC2086 # PANTAU_TARGET may name several targets
    cmake --build "$dir" --parallel "$(nproc)" ${PANTAU_TARGET:+--target $PANTAU_TARGET}
}

# pantau_make_packages DIR: CPack's Debian packages of the build in DIR (which must have built
# the programs), into DIR; prints their paths. Old packages of another version are removed
# first, so that DIR/pantau_*.deb names one file.
pantau_make_packages() {
    local dir
    dir=$(cd "$1" && pwd)
    pantau_log "Making the Debian packages in $dir"
    rm -f "$dir"/pantau_*.deb "$dir"/pantau-kiosk_*.deb
    (cd "$dir" && cpack -G DEB > "$dir/cpack.log" 2>&1) ||
        { tail -40 "$dir/cpack.log" >&2; pantau_log "FAILED: cpack (log: $dir/cpack.log)"; return 1; }
    ls -1 "$dir"/pantau_*.deb "$dir"/pantau-kiosk_*.deb
}
