#!/usr/bin/env bash
# Installs everything a fresh Debian 12 machine lacks to build, run and test Loopscope.
# Idempotent: on a ready machine it checks and returns in about a second, changing nothing.
#
# V8 comes from Debian's libnode108 + libnode-dev (Node 18.20, V8 10.2). `apt-get install
# libnode-dev` cannot be used where the nodejs 20 package is installed (it conflicts with the
# node-acorn dependency), so both .debs are downloaded and unpacked into .deps/libnode, a
# project-local prefix that CMake imports (cmake/FindLibnodeV8.cmake) with an rpath.
# The node model embeds that libnode as a real Node.js runtime; libnode loads some of its
# built-ins from Debian's node-cjs-module-lexer, node-undici and node-acorn (/usr/share/nodejs)
# and aborts at start ("Cannot load externalized builtin") without them.
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deps_dir="$repo_root/.deps"
libnode_version="18.20.4+dfsg-1~deb12u3"

# clang-14, libclang-rt-14-dev (libFuzzer) and llvm-14 (llvm-symbolizer, for readable sanitizer
# reports) serve the test command's fuzz stage; gcc's own ASan/UBSan runtimes come with g++.
apt_packages=(
  build-essential cmake ninja-build pkg-config git
  clang-14 libclang-rt-14-dev llvm-14
  libglfw3-dev libimgui-dev libstb-dev python3-glad libfontconfig-dev
  libuv1-dev libgtest-dev libbenchmark-dev
  xvfb xauth libgl1-mesa-dri fonts-dejavu-core
  chromium
  libicu72 libuv1 libc-ares2 libnghttp2-14 libbrotli1 libssl3 zlib1g
  node-cjs-module-lexer node-undici node-acorn
  nodejs npm
)

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for package in "${apt_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$package")
  fi
done
# nodejs may come from another source (e.g. NodeSource nodejs 20 bundles npm): accept any node+npm.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for package in "${missing[@]}"; do
    [[ "$package" == nodejs || "$package" == npm ]] || filtered+=("$package")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o=Dpkg::Use-Pty=0 --no-install-recommends "${missing[@]}"
fi

stamp="$deps_dir/libnode/.version"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$libnode_version" ]; then
  echo "setup: unpacking libnode108 + libnode-dev $libnode_version into $deps_dir/libnode"
  rm -rf "$deps_dir/libnode" "$deps_dir/debs"
  mkdir -p "$deps_dir/debs" "$deps_dir/libnode"
  (cd "$deps_dir/debs" && apt-get download "libnode108=$libnode_version" "libnode-dev=$libnode_version")
  for deb in "$deps_dir"/debs/*.deb; do dpkg -x "$deb" "$deps_dir/libnode"; done
  echo "$libnode_version" > "$stamp"
fi

# acorn (the instrumenter's parser), pinned by runtime/instrument/package-lock.json.
instrument_dir="$repo_root/runtime/instrument"
if [ ! -f "$instrument_dir/node_modules/acorn/dist/acorn.js" ] || \
   [ "$instrument_dir/package-lock.json" -nt "$instrument_dir/node_modules/.package-lock.json" ]; then
  echo "setup: npm ci in runtime/instrument"
  (cd "$instrument_dir" && npm ci --no-audit --no-fund --silent)
fi

# core-js (the built-ins V8 10.2 lacks) and esbuild (bundles them at build time), pinned by
# runtime/models/browser/polyfills/package-lock.json. No install scripts: esbuild's binary comes
# as its platform package, and core-js's only prints a banner.
polyfills_dir="$repo_root/runtime/models/browser/polyfills"
if [ ! -f "$polyfills_dir/node_modules/core-js/package.json" ] || [ ! -e "$polyfills_dir/node_modules/.bin/esbuild" ] || \
   [ "$polyfills_dir/package-lock.json" -nt "$polyfills_dir/node_modules/.package-lock.json" ]; then
  echo "setup: npm ci in runtime/models/browser/polyfills"
  (cd "$polyfills_dir" && npm ci --ignore-scripts --no-audit --no-fund --silent)
fi
