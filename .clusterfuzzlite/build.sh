#!/bin/bash -eu
# Build script of the ClusterFuzzLite / OSS-Fuzz builder (run as `compile` in the builder
# image, with $SRC, $OUT, $WORK and the sanitizer flags set): builds the three cargo-fuzz
# targets of fuzz/ and puts them, a seed corpus, the Python token dictionary and the CPython
# the differential target embeds into $OUT.
#
# The differential target embeds CPython 3.11 through pyo3. The runner image has no
# libpython, so CPython is built here with its shared library, installed below $OUT/python
# (the same path at run time: the runner mounts $OUT at the same place), and the targets get
# an rpath to it. Set PYO3_PYTHON to a shared-library CPython 3.11 to use that one instead
# (a local check of this script; the targets then only run where that interpreter is).

SRC_DIR="${SRC}/yieldspec"
PY_VERSION="${YIELDSPEC_CPYTHON_VERSION:-3.11.7}"

if [ -z "${PYO3_PYTHON:-}" ]; then
  PY_PREFIX="$OUT/python"
  if [ ! -x "$PY_PREFIX/bin/python3.11" ]; then
    mkdir -p "$WORK/cpython"
    cd "$WORK/cpython"
    curl -sSfL "https://www.python.org/ftp/python/$PY_VERSION/Python-$PY_VERSION.tar.xz" \
      | tar -xJ --strip-components=1
    # CPython itself is not instrumented: the sanitizer flags are for the Rust code only.
    env -u CFLAGS -u CXXFLAGS -u LDFLAGS CC=gcc ./configure --prefix="$PY_PREFIX" \
      --enable-shared LDFLAGS="-Wl,-rpath,$PY_PREFIX/lib" >/dev/null
    env -u CFLAGS -u CXXFLAGS -u LDFLAGS make -j"$(nproc)" >/dev/null
    env -u CFLAGS -u CXXFLAGS -u LDFLAGS make install >/dev/null
  fi
  export PYO3_PYTHON="$PY_PREFIX/bin/python3.11"
fi

cd "$SRC_DIR"
# fuzz/build.rs gives the targets an rpath to PYO3_PYTHON's library directory.
cargo fuzz build -O --debug-assertions

TARGET_DIR="fuzz/target/x86_64-unknown-linux-gnu/release"
for target in differential engine_no_panic engine_source; do
  cp "$TARGET_DIR/$target" "$OUT/"
done

# engine_source reads source text: the cases are its seed corpus, Python's tokens its dictionary.
(cd cases && find . -name '*.py' -print | sort | zip -q -@ "$OUT/engine_source_seed_corpus.zip")
cp fuzz/python.dict "$OUT/engine_source.dict"
