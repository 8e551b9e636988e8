from common import O, M, C

LANG = "de"
DOCS = []
# Which collection round a document came from (see ../README.md, "Batches"): each
# batch is split into tune and check on its own, so adding documents never moves
# one already in a half.
BATCH = 1


def D(doc, url, title, text, orgs, money, claims):
    DOCS.append({"doc": doc, "url": url, "lang": LANG, "title": title, "text": text,
                 "orgs": orgs, "money": money, "claims": claims, "batch": BATCH})


NGPF = "Norwegian Government Pension Fund Global"
KMW = "Krauss-Maffei Wegmann"
LKANRW = "Landeskriminalamt Nordrhein-Westfalen"

D("401-finanznachrichten-puma-200-schuetzenpanzer.txt",
  "https://www.finanznachrichten.de/nachrichten-2025-12/67288541-milliarden-fuer-rheinmetall-bundeswehr-ruestet-weiter-auf-124.htm",
  "Milliarden für Rheinmetall: Bundeswehr rüstet weiter auf",
  r'''Die Bundeswehr treibt ihre Modernisierung weiter voran und hat umfangreiche Rüstungsaufträge vergeben. Im Mittelpunkt steht eine Großbestellung über 200 Schützenpanzer vom Typ Puma. Das zuständige Beschaffungsamt unterzeichnete dafür einen Vertrag mit einem Volumen von rund 4,2 Milliarden Euro. Auftragnehmer ist ein Gemeinschaftsunternehmen der Rüstungskonzerne Rheinmetall und KNDS Deutschland, die sich die Erlöse jeweils zur Hälfte teilen. Die Auslieferung der ersten Fahrzeuge ist ab Mitte 2028 ...
© 2025 Der Aktionär''',
  [O("Bundeswehr"), O("Rheinmetall"), O("KNDS Deutschland"), O("Der Aktionär")],
  [M("4,2 Milliarden Euro", 4200000000, "EUR")],
  [C("Rheinmetall", "contract", "Bundeswehr", "military", None,
     "Auftragnehmer ist ein Gemeinschaftsunternehmen der Rüstungskonzerne Rheinmetall und KNDS Deutschland, die sich die Erlöse jeweils zur Hälfte teilen."),
   C("KNDS Deutschland", "contract", "Bundeswehr", "military", None,
     "Auftragnehmer ist ein Gemeinschaftsunternehmen der Rüstungskonzerne Rheinmetall und KNDS Deutschland, die sich die Erlöse jeweils zur Hälfte teilen."),
   C("Rheinmetall", "partnered", "KNDS Deutschland", "military", None,
     "Auftragnehmer ist ein Gemeinschaftsunternehmen der Rüstungskonzerne Rheinmetall und KNDS Deutschland, die sich die Erlöse jeweils zur Hälfte teilen.")])

D("402-taz-rheinmetall-grossauftrag-puma.txt",
  "https://taz.de/RHEINMETALL/!635767&s=bundeswehr&SuchRahmen=Print",
  "RHEINMETALL : Großauftrag der Bundeswehr",
  r'''RHEINMETALL : Großauftrag der Bundeswehr
DÜSSELDORF | Der Automobilzuliefer- und Rüstungskonzern Rheinmetall hat sich nach eigenen Angaben den größten Einzelauftrag seit dem Zweiten Weltkrieg gesichert. Die Bundeswehr bestellte 405 Puma-Schützenpanzer, wie die MDAX-notierte Gesellschaft mitteilte. Der Auftrag habe einen Gesamtwert von 3,1 Milliarden Euro. Die ersten Kampffahrzeuge sollen 2010 ausgeliefert werden. Der Beschaffungsvertrag sei jetzt beim Koblenzer Bundesamt für Wehrtechnik und Beschaffung unterzeichnet worden. (dpa)''',
  [O("Rheinmetall", "RHEINMETALL", "Rheinmetall"), O("Bundeswehr"),
   O("Bundesamt für Wehrtechnik und Beschaffung"), O("dpa")],
  [M("3,1 Milliarden Euro", 3100000000, "EUR")],
  [C("Rheinmetall", "contract", "Bundeswehr", "military", None,
     "RHEINMETALL : Großauftrag der Bundeswehr", 3100000000, "EUR")])

D("403-rnz-rheinmetall-artilleriegeschosse.txt",
  "https://www.rnz.de/politik/wirtschaft-regional_artikel,-Ruestung-Bundeswehr-Milliardenauftrag-fuer-Rheinmetall-_arid,1153607.html",
  "Bundeswehr-Milliardenauftrag für Rheinmetall",
  r'''Bundeswehr-Milliardenauftrag für Rheinmetall
Aufgrund des Krieg in der Ukraine sind die Munitionslager der Streitkräfte stark ausgedünnt. Nun hat die Bundeswehr mehrere Hunderttausend Artilleriegeschosse beim Rüstungskonzern Rheinmetall bestellt.

Düsseldorf (dpa) - Die Bundeswehr hat den Rüstungskonzern Rheinmetall nach Unternehmensangaben mit der Lieferung von mehreren Hunderttausend Artilleriegeschossen im Wert von rund 1,3 Milliarden''',
  [O("Bundeswehr"), O("Rheinmetall"), O("dpa")],
  [],
  [C("Rheinmetall", "contract", "Bundeswehr", "military", None,
     "Nun hat die Bundeswehr mehrere Hunderttausend Artilleriegeschosse beim Rüstungskonzern Rheinmetall bestellt.")])

D("404-noz-rheinmetall-marder-ukraine.txt",
  "https://www.noz.de/deutschland-welt/nordrhein-westfalen/artikel/rheinmetall-bekommt-weiteren-panzerauftrag-fuer-die-ukraine-44874133",
  "Rheinmetall bekommt weiteren Panzerauftrag für die Ukraine",
  r'''Rüstungsindustrie Rheinmetall bekommt weiteren Panzerauftrag für die Ukraine Von dpa | 06.06.2023, 20:13 Uhr

Der Rüstungskonzern Rheinmetall bereitet weitere Panzer für den Transport in die Ukraine vor. Man habe einen Auftrag vom Bundesverteidigungsministerium über 20 Schützenpanzer Marder bekommen, teilte das Unternehmen am Dienstag an seinem Produktionsstandort in Unterlüß (Niedersachsen) mit. Die Fahrzeuge sollen bis Ende Juli an das von Russland angegriffene Land geliefert werden.''',
  [O("Rheinmetall"), O("dpa"), O("German Federal Ministry of Defence", "Bundesverteidigungsministerium")],
  [],
  [C("Rheinmetall", "contract", "German Federal Ministry of Defence", "military", 2023,
     "Man habe einen Auftrag vom Bundesverteidigungsministerium über 20 Schützenpanzer Marder bekommen")])

D("405-onvista-rheinmetall-schuetzenpanzermunition.txt",
  "https://www.onvista.de/news/2026/01-05-rheinmetall-erhaelt-grossauftrag-fuer-schuetzenpanzermunition-0-20-26465488",
  "Rheinmetall erhält Großauftrag für Schützenpanzermunition",
  r'''Rheinmetall erhält Großauftrag für Schützenpanzermunition

Rheinmetall hat sich einen weiteren Großauftrag der Bundeswehr gesichert.

Diese bestellte bei dem Düsseldorfer Rüstungskonzern weitere Schützenpanzermunition mit einem Auftragsvolumen von mehreren hundert Millionen Euro, wie Rheinmetall am Montag mitteilte. Damit werde ein 2022 geschlossener Rahmenvertrag zur Lieferung von Munition für den Schützenpanzer Puma deutlich erweitert.

Zur Verstärkung ihrer Puma-Flotte hatte die Bundeswehr erst vor kurzem die Joint-Venture-Partner Rheinmetall und KNDS Deutschland mit der Lieferung von 200 zusätzlichen Exemplaren beauftragt. Das Gesamtvolumen des zu Jahresbeginn in Kraft getretenen Auftrags liegt hier bei rund 4,2 Milliarden Euro, davon entfallen auf Rheinmetall 2,1 Milliarden Euro. Die ersten Panzer sollen Mitte 2028 ausgeliefert werden.''',
  [O("Rheinmetall"), O("Bundeswehr"), O("KNDS Deutschland")],
  [M("4,2 Milliarden Euro", 4200000000, "EUR"), M("2,1 Milliarden Euro", 2100000000, "EUR")],
  [C("Rheinmetall", "contract", "Bundeswehr", "military", None,
     "Rheinmetall hat sich einen weiteren Großauftrag der Bundeswehr gesichert."),
   C("Rheinmetall", "contract", "Bundeswehr", "military", None,
     "Zur Verstärkung ihrer Puma-Flotte hatte die Bundeswehr erst vor kurzem die Joint-Venture-Partner Rheinmetall und KNDS Deutschland mit der Lieferung von 200 zusätzlichen Exemplaren beauftragt."),
   C("KNDS Deutschland", "contract", "Bundeswehr", "military", None,
     "Zur Verstärkung ihrer Puma-Flotte hatte die Bundeswehr erst vor kurzem die Joint-Venture-Partner Rheinmetall und KNDS Deutschland mit der Lieferung von 200 zusätzlichen Exemplaren beauftragt."),
   C("Rheinmetall", "partnered", "KNDS Deutschland", "military", None,
     "Zur Verstärkung ihrer Puma-Flotte hatte die Bundeswehr erst vor kurzem die Joint-Venture-Partner Rheinmetall und KNDS Deutschland mit der Lieferung von 200 zusätzlichen Exemplaren beauftragt.")])

D("406-wiwo-boxer-grossbritannien.txt",
  "https://www.wiwo.de/unternehmen/industrie/ruestungskonzerne-grossbritannien-ordert-panzer-bei-rheinmetall-und-kmw-fuer-2-6-milliarden-euro/25205378.html",
  "Rüstungskonzerne: Großbritannien ordert Panzer bei Rheinmetall und KMW für 2,6 Milliarden Euro",
  r'''Die Rüstungskonzerne Rheinmetall und Kraus-Maffei Wegmann (KMW) haben einen Panzer-Großauftrag aus Großbritannien eingeheimst. Ein Konsortium der beiden Unternehmen soll 500 Radpanzer vom Typ Boxer im Gesamtwert von rund 2,6 Milliarden Euro an die britischen Streitkräfte liefern, wie Rheinmetall und KMW am Freitag in Düsseldorf und München mitteilten.''',
  [O("Rheinmetall"), O(KMW, "Kraus-Maffei Wegmann", "KMW"), O("British Armed Forces", "britischen Streitkräfte")],
  [M("2,6 Milliarden Euro", 2600000000, "EUR")],
  [C("Rheinmetall", "supplies", "British Armed Forces", "military", None,
     "Ein Konsortium der beiden Unternehmen soll 500 Radpanzer vom Typ Boxer im Gesamtwert von rund 2,6 Milliarden Euro an die britischen Streitkräfte liefern"),
   C(KMW, "supplies", "British Armed Forces", "military", None,
     "Ein Konsortium der beiden Unternehmen soll 500 Radpanzer vom Typ Boxer im Gesamtwert von rund 2,6 Milliarden Euro an die britischen Streitkräfte liefern"),
   C("Rheinmetall", "partnered", KMW, "military", None,
     "Ein Konsortium der beiden Unternehmen soll 500 Radpanzer vom Typ Boxer")])

D("407-traderfox-rheinmetall-auftragsboom.txt",
  "https://markets.traderfox.com/nachrichten/reuters/26473-auftrags-boom-bei-rheinmetall-vor-bundestagswahl/DE0007030009",
  "Auftrags-Boom bei Rheinmetall vor Bundestagswahl",
  r'''Düsseldorf (Reuters) - Der Rüstungskonzern Rheinmetall hat innerhalb weniger Wochen den dritten Großauftrag von der Bundeswehr eingeheimst.
Mit seinem Konsortialpartner Kraus Maffei Wegmann habe Rheinmetall die Order zur technischen Aufrüstung des Schützenpanzers Puma erhalten, teilte der Mischkonzern am Donnerstag mit. Von dem Auftragsvolumen von insgesamt 260 Millionen Euro entfielen 115 Millionen auf Rheinmetall. Damit summieren sich bei den Düsseldorfern die Bestellungen der Bundeswehr der vergangenen drei Wochen auf knapp 1,4 Milliarden Euro.
Die Bundeswehr hatte 2009 ursprünglich über 400 Puma-Schützenpanzer bei dem Industriekonsortium um Rheinmetall bestellt, die als Nachfolgemodell des Marder bis 2020 ausgeliefert sein sollen. Inzwischen wurde der Auftrag aber auf 350 Fahrzeuge reduziert.
Vergangene Woche hatte Rheinmetall einen 900-Millionen-Auftrag über 2271 LKW für die Bundeswehr an Land gezogen. Ende Juni hatte der Autozuliefer- und Rüstungskonzern zudem einen Auftrag über 370 Millionen Euro für technologische Ausrüstungssysteme für Bundeswehrsoldaten im Einsatz erhalten.
Im Juni hatten die Haushälter des Bundestages Rüstungsprojekte im Gesamtwert von elf Milliarden Euro abgesegnet - neben den Rheinmetall-Aufträgen unter anderem auch den Kauf von Kampfhubschraubern, Korvetten und Tankflugzeugen.''',
  [O("Reuters"), O("Rheinmetall"), O("Bundeswehr"), O(KMW, "Kraus Maffei Wegmann"), O("Bundestag", "Bundestages")],
  [M("260 Millionen Euro", 260000000, "EUR"), M("1,4 Milliarden Euro", 1400000000, "EUR"),
   M("370 Millionen Euro", 370000000, "EUR"), M("elf Milliarden Euro", 11000000000, "EUR")],
  [C("Rheinmetall", "contract", "Bundeswehr", "military", None,
     "Mit seinem Konsortialpartner Kraus Maffei Wegmann habe Rheinmetall die Order zur technischen Aufrüstung des Schützenpanzers Puma erhalten"),
   C(KMW, "contract", "Bundeswehr", "military", None,
     "Mit seinem Konsortialpartner Kraus Maffei Wegmann habe Rheinmetall die Order zur technischen Aufrüstung des Schützenpanzers Puma erhalten"),
   C("Rheinmetall", "partnered", KMW, "military", None,
     "Mit seinem Konsortialpartner Kraus Maffei Wegmann habe Rheinmetall die Order zur technischen Aufrüstung des Schützenpanzers Puma erhalten"),
   C("Rheinmetall", "contract", "Bundeswehr", "military", 2009,
     "Die Bundeswehr hatte 2009 ursprünglich über 400 Puma-Schützenpanzer bei dem Industriekonsortium um Rheinmetall bestellt"),
   C("Rheinmetall", "contract", "Bundeswehr", "military", None,
     "Vergangene Woche hatte Rheinmetall einen 900-Millionen-Auftrag über 2271 LKW für die Bundeswehr an Land gezogen."),
   C("Rheinmetall", "contract", "Bundeswehr", "military", None,
     "Ende Juni hatte der Autozuliefer- und Rüstungskonzern zudem einen Auftrag über 370 Millionen Euro für technologische Ausrüstungssysteme für Bundeswehrsoldaten im Einsatz erhalten.",
     370000000, "EUR")])

D("408-chefduzen-rheinmetall-unterluess.txt",
  "https://forum.chefduzen.de/index.php?topic=329849.0",
  None,
  r'''Düsseldorf/Unterlüß (dpa/lni) - Das Rheinmetall-Werk in Unterlüß (Kreis Celle) hat einen Großauftrag von der Bundeswehr bekommen. In dem niedersächsischen Standort des Rüstungskonzerns sollen zunächst 32 000 Artillerie-Geschosse für 107 Millionen Euro hergestellt werden, wie das Unternehmen am Montag in Düsseldorf mitteilte. Der Vertrag hat eine Laufzeit von fünf Jahren, die Lieferung soll noch 2019 beginnen. Zudem gibt es eine Option auf weitere 11 000 155-Millimeter-Geschosse für 37 Millionen Euro.''',
  [O("dpa"), O("Rheinmetall"), O("Bundeswehr")],
  [M("107 Millionen Euro", 107000000, "EUR"), M("37 Millionen Euro", 37000000, "EUR")],
  [C("Rheinmetall", "contract", "Bundeswehr", "military", None,
     "Das Rheinmetall-Werk in Unterlüß (Kreis Celle) hat einen Großauftrag von der Bundeswehr bekommen.",
     107000000, "EUR")])

D("409-insideit-bayerische-polizei-palantir.txt",
  "https://www.inside-it.ch/bayerische-polizei-setzt-auf-umstrittene-palantir-software",
  "Bayerische Polizei setzt auf umstrittene Palantir-Software",
  r'''"Noch erfolgreichere Polizeiarbeit – Zuschlag für neues Recherche- und Analysesystem der Bayerischen Polizei." So titelt das Bayerische Landeskriminalamt (LKA) die Meldung, dass man sich nach einer europaweiten Ausschreibung für ein Angebot des Unternehmens Palantir Technologies entschieden habe.
Die deutsche Niederlassung von Palantir Technologies mit Sitz in Frankfurt ist ein Tochterunternehmen der umstrittenen US-Datenfirma Palantir,
die ihren Europa-Hub in Altendorf SZ hat. Das vom rechtspopulistischen Tech-Milliardär Peter Thiel gegründete Unternehmen, das unter anderem Big-Data-Analysen für Nachrichtendienste wie die CIA und Regierungen weltweit durchführte, liefert ein "Verfahrensübergreifendes Recherche- und Analysesystem" (Vera) an die Polizeibehörde.
Signalwirkung für ganz Deutschland
Vera soll dabei helfen, die Analysefähigkeit der Polizei zur Bekämpfung und Verfolgung der schweren und organisierten Kriminalität und des Terrorismus noch erfolgreicher und schneller zu machen. Das soll gelingen, indem das Programm bereits vorhandene Informationen aus verschiedenen Datenbanken miteinander verknüpfe, so die Mitteilung.
Bayern sei federführend in Deutschland bei der Beschaffung von Analysesoftware. Aufgrund des mit Palantir Technologies geschlossenen Rahmenvertrags können sich nun Polizeien anderer Bundesländer ebenfalls anschliessen, ohne dafür eine eigene Ausschreibung machen zu müssen.
An Kritik mangelt es nicht
"Das ist hochproblematisch", sagte der bayerische Landesdatenschutzbeauftragte Thomas Petri zum Nachrichtenmagazin '
Der Spiegel' schon im Mai 2021 zum Zeitpunkt der Ausschreibung. Würde ein Programm automatisiert sämtliche Datenbanken durchsuchen, würden diese Bereiche nicht mehr ausreichend getrennt, so Petri. Die Ausschreibung des LKAs sei Palantir auf den Leib geschnitten, sagte damals die Bundestagsabgeordnete Anke Domscheit-Berg (Die Linke) damals zum 'Spiegel': "Es gibt genau eine Firma, auf die diese Anforderungen zutr''',
  [O("Bayerische Polizei", "Bayerischen Polizei"),
   O("Bayerisches Landeskriminalamt", "Bayerische Landeskriminalamt", "LKA", "LKAs"),
   O("Palantir Technologies", "Palantir Technologies", "Palantir"), O("CIA"),
   O("Der Spiegel", "Der Spiegel", "Spiegel"), O("Die Linke")],
  [],
  [C("Palantir Technologies", "contract", "Bayerisches Landeskriminalamt", "policing", None,
     "So titelt das Bayerische Landeskriminalamt (LKA) die Meldung, dass man sich nach einer europaweiten Ausschreibung für ein Angebot des Unternehmens Palantir Technologies entschieden habe."),
   C("Palantir Technologies", "supplies", "CIA", "surveillance", None,
     "das unter anderem Big-Data-Analysen für Nachrichtendienste wie die CIA und Regierungen weltweit durchführte")])

D("410-wn-polizei-nrw-palantir.txt",
  "https://www.wn.de/NRW/4096613-Polizei-NRW-Polizei-fuehrt-neues-Recherche-System-ein",
  "Polizei NRW: Polizei führt neues Recherche-System ein",
  r'''Düsseldorf (dpa/lnw) - Die Polizei in Nordrhein-Westfalen soll ein neues Instrument zur Analyse ihrer Daten bekommen: Wie das Landeskriminalamt am Montag mitteilte, soll künftig ein Programm der Firma « Palantir » die verschiedenen Datenbanken verknüpfen und auswerten. Der Mutterkonzern arbeitet für US-Geheimdienste und das Pentagon. Der Auftragswert in NRW liegt laut Ausschreibung bei 14 Millionen Euro.

Im 4. Quartal dieses Jahres soll der Testbetrieb der Software starten. 2021 ist laut LKA der Vollbetrieb geplant. In Hessen gibt es inzwischen sogar eine mobile Version der dortigen «Palantir»-Software.

Das neue System zur «Datenbankübergreifenden Analyse und Recherche» (DAR) soll die Arbeit der Ermittler revolutionieren. Bisher habe man Informationen zum Beispiel zu einer Person «in jedem System einzeln suchen und dann per Hand zusammentragen» müssen, sagte der LKA-Projektleiter Dirk Kunze im Gespräch mit der Deutschen Presse-Agentur. «Das ist zeitraubend und aufwendig». Zudem könnten Informationen zu spät vorliegen - oder übersehen werden. Die «Palantir»-Software soll per Mausklick alles auf einmal liefern.

In Hessen hatte Kritik an der Beschaffung und den Funktionen einer «Palantir»-Software der Polizei für einen Untersuchungs-Ausschuss gesorgt. Dem dortigen System «Hessendata» wurde der Vorwurf gemacht, dass «Palantir» nicht nur polizei-interne Daten zusammenführe, sondern zusätzlich zum Beispiel Facebook auslese. Tatsächlich kann auch die hessische Polizei aber nur Facebook-Daten einbinden, die sie per richterlichem Beschluss bei dem Unternehmen angefordert und rechtmäßig erlangt hat. «Die Analyseplattform Hessendata hat keinen Zugriff auf das Internet», führte Innenminister Peter Beuth (CDU) gegenüber dem Landtag aus.

Genauso verhalte es sich mit der Software für NRW, sagte Kunze. Das LKA NRW betonte, dass der Wahl der''',
  [O("dpa", "dpa", "Deutschen Presse-Agentur"), O("Polizei Nordrhein-Westfalen", "Polizei in Nordrhein-Westfalen"),
   O(LKANRW, "Landeskriminalamt", "LKA", "LKA NRW"), O("Palantir Technologies", "Palantir"),
   O("U.S. Department of Defense", "Pentagon"), O("Hessische Polizei", "hessische Polizei"),
   O("Facebook"), O("CDU"), O("Hessischer Landtag", "Landtag")],
  [M("14 Millionen Euro", 14000000, "EUR")],
  [C("Palantir Technologies", "contract", LKANRW, "policing", None,
     "Wie das Landeskriminalamt am Montag mitteilte, soll künftig ein Programm der Firma « Palantir » die verschiedenen Datenbanken verknüpfen und auswerten."),
   C("Palantir Technologies", "supplies", "U.S. Department of Defense", "military", None,
     "Der Mutterkonzern arbeitet für US-Geheimdienste und das Pentagon."),
   C("Palantir Technologies", "supplies", "Hessische Polizei", "policing", None,
     "In Hessen hatte Kritik an der Beschaffung und den Funktionen einer «Palantir»-Software der Polizei für einen Untersuchungs-Ausschuss gesorgt.")])

D("411-wdr-palantir-nrw-kosten.txt",
  "https://www1.wdr.de/nachrichten/landespolitik/nrw-polizei-datenbank-software-palantir-kosten-100.amp",
  "NRW-Polizei: Kosten für Datenbank-Software Palantir",
  r'''Mitte 2019 suchte das Landeskriminalamt NRW (LKA) einen Anbieter für eine neue Software. Sie sollte in der Lage sein, Informationen aus verschiedenen Datenbanken miteinander zu verknüpfen, um damit Fälle von Terrorismus und schwerer Kriminalität zu verhindern.
Ein solches Programm kostet viel Geld. Und so lautete der Auftragswert laut Ausschreibung 14 Millionen Euro. Doch Recherchen des WDR-Magazins Westpol zeigen, dass mittlerweile die Kosten explodiert sind. Auch der ursprüngliche Zeitplan wurde weit verfehlt.
Palantir-Software "was ganz Banales"?
Die Ausschreibung gewonnen hat das höchst umstrittene Unternehmen Palantir. Die Firma ist eng verflochten mit US-Geheimdiensten. Ein Teil des Gründungskapitals kam von der CIA. Mit aufgebaut wurde die Firma von Milliardär und Trump-Unterstützer Peter Thiel.
Der große Vorteil der Software aus Ermittlersicht: Es muss nicht jede verfügbare Datenbank händisch durchsucht werden. Mit ein paar Klicks übernimmt das das Programm. "Das ist gar keine Zauberwaffe, sondern was ganz Banales", beschreibt das NRW-Innenminister Herbert Reul.
Polizei könnte sogar Social Media auswerten
Aber aus Datenschutzsicht ist die Software problematisch: Palantir kann nicht nur auf die Datenbanken der Polizei zugreifen, sondern auch Informationen einbeziehen etwa aus dem Waffenregister, dem Einwohnermeldeamt oder der Führerscheinstelle. Ermittler haben sogar die Möglichkeit, im Einzelfall Daten aus Social-Media-Kanälen wie Facebook und Internetdaten hinzuzufügen.
Mehrere Polizeibehörden wie Europol oder die New Yorker Polizei stellten nach anfänglicher Begeisterung die Zusammenarbeit mit Palantir wieder ein. Grund sollen unter anderem stark steigende Kosten gewesen sein.
Damit muss sich auch Nordrhein-Westfalen befassen. Auf Nachfrage räumt das Innenministerium ein, dass die Behörden weit mehr zahlten als den in der Ausschreibung genannten Auftragswert von 14 Millionen Euro. Insgesamt 22 Millionen Euro netto sollen demnach allei''',
  [O(LKANRW, "Landeskriminalamt NRW", "LKA"), O("WDR"), O("Westpol"),
   O("Palantir Technologies", "Palantir"), O("CIA"), O("Facebook"), O("Europol"),
   O("New York Police Department", "New Yorker Polizei"),
   O("Innenministerium Nordrhein-Westfalen", "Innenministerium")],
  [M("14 Millionen Euro", 14000000, "EUR"), M("22 Millionen Euro", 22000000, "EUR")],
  [C("Palantir Technologies", "contract", LKANRW, "policing", None,
     "Die Ausschreibung gewonnen hat das höchst umstrittene Unternehmen Palantir."),
   C("CIA", "invested", "Palantir Technologies", "surveillance", None,
     "Ein Teil des Gründungskapitals kam von der CIA."),
   C("Palantir Technologies", "partnered", "Europol", "policing", None,
     "Mehrere Polizeibehörden wie Europol oder die New Yorker Polizei stellten nach anfänglicher Begeisterung die Zusammenarbeit mit Palantir wieder ein."),
   C("Palantir Technologies", "partnered", "New York Police Department", "policing", None,
     "Mehrere Polizeibehörden wie Europol oder die New Yorker Polizei stellten nach anfänglicher Begeisterung die Zusammenarbeit mit Palantir wieder ein.")])

D("412-policeit-palantir-polizei-kunden.txt",
  "https://police-it.net/palantir-deutschland-polizei-kunden-2020",
  "Palantir: deutsche Polizei-Kunden 2020",
  r'''Knapp drei Jahre nach der ersten (bekannt gewordenen) Beschaffung eines Palantir-System für eine deutsche Polizeibehörde stellt sich der Status wie folgt dar: Zwei deutsche Polizeibehörden haben offiziell Palantir-Systeme beschafft. Andere sondieren noch. Und (mindestens) eine versteckte Beschaffung kam inzwischen auch ans Licht. | Lesedauer: Ca. 8 Minuten
Offiziell bekannt gemachte Beschaffungen von Palantir-Systemen
Dass Palantir in zwei Bundesländern (soweit öffentlich bekannt) bereits im Einsatz ist, hatten wir auf POLICE-IT bereits ausführlich berichtet:
Da wäre – seit 2017 – das Projekt Hessendata [A]: Das Land Hessen beauftragte da die deutsche Palantir-Tochter mit dem Betrieb des Systems für die hessische Polizei.
2019 folgte Nordrhein-Westfalen mit einer Ausschreibung für ein 14-Millionen-Projekt für DAR – die Datenbankübergreifende Analyse und Recherche [B]. Auch dieser Auftrag ging an Palantir.
Nicht verwunderlich, dass es Begehrlichkeiten nach einem Big-Data-Auswertungssystem auch in anderen deutschen Polizeibehörden gibt:
Offiziell bekannt gewordene Sondierungen von Big-Data-Analyse-Systemen
Hamburg – Teilnahme an einer Hessendata-Präsentation in Frankfurt
In Hamburg gibt es – im Vergleich mit den anderen Bundesländern – eine Besonderheit: Ein eigenes ‚Gesetz über die Datenverarbeitung der Polizei‘ (PolDVG) vom 12.12.2019. (Die Befugnisse und Grenzen der polizeilichen Datenverarbeitung sind in vielen anderen Polizeibehörden in den Polizei-(aufgaben)Gesetzen geregelt.) Der Paragraph 49 in diesem Hamburgischen PolDVG regelt, dass „in begründeten Einzelfällen in polizeilichen Dateisystemen gespeicherte personenbezogene Daten mittels einer automatisierten Anwendung zur Datenauswertung verarbeitet“ werden dürfen, …
Die Abgeordnete Christiane Schneider in der Hamburgischen Bürgerschaft wollte daher im Februar 2020 vom Senat wissen, wie der Planungsstand ist zur Anschaffung einer solchen Software zur automatisierten Da''',
  [O("Palantir Technologies", "Palantir"), O("POLICE-IT"), O("State of Hesse", "Land Hessen"),
   O("Hessische Polizei", "hessische Polizei"),
   O("State of North Rhine-Westphalia", "Nordrhein-Westfalen"),
   O("Hamburgische Bürgerschaft", "Hamburgischen Bürgerschaft"), O("Senate of Hamburg", "Senat")],
  [],
  [C("Palantir Technologies", "contract", "State of Hesse", "policing", 2017,
     "Das Land Hessen beauftragte da die deutsche Palantir-Tochter mit dem Betrieb des Systems für die hessische Polizei."),
   C("Palantir Technologies", "contract", "State of North Rhine-Westphalia", "policing", 2019,
     "Auch dieser Auftrag ging an Palantir.")])

D("413-derstandard-pggm-vitens-mekorot.txt",
  "https://www.derstandard.at/story/1388650448429/niederlaendischer-fonds-beendet-kooperation-mit-israelischen-banken",
  "Niederländischer Fonds beendet Kooperation mit israelischen Banken",
  r'''Den Haag - Einer der größten niederländischen Rentenfonds hat seine Zusammenarbeit mit fünf israelischen Banken beendet. PGGM habe sich zu dem Schritt entschlossen, weil die Geldinstitute in die "Finanzierung israelischer Siedlungen in besetzten Palästinensergebieten involviert" seien, erklärte der Rentenfonds am Mittwoch. PGGM verwaltet nach eigenen Angaben rund 153 Milliarden Euro.

Erst Anfang Dezember hatte die größte niederländische Trinkwassergesellschaft Vitens eine erst kurz zuvor vereinbarte Zusammenarbeit mit den staatlichen israelischen Wasserwerken Mekorot wieder gekündigt und dafür ebenfalls politische Gründe angegeben. Mekorot liefert auch Trinkwasser an israelische Siedlungen auf palästinensischem Gebiet und sah sich Vorwürfen der Diskriminierung von Palästinensern ausgesetzt.

PGGM erklärte, mit den fünf Banken wiederholt über das Problem der Siedlungsfinanzierung gesprochen zu haben. Da sich aber in naher Zukunft keine Änderung der Praxis abzeichne, habe der Pensionsfonds beschlossen, die Zusammenarbeit zum Jahreswechsel zu beenden. Die israelische Siedlungspolitik verstoße gegen internationales Recht und sei ein Hindernis bei der Zweistaatenlösung des Nahost-Konflikts, betonte PGGM den eigenen Standpunkt. (APA, 8.1.2014)''',
  [O("PGGM"), O("Vitens"), O("Mekorot"), O("APA")],
  [M("153 Milliarden Euro", 153000000000, "EUR")],
  [C("Vitens", "partnered", "Mekorot", "occupation", None,
     "Erst Anfang Dezember hatte die größte niederländische Trinkwassergesellschaft Vitens eine erst kurz zuvor vereinbarte Zusammenarbeit mit den staatlichen israelischen Wasserwerken Mekorot wieder gekündigt")])

D("414-taz-klp-pensionsfonds-siedlungen.txt",
  "https://taz.de/Groesster-Pensionsfonds-zieht-Geld-ab/!5791852/",
  "Größter Pensionsfonds zieht Geld ab: Osloer Nahostkonflikt",
  r'''Größter Pensionsfonds zieht Geld ab : Osloer Nahostkonflikt

Norwegische Fonds verkaufen Beteiligungen an Firmen, die mit israelischen Siedlungen zu tun haben. Vor allem die Begründung sorgt für Diskussionen.

STOCKHOLM taz | Norwegens größter Pensionsfonds KLP hat sich von bisherigen Beteiligungen an 16 Unternehmen getrennt, weil diese in israelischen Siedlungen im Westjordanland aktiv sind. Die Begründung: Bei den Siedlungen in den von Israel besetzten palästinensischen Gebieten handle es sich um „Konfliktregionen“. Wer sich hier wirtschaftlich engagiere, laufe Gefahr, an Verstößen gegen internationales Recht und Menschenrechtsverletzungen beteiligt zu sein. Es widerspreche den ethischen Richtlinien des Fonds, Anteile solcher Unternehmen zu halten.

KLP verwaltet die Pensionsgelder der Öffentlich-Angestellten im Kommunal- und Gesundheitssektor Norwegens und hat ein Gesamtvermögen von rund 750 Milliarden Norwegischen Kronen (72 Milliarden Euro).

Man habe Unternehmen aus dem Bankwesen, dem Bau- und Infrastruktursektor und der Telekom ausgeschlossen, erklärte Kiran Aziz, die als Analytikerin in der Kapitalverwaltung des Fonds arbeitet. Das seien etwa Firmen, die Strom, Treibstoff oder Überwachungsdienste für die externen Grenzen der israelischen Siedlungen bereitstellen: „Wir finden, dass diese Firmen eine wichtige Rolle bei der Erhaltung und Fortführung dieser Siedlungen spielen.“ Banken habe man ausgeschlossen, weil sie den Bau der Siedlungen finanzierten, Baufirmen wegen der Lieferung von Materialien, Telekom-Konzerne, weil sie Infrastruktur böten.

Insgesamt habe KLP Aktien und Anleihen im Wert von 275 Millionen Kronen verkauft, auch von Konzernen wie Alstom und Motorola. Dabei habe man zunächst das Gespräch gesucht, die Unternehmen hätten aber nicht auf Kontaktversuche reagiert, so Aziz.

Ölfonds stieg aus zwei Firmen aus

Zuvor hatte''',
  [O("taz"), O("KLP"), O("Alstom"), O("Motorola Solutions", "Motorola"), O(NGPF, "Ölfonds")],
  [M("750 Milliarden Norwegischen Kronen", 750000000000, "NOK"), M("72 Milliarden Euro", 72000000000, "EUR"),
   M("275 Millionen Kronen", 275000000, "NOK")],
  [C("KLP", "divested", "Alstom", "occupation", None,
     "Insgesamt habe KLP Aktien und Anleihen im Wert von 275 Millionen Kronen verkauft, auch von Konzernen wie Alstom und Motorola."),
   C("KLP", "divested", "Motorola Solutions", "occupation", None,
     "Insgesamt habe KLP Aktien und Anleihen im Wert von 275 Millionen Kronen verkauft, auch von Konzernen wie Alstom und Motorola.")])

D("415-welt-klp-motorola-cellcom.txt",
  "https://webjosh.com/article/norwegischer-fonds-st%C3%B6%C3%9Ft-anteile-wegen-aktivit%C3%A4ten-in-j%C3%BCdischen-siedlungen-ab-1625482135-232934",
  "Norwegischer Fonds stößt Anteile wegen Aktivitäten in jüdischen Siedlungen ab",
  r'''Norwegischer Fonds stößt Anteile wegen Aktivitäten in jüdischen Siedlungen ab
Die Welt
Weil sie Verbindungen zu jüdischen Siedlungen im Westjordanland haben, trennt sich Norwegens größter Pensionsfonds von 16 Unternehmen. Es bestehe die Gefahr, dass die betreffenden Firmen sich an „Verstößen gegen internationales Recht“ beteiligten.
Norwegens größter Pensionsfonds KLP trennt sich von seinen Anteilen an 16 Unternehmen wegen deren Verbindungen zu jüdischen Siedlungen im Westjordanland. Verkauft wurden unter anderem Beteiligungen am Telekommunikationsdienstleister Motorola Solutions und dem Mobilfunkanbieter Cellcom Israel, wie die KLP am Montag mitteilte. Es bestehe die Gefahr, dass die betreffenden Unternehmen sich an „Verstößen gegen internationales Recht“ in den von Israel besetzten Palästinensergebieten beteiligten. So stelle das US-Unternehmen Motorola Solutions Software zur Grenzüberwachung bereit, erklärte der Pensionsfonds. Andere Internet- und Mobilfunkunternehmen hätten dazu beigetragen, die Siedlungen zu „attraktiven Wohngebieten“ zu machen.''',
  [O("Die Welt"), O("KLP"), O("Motorola Solutions"), O("Cellcom Israel")],
  [],
  [C("KLP", "divested", "Motorola Solutions", "occupation", None,
     "Verkauft wurden unter anderem Beteiligungen am Telekommunikationsdienstleister Motorola Solutions und dem Mobilfunkanbieter Cellcom Israel, wie die KLP am Montag mitteilte."),
   C("KLP", "divested", "Cellcom Israel", "occupation", None,
     "Verkauft wurden unter anderem Beteiligungen am Telekommunikationsdienstleister Motorola Solutions und dem Mobilfunkanbieter Cellcom Israel, wie die KLP am Montag mitteilte.")])

D("416-rfnews-klp-thyssenkrupp-oshkosh.txt",
  "https://www.rf-news.de/2025/kw27/norwegischer-pensionsfonds-trennt-sich-von-thyssenkrupp-aktien",
  "Norwegischer Pensionsfonds trennt sich von Thyssenkrupp-Aktien",
  r'''Der Fonds sieht es als seine Pflicht an, "Mitschuld an Verstößen gegen die grundlegenden Menschenrechte und das humanitäre Recht zu vermeiden". Israel setze diese Waffen „in einer Weise ein, die schwerwiegende und systematische Verstöße gegen das für diese Konflikte geltende Völkerrecht darstellt," so KLP.

Der Fonds verkaufte den Angaben zufolge Anteile an Thyssenkrupp im Wert von zehn Millionen Kronen (850.000 Euro). Auch die Aktienbeteiligung am US-Fahrzeughersteller Oshkosh wurde ebenfalls wegen der Lieferung von LKW für das israelische Militär verkauft.''',
  [O("KLP"), O("Thyssenkrupp"), O("Oshkosh"), O("Israel Defense Forces", "israelische Militär")],
  [M("zehn Millionen Kronen", 10000000, "NOK"), M("850.000 Euro", 850000, "EUR")],
  [C("KLP", "divested", "Thyssenkrupp", "military", None,
     "Der Fonds verkaufte den Angaben zufolge Anteile an Thyssenkrupp im Wert von zehn Millionen Kronen (850.000 Euro).",
     10000000, "NOK"),
   C("KLP", "divested", "Oshkosh", "military", None,
     "Auch die Aktienbeteiligung am US-Fahrzeughersteller Oshkosh wurde ebenfalls wegen der Lieferung von LKW für das israelische Militär verkauft."),
   C("Oshkosh", "supplies", "Israel Defense Forces", "military", None,
     "wegen der Lieferung von LKW für das israelische Militär")])

D("417-juedische-allgemeine-klp-16-firmen.txt",
  "https://www.juedische-allgemeine.de/israel/norwegische-rentenkasse-schliesst-firmen-wegen-israels-siedlungen-aus/",
  "Norwegische Rentenkasse schließt Firmen wegen Israels Siedlungen aus",
  r'''Norwegische Rentenkasse schließt Firmen wegen Israels Siedlungen aus

Die größte norwegische Rentenkasse KLP schließt 16 Unternehmen wegen Verbindungen zum israelischen Siedlungsbau im Westjordanland von ihren Investitionen aus. Man habe ausführliche Überprüfungen angestellt, nachdem die Vereinten Nationen Anfang 2020 eine Liste mit 112 Firmen mit Verknüpfungen zu den Siedlungen veröffentlicht hätten, teilte KLP am Montag mit. Der norwegische staatliche Pensionsfonds, der in Norwegen auch als Ölfonds bekannt ist, gilt als größter Fonds der Welt.

Auf der Liste der von dem Schritt betroffenen Unternehmen sind unter anderem Banken sowie Bau- und Telekommunikationskonzerne. Deutsche Firmen sind nicht darunter. KLP hat Aktien und Anleihen dieser Unternehmen im Wert von 275 Millionen norwegischen Kronen (27 Mio Euro) veräußert.

Es bestehe ein inakzeptables Risiko, dass die entsprechenden Firmen durch ihre Verbindungen zu den israelischen Siedlungen zu Menschenrechtsverletzungen in Kriegs- und Konfliktsituationen beitrügen, erklärte KLP. Firmen hätten eine Verantwortung dafür, die Menschenrechte in allen Ländern zu respektieren und zu schützen, in denen sie aktiv seien.

Bereits im Mai hatte KLP bekanntgegeben, zwei Unternehmen mit Verbindungen zum Siedlungsbau in den palästinensischen Gebieten auszuschließen. dpa''',
  [O("KLP"), O("United Nations", "Vereinten Nationen"), O(NGPF, "Ölfonds"), O("dpa")],
  [M("275 Millionen norwegischen Kronen", 275000000, "NOK"), M("27 Mio Euro", 27000000, "EUR")],
  [])
