# The source page reads as a document: a claim's quote is one continuous
# highlight with the names marked inside it, its #claim-N anchor is on the
# whole quote, Markdown syntax is not shown, and a note written for this
# database says it is a note that cites its source.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
load_examples
serve
page=$(get "/sources/$AZURE_SHA")
id=$(sql "SELECT id FROM claim WHERE status = 'accepted' AND source = $AZURE LIMIT 1")
check_out "the accepted claim is one mark with its anchor, Microsoft and Unit 8200 marked inside" \
	"id=\"claim-$id\"><span class=\"mention\" title=\"Microsoft&#x20;Corp\">Microsoft</span> supplied cloud storage and computing on Azure to <span class=\"mention\"" \
	printf '%s' "$page"
check_eq "one piece for the claim" 1 "$(printf '%s' "$page" | grep -o "data-claim=\"$id\"" | wc -l)"
check_no "no Markdown heading hashes in the text" '<div class="doc" lang="en"># ' printf '%s' "$page"
check_out "the title line is a heading" '<div class="doc" lang="en"><span class="md-h md-h1">' printf '%s' "$page"
check_out "a note says it is one" 'A note written for this database' printf '%s' "$page"
check_out "its publisher is what it cites" '<dt>Cites</dt><dd>TRT World</dd>' printf '%s' "$page"
check_out "kicker: note" '<p class="kicker">note</p>' printf '%s' "$page"
# a source that does not say it is a note is the publisher's text
printf '# Drone deal\nPublisher: Example Wire\nPublished: 2024-01-02\n\nAcme Corp sold **drones** to the army.\n' > wire.md
r add -q wire.md 2>/dev/null
sha=$(sql "SELECT sha256 FROM source WHERE filename = 'wire.md'")
p2=$(get "/sources/$sha")
check_no "an article is not labelled a note" 'A note written for this database' printf '%s' "$p2"
check_out "its publisher is its publisher" '<dt>Publisher</dt><dd>Example Wire</dd>' printf '%s' "$p2"
check_out "bold markers are not shown" 'sold drones to the army' printf '%s' "$p2"
stop_server
finish
