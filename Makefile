# Thin wrapper around meson; `make` builds build/receipts.
MESON ?= meson
NINJA ?= ninja

.PHONY: all asan test test-asan clean deps example bench fmt

all: build/build.ninja
	$(NINJA) -C build

build/build.ninja:
	$(MESON) setup build --buildtype=debugoptimized -Dwerror=$(if $(CI),true,false)

asan: build-asan/build.ninja
	$(NINJA) -C build-asan

build-asan/build.ninja:
	$(MESON) setup build-asan --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false -Dwerror=$(if $(CI),true,false)

deps:
	bash scripts/install-deps.sh

test: all asan
	bash tests/run.sh build build-asan

example: all
	bash scripts/example.sh

clean:
	rm -rf build build-asan
