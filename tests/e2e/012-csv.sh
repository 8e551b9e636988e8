# CSV procurement data: one source per record or per group, searchable
. "$(dirname "$0")/lib.sh"
CSV=$ROOT/tests/data/text/procurement.csv

cp "$CSV" contracts.dat   # sniffed from the bytes, not the name
check_out "each record becomes a source" "5 added, 0 already stored, 0 failed" r add contracts.dat
check_eq "five CSV sources" 5 "$(sql "SELECT count(*) FROM source WHERE format='csv'")"
check_eq "kind procurement by default" 5 "$(sql "SELECT count(*) FROM source WHERE kind='procurement'")"
check_eq "titles name the record" "contracts.dat record 3" "$(sql "SELECT title FROM source WHERE text LIKE '%Palantir%'")"
check_eq "a record's original is the header and its line" \
	"$(printf 'contract_id,supplier,agency,amount_usd,year,description\n70CMSD25C00003,Palantir Technologies,ICE,30000000,2025,"ImmigrationOS case management"')" \
	"$(r show "$(sql "SELECT id FROM source WHERE text LIKE '%Palantir%'")" --original)"
check_out "text is column: value" "description: Data subscription, \"Accurint\" investigations" r show "$(sql "SELECT id FROM source WHERE text LIKE '%Lexis%'")"
check_out "search finds a record" "Palantir" r search immigrationos
check_out "same file again: already stored" "0 added, 5 already stored" r add contracts.dat

# grouping and chosen columns
rm -f "$RECEIPTS_DB"*
check_out "--csv-group-by" "4 added" r add --csv-group-by supplier "$CSV"
check_eq "Elbit's two contracts are one source" 1 "$(sql "SELECT count(*) FROM source WHERE title='Elbit Systems of America'")"
check_out "both records in it" "Casa Grande" r show "$(sql "SELECT id FROM source WHERE title='Elbit Systems of America'")"
check_fail_out "unknown group column" "no such CSV column 'vendor'" r add --csv-group-by vendor "$CSV"
rm -f "$RECEIPTS_DB"*
check_out "--csv-text-columns" "added" r add --csv-text-columns supplier,description "$CSV"
check_eq "only those columns in the text" 0 "$(sql "SELECT count(*) FROM source WHERE text LIKE '%agency:%'")"
check_fail_out "text columns that do not exist" "no such CSV column" r add --csv-text-columns nope --csv-whole "$CSV"
rm -f "$RECEIPTS_DB"*
check_out "--csv-whole keeps one source" "added" r add --csv-whole "$CSV"
check_eq "one source" 1 "$(sql "SELECT count(*) FROM source")"
check_out "all records searchable in it" "Clearview" r search clearview

# broken quoting: the records before it are added, the break is named
printf 'supplier,description\nElbit,"towers"\nG4S,"prisons\nSerco,detention\n' > broken.csv
check_fail_out "broken quoting named" "record 2 (byte 36) opens a quote that never closes" r add broken.csv
check_eq "the record before it is stored" 1 "$(sql "SELECT count(*) FROM source WHERE filename = 'broken.csv'")"
# semicolons, as European spreadsheets write
printf 'fournisseur;montant\nElbit;10\nThales;20\n' > semi.csv
check_out "semicolon CSV" "2 added" r add semi.csv
check_out "verify passes" "all good" r verify
finish
