# evgraph: `make` builds ./evgraph; `make run` renders data/ into out/;
# `make test` runs the suite.  Each goal first installs the Debian packages
# it needs when they are missing (.ci/deps).

CC = gcc
CFLAGS ?= -O2 -g
WARNINGS = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
  -Wmissing-prototypes -Wno-unused-parameter
PKGS = libcgraph libgvc libxml-2.0
# Recursive (=) so that pkg-config runs only after the deps step.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS = $(shell pkg-config --libs $(PKGS)) -lm -pthread
BUILD ?= build
SANITIZE ?=

LIB_SRC = src/util.c src/diag.c src/date.c src/graph.c src/parse_events.c \
  src/timex.c src/extract.c src/filter.c src/output.c src/render_cgraph.c \
  src/render_dot.c src/render_image.c src/render_timeline.c \
  src/render_graphml.c src/render_yed.c \
  src/render_extract.c
LIB_OBJ = $(LIB_SRC:src/%.c=$(BUILD)/%.o) $(BUILD)/gazetteer.o
TEST_NAMES = test_date test_parse test_render test_timex test_filter
TEST_BIN = $(TEST_NAMES:%=$(BUILD)/%)
EVENTS = $(wildcard data/*.events)

.PHONY: all deps-build deps-run deps-test run test memcheck sanitize bench format clean

all: deps-build evgraph

deps-build:
	@.ci/deps build
deps-run:
	@.ci/deps run
deps-test:
	@.ci/deps test

$(BUILD)/%.o: src/%.c src/evgraph.h src/internal.h src/render_cgraph.h src/graphml.h
	@mkdir -p $(BUILD)
	$(CC) $(WARNINGS) $(CFLAGS) $(SANITIZE) $(PKG_CFLAGS) -c $< -o $@

# The extractor's gazetteer is compiled in from data/gazetteer.txt.
$(BUILD)/gazetteer.c: data/gazetteer.txt
	@mkdir -p $(BUILD)
	{ echo '/* generated from data/gazetteer.txt by the Makefile */'; \
	  echo 'const char *const evg_gazetteer[] = {'; \
	  grep -v '^#' $< | grep . | sed 's/\\/\\\\/g; s/"/\\"/g; s/\t/\\t/; s/.*/  "&",/'; \
	  echo '  0};'; } >$@

$(BUILD)/gazetteer.o: $(BUILD)/gazetteer.c
	$(CC) $(CFLAGS) $(SANITIZE) -c $< -o $@

$(BUILD)/libevgraph.a: $(LIB_OBJ)
	ar rcs $@ $^

$(BUILD)/evgraph: $(BUILD)/main.o $(BUILD)/libevgraph.a
	$(CC) $(CFLAGS) $(SANITIZE) -o $@ $^ $(PKG_LIBS)

# Copied then renamed: a running ./evgraph must not block the build.
evgraph: $(BUILD)/evgraph
	cp $< $@.tmp && mv -f $@.tmp $@

$(BUILD)/test_%: tests/test_%.c tests/unit.h tests/graph_lookup.h $(BUILD)/libevgraph.a
	$(CC) $(WARNINGS) $(CFLAGS) $(SANITIZE) $(PKG_CFLAGS) -Isrc -Itests $< \
	  -o $@ $(BUILD)/libevgraph.a $(PKG_LIBS)

# Renders every events file in data/ into out/.
run: deps-run evgraph
	./evgraph render $(EVENTS) -t dot,svg,graphml,png,yed
	@for theme in light dark print; do \
	  ./evgraph render $(EVENTS) --layout timeline --theme $$theme -t svg,png \
	    -o $(BUILD)/timeline-$$theme && \
	  for f in $(BUILD)/timeline-$$theme/*; do \
	    b=$$(basename $$f); cp $$f out/$${b%.*}-timeline-$$theme.$${b##*.}; \
	  done || exit 1; \
	done
	@ls -l out/

test: deps-test evgraph $(TEST_BIN)
	@BUILD=$(BUILD) tests/run.sh

# The suite under valgrind: Graphviz's own leaks suppressed, ours not.
memcheck:
	@.ci/deps memcheck
	$(MAKE) evgraph $(TEST_BIN)
	@BUILD=$(BUILD) VALGRIND="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite \
	  --errors-for-leak-kinds=definite --suppressions=tests/valgrind.supp" \
	  tests/run.sh

# The suite built with AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize:
	@.ci/deps test
	$(MAKE) BUILD=build/sanitize SANITIZE="-fsanitize=address,undefined \
	  -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  build/sanitize/evgraph $(TEST_NAMES:%=build/sanitize/%)
	@BUILD=build/sanitize EVGRAPH=build/sanitize/evgraph \
	  ASAN_OPTIONS=detect_leaks=1 \
	  LSAN_OPTIONS=suppressions=tests/lsan.supp:print_suppressions=0 \
	  tests/run.sh

bench: deps-test evgraph
	@.ci/deps bench
	@if [ -x tests/bench.sh ]; then tests/bench.sh; fi
	tests/bench_tagger.sh

format:
	clang-format -i src/*.c src/*.h tests/*.c tests/*.h

clean:
	rm -rf build evgraph
