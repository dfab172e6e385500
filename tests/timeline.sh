#!/bin/sh
# The timeline layout and the filters (tests/timeline.py).
cd "$(dirname "$0")/.." && exec /usr/bin/python3 tests/timeline.py "${EVGRAPH:-./evgraph}"
