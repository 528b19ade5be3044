#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls `bash scripts/setup.sh && bash scripts/test.sh`):
# formatting, clippy with warnings as errors, every crate's tests (fixtures compiled with the
# clang that scripts/setup.sh provides), and a quick accuracy check against ground truth.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# A one-shot build gains nothing from incremental caches, which would double target/'s size.
export CARGO_INCREMENTAL=0

step() { printf '\n== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test"
cargo test --workspace --locked

step "accuracy against ground truth (libssh2, quick; fails on any wrong \"no\")"
cargo build --locked --bin ffiscope
FFISCOPE="$PWD/target/debug/ffiscope" bash bench/score.sh --quick --timeout 900
echo
echo "all tests passed"
