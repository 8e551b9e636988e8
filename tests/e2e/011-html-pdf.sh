# HTML and PDF sources: read, indexed, searched, cited by page
. "$(dirname "$0")/lib.sh"
DATA=$ROOT/tests/data/text

cp "$DATA/article.html" article.txt   # the name says text; the bytes say HTML
check_out "HTML added" "added" r add article.txt
check_eq "format sniffed from the bytes" "html" "$(sql "SELECT format FROM source WHERE filename='article.txt'")"
check_eq "title from <title>" "CBP awards Elbit \$26 million for surveillance towers | Example News" "$(sql "SELECT title FROM source WHERE filename='article.txt'")"
check_eq "date from the metadata" "2024-03-01" "$(sql "SELECT published FROM source WHERE filename='article.txt'")"
check_eq "url from the canonical link" "https://news.example.org/cbp-elbit-towers" "$(sql "SELECT url FROM source WHERE filename='article.txt'")"
check_eq "language from <html lang>" "en" "$(sql "SELECT lang FROM source WHERE filename='article.txt'")"
check_eq "scripts dropped" 0 "$(sql "SELECT instr(text, 'tracker') FROM source WHERE filename='article.txt'")"
check_eq "navigation dropped" 0 "$(sql "SELECT instr(text, 'Subscribe') FROM source WHERE filename='article.txt'")"
check_eq "footer and aside dropped" 0 "$(sql "SELECT instr(text, 'Copyright') + instr(text, 'Related') FROM source WHERE filename='article.txt'")"
check_out "entities decoded" "n'a pas commenté" r show 1
check_eq "original bytes kept" "$(sha256sum article.txt | cut -c1-64)" "$(r show 1 --original | sha256sum | cut -c1-64)"
check "offset map stored" test "$(sql "SELECT length(text_map) FROM source WHERE filename='article.txt'")" -gt 0
check_out "HTML searched" "**Integrated** **Fixed** **Towers**" r search '"integrated fixed towers"'
check_out "a search of the title finds it" "Example News" r search '"example news"'
check_out "verify passes" "all good" r verify

# PDF: committed fixture, and one made now
check_out "PDF added" "added" r add "$DATA/two-pages.pdf"
check_eq "PDF format" "pdf" "$(sql "SELECT format FROM source WHERE filename='two-pages.pdf'")"
check_eq "two pages recorded" 2 "$(sql "SELECT count(*) FROM source_page p JOIN source s ON s.id = p.source WHERE s.filename='two-pages.pdf'")"
check_out "PDF search cites page 2" "p. 2]" r search 'ministère défense'
check_out "PDF search cites page 1" "p. 1]" r search '"fixed towers"' --kind article
check_eq "page in JSON" 2 "$(r search --format jsonl 'ministere' | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["page"])')"
python3 "$DATA/make-pdf.py" made.pdf "Anduril Lattice towers watch the border.|Second line." "Page two mentions Elbit Hermes drones." "Third page: Frontex Heron."
check_out "a freshly made PDF" "added" r add made.pdf
check_out "its third page" "p. 3]" r search frontex heron
check_out "verify passes with PDFs" "all good" r verify
finish
