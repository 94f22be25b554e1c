#!/usr/bin/env bash
# Install the Python implementations the references and conformance reports come from, on a
# Debian bookworm machine (as root). Nothing here is needed for `cargo test`: the tests use the
# recorded references. Measured on a 2-core VM: the sid chroot about a minute, RustPython about
# 16 minutes (a cargo build), the npm packages under a minute.
#
#   bash docs/interpreters.sh [sid|pypy39|rustpython|js|ft313|all]     (default: all)
#
# What it gives (commands on PATH, each usable as `process:COMMAND`):
#   python3.14, python3.15    CPython from Debian unstable, run in a chroot (/srv/sid)
#   pypy3.11                  PyPy 8.x (Python 3.11) from Debian unstable, same chroot
#   micropython               MicroPython 1.26 from Debian unstable, same chroot
#   pypy3                     PyPy 7.3.11 (Python 3.9) from bookworm
#   rustpython                RustPython 0.5 (cargo install; reports Python 3.14)
#   pyodide                   Pyodide (CPython 3.14 for WebAssembly) under node, from npm
#   python3.13t               CPython 3.13.5 built free-threaded (--disable-gil) from Debian
#                             trixie's source package (sid serves no sources); about 12 minutes
#                             at -O1 on 2 loaded cores
#
# The Debian mirror is the one this machine's apt sources already use (read below); no host
# name is written here. The wrappers `exec` the interpreter, so the process backend's kill on a
# timeout reaches it.
set -euo pipefail

CHROOT=${CHROOT:-/srv/sid}
BIN=${BIN:-/usr/local/bin}
JS=${JS:-/opt/yieldspec-js}
HERE=$(cd "$(dirname "$0")" && pwd)

# The URI of the Debian archive in this machine's apt sources (deb822 or one-line format).
debian_mirror() {
    local uri
    uri=$(awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i ~ /debian\/?$/) { print $i; exit } }' \
        /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1)
    if [ -z "$uri" ]; then
        uri=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /debian\/?$/) { print $i; exit } }' \
            /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -n1)
    fi
    [ -n "$uri" ] || { echo "no Debian archive in the apt sources" >&2; exit 1; }
    echo "$uri"
}

# A wrapper that runs COMMAND inside the chroot (with /proc mounted: PyPy needs it).
chroot_wrapper() {
    local name=$1 command=$2
    cat > "$BIN/$name" <<EOF
#!/bin/sh
mountpoint -q $CHROOT/proc || mount -t proc proc $CHROOT/proc
exec chroot $CHROOT $command "\$@"
EOF
    chmod +x "$BIN/$name"
}

install_sid() {
    apt-get update -qq
    apt-get install -y -qq debootstrap >/dev/null
    [ -x "$CHROOT/usr/bin/apt-get" ] || debootstrap --variant=minbase sid "$CHROOT" "$(debian_mirror)"
    # a snapshot mirror serves Release files past their Valid-Until date
    echo 'Acquire::Check-Valid-Until "false";' > "$CHROOT/etc/apt/apt.conf.d/99novalid"
    mountpoint -q "$CHROOT/proc" || mount -t proc proc "$CHROOT/proc"
    chroot "$CHROOT" apt-get update -qq
    chroot "$CHROOT" apt-get install -y -qq --no-install-recommends \
        python3.14 python3.15 pypy3 micropython >/dev/null
    chroot_wrapper python3.14 python3.14
    chroot_wrapper python3.15 python3.15
    chroot_wrapper pypy3.11 pypy3
    chroot_wrapper micropython micropython
}

install_pypy39() {
    apt-get install -y -qq pypy3 >/dev/null
}

install_rustpython() {
    nice -n 10 cargo install rustpython@0.5.0 --locked
    ln -sf "${CARGO_HOME:-$HOME/.cargo}/bin/rustpython" "$BIN/rustpython"
}

install_ft313() {
    local dir=${FT_DIR:-/opt/ft313}
    mkdir -p "$dir"
    if [ ! -x "$dir/Python-3.13.5/python" ]; then
        echo "deb-src $(debian_mirror) trixie main" > "$CHROOT/etc/apt/sources.list.d/src.list"
        chroot "$CHROOT" apt-get update -qq
        mkdir -p "$CHROOT/root/ft"
        chroot "$CHROOT" sh -c 'cd /root/ft && apt-get source --download-only python3.13' >/dev/null
        tar -C "$dir" -xf "$CHROOT"/root/ft/python3.13_3.13.5.orig.tar.xz
        (cd "$dir/Python-3.13.5" && nice -n 10 ./configure --disable-gil OPT=-O1 >/dev/null \
            && nice -n 10 make -j2 >/dev/null)
    fi
    printf '#!/bin/sh\nexec %s/Python-3.13.5/python "$@"\n' "$dir" > "$BIN/python3.13t"
    chmod +x "$BIN/python3.13t"
}

install_js() {
    mkdir -p "$JS"
    (cd "$JS" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-audit --no-fund pyodide >/dev/null)
    local launcher name
    for launcher in "$HERE"/js/*-python.mjs; do
        name=$(basename "$launcher" -python.mjs)
        cp "$launcher" "$JS/"
        printf '#!/bin/sh\nexec node %s/%s "$@"\n' "$JS" "$(basename "$launcher")" > "$BIN/$name"
        chmod +x "$BIN/$name"
    done
}

what=${1:-all}
case $what in
    sid) install_sid ;;
    pypy39) install_pypy39 ;;
    rustpython) install_rustpython ;;
    js) install_js ;;
    ft313) install_sid; install_ft313 ;;
    all) install_sid; install_pypy39; install_js; install_ft313; install_rustpython ;;
    *) echo "usage: $0 [sid|pypy39|rustpython|js|ft313|all]" >&2; exit 2 ;;
esac

for p in python3.14 python3.15 pypy3.11 pypy3 micropython rustpython pyodide python3.13t; do
    if command -v "$p" >/dev/null; then
        echo "$p: $("$p" -c 'import sys; print(sys.version)' 2>&1 | tr '\n' ' ')"
    fi
done
