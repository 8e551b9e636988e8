# Hardening of the web server and the CLI's output (issue 21, item 8):
# Secure cookies, issued pre-session CSRF tokens, NUL bytes and junk
# content types refused, our headers on 414/431, no account names for
# anonymous visitors, spreadsheet formulas quoted, control characters in
# file names escaped.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
load_examples
# a source whose quote starts with a tab and a formula, as an accepted claim
printf '\t=1+2 Microsoft supplied servers to the ministry.\n' > formula.txt
r add --title '=HYPERLINK("http://x")' formula.txt >/dev/null
FID=$(sql "SELECT id FROM source WHERE filename = 'formula.txt'")
r claims add --source "$FID" --span 0-20 --company microsoft --relation supplies --status accepted >/dev/null
serve --secure-cookies

# Secure cookies
curl -s -o /dev/null -D pre.txt -c pre.jar "${URL}login"
check_out "--secure-cookies marks the pre-session cookie Secure" 'Secure' grep -i '^set-cookie: rcp_csrf=.*; Secure' pre.txt
TOKEN=$(awk '$6=="rcp_csrf"{print $7}' pre.jar)
curl -s -o /dev/null -D in.txt -b pre.jar --data "name=rita&password=reader+pass+1&csrf=$TOKEN" "${URL}login"
check_eq "--secure-cookies marks every cookie of a login Secure" 3 "$(grep -ci '^set-cookie: .*; Secure' in.txt)"

# the pre-session token must be one the server issued
made=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
check_eq "a token the client made up (cookie and field equal) is 403" 403 \
	"$(status /login -b "rcp_csrf=$made" --data "name=ed&password=editor+pass+1&csrf=$made")"
check_eq "a token the server issued passes" 303 \
	"$(status /login -b pre.jar --data "name=ed&password=editor+pass+1&csrf=$TOKEN")"

# NUL bytes are refused, not cut short
check_eq "%00 in a form field is 400" 400 "$(status /login -b pre.jar --data "name=ed%00junk&password=x&csrf=$TOKEN")"
check_eq "a raw NUL in a form body is 400" 400 \
	"$(printf 'name=ed\0junk&password=x&csrf=%s' "$TOKEN" | curl -s -o /dev/null -w '%{http_code}' -b pre.jar \
		-H 'Content-Type: application/x-www-form-urlencoded' --data-binary @- "${URL}login")"
check_eq "%00 in a path is 400" 400 "$(status /companies/microsoft%00x)"
check_eq "%00 in an API path is 400" 400 "$(status /api/v1/companies/microsoft%00.json)"
check_eq "%00 in a query parameter is 400" 400 "$(status '/search?q=azure%00x')"
check_eq "the path without it still answers" 200 "$(status /companies/microsoft)"

# content types: the media type exactly, parameters allowed
check_eq "urlencoded with trailing junk is 415" 415 \
	"$(status /login -b pre.jar -H 'Content-Type: application/x-www-form-urlencodedjunk' --data "name=ed&password=x&csrf=$TOKEN")"
check_eq "text/plainX is 415" 415 \
	"$(status /login -b pre.jar -H 'Content-Type: text/plainX' --data "name=ed&password=x&csrf=$TOKEN")"
check_eq "multipart/form-dataX is 415" 415 \
	"$(status /screen -b pre.jar -H 'Content-Type: multipart/form-dataX; boundary=b' --data-binary $'--b\r\n\r\n--b--')"
check_eq "urlencoded with a parameter is a form" 401 \
	"$(status /login -b pre.jar -H 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8' --data "name=ed&password=x&csrf=$TOKEN")"

# our own 414 and 431 carry the security headers
long=$(head -c 12000 /dev/zero | tr '\0' 'a')
curl -s -o /dev/null -D 414.txt "${URL}search?q=$long"
check_out "a 12 kB URL is 414" ' 414 ' head -1 414.txt
check_out "the 414 carries the CSP" 'Content-Security-Policy' cat 414.txt
big=$(head -c 40000 /dev/zero | tr '\0' 'b')
curl -s -o /dev/null -D 431.txt -H "X-Big: $big" "${URL}"
check_out "40 kB of headers is 431" ' 431 ' head -1 431.txt
check_out "the 431 carries the CSP" 'Content-Security-Policy' cat 431.txt
check_out "the 431 carries nosniff" 'X-Content-Type-Options: nosniff' cat 431.txt

# account names: not for anonymous visitors
reviewer=$(sql "SELECT reviewer FROM claim WHERE id = 1")
check_eq "the claim has a reviewer to hide" 1 "$([ -n "$reviewer" ] && echo 1 || echo 0)"
check_no "profile JSON: no reviewer" '"reviewer"' get /api/v1/companies/microsoft
check_no "claims JSON: no reviewer" '"reviewer"' get /api/v1/claims
check_no "source JSON: no added_by" '"added_by"' get "/api/v1/sources/$AZURE_SHA"
check_no "source page: no 'Added by'" 'Added by' get "/sources/$AZURE_SHA"
login ed "editor pass 1" ed.jar
check_out "an editor sees the reviewer" '"reviewer"' get /api/v1/claims -b ed.jar
stop_server
serve --public
check_no "public: no reviewer in profiles" '"reviewer"' get /api/v1/companies/microsoft
check_no "public: no added_by even with a session cookie" '"added_by"' get "/api/v1/sources/$AZURE_SHA" -b ed.jar

# spreadsheet formulas: a leading tab or CR too, in the web CSV and the CLI
get /api/v1/companies/microsoft/claims.csv > claims.csv
check_out "web CSV: a quote starting with a tab is quoted away" "\"'	=1+2" cat claims.csv
r sources --format csv > sources.csv
check_out "CLI CSV: a formula title is quoted away" "\"'=HYPERLINK" cat sources.csv
stop_server

# control characters in file names are escaped in CLI messages
r add $'nope\e]0;owned\a\e[2J.txt' 2> esc.err
check_out "an error names the file with its escape as \\x1b" 'nope\x1b]0;owned\x07\x1b[2J.txt' cat esc.err
check_eq "no raw escape byte reaches stderr" 0 "$(tr -cd '\033\007' < esc.err | wc -c)"
printf 'some text\n' > $'odd\e[31mname.txt'
r add $'odd\e[31mname.txt' > add.out 2>&1
check_out "added: the name escaped" 'odd\x1b[31mname.txt' cat add.out
check_eq "added: no raw escape byte" 0 "$(tr -cd '\033' < add.out | wc -c)"
finish
