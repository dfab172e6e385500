#!/bin/sh
# Decks and the legibility floor, measured in headless Chromium (tests/deck.py).
cd "$(dirname "$0")/.." && exec /usr/bin/python3 tests/deck.py "${EVGRAPH:-./evgraph}"
