#!/usr/bin/env bash
# Makes sure a fresh Debian 12 machine can build Tend's Rust code: a C compiler, OpenSSL's
# libcrypto headers (SQLCipher's crypto), pkg-config. Installs from Debian's packages as root.
set -euo pipefail

missing=()
command -v cc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ -f /usr/include/openssl/evp.h ] || missing+=(libssl-dev)
command -v make >/dev/null 2>&1 || missing+=(make)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "tend: please install as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "tend: installing build dependencies: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "tend: cargo not found; install Rust (rustup) first" >&2
  exit 1
fi
