# scan at the registry's extremes: no aliases at all, and a million
. "$(dirname "$0")/lib.sh"

printf 'Microsoft supplied the IDF.\nNothing here.\n' > lines.txt

# a registry of nothing: a matcher that matches nothing, compiled and mapped
: > empty.jsonl
check_eq "an empty registry finds nothing" "" "$(r scan --registry empty.jsonl lines.txt)"
check "an empty registry compiles" r compile-matcher --registry empty.jsonl -o empty.matcher
check_eq "and its matcher file finds nothing" "" "$(r scan --matcher empty.matcher lines.txt)"
check_eq "--count of nothing found" 0 "$(r scan --matcher empty.matcher --count lines.txt)"

# a million names, compiled to a file, mapped back, each found where it is put
python3 -c "
with open('big.jsonl', 'w') as f:
    for i in range(1000000):
        f.write('{\"id\": \"b%07d\", \"name\": \"Alias%d Vantor Group\"}\n' % (i, i))
"
check "a million names compile" r compile-matcher --registry big.jsonl -o big.matcher
printf '%s\n' \
	'Yesterday Alias999999 Vantor Group and Alias0 Vantor Group signed.' \
	'ALIAS500000 VANTOR GROUP, alias123456 vantor group; Alias1000000 Vantor Group is not one.' \
	'Alias77 Vantor and Vantor Group alone are nothing.' > text.txt
r scan --matcher big.matcher text.txt > big.out
check "every planted name at its offsets, the unlisted one not" python3 -c "
import json
got = [(d['record'], d['entity'], d['start'], d['end'], d['text']) for d in map(json.loads, open('big.out'))]
want = [(1, 'b0999999', 10, 34, 'Alias999999 Vantor Group'), (1, 'b0000000', 39, 58, 'Alias0 Vantor Group'),
        (2, 'b0500000', 0, 24, 'ALIAS500000 VANTOR GROUP'), (2, 'b0123456', 26, 50, 'alias123456 vantor group')]
assert got == want, got
"
check_eq "--count on the million" 2 "$(r scan --matcher big.matcher --count text.txt)"
check "the registry file gives the same as its compiled matcher" \
	sh -c "'$RECEIPTS' scan --registry big.jsonl text.txt | cmp - big.out"
finish
