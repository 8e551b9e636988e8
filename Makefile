# Thin wrapper around meson; `make` builds build/receipts.
MESON ?= meson
NINJA ?= ninja

.PHONY: all asan fuzz test test-asan clean deps example bench fmt

all: build/build.ninja
	$(NINJA) -C build

build/build.ninja:
	$(MESON) setup build --buildtype=debugoptimized -Dwerror=$(if $(CI),true,false)

asan: build-asan/build.ninja
	$(NINJA) -C build-asan

build-asan/build.ninja:
	$(MESON) setup build-asan --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false -Dfault=true -Dwerror=$(if $(CI),true,false)

deps:
	bash scripts/install-deps.sh

# libFuzzer targets (tests/fuzz/) with ASan and UBSan; needs clang.
# Run them with scripts/fuzz.sh.
FUZZ_TARGETS = fuzz_html fuzz_pdf fuzz_csv fuzz_text fuzz_query fuzz_holdings fuzz_nameindex fuzz_registry fuzz_form fuzz_multipart fuzz_money fuzz_dates fuzz_nport fuzz_ftm fuzz_extract
fuzz: build-fuzz/build.ninja
	$(NINJA) -C build-fuzz $(FUZZ_TARGETS)

build-fuzz/build.ninja:
	CC=clang CXX=clang++ $(MESON) setup build-fuzz --buildtype=debugoptimized -Dfuzz=true -Db_sanitize=address,undefined -Db_lundef=false -Dwerror=$(if $(CI),true,false)

test: all asan
	bash tests/run.sh build build-asan

example: all
	bash scripts/example.sh

clean:
	rm -rf build build-asan build-fuzz
