#!/usr/bin/env bash
# Lengua's set-up in one command. On a fresh Debian 12 (or Ubuntu 24.04) machine:
#   ./lengua.sh run    installs what is needed, builds (Release) and starts the workbench
#   ./lengua.sh test   the same set-up, then the whole test suite (ctest, offscreen)
# Both are idempotent: the second time they install nothing and rebuild only what changed.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${LENGUA_BUILD_DIR:-build}
PACKAGES=(
  g++ cmake ninja-build pkg-config ccache
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n
  libarmadillo-dev libopenblas-dev
  libicu-dev libstemmer-dev libhunspell-dev hunspell-es hunspell-en-us
  libsqlite3-dev libsword-dev libxml2-dev nlohmann-json3-dev
  xvfb xauth fonts-dejavu-core
  fortunes-es fortunes sword-text-sparv sword-text-kjv
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return
  fi
  echo "lengua: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release
  fi
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

command=${1:-}
shift || true
case "$command" in
  run)
    install_packages
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "lengua: no display found; start it from a desktop session, or see it headless with" >&2
      echo "        xvfb-run -a $BUILD_DIR/lengua --screenshot lengua.png" >&2
      exit 1
    fi
    exec "$BUILD_DIR/lengua" "$@"
    ;;
  test)
    install_packages
    build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 "$@"
    ;;
  build)
    install_packages
    build
    ;;
  *)
    echo "usage: ./lengua.sh run | test   (also: build)" >&2
    exit 2
    ;;
esac
