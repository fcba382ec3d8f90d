#!/usr/bin/env bash
# Rongcheng set-up on Debian 12, as root (or with sudo):
#   ./build.sh run        install what is missing, build, and launch the app on the bundled Fuzhou map
#   ./build.sh test       install what is missing, build, run every test
#   ./build.sh test-asan  the same suite built by clang with AddressSanitizer and UndefinedBehaviorSanitizer
#                         into build-asan, plus the libFuzzer targets of tests/fuzz for a bounded time each
# run and test build the same configuration (warnings are errors), so one never recompiles the other's work.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Debian packages the build, the app and the tests need (tests start real servers and fonts).
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libqt6svg6 qt6-qpa-plugins libgl-dev
  libgdal-dev libproj-dev proj-data libgeos-dev libsqlite3-dev libmosquitto-dev mosquitto
  clang-format fonts-noto-cjk xvfb xauth desktop-file-utils appstream poppler-utils
  postgresql-15-postgis-3 libpq-dev qtkeychain-qt6-dev openssl
)
# test-asan also needs clang with its sanitizer and libFuzzer runtimes.
SANITIZER_PACKAGES=(clang libclang-rt-14-dev)

install_missing() {
  local missing=() package
  for package in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRC_WERROR=ON >/dev/null
  cmake --build build --parallel "$(nproc)" "$@"
}

case "${1:-}" in
  run)
    install_missing
    build --target rongcheng
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found: start from a desktop session, or try: xvfb-run -s '-screen 0 1600x1000x24' ./build.sh run" >&2
      exit 1
    fi
    exec build/app/rongcheng "${@:2}"
    ;;
  test)
    install_missing
    build
    cd build && ctest --output-on-failure --parallel "$(nproc)"
    ;;
  test-asan)
    install_missing "${SANITIZER_PACKAGES[@]}"
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRC_WERROR=ON \
      -DCMAKE_CXX_COMPILER=clang++ -DRC_SANITIZE=address,undefined -DRC_FUZZ=ON >/dev/null
    cmake --build build-asan --parallel "$(nproc)"
    cd build-asan && ctest --output-on-failure --parallel "$(nproc)"
    ;;
  *)
    echo "usage: $0 run|test|test-asan" >&2
    exit 2
    ;;
esac
