# Herodotus: the commands a user and CI type. Every target sets up what is missing first.
#
#   make run     set up, build, code the example stories into herodotus.db and print a summary
#   make test    set up, build, and run every test (unit, golden, command line, the installed
#                package, sanitizers, a short fuzzing run of the HTML path); without
#                ../shared/data the tests that need it are skipped, in one line at the end
#                (with CI=true they fail)
#   make fuzz    a longer fuzzing run of the HTML path (FUZZ_SECONDS, default 600)
#   make build   set up and build; the binary is build/herodotus
#   make bench   set up, build, and run the benchmarks (figures go in docs/benchmarks.md)

BUILD       := build
ASAN_BUILD  := build-asan
FUZZ_BUILD  := build-fuzz
FUZZ_SECONDS ?= 600
JOBS        ?= $(shell nproc)
SHARED_DATA ?= $(abspath ../shared/data)
CMAKE_FLAGS := -DHERODOTUS_SHARED_DATA=$(SHARED_DATA)

.PHONY: all setup build run test unit sanitize fuzz fuzz-smoke bench format clean

all: build

setup:
	@scripts/setup.sh

build: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) > /dev/null
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/herodotus code --db herodotus.db data/examples
	./$(BUILD)/herodotus query summary --db herodotus.db

test: build sanitize fuzz-smoke
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@cat $(BUILD)/skipped-tests.txt 2> /dev/null || true

# The unit tests again under the address and undefined-behaviour sanitizers.
sanitize: setup
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DHERODOTUS_SANITIZE=ON -DHERODOTUS_BUILD_BENCH=OFF $(CMAKE_FLAGS) > /dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS) --target unit_tests
	cd $(ASAN_BUILD) && ctest -L unit --output-on-failure -j $(JOBS)

# The HTML path under libFuzzer (clang, address and undefined-behaviour sanitizers), starting from
# tests/fuzz/corpus; new inputs go to $(FUZZ_BUILD)/corpus. `make test` runs it for 30 seconds.
fuzz: setup
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHERODOTUS_FUZZ=ON -DHERODOTUS_BUILD_BENCH=OFF $(CMAKE_FLAGS) > /dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target html_fuzz
	@mkdir -p $(FUZZ_BUILD)/corpus && cp -n tests/fuzz/corpus/* $(FUZZ_BUILD)/corpus/
	$(FUZZ_BUILD)/tests/html_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=2048 -timeout=10 $(FUZZ_BUILD)/corpus

fuzz-smoke:
	@mkdir -p $(FUZZ_BUILD)
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=30 > $(FUZZ_BUILD)/fuzz.log 2>&1 \
	  || { tail -60 $(FUZZ_BUILD)/fuzz.log; exit 1; }
	@grep -h '^Done [0-9]* runs' $(FUZZ_BUILD)/fuzz.log | sed 's/^/fuzz: /'

bench: build
	bench/run.sh $(BUILD) $(SHARED_DATA)

format:
	clang-format -i $$(git ls-files '*.h' '*.cc')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
