# Herodotus: the commands a user and CI type. Every target sets up what is missing first.
#
#   make run     set up, build, and code the example stories with the built-in dictionaries
#   make test    set up, build, and run every test (unit, golden, command line, sanitizers)
#   make build   set up and build; the binary is build/herodotus
#   make bench   set up, build, and run the benchmarks (figures go in docs/benchmarks.md)

BUILD       := build
ASAN_BUILD  := build-asan
JOBS        ?= $(shell nproc)
SHARED_DATA ?= $(abspath ../shared/data)
CMAKE_FLAGS := -DHERODOTUS_SHARED_DATA=$(SHARED_DATA)

.PHONY: all setup build run test unit sanitize bench format clean

all: build

setup:
	@scripts/setup.sh

build: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) > /dev/null
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/herodotus code --format table data/examples

test: build sanitize
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The unit tests again under the address and undefined-behaviour sanitizers.
sanitize: setup
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DHERODOTUS_SANITIZE=ON $(CMAKE_FLAGS) > /dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS) --target unit_tests
	cd $(ASAN_BUILD) && ctest -L unit --output-on-failure

bench: build
	bench/run.sh $(BUILD) $(SHARED_DATA)

format:
	clang-format -i $$(git ls-files '*.h' '*.cc')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
