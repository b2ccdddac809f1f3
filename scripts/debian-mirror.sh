#!/usr/bin/env bash
# Prints the Debian archive mirror this machine's apt already uses (never a mirror of our own
# choosing): the first URI of a deb822 .sources file or a sources.list line that serves the main
# archive (not -security). Scripts that fetch another suite (trixie for Swift, bullseye for the
# Android API) use it, so nothing in the repository names a mirror.
set -euo pipefail
mirror=$(awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' \
    /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $2 !~ /security/ { print $2; exit }' \
    /etc/apt/sources.list 2>/dev/null || true)
if [ -z "$mirror" ]; then
    echo "debian-mirror: no Debian archive found in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list" >&2
    exit 1
fi
printf '%s\n' "${mirror%/}"
