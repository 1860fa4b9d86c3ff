# Repcue: `make run` opens the bundled routine, `make test` runs every check.
# Both install missing build packages first (apt-get, as root or through sudo).

CARGO ?= cargo
# In CI the real-audio capture test must run (CI installs its sound server); on a desktop it
# is skipped, with the reason, unless Xvfb and PulseAudio happen to be installed.
ifdef CI
export REPCUE_AUDIO_TEST_REQUIRED := 1
endif
# Build packages only: a C compiler, pkg-config and the ALSA headers (rodio's output on Linux),
# and python3 for scripts/check-layers.
BUILD_PACKAGES := build-essential pkg-config libasound2-dev python3
# For running: espeak-ng speaks a routine's own words (cue words, exercise names); without it
# they are shown and a tone marks their beat. A program, not a sound server.
RUN_PACKAGES := espeak-ng

.PHONY: run test deps toolchain fmt lint layers check-fmt ui-check bench bench-cues bench-history screenshots sounds taplo-lint

run: deps
	@scripts/install-deps $(RUN_PACKAGES)
	$(CARGO) run --release --

test: deps toolchain check-fmt lint layers
	$(CARGO) test --all-targets
	$(CARGO) test --doc
	$(MAKE) ui-check
	scripts/taplo-lint

# The real app under Xvfb: skipped (with the reason) where Xvfb is not installed; in CI
# (CI set) it is required, and the UI benchmark runs too so its numbers are in the log.
ui-check:
	scripts/ui-smoke
	@if [ -n "$$CI" ]; then scripts/bench-ui; fi

bench:
	scripts/bench-ui

bench-cues:
	scripts/bench-cues

bench-history:
	cargo run --release --example history_bench

sounds:
	scripts/make-sounds

screenshots:
	scripts/screenshots

deps:
	@scripts/install-deps $(BUILD_PACKAGES)

# rustfmt and clippy are part of `make test`; rustup can add them when they are missing.
toolchain:
	@if ! $(CARGO) fmt --version >/dev/null 2>&1 || ! $(CARGO) clippy --version >/dev/null 2>&1; then \
		if command -v rustup >/dev/null 2>&1; then rustup component add rustfmt clippy; \
		else echo "repcue: please install rustfmt and clippy for your Rust toolchain" >&2; exit 1; fi; \
	fi

# Every example routine against `repcue schema` with taplo, as an editor sees it (skipped
# without taplo).
taplo-lint:
	scripts/taplo-lint

# Import cycles, screens used below the app, files over 400 lines (docs/architecture.md).
layers:
	scripts/check-layers

check-fmt:
	$(CARGO) fmt --all --check

lint:
	$(CARGO) clippy --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all
