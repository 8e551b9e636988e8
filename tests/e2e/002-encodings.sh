# encodings, binary input, caps and empty files: clear errors, nothing lost
. "$(dirname "$0")/lib.sh"

printf 'Ministère de la Défense\n' | iconv -f UTF-8 -t LATIN1 > latin1.txt
printf 'Ministère de la Défense — €10 million\n' | iconv -f UTF-8 -t WINDOWS-1252 > cp1252.txt
printf 'שלום Défense\n' | iconv -f UTF-8 -t UTF-16 > utf16.txt   # with a BOM
printf 'Elbit Systems Ltd.\n' | iconv -f UTF-8 -t UTF-16BE > utf16be-nobom.txt
printf '\xef\xbb\xbfBOM then text\n' > bom.txt

check_out "Latin-1 transcoded with a notice" "transcoded from windows-1252" r add latin1.txt
check_eq "Latin-1 stored as UTF-8" "Ministère de la Défense" "$(sql "SELECT trim(text, char(10)) FROM source WHERE filename='latin1.txt'")"
check_out "Windows-1252 transcoded" "transcoded" r add cp1252.txt
check_eq "Windows-1252 quotes and euro" "Ministère de la Défense — €10 million" "$(sql "SELECT trim(text, char(10)) FROM source WHERE filename='cp1252.txt'")"
check_out "UTF-16 transcoded" "transcoded from utf-16" r add utf16.txt
check_eq "UTF-16 stored as UTF-8, Hebrew intact" "שלום Défense" "$(sql "SELECT trim(text, char(10)) FROM source WHERE filename='utf16.txt'")"
check_out "UTF-16BE without a BOM" "transcoded from utf-16be" r add utf16be-nobom.txt
check_eq "UTF-16BE text" "Elbit Systems Ltd." "$(sql "SELECT trim(text, char(10)) FROM source WHERE filename='utf16be-nobom.txt'")"
check_out "UTF-8 BOM removed" "byte-order mark removed" r add bom.txt
check_eq "original bytes kept with the BOM" "efbbbf" "$(sql "SELECT lower(hex(substr(original,1,3))) FROM source WHERE filename='bom.txt'")"

before_src=$(sql 'SELECT count(*) FROM source'); before_audit=$(sql 'SELECT count(*) FROM audit')
sum_before=$(sql 'SELECT group_concat(sha256) FROM source')
head -c 4096 /dev/urandom > random.bin
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > image.png
gzip -c latin1.txt > text.gz
check_fail_out "random bytes refused" "binary input refused 'random.bin'" r add random.bin
check_fail_out "PNG refused by its magic" "PNG image" r add image.png
check_fail_out "gzip refused" "gzip" r add text.gz
: > empty.txt
check_fail_out "empty file refused" "the file is empty" r add empty.txt
printf '   \n\n' > blank.txt
check_fail_out "whitespace-only refused" "holds no text" r add blank.txt
printf '<!DOCTYPE html><html><head><title><script>alert(1)</script></title></head></html>' > page.html
check_fail_out "an HTML page with no text, clearly said" "the HTML page holds no text" r add page.html
head -c 3000 /dev/zero | tr '\0' 'a' > big.txt
check_fail_out "over the cap refused" "over the limit of 2048 bytes" r add --max-size 2K big.txt
check_fail_out "over the cap on stdin refused" "file too large" sh -c "cat big.txt | '$RECEIPTS' add --max-size 2K -"
check_fail_out "bad --max-size" "invalid size" r add --max-size lots big.txt
check_eq "refusals stored nothing" "$before_src" "$(sql 'SELECT count(*) FROM source')"
check_eq "refusals audited nothing" "$before_audit" "$(sql 'SELECT count(*) FROM audit')"
check_eq "stored sources unchanged" "$sum_before" "$(sql 'SELECT group_concat(sha256) FROM source')"

# a mixed batch: the good files are added, the bad reported, exit status 1
printf 'good one\n' > g1.txt; printf 'good two\n' > g2.txt
check_fail_out "mixed batch reports the failure" "2 added, 0 already stored, 1 failed" r add g1.txt random.bin g2.txt
check_eq "the good files of a mixed batch are stored" 2 "$(sql "SELECT count(*) FROM source WHERE filename IN ('g1.txt','g2.txt')")"

# invalid option values
check_fail_out "bad kind" "invalid kind 'rumour'" r add --kind rumour g1.txt
check_fail_out "bad language" "invalid language 'English'" r add --lang English big.txt
check_out "verify after all that" "all good" r verify
finish
