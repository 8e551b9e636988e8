# One export list: the shared library exports exactly the functions
# lib/receipts.h declares (lib/receipts.map), as notmuch checks its
# library against notmuch.h; and every global symbol of the library has
# the rcp_ prefix (but for what a sanitizer adds, __odr_asan.* and kin).
. "$(dirname "$0")/lib.sh"

BUILD=$(dirname "$RECEIPTS")
SO=$BUILD/libreceipts.so
A=$BUILD/libreceipts.a
check "the shared library was built" test -f "$SO"
check "the static library was built" test -f "$A"

# the declarations, comments stripped
python3 - "$ROOT/lib/receipts.h" >declared.txt <<'PY'
import re, sys
s = open(sys.argv[1]).read()
s = re.sub(r'/\*.*?\*/', ' ', s, flags=re.S)
s = re.sub(r'//[^\n]*', ' ', s)
print('\n'.join(sorted(set(re.findall(r'\b(rcp_[a-z]\w*)\s*\(', s)))))
PY
nm -D --defined-only "$SO" | awk '$2 ~ /^[TDRBVW]$/ {sub(/@.*/, "", $3); print $3}' |
	sort -u >exported.txt
check "receipts.h declares functions" test -s declared.txt
diff declared.txt exported.txt >"$WORK/.out" 2>&1
_report $? "exported symbols are the declarations of receipts.h (< declared, > exported)"

nm -g --defined-only "$A" 2>/dev/null | awk '$2 ~ /^[TDRBCVW]$/ {print $3}' |
	grep -v '^rcp_' | grep -Ev '^__(odr_asan|asan|ubsan|sancov)' | sort -u >unprefixed.txt
cp unprefixed.txt "$WORK/.out"
check "every global symbol of the library starts with rcp_" test ! -s unprefixed.txt

# lib/banned.h: a banned call in a library file does not compile; the
# bounded form beside it does (needs a C compiler: skipped without one)
if command -v "${CC:-cc}" >/dev/null; then
	for call in 'strcpy(d, s)' 'sprintf(d, "%s", s)' 'atoi(s)' 'strtok(d, s)'; do
		printf '#include <stdio.h>\n#include <string.h>\n#include "internal.h"\nvoid f(char *d, const char *s);\nvoid f(char *d, const char *s) { (void)%s; }\n' "$call" >banned.c
		check_fail "banned.h refuses $call" "${CC:-cc}" -fsyntax-only -DRCP_BUILDING_LIB -I"$ROOT/lib" banned.c
	done
	printf '#include <stdio.h>\n#include "internal.h"\nvoid f(char *d, const char *s);\nvoid f(char *d, const char *s) { snprintf(d, 8, "%%s", s); }\n' >ok.c
	check "banned.h leaves snprintf alone" "${CC:-cc}" -fsyntax-only -DRCP_BUILDING_LIB -I"$ROOT/lib" ok.c
fi

finish
