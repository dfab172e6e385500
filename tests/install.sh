#!/bin/bash
# Install: `make install` into a temporary DESTDIR puts every file in place
# (modes, links, soname, exported symbols, man page, evgraph.pc); programs
# build against it with pkg-config, shared and static, and run; `make
# uninstall` takes back exactly what it put.  Prints PASS/FAIL/SKIP lines.
#
# It uses the normal build (build/), also under `make sanitize`, whose BUILD
# it must not inherit; VALGRIND (make memcheck) prefixes the programs' runs.
set -u
source "$(dirname "$0")/lib.sh"
VALGRIND=${VALGRIND:-}
# make with none of the caller's make state (jobserver, BUILD=build/sanitize)
run_make() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s BUILD=build "$@"; }

version=$(sed -n 's/^#define EVG_VERSION "\(.*\)"$/\1/p' src/evgraph.h)
major=${version%%.*}
pkgs=$(sed -n 's/^PKGS = //p' Makefile)
root=$tmp/root
prefix=/usr/local
dest=$root$prefix
libdir=$dest/lib

if ! run_make install DESTDIR="$root" PREFIX=$prefix >"$tmp/make.log" 2>&1; then
  fail install.make "make install DESTDIR=$root PREFIX=$prefix"
  sed 's/^/    /' "$tmp/make.log" | tail -20
  exit 1
fi
pass install.make

# --- every file, with its mode; the links of the shared library
installed=(bin/evgraph:755 "lib/libevgraph.so.$version:755" lib/libevgraph.a:644
  include/evgraph.h:644 share/man/man1/evgraph.1:644 lib/pkgconfig/evgraph.pc:644)
for entry in "${installed[@]}"; do
  file=${entry%:*} mode=${entry##*:}
  check "install.file.$file" test "$(stat -c %a "$dest/$file" 2>&1)" = "$mode"
done
check install.link.soname test "$(readlink "$libdir/libevgraph.so.$major")" = "libevgraph.so.$version"
check install.link.dev test "$(readlink "$libdir/libevgraph.so")" = "libevgraph.so.$major"
check install.header-unchanged cmp src/evgraph.h "$dest/include/evgraph.h"
check install.files-nothing-else test "$(find "$root" ! -type d | wc -l)" -eq 8
check install.binary-version test "$("$dest/bin/evgraph" --version)" = "evgraph $version"

# --- the shared library: its soname, and the public API as its only exports
soname=$(readelf -d "$libdir/libevgraph.so.$version" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
check install.so.soname test "$soname" = "libevgraph.so.$major"
# every function the header declares (comments gone, macros expanded)
echo '#include "evgraph.h"' | gcc -E -P -I"$dest/include" -xc - | tr '\n' ' ' |
  grep -oE '\bevg_[a-z0-9_]+ *\(' | tr -d ' (' | sort -u >"$tmp/api"
nm -D --defined-only "$libdir/libevgraph.so.$version" | awk '{print $3}' | sort >"$tmp/exported"
check install.so.api-count test "$(wc -l <"$tmp/api")" -gt 50
check install.so.exports-exactly-the-api diff "$tmp/api" "$tmp/exported"
check install.so.no-internal-helpers bash -c "! grep -E '^evg_(buf|map|arena|builder|utf8)_' '$tmp/exported'"

# --- evgraph.pc: version, paths under PREFIX, private needs for static links
export PKG_CONFIG_PATH=$libdir/pkgconfig
check install.pc.version test "$(pkg-config --modversion evgraph)" = "$version"
check install.pc.prefix test "$(pkg-config --variable=prefix evgraph)" = "$prefix"
check install.pc.cflags bash -c "pkg-config --cflags evgraph | grep -q -- '^-I$prefix/include '"
# Linking the shared library needs it alone (Requires.private, not Requires)
check install.pc.libs test "$(pkg-config --libs evgraph | xargs)" = "-L$prefix/lib -levgraph"
check install.pc.requires-private test "$(pkg-config --print-requires-private evgraph | xargs)" = "$pkgs"
check install.pc.static-libs bash -c "pkg-config --static --libs evgraph | grep -q -- '-lm -pthread'"
# From the DESTDIR tree: --define-prefix takes the prefix from where the
# .pc file lies, which works because its paths are written ${prefix}/...
pc() { pkg-config --define-prefix "$@" evgraph; }

# --- a program against the installed library (the header and the .pc only)
cat >"$tmp/events_demo.c" <<'EOF'
/* Parses an events file, prints its counts or its errors, then writes its
 * GraphML into memory and prints that. */
#define _POSIX_C_SOURCE 200809L
#include <evgraph.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  FILE *in = fopen(argv[1], "rb");
  if (!in)
    return 2;
  char text[4096];
  size_t len = fread(text, 1, sizeof text, in);
  fclose(in);
  evg_diags *diags = evg_diags_new(0);
  evg_graph *graph = evg_parse_events(text, len, argv[1], diags);
  for (size_t i = 0; i < evg_diags_count(diags); i++) {
    char *message = evg_diag_format(evg_diags_get(diags, i));
    fputs(message, stdout);
    free(message);
  }
  int status = 1;
  if (graph) {
    printf("%s: %zu events, %zu actors, %zu edges\n", evg_graph_title(graph),
           evg_graph_event_count(graph), evg_graph_actor_count(graph),
           evg_graph_edge_count(graph));
    char *graphml = NULL;
    size_t size = 0;
    FILE *memory = open_memstream(&graphml, &size);
    evg_render_options options = {0};
    bool written = evg_render_graphml(graph, &options, memory, diags);
    if (fclose(memory) == 0 && written) {
      fwrite(graphml, 1, size, stdout);
      status = 0;
    }
    free(graphml);
  }
  evg_graph_free(graph);
  evg_diags_free(diags);
  return status;
}
EOF
cat >"$tmp/demo.events" <<'EOF'
title: Install demo
anchor: 2025-02-03

actor acme
  name: Acme
  kind: company

event launch
  date: 2025-01-20
  label: Acme launches R1
  actors: acme
  causes: drop

event drop
  date: anchor - 7 days
  label: Shares drop
EOF
printf 'event broken\n  date: 2025-02-30\n  label: No such day\n' >"$tmp/bad.events"
# The CLI's own GraphML of the same file: the library must give the same bytes.
# (Runs stay in the source folder: VALGRIND names its suppressions from here.)
"$dest/bin/evgraph" render "$tmp/demo.events" -t graphml -o - >"$tmp/demo.graphml"
{ echo "Install demo: 2 events, 1 actors, 3 edges"; cat "$tmp/demo.graphml"; } >"$tmp/demo.expected"
cflags=(-std=c11 -Wall -Wextra -Wpedantic -Werror)

check install.shared.build bash -c "gcc ${cflags[*]} -o '$tmp/demo-shared' '$tmp/events_demo.c' \$(pkg-config --define-prefix --cflags --libs evgraph)"
check install.shared.needs-soname bash -c "readelf -d '$tmp/demo-shared' | grep -q 'NEEDED.*\[libevgraph.so.$major\]'"
LD_LIBRARY_PATH=$libdir $VALGRIND "$tmp/demo-shared" "$tmp/demo.events" >"$tmp/demo.out" 2>"$tmp/demo.err"
check install.shared.run-exit test $? -eq 0
check install.shared.run-output cmp "$tmp/demo.expected" "$tmp/demo.out"
check install.shared.run-quiet test ! -s "$tmp/demo.err"
check install.shared.run-graphml-well-formed bash -c "tail -n +2 '$tmp/demo.out' | xmllint --noout --nonet -"
LD_LIBRARY_PATH=$libdir $VALGRIND "$tmp/demo-shared" "$tmp/bad.events" >"$tmp/bad.out" 2>"$tmp/bad.err"
check install.shared.run-error-exit test $? -eq 1
check install.shared.run-error-text grep -q "^$tmp/bad.events:2:17: error: impossible date" "$tmp/bad.out"

# Static: libevgraph.a with what --static adds (graphviz, libxml2, -lm,
# -pthread); without those its references to them stay undefined.
static_libs=$(pc --static --libs | sed 's/-levgraph/-l:libevgraph.a/')
check install.static.build bash -c "gcc ${cflags[*]} -o '$tmp/demo-static' '$tmp/events_demo.c' $(pc --cflags) $static_libs"
check install.static.needs-private-libs bash -c "! gcc -o '$tmp/demo-bad' '$tmp/events_demo.c' $(pc --cflags) \$(pkg-config --define-prefix --libs evgraph | sed 's/-levgraph/-l:libevgraph.a/')"
check install.static.no-shared-evgraph bash -c "! readelf -d '$tmp/demo-static' | grep -q libevgraph"
env -u LD_LIBRARY_PATH $VALGRIND "$tmp/demo-static" "$tmp/demo.events" >"$tmp/static.out" 2>"$tmp/static.err"
check install.static.run-exit test $? -eq 0
check install.static.run-quiet test ! -s "$tmp/static.err"
check install.static.run-output cmp "$tmp/demo.expected" "$tmp/static.out"

# The README's example, as written there, builds and runs.
sed -n '/^## Install/,/^## /p' README.md | sed -n '/^```c$/,/^```$/p' | sed '1d;$d' >"$tmp/readme.c"
check install.readme-example.present test -s "$tmp/readme.c"
check install.readme-example.build bash -c "gcc ${cflags[*]} -o '$tmp/readme' '$tmp/readme.c' \$(pkg-config --define-prefix --cflags --libs evgraph)"
LD_LIBRARY_PATH=$libdir $VALGRIND "$tmp/readme" >"$tmp/readme.out" 2>"$tmp/readme.err"
check install.readme-example.run test $? -eq 0
check install.readme-example.graphml bash -c "xmllint --noout --nonet '$tmp/readme.out' && grep -q '<node id=' '$tmp/readme.out'"

# --- the man page: renders, lints clean, names every option of --help
page=$dest/share/man/man1/evgraph.1
check install.man.renders bash -c "MANWIDTH=80 man -l '$page' 2>&1 | sed 's/.\x08//g' >'$tmp/man.txt' && grep -q '^NAME' '$tmp/man.txt'"
check install.man.groff-no-warnings bash -c "groff -man -Tutf8 -ww -z '$page' 2>&1 | (! grep .)"
if command -v mandoc >/dev/null; then
  check install.man.mandoc-lint bash -c "mandoc -Tlint -W warning '$page' 2>&1 | (! grep .)"
else
  echo "SKIP install.man.mandoc-lint: mandoc is not installed (.ci/deps test)"
fi
for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "THE EVENTS FILE" \
  "EXIT STATUS" FILES EXAMPLES "SEE ALSO"; do
  check "install.man.section.${section// /-}" grep -q "^$section\$" "$tmp/man.txt"
done
./evgraph --help | grep -oE '(^|[ ,])--?[a-zA-Z][a-z-]*' | tr -d ' ,' | sort -u >"$tmp/options"
check install.man.option-count test "$(wc -l <"$tmp/options")" -ge 20
while read -r option; do
  check "install.man.option.$option" grep -qE -- "(^|[ ,(])$option([ ,=)]|\$)" "$tmp/man.txt"
done <"$tmp/options"
check install.man.version grep -q "evgraph $version" "$tmp/man.txt"
check install.man.files-under-prefix grep -q "$prefix/include/evgraph.h" "$tmp/man.txt"

# --- another PREFIX after this build: the .pc and the page follow it
root2=$tmp/root2
check install.other-prefix.make run_make install DESTDIR="$root2" PREFIX=/opt/evgraph
check install.other-prefix.pc grep -qx 'prefix=/opt/evgraph' "$root2/opt/evgraph/lib/pkgconfig/evgraph.pc"
check install.other-prefix.man grep -q '/opt/evgraph/include/evgraph.h' "$root2/opt/evgraph/share/man/man1/evgraph.1"
check install.other-prefix.uninstall run_make uninstall DESTDIR="$root2" PREFIX=/opt/evgraph
check install.other-prefix.nothing-left test -z "$(find "$root2" ! -type d)"

# --- uninstall: every file gone, a stranger's file and the folders kept
touch "$libdir/not-ours.so"
check install.uninstall.make run_make uninstall DESTDIR="$root" PREFIX=$prefix
check install.uninstall.nothing-left test "$(find "$root" ! -type d)" = "$libdir/not-ours.so"
check install.uninstall.folders-kept test -d "$libdir/pkgconfig" -a -d "$dest/share/man/man1"

# --- plain `make` (.ci/deps build) installs the pictures' fonts and
# fontconfig, not only `make run`: on a machine where dpkg knows no package,
# as a user who is not root, it names them in the apt-get command it prints
stub=$tmp/stub
mkdir -p "$stub"
printf '#!/bin/sh\nexit 1\n' >"$stub/dpkg-query"
printf '#!/bin/sh\necho 1000\n' >"$stub/id"
chmod +x "$stub/dpkg-query" "$stub/id"
PATH="$stub:$PATH" .ci/deps build >/dev/null 2>"$tmp/deps.err"
check deps.build.stops-without-root test $? -eq 1
for p in fonts-dejavu-core fonts-wqy-microhei libfontconfig-dev; do
  check "deps.build.$p" grep -qE "^  sudo apt-get install .* $p( |\$)" "$tmp/deps.err"
done
PATH="$stub:$PATH" .ci/deps test >/dev/null 2>"$tmp/deps.err"
check deps.test.poppler-utils grep -qE "^  sudo apt-get install .* poppler-utils( |\$)" "$tmp/deps.err"
