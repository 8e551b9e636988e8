# receipts user add|list
. "$(dirname "$0")/lib.sh"
r init >/dev/null
check_out "add an editor from stdin" "user ed added (editor)" sh -c "echo 'a long password' | '$RECEIPTS' user add ed --role editor"
printf 'another password\n' > pw.txt
check_out "add from a password file" "user ada added (admin)" r user add ada --role admin --password-file pw.txt
check_fail_out "a taken name" "user exists 'ed'" sh -c "echo 'a long password' | '$RECEIPTS' user add ed --role reader"
check_fail_out "a bad role" "invalid role 'root'" sh -c "echo 'a long password' | '$RECEIPTS' user add x --role root"
check_fail_out "a short password" "password too short" sh -c "echo 'short' | '$RECEIPTS' user add x --role reader"
check_fail_out "a bad name" "invalid user name" sh -c "echo 'a long password' | '$RECEIPTS' user add 'a b' --role reader"
check_out "list" "ed    editor" r user list
check_out "list as json" '"role":"admin"' r user list --format jsonl
check_eq "user creation is audited" 2 "$(sql "SELECT count(*) FROM audit WHERE action = 'user.add'")"
check_eq "passwords are argon2id" 2 "$(sql "SELECT count(*) FROM user WHERE pwhash LIKE '\$argon2id\$%'")"
check_fail_out "serve refuses a bad address" "invalid listen address" r serve --listen nowhere
check_out "serve --help" "--public" r serve --help
finish
