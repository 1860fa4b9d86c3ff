# Repcue: `make run` opens the bundled routine, `make test` runs every check.
# Both install missing build packages first (apt-get, as root or through sudo).

CARGO ?= cargo
# In CI the real-audio capture test must run (CI installs its sound server); on a desktop it
# is skipped, with the reason, unless Xvfb and PulseAudio happen to be installed.
ifdef CI
export REPCUE_AUDIO_TEST_REQUIRED := 1
# Likewise the reminder test on a private D-Bus session (dbus-run-session).
export REPCUE_DBUS_TEST_REQUIRED := 1
endif
# Build packages only: a C compiler, pkg-config and the ALSA headers (rodio's output on Linux),
# and python3 for scripts/check-layers.
BUILD_PACKAGES := build-essential pkg-config libasound2-dev python3
# For running: espeak-ng speaks a routine's own words (cue words, exercise names); without it
# they are shown and a tone marks their beat. A program, not a sound server.
RUN_PACKAGES := espeak-ng

.PHONY: run test deps toolchain fmt lint layers check-fmt ui-check bench bench-cues bench-history screenshots sounds taplo-lint install uninstall deb package-check

run: deps
	@scripts/install-deps $(RUN_PACKAGES)
	$(CARGO) run --release --

# `make install` builds the release binary and installs it for you under ~/.local, with its
# desktop entry, icons, AppStream metadata and the bundled routine (no root needed);
# `make uninstall` removes exactly those files. For every user: build as yourself, then
# `sudo make install PREFIX=/usr/local` (through sudo it installs BIN as built, never building
# as root). DESTDIR stages the files for a package; caches and reminders are then left alone.
PREFIX ?= $(HOME)/.local
DESTDIR ?=
BIN ?= target/release/repcue
APP_ID := org.repcue.Repcue
ICON_SIZES := 16 24 32 48 64 128 256 512
DESKTOP_ENTRY := share/applications/$(APP_ID).desktop
# Copied as they are, SOURCE:DESTINATION (under PREFIX). The binary and the desktop entry have
# their own lines in `install`; INSTALLED, which `uninstall` removes, is made from this list.
DATA_FILES := \
	assets/desktop/$(APP_ID).metainfo.xml:share/metainfo/$(APP_ID).metainfo.xml \
	assets/icons/$(APP_ID).svg:share/icons/hicolor/scalable/apps/$(APP_ID).svg \
	$(foreach s,$(ICON_SIZES),assets/icons/hicolor/$(s)x$(s)/apps/$(APP_ID).png:share/icons/hicolor/$(s)x$(s)/apps/$(APP_ID).png) \
	exercises.toml:share/repcue/exercises.toml
INSTALLED := bin/repcue $(DESKTOP_ENTRY) $(foreach f,$(DATA_FILES),$(lastword $(subst :, ,$(f))))

# Refreshes the desktop's menu and icon caches under PREFIX where the tools exist (not when
# staging into DESTDIR). A cache that would index nothing any more is removed instead, so an
# uninstall leaves no file behind.
define refresh_caches
	@if [ -z "$(DESTDIR)" ]; then \
		apps="$(PREFIX)/share/applications"; icons="$(PREFIX)/share/icons/hicolor"; \
		if [ -n "$$(find "$$apps" -name '*.desktop' 2>/dev/null | head -n 1)" ]; then \
			if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$$apps" || true; fi; \
		else rm -f "$$apps/mimeinfo.cache"; fi; \
		if [ -n "$$(find "$$icons" -type f ! -name icon-theme.cache 2>/dev/null | head -n 1)" ]; then \
			if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$$icons" || true; fi; \
		else rm -f "$$icons/icon-theme.cache"; fi; \
	fi
endef

# Exec and TryExec name the installed binary by its full path: ~/.local/bin is not always on
# the PATH a desktop session starts programs with.
install:
	@if [ -n "$${SUDO_USER:-}" ] && [ "$(origin PREFIX)" != "command line" ]; then \
		echo "repcue: through sudo, say where: sudo make install PREFIX=/usr/local (the default, ~/.local, is root's own)" >&2; exit 1; fi
	@if [ "$$(id -u)" -eq 0 ] && [ -n "$${SUDO_USER:-}" ]; then \
		if [ ! -x "$(BIN)" ]; then echo "repcue: $(BIN) is missing: build it as yourself first (cargo build --release)" >&2; exit 1; fi; \
		echo "repcue: through sudo: installing $(BIN) as built"; \
	else echo "$(CARGO) build --release"; $(CARGO) build --release; fi
	install -Dm755 "$(BIN)" "$(DESTDIR)$(PREFIX)/bin/repcue"
	install -d "$(DESTDIR)$(PREFIX)/share/applications"
	sed -e 's|^Exec=repcue |Exec="$(PREFIX)/bin/repcue" |' -e 's|^TryExec=repcue$$|TryExec=$(PREFIX)/bin/repcue|' \
		assets/desktop/$(APP_ID).desktop >"$(DESTDIR)$(PREFIX)/$(DESKTOP_ENTRY)"
	chmod 644 "$(DESTDIR)$(PREFIX)/$(DESKTOP_ENTRY)"
	@for f in $(DATA_FILES); do \
		echo "install -Dm644 $${f%%:*} $(DESTDIR)$(PREFIX)/$${f#*:}"; \
		install -Dm644 "$${f%%:*}" "$(DESTDIR)$(PREFIX)/$${f#*:}" || exit 1; \
	done
	$(refresh_caches)

# Reminders first: `repcue remind --off` removes the systemd user timer Repcue wrote, which
# would otherwise go on starting a binary that is gone. Through sudo (a system install) each
# person turns their own reminders off first (Settings, or `repcue remind --off`).
uninstall:
	@bin="$(DESTDIR)$(PREFIX)/bin/repcue"; \
	if [ -z "$(DESTDIR)" ] && [ -z "$${SUDO_USER:-}" ] && [ -x "$$bin" ]; then echo "$$bin remind --off"; "$$bin" remind --off || true; fi
	@for f in $(INSTALLED); do \
		if [ -e "$(DESTDIR)$(PREFIX)/$$f" ]; then echo "rm $(DESTDIR)$(PREFIX)/$$f"; rm -f "$(DESTDIR)$(PREFIX)/$$f"; fi; \
	done
	@rmdir "$(DESTDIR)$(PREFIX)/share/repcue" 2>/dev/null || true
	$(refresh_caches)

test: deps toolchain check-fmt lint layers
	$(CARGO) test --all-targets
	$(CARGO) test --doc
	$(MAKE) ui-check
	$(MAKE) package-check
	scripts/taplo-lint

# The real app under Xvfb: skipped (with the reason) where Xvfb is not installed; in CI
# (CI set) it is required, and the UI benchmark runs too (one round, to keep CI short; `make
# bench` runs three) so its numbers are in the log.
ui-check:
	scripts/ui-smoke
	@if [ -n "$$CI" ]; then BENCH_ROUNDS=$${BENCH_ROUNDS:-1} scripts/bench-ui; fi

# The desktop entry and AppStream metadata validate, and `make install` / `make uninstall` put
# exactly their files in a temporary PREFIX (skipped without desktop-file-utils and appstream).
# In CI the Debian package is also built, installed with apt-get, checked and opened from its
# desktop entry under Xvfb, then removed (scripts/deb-check, as root).
package-check:
	scripts/install-check target/debug/repcue
	@if [ -n "$$CI" ]; then scripts/deb-check; fi

# A Debian package of the release build, in target/debian/ (needs cargo-deb:
# `cargo install cargo-deb`, and dpkg-dev).
deb:
	@command -v cargo-deb >/dev/null 2>&1 || { echo "repcue: make deb needs cargo-deb: cargo install --locked cargo-deb" >&2; exit 1; }
	$(CARGO) deb

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
