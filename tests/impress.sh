#!/bin/sh
# A slide imported into LibreOffice Impress: vector, with its text
# (tests/impress.py).  Not in `make test`: LibreOffice is large; run
# `.ci/deps impress` first.  Skips without soffice.
cd "$(dirname "$0")/.." && exec /usr/bin/python3 tests/impress.py "${EVGRAPH:-./evgraph}"
