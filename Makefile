# Developer entry points. `make test` is the one command that runs every test.

.PHONY: test build generate

## Run every test in every language (installs missing tools; see tests/run_all.sh).
test:
	./tests/run_all.sh

## Build libwsa_error.so and libwsa_error.a into target/release.
build:
	cargo build --release --lib

## Regenerate the committed generated files (header, snapshot).
generate:
	cargo run -p wsa-error-generate
