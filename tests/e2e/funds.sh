# Sourced by the fund tests (07x) after lib.sh: a folder of N-PORT filings
# of three funds over the screening registry, one filing broken, and the
# SEC's ticker map for them.

# nport FILE SERIES NAME DATE HOLDINGS...   each holding NAME:ISIN:PCT
nport() {
	local f=$1 sid=$2 name=$3 date=$4; shift 4
	{
		echo '<?xml version="1.0" encoding="UTF-8"?>'
		echo '<edgarSubmission xmlns="http://www.sec.gov/edgar/nport"><formData>'
		echo "<genInfo><regName>Example Trust</regName><regCik>0000777001</regCik>"
		echo "<seriesName>$name</seriesName><seriesId>$sid</seriesId>"
		echo "<repPdEnd>2026-12-31</repPdEnd><repPdDate>$date</repPdDate></genInfo><invstOrSecs>"
		for h in "$@"; do
			IFS=: read -r hn isin pct <<<"$h"
			echo "<invstOrSec><name>$hn</name><identifiers><isin value=\"$isin\"/></identifiers>"
			echo "<valUSD>1000</valUSD><pctVal>$pct</pctVal><assetCat>EC</assetCat></invstOrSec>"
		done
		echo '</invstOrSecs></formData></edgarSubmission>'
	} >"$f"
}
# make_filings: filings/ (alpha, beta, gamma, broken) and tickers.json
make_filings() {
mkdir -p filings
nport filings/alpha.xml S000000101 "Alpha Growth Fund" 2026-10-31 \
	"Lockheed Martin Corp:US5398301094:3.5" "Apple Inc:US0378331005:96.5"
nport filings/beta.xml S000000102 "Beta Income Fund" 2026-10-31 "Apple Inc:US0378331005:100"
nport filings/gamma.xml S000000103 "Gamma Defense Fund" 2026-10-31 \
	"Lockheed Martin Corp:US5398301094:10" "Apple Inc:US0378331005:90"
printf '<?xml version="1.0"?><edgarSubmission><formData><genInfo><seriesId>S1</seriesId>' \
	>filings/broken.xml
cat >tickers.json <<'J'
{"fields": ["cik", "seriesId", "classId", "symbol"], "data": [
 [777001, "S000000101", "C000000201", "ALPAX"],
 [777001, "S000000101", "C000000202", "ALPIX"],
 [777001, "S000000102", "C000000203", "BETAX"],
 [777001, "S000000103", "C000000204", "GAMMX"]]}
J
}
