# Developer entry points. `make test` is the one command that runs every test.

.PHONY: test deps build generate bench dist mutants

## Run every test in every language (installs missing tools first: make deps).
test:
	./tests/run_all.sh

## Install what the tests need when it is missing (apt-get, rustup), saying what.
deps:
	./tests/deps.sh

## Run one area's tests: make test-rust, test-c, test-windows, test-cpp_install,
## test-hardening, test-python, test-dist (after make deps).
test-%:
	./tests/run_all.sh $*

## Build libwsa_error.so and libwsa_error.a into target/release (the C library
## alone: built in one cargo command with the CLI, it would link Rust's std).
build:
	cargo build --release -p wsa-error-ffi

## Regenerate the committed generated files (header, snapshot, docs, C++ enum, Python members).
generate:
	cargo run -p wsa-error-generate

## The mutation pass (not part of make test; about 2 hours on 2 cores): prints
## caught/missed/timeout/unviable and fails on a missed mutant (tests/mutants.sh).
mutants:
	./tests/mutants.sh

## Run every benchmark (C, Python, Rust) and print one report; BENCHMARKS.md records one.
bench:
	./bench/run.sh

# ---- install -----------------------------------------------------------------
#
#   make install PREFIX=/usr/local [DESTDIR=/staging]
#   make uninstall PREFIX=/usr/local [DESTDIR=/staging]
#
# installs the release libraries from $CARGO_TARGET_DIR (default target/), the
# C and C++ headers, a pkg-config file and a CMake package. PREFIX is the path
# the files will have at run time and must be absolute; DESTDIR is put in front
# of every path written, for staged and packaged installs.

.PHONY: install uninstall

PREFIX ?= /usr/local
LIBDIR = $(PREFIX)/lib
INCLUDEDIR = $(PREFIX)/include
PKGCONFIGDIR = $(LIBDIR)/pkgconfig
CMAKEDIR = $(LIBDIR)/cmake/wsa_error
RELEASE = $(or $(CARGO_TARGET_DIR),target)/release

# The version, from Cargo.toml (its only home): [package] or [workspace.package].
VERSION := $(shell sed -n '/^\[\(workspace\.\)\{0,1\}package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -n 1)
# The C ABI version in the SONAME, from the C library's build.rs (its only home).
ABI := $(shell sed -n 's/^const C_ABI_VERSION: u32 = \([0-9]*\);/\1/p' bindings/c/build.rs)
SONAME = libwsa_error.so.$(ABI)
SIZEOF_VOID_P := $(shell echo $$(( $$(getconf LONG_BIT) / 8 )))

HEADERS = include/wsa_error.h bindings/cpp/include/wsa_error.hpp \
	bindings/cpp/include/wsa_error_errc.hpp

# Every path install writes, and so every path uninstall removes.
INSTALLED = $(LIBDIR)/$(SONAME) $(LIBDIR)/libwsa_error.so $(LIBDIR)/libwsa_error.a \
	$(addprefix $(INCLUDEDIR)/,$(notdir $(HEADERS))) $(PKGCONFIGDIR)/wsa_error.pc \
	$(CMAKEDIR)/wsa_error-config.cmake $(CMAKEDIR)/wsa_error-config-version.cmake

SUBSTITUTE = sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' \
	-e 's|@SONAME@|$(SONAME)|g' \
	-e 's|@SIZEOF_VOID_P@|$(SIZEOF_VOID_P)|g'

## Install libraries, headers, pkg-config file and CMake package under $(DESTDIR)$(PREFIX).
install: check-install-variables
	cargo build --release -p wsa-error-ffi
	install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PKGCONFIGDIR) $(DESTDIR)$(CMAKEDIR)
	install -m 755 $(RELEASE)/libwsa_error.so $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sfn $(SONAME) $(DESTDIR)$(LIBDIR)/libwsa_error.so
	install -m 644 $(RELEASE)/libwsa_error.a $(DESTDIR)$(LIBDIR)/libwsa_error.a
	install -m 644 $(HEADERS) $(DESTDIR)$(INCLUDEDIR)/
	$(SUBSTITUTE) packaging/wsa_error.pc.in >$(DESTDIR)$(PKGCONFIGDIR)/wsa_error.pc
	$(SUBSTITUTE) packaging/wsa_error-config.cmake.in >$(DESTDIR)$(CMAKEDIR)/wsa_error-config.cmake
	$(SUBSTITUTE) packaging/wsa_error-config-version.cmake.in \
		>$(DESTDIR)$(CMAKEDIR)/wsa_error-config-version.cmake
	chmod 644 $(DESTDIR)$(PKGCONFIGDIR)/wsa_error.pc $(DESTDIR)$(CMAKEDIR)/wsa_error-config.cmake \
		$(DESTDIR)$(CMAKEDIR)/wsa_error-config-version.cmake

## Remove exactly what install wrote (and the CMake package directory, if then empty).
uninstall: check-install-variables
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))
	if [ -d $(DESTDIR)$(CMAKEDIR) ]; then rmdir --ignore-fail-on-non-empty $(DESTDIR)$(CMAKEDIR); fi

.PHONY: check-install-variables
check-install-variables:
	@case "$(PREFIX)" in /*) ;; *) echo "error: PREFIX must be an absolute path, not '$(PREFIX)'" >&2; exit 1;; esac
	@test -n "$(VERSION)" || { echo "error: no version found in Cargo.toml" >&2; exit 1; }
	@test -n "$(ABI)" || { echo "error: no C_ABI_VERSION found in bindings/c/build.rs" >&2; exit 1; }

# ---- dist --------------------------------------------------------------------
#
#   make dist
#
# writes dist/ (emptied first): the Windows kit wsa_error-$(VERSION)-windows-x86_64.zip,
# the Linux tarball wsa_error-$(VERSION)-linux-x86_64.tar.gz (what install writes,
# relocatable), the abi3 wheels for Linux and Windows, the sdist, and SHA256SUMS.
# packaging/dist/dist.sh builds them (README "Windows quick start" lists the kit);
# tests/dist/run.sh proves each of them works.

## Build every downloadable file into dist/ (needs mingw-w64, llvm, zip; see packaging/dist/dist.sh).
dist: check-install-variables
	VERSION=$(VERSION) SONAME=$(SONAME) MAKE="$(MAKE)" packaging/dist/dist.sh
