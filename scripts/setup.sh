#!/usr/bin/env bash
# Installs what ffiscope needs on a Debian/Ubuntu machine, and only what is missing:
#   * clang >= 15, found by the same rules as ffiscope (FFISCOPE_CLANG, else the newest
#     clang-N on PATH, else clang); if there is none, the newest of clang-19..15 that apt
#     offers, with the matching llvm-N (opt-N is used by the benchmarks);
#   * manpages-dev (libc function documentation) and libssl-dev (OpenSSL headers, which the
#     libssh2 sources of the accuracy check include);
#   * and checks that cargo exists (it prints how to get it if not).
# Idempotent, non-interactive, and quick (no apt calls) when everything is there.
# Run as root or as a user with sudo. FFISCOPE_SETUP_DRY_RUN=1 prints the apt commands
# instead of running them.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

MIN_MAJOR=15
CANDIDATES=(19 18 17 16 15)
DRY_RUN=${FFISCOPE_SETUP_DRY_RUN:-}

log() { printf 'setup: %s\n' "$*"; }
die() {
    printf 'setup: error: %s\n' "$*" >&2
    exit 1
}

# The LLVM major version of the clang at "$1", or nothing if it is not a clang.
clang_major() {
    local out
    out=$("$1" --version 2>/dev/null) || return 0
    sed -n 's/.*clang version \([0-9][0-9]*\).*/\1/p' <<<"$out" | head -n 1
}

# Sets CLANG and CLANG_MAJOR to a usable clang, or returns 1.
find_clang() {
    CLANG=
    CLANG_MAJOR=
    local m n
    if [ -n "${FFISCOPE_CLANG:-}" ]; then
        m=$(clang_major "$FFISCOPE_CLANG")
        if [ -n "$m" ] && [ "$m" -ge "$MIN_MAJOR" ]; then
            CLANG=$FFISCOPE_CLANG
            CLANG_MAJOR=$m
            return 0
        fi
        die "FFISCOPE_CLANG=$FFISCOPE_CLANG is not a clang >= $MIN_MAJOR (found version: ${m:-none}); unset it, or point it at a newer clang"
    fi
    for n in $(compgen -c clang- | sed -n 's/^clang-\([0-9][0-9]*\)$/\1/p' | sort -rnu); do
        [ "$n" -ge "$MIN_MAJOR" ] || continue
        m=$(clang_major "clang-$n")
        if [ -n "$m" ] && [ "$m" -ge "$MIN_MAJOR" ]; then
            CLANG=$(command -v "clang-$n")
            CLANG_MAJOR=$m
            return 0
        fi
    done
    if command -v clang >/dev/null 2>&1; then
        m=$(clang_major clang)
        if [ -n "$m" ] && [ "$m" -ge "$MIN_MAJOR" ]; then
            CLANG=$(command -v clang)
            CLANG_MAJOR=$m
            return 0
        fi
        log "clang on PATH is version ${m:-unknown}, older than $MIN_MAJOR"
    fi
    return 1
}

SUDO=()
as_root() {
    if [ -n "$DRY_RUN" ]; then
        log "would run: $*"
        return 0
    fi
    "${SUDO[@]}" "$@"
}

have_apt() { command -v apt-get >/dev/null 2>&1 && command -v apt-cache >/dev/null 2>&1; }

APT_UPDATED=
apt_update_once() {
    [ -n "$APT_UPDATED" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "installing packages needs root: run this script as root, or install sudo"
        SUDO=(sudo)
    fi
    log "apt-get update"
    as_root apt-get update -qq
    APT_UPDATED=1
}

# The version apt would install for package "$1", or nothing. Call apt_update_once first
# (in this shell: a command substitution is a subshell and would update every time).
apt_candidate() {
    local c
    c=$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2; exit }')
    if [ -n "$c" ] && [ "$c" != "(none)" ]; then
        printf '%s\n' "$c"
    fi
}

is_installed() {
    command -v dpkg-query >/dev/null 2>&1 || return 1
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

NEED=()

if find_clang; then
    log "clang: $CLANG (version $CLANG_MAJOR) is usable"
    opt=$(command -v "opt-$CLANG_MAJOR" 2>/dev/null || true)
    for o in "$(dirname "$CLANG")/opt" "/usr/lib/llvm-$CLANG_MAJOR/bin/opt"; do
        [ -n "$opt" ] || { [ -x "$o" ] && opt=$o; } || true
    done
    if [ -n "$opt" ]; then
        log "opt: $opt"
    else
        if have_apt; then
            apt_update_once
        fi
        if have_apt && [ -n "$(apt_candidate "llvm-$CLANG_MAJOR")" ]; then
            NEED+=("llvm-$CLANG_MAJOR")
        else
            log "warning: opt-$CLANG_MAJOR not found and apt has no llvm-$CLANG_MAJOR; benchmarks that need opt will not run"
        fi
    fi
else
    have_apt || die "no clang >= $MIN_MAJOR found and this is not a Debian/Ubuntu system with apt: install clang $MIN_MAJOR or newer with your package manager, then set FFISCOPE_CLANG=/path/to/clang if it is not on PATH"
    apt_update_once
    chosen=
    for n in "${CANDIDATES[@]}"; do
        if [ -n "$(apt_candidate "clang-$n")" ]; then
            chosen=$n
            break
        fi
    done
    [ -n "$chosen" ] || die "no clang >= $MIN_MAJOR found, and apt offers none of clang-${CANDIDATES[0]} .. clang-${CANDIDATES[-1]}: add the LLVM project's apt repository or a newer release's sources, then re-run"
    NEED+=("clang-$chosen" "llvm-$chosen")
    CLANG_MAJOR=$chosen
fi

if command -v dpkg-query >/dev/null 2>&1; then
    # libssl-dev: the OpenSSL headers libssh2's sources include, for the accuracy check.
    for pkg in manpages-dev libssl-dev; do
        if is_installed "$pkg"; then
            log "$pkg: present"
        else
            NEED+=("$pkg")
        fi
    done
else
    log "no dpkg here: skipping manpages-dev and libssl-dev (install libc man pages and OpenSSL headers by hand)"
fi

if [ "${#NEED[@]}" -gt 0 ]; then
    apt_update_once
    log "installing: ${NEED[*]}"
    as_root apt-get install -y -qq --no-install-recommends "${NEED[@]}"
    if [ -z "$DRY_RUN" ]; then
        find_clang || die "installed ${NEED[*]}, but still no clang >= $MIN_MAJOR on PATH; check the apt output above"
        log "clang: $CLANG (version $CLANG_MAJOR) installed"
    fi
else
    log "nothing to install"
fi

if command -v cargo >/dev/null 2>&1; then
    log "cargo: $(command -v cargo)"
elif [ -x "$HOME/.cargo/bin/cargo" ]; then
    log "cargo: $HOME/.cargo/bin/cargo (not on PATH: run 'source \$HOME/.cargo/env')"
else
    cat >&2 <<'EOF'
setup: error: cargo not found. Install Rust with rustup:
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y
    source "$HOME/.cargo/env"
then re-run this script.
EOF
    exit 1
fi
