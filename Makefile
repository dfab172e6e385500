# evgraph: `make` builds ./evgraph and the libraries; `make run` renders
# data/ into out/; `make test` runs the suite; `make install` and
# `make uninstall` honour DESTDIR and PREFIX.  Each goal first installs the
# Debian packages it needs when they are missing (.ci/deps).

CC = gcc
CFLAGS ?= -O2 -g
WARNINGS = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
  -Wmissing-prototypes -Wno-unused-parameter
PKGS = libcgraph libgvc libxml-2.0 jansson fontconfig cairo glib-2.0
# Recursive (=) so that pkg-config runs only after the deps step.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
# What the library needs besides PKGS; also evgraph.pc's Libs.private.
# libcsv (TimelineJS sheets) and libstemmer have no pkg-config file.
PRIVATE_LIBS = -lcsv -lstemmer -lm -pthread
PKG_LIBS = $(shell pkg-config --libs $(PKGS)) $(PRIVATE_LIBS)
BUILD ?= build
SANITIZE ?=
# The objects serve both the shared and the static library (main.o too, for
# one rule; Debian's gcc makes position-independent executables anyway):
# position-independent, and only what evgraph.h marks EVG_EXPORT is visible
# outside libevgraph.so.  Calls inside the library to the exported
# functions stay direct (no interposition through the PLT).
LIB_CFLAGS = -fPIC -fvisibility=hidden -fno-semantic-interposition

# One version, EVG_VERSION in evgraph.h; the soname carries its major part.
VERSION := $(shell sed -n 's/^\#define EVG_VERSION "\(.*\)"$$/\1/p' src/evgraph.h)
SOVERSION := $(firstword $(subst ., ,$(VERSION)))
SONAME = libevgraph.so.$(SOVERSION)
SHARED_LIB = libevgraph.so.$(VERSION)

# Where `make install` puts things (GNU conventions; DESTDIR for staging).
PREFIX ?= /usr/local
EXEC_PREFIX ?= $(PREFIX)
BINDIR ?= $(EXEC_PREFIX)/bin
LIBDIR ?= $(EXEC_PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DATAROOTDIR ?= $(PREFIX)/share
MANDIR ?= $(DATAROOTDIR)/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
INSTALL ?= install

LIB_SRC = src/util.c src/diag.c src/date.c src/date_parse.c src/date_format.c \
  src/graph.c src/parse_events.c \
  src/timex.c src/timex_tokens.c src/timex_calendar.c src/timex_values.c \
  src/timex_tense.c src/timex_resolve.c src/timex_rules_absolute.c \
  src/timex_rules_holidays.c src/timex_rules_relative.c \
  src/timex_rules_durations.c src/timex_rules_times.c \
  src/extract.c src/extraction.c src/extract_event.c src/extract_sentences.c src/extract_actors.c \
  src/extract_actor_table.c \
  src/extract_part_dates.c \
  src/extract_name_kinds.c \
  src/extract_headlines.c src/extract_label_subjects.c src/extract_relations.c src/extract_stimulus.c src/extract_relations_lead.c src/extract_relations_then.c src/extract_relations_checked.c src/extract_clauses.c \
  src/extract_happenings.c src/extract_verb_forms.c src/extract_finding_content.c src/extract_roles.c src/extract_speech_roles.c src/extract_noun_roles.c src/extract_office_modifier.c src/extract_titled_speaker.c src/extract_news_source.c src/extract_place_not_party.c src/extract_place_roles.c src/extract_kind_context.c src/extract_context.c src/extract_coordinated_modifier.c src/extract_opening_adjective.c \
  src/extract_dateline.c src/extract_words.c src/extract_names.c src/extract_name_bounds.c src/extract_name_edges.c src/extract_peoples.c \
  src/extract_label_text.c src/extract_attach.c src/extract_actor_paths.c src/extract_place_owner.c \
  src/extract_clause_bound.c src/extract_between.c src/extract_flashback.c \
  src/extract_done_before.c \
  src/extract_bare_subjects.c src/extract_past_happening.c src/extract_list_kinds.c src/extract_named_subject.c \
  src/extract_clock_sentence_end.c src/extract_untagged_time.c src/extract_closing_report.c src/extract_modified_article.c src/extract_place_phrase_head.c src/extract_clause_split_when.c src/extract_against_party.c src/extract_under_leader.c src/extract_count_subject.c src/extract_time_lead_in.c src/extract_counted_opener.c src/extract_relative_end.c src/extract_when_frame.c src/extract_when_named.c src/extract_directive_content.c src/extract_present_after_relative.c src/extract_body_heads.c \
  src/extract_deadline_ahead.c src/extract_relative_ahead.c src/extract_overnight.c src/extract_months_between.c src/extract_news_span.c src/extract_lead_day.c src/extract_lead_after.c src/extract_dropped_dates.c \
  src/extract_origin_place.c src/extract_counted_people.c src/extract_care_place.c src/extract_relation_state.c src/extract_street_names.c src/extract_person_of_thing.c src/extract_saying_scope.c src/extract_place_person.c src/extract_contact_relative.c src/extract_part_words.c src/extract_trailing_relative.c src/extract_pronoun_subject.c src/extract_thing_apposition.c src/extract_thing_list.c src/extract_group_members.c src/extract_noun_apposition.c src/extract_craft_operator.c src/extract_opening_year.c src/extract_rescheduled.c src/extract_relative_saying.c src/extract_opening_date.c src/extract_state_stretch.c src/extract_count_to_date.c src/extract_plain_telling.c src/extract_content_sayer.c src/extract_told_days.c src/extract_trade_first_forms.c src/extract_market_figure.c src/extract_within_referent.c src/extract_apposition_verb.c \
  src/extract_article_craft.c src/extract_arts_pair.c \
  src/extract_date_clause_subject.c \
  src/filter.c src/output.c src/render_cgraph.c \
  src/render_dot.c src/render_image.c src/picture_graph.c \
  src/picture_timeline.c src/picture_deck.c \
  src/render_graphml.c src/render_json.c src/render_gexf.c src/render_yed.c \
  src/xml_errors.c \
  src/render_extract.c src/font_coverage.c \
  src/timelinejs.c src/parse_timelinejs_csv.c src/parse_timelinejs_json.c \
  src/render_timelinejs.c src/json_stream.c \
  src/render_events.c src/merge.c src/merge_terms.c src/merge_articles.c \
  src/merge_pairs.c src/merge_result.c src/merge_time.c src/merge_restated_lead.c \
  src/merge_clauses.c src/merge_reckon.c src/merge_time_pairs.c \
  src/extract_jsonl.c \
  src/parse_extract_jsonl.c
LIB_OBJ = $(LIB_SRC:src/%.c=$(BUILD)/%.o) $(BUILD)/gazetteer.o
TEST_NAMES = test_date test_parse test_render test_timex test_filter test_json \
  test_roundtrip test_merge test_jsonl test_words test_extract_threads test_text \
  test_actor_ids
# The fuzz targets (tests/fuzz/); make test replays their corpora with gcc.
FUZZ_TARGETS = fuzz_date fuzz_events fuzz_extract fuzz_timelinejs_csv \
  fuzz_timelinejs_json fuzz_jsonl
TEST_BIN = $(TEST_NAMES:%=$(BUILD)/%) $(FUZZ_TARGETS:fuzz_%=$(BUILD)/replay_%)
EVENTS = $(wildcard data/*.events)

.PHONY: all lib deps-build deps-run deps-test run test actor-paths memcheck sanitize tsan fuzz \
  bench format clean install uninstall FORCE

all: deps-build evgraph lib

lib: $(BUILD)/libevgraph.a $(BUILD)/$(SHARED_LIB) $(BUILD)/evgraph.pc \
  $(BUILD)/evgraph.1

deps-build:
	@.ci/deps build
deps-run:
	@.ci/deps run
deps-test:
	@.ci/deps test

# The Makefile is a prerequisite: objects built with other flags (before
# -fPIC, say) must not reach the shared library.
$(BUILD)/%.o: src/%.c src/evgraph.h src/internal.h src/timex_internal.h \
  src/extract_internal.h src/extract_internal_names.h src/extract_internal_attach.h src/extract_internal_dates.h src/extract_internal_relations.h src/render_cgraph.h src/picture.h src/graphml.h \
  src/timelinejs.h src/date_internal.h src/merge_internal.h Makefile
	@mkdir -p $(BUILD)
	$(CC) $(WARNINGS) $(CFLAGS) $(LIB_CFLAGS) $(SANITIZE) $(PKG_CFLAGS) -c $< -o $@

# The extractor's gazetteer is compiled in from data/gazetteer.txt.
$(BUILD)/gazetteer.c: data/gazetteer.txt
	@mkdir -p $(BUILD)
	{ echo '/* generated from data/gazetteer.txt by the Makefile */'; \
	  echo 'const char *const evg_gazetteer[] = {'; \
	  grep -v '^#' $< | grep . | sed 's/\\/\\\\/g; s/"/\\"/g; s/\t/\\t/; s/.*/  "&",/'; \
	  echo '  0};'; } >$@

$(BUILD)/gazetteer.o: $(BUILD)/gazetteer.c Makefile
	$(CC) $(CFLAGS) $(LIB_CFLAGS) $(SANITIZE) -c $< -o $@

$(BUILD)/libevgraph.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

# -z defs: every symbol the library uses resolves against its own
# dependencies, so a program links with -levgraph alone.
$(BUILD)/$(SHARED_LIB): $(LIB_OBJ)
	$(CC) $(CFLAGS) $(SANITIZE) -shared -Wl,-soname,$(SONAME) -Wl,-z,defs \
	  -o $@ $^ $(PKG_LIBS)
	ln -sf $(SHARED_LIB) $(BUILD)/$(SONAME)
	ln -sf $(SONAME) $(BUILD)/libevgraph.so

$(BUILD)/evgraph: $(BUILD)/main.o $(BUILD)/libevgraph.a
	$(CC) $(CFLAGS) $(SANITIZE) -o $@ $^ $(PKG_LIBS)

# Copied then renamed: a running ./evgraph must not block the build.
evgraph: $(BUILD)/evgraph
	cp $< $@.tmp && mv -f $@.tmp $@

# A fuzz target without libFuzzer: tests/fuzz/replay.c gives it a main().
$(BUILD)/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h \
  tests/fuzz/fuzz_timelinejs.h \
  $(BUILD)/libevgraph.a
	$(CC) $(WARNINGS) $(CFLAGS) $(SANITIZE) $(PKG_CFLAGS) -Isrc $< \
	  tests/fuzz/replay.c -o $@ $(BUILD)/libevgraph.a $(PKG_LIBS)

$(BUILD)/test_%: tests/test_%.c tests/unit.h tests/graph_lookup.h $(BUILD)/libevgraph.a
	$(CC) $(WARNINGS) $(CFLAGS) $(SANITIZE) $(PKG_CFLAGS) -Isrc -Itests $< \
	  -o $@ $(BUILD)/libevgraph.a $(PKG_LIBS)

# The table of the ways a proposed actor comes to its event, each way's
# right and wrong actors against the tuning gold (README "actorpaths").
$(BUILD)/actor_paths: tests/actor_paths.c $(BUILD)/libevgraph.a
	$(CC) $(WARNINGS) $(CFLAGS) $(SANITIZE) $(PKG_CFLAGS) -Isrc $< \
	  -o $@ $(BUILD)/libevgraph.a $(PKG_LIBS)

actor-paths: evgraph $(BUILD)/actor_paths
	python3 tests/actor_paths.py $(BUILD)/actor_paths

# Renders every events file in data/ into out/.
run: deps-run evgraph
	./evgraph render $(EVENTS) -t dot,svg,graphml,png,json,graphology,gexf,yed
	@for theme in light dark print; do \
	  ./evgraph render $(EVENTS) --layout timeline --theme $$theme -t svg,png \
	    -o $(BUILD)/timeline-$$theme && \
	  for f in $(BUILD)/timeline-$$theme/*; do \
	    b=$$(basename $$f); cp $$f out/$${b%.*}-timeline-$$theme.$${b##*.}; \
	  done || exit 1; \
	done
	./evgraph render $(EVENTS) --layout timeline --deck -t svg,pdf
	@ls -l out/

test: deps-test evgraph $(TEST_BIN) $(BUILD)/actor_paths
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
	  build/sanitize/evgraph $(TEST_NAMES:%=build/sanitize/%) \
	  build/sanitize/actor_paths $(FUZZ_TARGETS:fuzz_%=build/sanitize/replay_%)
	@BUILD=build/sanitize EVGRAPH=build/sanitize/evgraph \
	  ASAN_OPTIONS=detect_leaks=1 \
	  LSAN_OPTIONS=suppressions=tests/lsan.supp:print_suppressions=0 \
	  tests/run.sh

# The extractor's two threads (src/extract.c) under ThreadSanitizer: the
# test that compares them with the stages run one after the other.
tsan:
	@.ci/deps test
	$(MAKE) BUILD=build/tsan SANITIZE="-fsanitize=thread -fno-omit-frame-pointer" \
	  build/tsan/test_extract_threads
	TSAN_OPTIONS="halt_on_error=1 exitcode=66" build/tsan/test_extract_threads

# libFuzzer targets (tests/fuzz/): the library built by clang with the
# fuzzer's coverage, ASan and UBSan in its own folder; each target runs
# FUZZ_SECONDS from the seed corpus in tests/fuzz/corpus/ (tests/fuzz/run.sh).
FUZZ_SECONDS ?= 60
FUZZ_BUILD = build/fuzz
FUZZ_SANITIZE = -fsanitize=address,undefined -fno-omit-frame-pointer \
  -fno-sanitize-recover=undefined
fuzz:
	@.ci/deps fuzz
	$(MAKE) CC=clang BUILD=$(FUZZ_BUILD) \
	  SANITIZE="-fsanitize=fuzzer-no-link $(FUZZ_SANITIZE)" \
	  $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/%)
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_BUILD=$(FUZZ_BUILD) tests/fuzz/run.sh \
	  $(FUZZ_TARGETS)

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h \
  tests/fuzz/fuzz_timelinejs.h $(FUZZ_BUILD)/libevgraph.a
	$(CC) $(WARNINGS) $(CFLAGS) -fsanitize=fuzzer $(FUZZ_SANITIZE) \
	  $(PKG_CFLAGS) -Isrc $< -o $@ $(FUZZ_BUILD)/libevgraph.a $(PKG_LIBS)

bench: deps-test evgraph
	@.ci/deps bench
	@if [ -x tests/bench.sh ]; then tests/bench.sh; fi
	tests/bench_tagger.sh
	tests/bench_hostile.sh
	tests/bench_many_inputs.sh
	tests/bench_timelinejs.sh
	tests/bench_corpus.sh
	tests/bench_merge.sh

# evgraph.pc and evgraph.1 name the install folders: this stamp changes
# when they do, so `make install PREFIX=...` after `make` remakes both.
INSTALL_PATHS = $(PREFIX) $(LIBDIR) $(INCLUDEDIR)
$(BUILD)/install-paths: FORCE
	@mkdir -p $(BUILD)
	@echo '$(INSTALL_PATHS)' | cmp -s - $@ || echo '$(INSTALL_PATHS)' >$@
FORCE:

# A folder under PREFIX is written ${prefix}/... in evgraph.pc, so that
# pkg-config --define-prefix can move the tree.
pc_path = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))
$(BUILD)/evgraph.pc: src/evgraph.pc.in src/evgraph.h Makefile $(BUILD)/install-paths
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(call pc_path,$(LIBDIR))|' \
	  -e 's|@INCLUDEDIR@|$(call pc_path,$(INCLUDEDIR))|' \
	  -e 's|@VERSION@|$(VERSION)|' -e 's|@REQUIRES_PRIVATE@|$(PKGS)|' \
	  -e 's|@LIBS_PRIVATE@|$(PRIVATE_LIBS)|' $< >$@.tmp && mv -f $@.tmp $@

$(BUILD)/evgraph.1: src/man/evgraph.1.in src/evgraph.h Makefile $(BUILD)/install-paths
	sed -e 's|@VERSION@|$(VERSION)|' -e 's|@LIBDIR@|$(LIBDIR)|g' \
	  -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' $< >$@.tmp && mv -f $@.tmp $@

# Copies what `lib` and `evgraph` built; run `make` first when installing
# as another user (sudo make install works too: it builds what is missing).
install: all
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) \
	  $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(PKGCONFIGDIR)
	$(INSTALL) -m 755 $(BUILD)/evgraph $(DESTDIR)$(BINDIR)/evgraph
	$(INSTALL) -m 755 $(BUILD)/$(SHARED_LIB) $(DESTDIR)$(LIBDIR)/$(SHARED_LIB)
	ln -sf $(SHARED_LIB) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libevgraph.so
	$(INSTALL) -m 644 $(BUILD)/libevgraph.a $(DESTDIR)$(LIBDIR)/libevgraph.a
	$(INSTALL) -m 644 src/evgraph.h $(DESTDIR)$(INCLUDEDIR)/evgraph.h
	$(INSTALL) -m 644 $(BUILD)/evgraph.1 $(DESTDIR)$(MANDIR)/man1/evgraph.1
	$(INSTALL) -m 644 $(BUILD)/evgraph.pc $(DESTDIR)$(PKGCONFIGDIR)/evgraph.pc
	@# The loader's cache must learn the new library (a staged install
	@# leaves that to the package).
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" -eq 0 ]; then ldconfig || true; fi

# Removes the files install put, not the folders (they may hold others').
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/evgraph $(DESTDIR)$(LIBDIR)/$(SHARED_LIB) \
	  $(DESTDIR)$(LIBDIR)/$(SONAME) $(DESTDIR)$(LIBDIR)/libevgraph.so \
	  $(DESTDIR)$(LIBDIR)/libevgraph.a $(DESTDIR)$(INCLUDEDIR)/evgraph.h \
	  $(DESTDIR)$(MANDIR)/man1/evgraph.1 $(DESTDIR)$(PKGCONFIGDIR)/evgraph.pc

format:
	clang-format -i src/*.c src/*.h tests/*.c tests/*.h tests/fuzz/*.c \
	  tests/fuzz/*.h

clean:
	rm -rf build evgraph
