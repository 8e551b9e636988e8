#!/bin/bash
# Registry files as Windows tools write UTF-8: with a byte-order mark
# (Notepad, PowerShell's Out-File). JSON lines and FollowTheMoney lines
# were refused at column 1 ("'[' or '{' expected near '?'"); the mark
# is skipped, and only at the start of the file.
. "$(dirname "$0")/lib.sh"
r init >/dev/null 2>&1

printf '\xef\xbb\xbf{"id":"bom-corp","name":"Bom Corp","kind":"company"}\r\n{"id":"two-corp","name":"Two Corp","kind":"company"}\n' >bom.jsonl
check_out "JSON lines with a BOM and CRLF are imported" "2 created" r import-registry bom.jsonl
check_eq "both entities" "bom-corp two-corp" "$(r entity list --format jsonl | jq -r .id | sort | tr '\n' ' ' | sed 's/ $//')"
printf '\xef\xbb\xbf{"id":"rcp-org-ftm-corp","schema":"Company","properties":{"name":["FtM Corp"]}}\n' >bom.ftm
check_out "FtM lines with a BOM are imported" "1 created" r import-registry --format ftm bom.ftm
printf '{"id":"mid-corp","name":"Mid Corp","kind":"company"}\n\xef\xbb\xbf{"id":"late","name":"Late","kind":"company"}\n' >mid.jsonl
check_fail_out "a mark inside the file is still an error, named by its line" "line 2" r import-registry mid.jsonl
check_eq "and nothing of that file is stored" 0 "$(sql "SELECT count(*) FROM entity WHERE id = 'mid-corp'")"
finish
