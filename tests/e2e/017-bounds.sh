# bounded memory and time on hostile inputs (issue 21): directory loops,
# entity bombs in holdings files, quadratic readers, huge single lines.
# Every command runs under a timeout: a hang guard, not a speed test.
. "$(dirname "$0")/lib.sh"
t() { timeout 60 "$RECEIPTS" "$@"; }

# add DIR: two links back up make 2^depth paths unless directories are
# remembered by (device, inode)
mkdir -p top/tree/a
printf 'Elbit Systems supplies drones.\n' > top/tree/a/one.txt
printf 'Palantir signs a contract.\n' > top/tree/two.txt
ln -s .. top/tree/a/up
ln -s ../.. top/tree/a/upup
t add top > loop.out 2>&1; rc=$?
check_eq "add DIR with links back up: exits 0" 0 "$rc"
check_eq "add DIR with links back up: each file once" 2 "$(grep -c '^added ' loop.out)"
check "add DIR with links back up: the loop is reported" grep -q "already walked" loop.out
check_eq "add DIR with links back up: stored 2 sources" 2 "$(sql 'SELECT count(*) FROM source')"

finish
