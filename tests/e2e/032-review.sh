# receipts serve: log in as an editor, accept a candidate, see it on the profile, log out
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
load_examples
serve

check_eq "anonymous: /review is refused" 403 "$(status /review)"
login rita "reader pass 1" rita.jar
check_eq "a reader may not review" 403 "$(status /review -b rita.jar)"
login ed "wrong password" bad.jar
check_eq "a wrong password gives no session" 403 "$(status /review -b bad.jar)"
login ed "editor pass 1" ed.jar
check_eq "an editor may review" 200 "$(status /review -b ed.jar)"
check_out "the candidate is listed with its sentence" 'the unit built a mass surveillance tool</mark>' get /review -b ed.jar
check_out "with keyboard shortcuts" '<kbd>a</kbd>' get /review -b ed.jar
check_no "the accepted claim is not in the queue" 'id="r1"' get /review -b ed.jar
check_no "before: not on the profile" 'mass surveillance tool' get /companies/microsoft
check_eq "accept" 303 "$(status /review/2 -b ed.jar --data "action=accept&csrf=$CSRF")"
check_out "after: on the profile" 'mass surveillance tool' get /companies/microsoft
check_out "in its category" 'surveillance <span class="n">1</span>' get /companies/microsoft
check_eq "accepted in the store, by ed" "accepted|ed" "$(sql 'SELECT status || "|" || reviewer FROM claim WHERE id = 2')"
check_eq "audited as claim.accept by ed" "ed" "$(sql "SELECT actor FROM audit WHERE action = 'claim.accept'")"
check_out "the queue is empty" 'Nothing to review' get /review -b ed.jar
check_eq "edit: amount and category" 303 "$(status /review/2 -b ed.jar --data "action=edit&relation=contract&category=military&amount=1500000.50&currency=USD&csrf=$CSRF")"
check_eq "the edit is stored" "contract|military|150000050|USD" "$(sql 'SELECT relation || "|" || category || "|" || amount || "|" || currency FROM claim WHERE id = 2')"
check_out "and shown" 'USD&nbsp;1,500,000.50' sh -c "curl -s '${URL}companies/microsoft' | sed 's/\xc2\xa0/\&nbsp;/g'"
check_eq "reject" 303 "$(status /review/2 -b ed.jar --data "action=reject&csrf=$CSRF")"
check_no "a rejected claim leaves the profile" 'mass surveillance tool' get /companies/microsoft
check_eq "a bad action is 400" 400 "$(status /review/2 -b ed.jar --data "action=delete&csrf=$CSRF")"
check_eq "no such claim is 404" 404 "$(status /review/999 -b ed.jar --data "action=accept&csrf=$CSRF")"
check_eq "log out" 303 "$(status /logout -b ed.jar -c ed.jar --data "csrf=$CSRF")"
check_eq "after logout: /review is refused" 403 "$(status /review -b ed.jar)"
check_eq "the old session is gone" 0 "$(sql 'SELECT count(*) FROM session s JOIN user u ON u.id = s.user WHERE u.name = "ed"')"
check_out "logout is audited" 'session.logout' sql "SELECT action FROM audit WHERE actor = 'ed' ORDER BY seq DESC LIMIT 1"
# a body the registry does not hold: queued under the source's own words
printf 'In 2019, the Arizona Department of Corrections awarded CoreCivic a contract to run a prison.\n' > body.txt
r add body.txt >/dev/null
login ed "editor pass 1" ed2.jar
check_out "a body the registry lacks is named in the queue" 'not in the registry">Arizona Department of Corrections' get /review -b ed2.jar
stop_server
check "verify" r verify
finish
