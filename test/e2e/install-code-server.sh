#!/usr/bin/env bash
# Installs the pinned code-server of the end-to-end tests into test/e2e/code-server/node_modules from
# that folder's lock file, offline apart from the npm registry. Does nothing when that lock file is
# already installed. Needs Debian's ripgrep (/usr/bin/rg) and, to build code-server's native modules,
# libkrb5-dev, a C++ compiler and python3.
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/code-server" && pwd)"
stamp="$dir/node_modules/.installed-lock.sha256"
lock_hash="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_hash" && -f "$dir/node_modules/code-server/out/node/entry.js" ]]; then
    echo "code-server: already installed from this lock file"
    exit 0
fi

rg_bin="$(command -v rg || true)"
if [[ -z "$rg_bin" ]]; then
    echo "code-server: ripgrep is missing (apt-get install ripgrep)" >&2
    exit 1
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds the release tarball in its cache
# under $TMPDIR; a tarball of Debian's rg, which is the same program, stands in for it.
tmp="$(mktemp -d "${TMPDIR:-/tmp}/smm-code-server-install.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
cache="$tmp/vscode-ripgrep-cache-1.15.11"
mkdir -p "$cache"
cp "$rg_bin" "$tmp/rg"
tar -czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$tmp" rg

started=$SECONDS
# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: node-pty's install runs `npx node-gyp`, which must not stop to ask.
(cd "$dir" && TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true \
    npm ci --no-audit --no-fund --loglevel=error)
echo "$lock_hash" >"$stamp"
echo "code-server: installed in $((SECONDS - started)) s"
