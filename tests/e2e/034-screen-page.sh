# /screen: a holdings file posted from the page comes back as a report
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
load_examples
serve

get screen -c jar -b jar > form.html
check_out "the page has the upload form" 'name="holdings"' cat form.html
CSRF=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' form.html | head -1)
check "a CSRF token is on the form" test -n "$CSRF"
check_eq "a POST without the token is refused" 403 "$(status screen -b jar --data-urlencode "holdings@$ROOT/examples/portfolio.csv")"
curl -s -b jar -c jar --data "csrf=$CSRF" --data-urlencode "holdings@$ROOT/examples/portfolio.csv" "${URL}screen" > report.html
check_out "a grade" '<span class="grade grade-F">F</span>' cat report.html
check_out "flagged holdings link to profiles" '<a href="/companies/microsoft">Microsoft Corp</a>' cat report.html
check_out "the exposure chart" 'aria-label="Exposure by category"' cat report.html
check_out "how the match was made" 'MICROSOFT CORP (isin, 1.00)' cat report.html
check_out "the accepted claim's quote as evidence" 'Microsoft supplied cloud storage and computing on Azure to Unit 8200' cat report.html
check_eq "an empty post is a 400" 400 "$(status screen -b jar --data "csrf=$CSRF&holdings=")"
printf 'foo;bar\n1;2\n' > nothing.csv
curl -s -b jar --data "csrf=$CSRF" --data-urlencode "holdings@nothing.csv" -o bad.html -w '%{http_code}' "${URL}screen" > code.txt
check_eq "a file without a name or identifier column is a 400" 400 "$(cat code.txt)"
check_out "and the page says why" 'class="notice"' cat bad.html
printf '<script>alert(1)</script>,x\n' > evil.csv
curl -s -b jar --data "csrf=$CSRF" --data-urlencode "holdings@evil.csv" "${URL}screen" > evil.html
check_no "hostile holdings do not run" '<script>alert' cat evil.html
# a file chosen in the form arrives as multipart/form-data
curl -s -b jar -F "csrf=$CSRF" -F "file=@$ROOT/examples/portfolio.csv;type=text/csv" -F "holdings=" "${URL}screen" > upload.html
check_out "an uploaded file is screened" '<span class="grade grade-F">F</span>' cat upload.html
check_eq "an upload without the token is refused" 403 "$(status screen -b jar -F "file=@$ROOT/examples/portfolio.csv")"
printf 'Name,Weight\nMicrosoft Corp,5\nAcme Widgets\xe9 Ltd,95\n' > latin1.csv
curl -s -b jar -F "csrf=$CSRF" -F "file=@latin1.csv" "${URL}screen" > latin1.html
check_out "a Windows-1252 upload is transcoded and screened" 'Acme Widgetsé Ltd' cat latin1.html
check_eq "a broken multipart body is a 400" 400 "$(status screen -b jar -H 'Content-Type: multipart/form-data; boundary=XYZ' --data-binary 'garbage')"
# the same report as JSON from the API, with the DESIGN.md shape
curl -s --data-binary "@$ROOT/examples/portfolio.csv" -H 'Content-Type: text/csv' "${URL}api/v1/screen" > api.json
check_eq "the API grades the portfolio" F "$(python3 -c 'import json,sys; print(json.load(open("api.json"))["grade"])')"
r screen --format json "$ROOT/examples/portfolio.csv" > cli.json
check_eq "the API's report is the CLI's" "$(python3 -c 'import json; d=json.load(open("cli.json")); print(d["exposure"], d["rated"], len(d["rows"]))')" \
	"$(python3 -c 'import json; d=json.load(open("api.json")); print(d["exposure"], d["rated"], len(d["rows"]))')"
check_eq "an empty API body is a 400" 400 "$(status api/v1/screen -X POST --data-binary '')"
{ echo Name,Weight; for i in $(seq 1 60000); do echo "Unlisted Holding Number $i Ltd,0.001"; done; } > big.csv
check_eq "a 2.4 MB holdings file is screened by the API" 200 "$(status api/v1/screen --data-binary @big.csv)"
check_out "the report names the upload, not a temporary file" '"file":null' cat api.json
# the server keeps its name index until the registry changes; then a
# screening starts a rebuild in the background and uses the old index
# meanwhile, so the new company is flagged once the rebuild is done
printf 'Name,Weight\nZyfex Detention Services Ltd,100\n' > zyfex.csv
check_out "a company the registry lacks is not flagged" '"flagged":[]' curl -s --data-binary @zyfex.csv "${URL}api/v1/screen"
r entity add zyfex --name "Zyfex Detention Services" --category prisons >/dev/null
for _ in $(seq 150); do # up to 30 s
	curl -s --data-binary @zyfex.csv "${URL}api/v1/screen" > zyfex.json
	grep -q '"id":"zyfex"' zyfex.json && break
	sleep 0.2
done
check_out "once added, a screening soon flags it" '"id":"zyfex"' cat zyfex.json
# the report can be downloaded as CSV, JSON and HTML without uploading again
tok=$(sed -n 's#.*href="/screen/report/\([0-9a-f]\{32\}\)\.csv".*#\1#p' upload.html | head -1)
check "the report page links its downloads" test -n "$tok"
curl -s -D csv.h -o dl.csv "${URL}screen/report/$tok.csv"
check_out "CSV: an attachment" 'Content-Disposition: attachment; filename="screening-report.csv"' cat csv.h
r screen --format csv "$ROOT/examples/portfolio.csv" > cli.csv 2>/dev/null
check "CSV: the same bytes as screen --format csv" cmp dl.csv cli.csv
curl -s -o dl.json "${URL}screen/report/$tok.json"
py() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }
check_eq "JSON: the grade" F "$(py 'print(d["grade"])' < dl.json)"
check_eq "JSON: every flagged entry has reasons" 0 "$(py 'print(sum(1 for f in d["flagged"] if not f["reasons"]))' < dl.json)"
check_eq "JSON: the same flagged holdings as screen --format json" \
	"$(r screen --format json "$ROOT/examples/portfolio.csv" 2>/dev/null | py 'print([f["id"] for f in d["flagged"]])')" \
	"$(py 'print([f["id"] for f in d["flagged"]])' < dl.json)"
check_out "HTML: a whole page with the chart" 'Exposure by category' get "screen/report/$tok.html"
check_eq "an unknown token is 404" 404 "$(status "screen/report/0123456789abcdef0123456789abcdef.csv")"
check_eq "a malformed one too" 404 "$(status "screen/report/..%2Fx.csv")"
check_eq "and another format" 404 "$(status "screen/report/$tok.exe")"
finish
