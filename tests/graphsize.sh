#!/bin/sh
# The graph layout on a slide and --highlight (tests/graphsize.py).
cd "$(dirname "$0")/.." && exec /usr/bin/python3 tests/graphsize.py "${EVGRAPH:-./evgraph}"
