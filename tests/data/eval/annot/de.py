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


# Batch 2 (see ../README.md, "Batches").
BATCH = 2
BAAINBW = "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr"

D("418-cilip-frontex-airbus-elbit-leonardo.txt",
  "http://www.cilip.de/2020/11/25/grosse-drohnen-im-mittelmeer/",
  "Große Drohnen im Mittelmeer",
  r'''Die EU-Grenzagentur Frontex hat den langfristigen Einsatz von Drohnen im Mittelmeer beschlossen. Einen Auftrag über 50 Millionen Euro erhält nach eigener Auskunft der Rüstungskonzern Airbus in Bremen[1], der hierfür eine israelische „Heron 1“ von Israel Aerospace Industries (IAI) anmietet. Airbus und Frontex hatten zuvor auf Kreta eine „Heron 1“ für die EU-Grenzüberwachung erprobt. Laut „Tenders Electronic Daily“, dem Anzeiger für das öffentliche Auftragswesen in Europa, hat auch die israelische Firma Elbit einen Zuschlag von über 50 Millionen Euro für eine Frontex-Drohne erhalten.[2] Dabei handelt es sich vermutlich um eine „Hermes 900“, die über die EU-Agentur für Meeressicherheit (EMSA) bereits für Frontex im Einsatz war.

Noch ist unklar, wo die Stationierung erfolgt; in der Ausschreibung ist die Rede von Griechenland, Italien oder Malta. Den Einsatzradius gibt Frontex mit fast 500 Kilometern an, die Drohnen sollen dabei mehr als 24 Stunden in der Luft bleiben. Die bei Missionen anfallenden Informationen will Frontex unter anderem an die libysche Küstenwache übermitteln.

Auch das italienische Innenministerium will jetzt große Drohnen im zentralen Mittelmeer einsetzen. Sie sollen bei Tag und Nacht irreguläre Migration aus Ländern wie Libyen und Tunesien überwachen. Die Kosten gibt die Regierung mit 7,2 Millionen Euro an[3], die EU-Kommission übernimmt davon die Hälfte über den Fonds für innere Sicherheit. Den Auftrag hat der italienische Rüstungskonzern Leonardo erhalten. Der Vertrag hat eine Laufzeit von zunächst einem Jahr und kann zweimal verlängert werden. Leonardo soll bis zu 1.800 Flugstunden bereitstellen. Die Stationierung erfolgt auf sizilianischen Flughäfen, der Einsatzradius soll wie bei Frontex rund 550 Kilometer betragen.

Beitragsbild: Hermes 900 (YouTube, Screenshot).''',
  [O("Frontex"), O("Airbus"), O("Israel Aerospace Industries", "Israel Aerospace Industries", "IAI"),
   O("Elbit Systems", "Elbit"), O("European Maritime Safety Agency", "EU-Agentur für Meeressicherheit", "EMSA"),
   O("Libyan Coast Guard", "libysche Küstenwache"),
   O("Italian Ministry of the Interior", "italienische Innenministerium"),
   O("European Commission", "EU-Kommission"), O("Leonardo"), O("YouTube")],
  [M("50 Millionen Euro", 50000000, "EUR"), M("7,2 Millionen Euro", 7200000, "EUR")],
  [C("Airbus", "contract", "Frontex", "borders", None,
     "Einen Auftrag über 50 Millionen Euro erhält nach eigener Auskunft der Rüstungskonzern Airbus in Bremen[1], der hierfür eine israelische „Heron 1“ von Israel Aerospace Industries (IAI) anmietet.",
     50000000, "EUR"),
   C("Israel Aerospace Industries", "supplies", "Airbus", "borders", None,
     "der hierfür eine israelische „Heron 1“ von Israel Aerospace Industries (IAI) anmietet."),
   C("Elbit Systems", "contract", "Frontex", "borders", None,
     "hat auch die israelische Firma Elbit einen Zuschlag von über 50 Millionen Euro für eine Frontex-Drohne erhalten.",
     50000000, "EUR"),
   C("Leonardo", "contract", "Italian Ministry of the Interior", "borders", None,
     "Den Auftrag hat der italienische Rüstungskonzern Leonardo erhalten.")])

D("419-nd-frontex-drohnen-airbus-kreta-malta.txt",
  "https://www.nd-aktuell.de/artikel/1190562.migrationsabwehr-frontex-weitet-drohneneinsaetze-deutlich-aus.html",
  "Migrationsabwehr: Frontex weitet Drohneneinsätze deutlich aus",
  r'''Eine Heron-1-Drohne, die von der Bundeswehr in Afghanistan geflogen wurde. Dasselbe Modell stationiert Airbus nun für Frontex. Foto: dpa | Rheinmetall

Die EU-Grenzagentur Frontex hat ihre Drohnenüberwachung zur Migrationsabwehr im Mittelmeer deutlich ausgeweitet. Während im Jahr 2023 noch 3307 Flugstunden registriert wurden, stieg die Zahl im Jahr 2024 auf 4993 Flugstunden – ein Plus von mehr als 50 Prozent. Dies geht aus aktuellen Zahlen hervor, die Frontex der Linke-Abgeordneten Özlem Demirel im EU-Parlament übermittelt hat. Bereits in den Jahren vor 2023 hatte Frontex die Überwachungsflüge kontinuierlich gesteigert.

Die Flüge werden mit zwei Langstreckendrohnen durchgeführt: 2137 Flugstunden entfielen auf einen Vertrag für ein Luftfahrzeug in Malta, 2856 weitere für eines auf Kreta. Dieser Vertrag wurde 2024 mit einem Budget von 184,2 Millionen Euro neu abgeschlossen. Den bestehenden zweijährigen Rahmenvertrag für Malta hat die Agentur mit einem Volumen von 75 Millionen Euro zum zweiten Mal verlängert.

Wie bereits 2023 gibt Frontex damit einen beträchtlichen Teil seines Jahresbudgets – für 2024 betrug dies 922 Millionen Euro – für Drohnendienste aus. Hauptauftragnehmer ist die Bremer Rüstungssparte von Airbus. Werden die Vertragsbedingungen von dem deutschen Konzern nicht erfüllt, kommt als alternativer Lieferant die Rüstungsschmiede Leonardo-Finmeccanica infrage. Das italienische Luft- und Raumfahrtunternehmen hatte 2022 erfolglos vor dem EU-Gerichtshof gegen Frontex auf Schadensersatz geklagt, da die erste Ausschreibung für »ferngesteuerte Luftfahrtsysteme zur maritimen Luftüberwachung« zu spezifisch gewesen sei und den europäischen Anbieter damit ausgeschlossen habe. Das Gericht befand die Klage für unzulässig.

Die Frontex-Überwachungsdrohnen vom Typ Heron 1 ordert Airbus in Israel. Sämtliche erfassten Daten werden in Echtz''',
  [O("Bundeswehr"), O("Airbus"), O("Frontex"), O("dpa"), O("Rheinmetall"), O("Die Linke", "Linke"),
   O("European Parliament", "EU-Parlament"), O("Leonardo", "Leonardo-Finmeccanica"),
   O("Court of Justice of the European Union", "EU-Gerichtshof")],
  [M("184,2 Millionen Euro", 184200000, "EUR"), M("75 Millionen Euro", 75000000, "EUR"),
   M("922 Millionen Euro", 922000000, "EUR")],
  [C("Airbus", "contract", "Frontex", "borders", None,
     "Hauptauftragnehmer ist die Bremer Rüstungssparte von Airbus.")])

D("420-mz-digitask-lka-zollkriminalamt.txt",
  "https://www.mz.de/deutschland-und-welt/politik/computeruberwachung-geschafte-mit-der-software-laufen-gut-2208682",
  "Computerüberwachung: Geschäfte mit der Software laufen gut",
  r'''Computerüberwachung Computerüberwachung: Geschäfte mit der Software laufen gut

Von MATTHIAS THIEME 11.10.2011, 19:04

BERLIN/MZ. - So hat etwa das Landeskriminalamt Baden-Württemberg Ende 2007 laut Ausschreibungsunterlagen für 1 218 225,35 Euro Spähprogramme für die Polizei des Landes Baden-Württemberg bestellt und der Firma Digitask auch die Wartung des kompletten Systems übertragen und bezahlt.

Zahlreiche Bestellungen

Das Landeskriminalamt Bayern bestellte bei den hessischen Tüftlern im November 2008 noch ein "Archivsystem" für die bereits bestehende Überwachungsanlage. Kosten: 247 773,47 Euro.

Als regelrechter Großkunde der Spähprogrammierer erscheint das Zollkriminalamt in den Unterlagen. Die zahlreichen Bestellungen des Zollkriminalamtes sind auch deshalb brisant, weil es sich um eine Bundesbehörde handelt. Bislang hat der Bund stets betont, mit der Späh-Software der Länder nichts zu tun gehabt zu haben. Doch das Zollkriminalamt ordert etwa im Januar 2009 für 247 773,47 Euro Hard- und Software für die Telekommunikationsüberwachung bei Digitask.

Im März 2008 vergibt das Amt einen Auftrag im Wert für 208 750,38 Euro für das Auswerten von Hardware. Ebenfalls im März 2008 bezahlt das Zollkriminalamt 551 112,00 Euro für die Auswertung einer Computerüberwachung an Digitask. "Es muss dringend geklärt werden, was das Zollkriminalamt bei Digitask genau bestellt hat und was eingesetzt wurde", fordert der Datenschutzverein Foebud.

Unternehmen wiegelt ab

Was die hessische Firma den Ämtern liefert, erklärt sie in einer nicht für die Öffentlichkeit bestimmten Verkaufs-Präsentation, die der Berliner Zeitung vorliegt. Darin wird ausdrücklich die Möglichkeit des nachträglichen Hochladens von Programmen und Dateien auf den überwachten Computer angepriesen - eine Funktion die Juriste''',
  [O("Mitteldeutsche Zeitung", "MZ"),
   O("Landeskriminalamt Baden-Württemberg", "Landeskriminalamt Baden-Württemberg"),
   O("Polizei Baden-Württemberg", "Polizei des Landes Baden-Württemberg"),
   O("Digitask"), O("Landeskriminalamt Bayern"), O("Zollkriminalamt"), O("Foebud"),
   O("Berliner Zeitung")],
  [M("1 218 225,35 Euro", 1218225.35, "EUR"), M("247 773,47 Euro", 247773.47, "EUR"),
   M("208 750,38 Euro", 208750.38, "EUR"), M("551 112,00 Euro", 551112, "EUR")],
  [C("Digitask", "contract", "Landeskriminalamt Baden-Württemberg", "policing", 2007,
     "So hat etwa das Landeskriminalamt Baden-Württemberg Ende 2007 laut Ausschreibungsunterlagen für 1 218 225,35 Euro Spähprogramme für die Polizei des Landes Baden-Württemberg bestellt und der Firma Digitask auch die Wartung des kompletten Systems übertragen und bezahlt.",
     1218225.35, "EUR"),
   C("Digitask", "contract", "Landeskriminalamt Bayern", "policing", 2008,
     "Das Landeskriminalamt Bayern bestellte bei den hessischen Tüftlern im November 2008 noch ein \"Archivsystem\" für die bereits bestehende Überwachungsanlage.",
     247773.47, "EUR"),
   C("Digitask", "contract", "Zollkriminalamt", "policing", 2009,
     "Doch das Zollkriminalamt ordert etwa im Januar 2009 für 247 773,47 Euro Hard- und Software für die Telekommunikationsüberwachung bei Digitask.",
     247773.47, "EUR")])

D("421-heise-polizei-software-rola-tsystems-dataport.txt",
  "http://heise.de/news/Computereinsatz-bei-der-Polizei-ein-Bild-mit-vielen-Luecken-1433027.html",
  "Computereinsatz bei der Polizei: ein Bild mit vielen Lücken",
  r'''Computereinsatz bei der Polizei: ein Bild mit vielen Lücken

Die Antwort der Regierung auf eine Kleine Anfrage der Bundestags-Linksfraktion zeigt unter anderem, dass die Geheimhaltungspflicht vielfach öffentliche Ausschreibungen bei der Auftragsvergabe für sicherheitsrelevante Behördensoftware verhindert.

In Pocket speichern vorlesen Druckansicht 42 Kommentare lesen
Lesezeit: 2 Min.
Von
  • Detlef Borchers

Die Bundesregierung hat nach Mitteilung von Heute im Bundestag auf eine Kleine Anfrage der Linksfraktion zur computergestützten Kriminaltechnik bei Polizeibehörden (PDF-Datei) geantwortet. Obwohl etliche Passagen der Antwort insbesondere zum Einsatz der stillen SMS nur in der Geheimschutzstelle des Bundestags eingesehen werden können und nicht für die Öffentlichkeit bestimmt sind, ergibt sich doch ein anschauliches Lagebild des Softwareeinsatzes bei Bundespolizei, Bundeskriminalamt (BKA) und Zoll. Danach prägt neben der BKA-Eigenentwicklung "Inpol-Fall" die ab Herbst 2005 eingesetzte Software B-Case bzw. rsCase der Firma Rola Security die Fallbearbeitung bei der Bundespolizei und dem BKA. Im Zollbereich ist das von T-Systems entwickelte Programm "Inzoll" im Einsatz. Bei der Vorgangsbearbeitung kommt eine Eigenentwicklung beim BKA zum Einsatz, während die Bundespolizei mit "@rtus-Bund" von Dataport arbeitet.

Neben den Softwareprodukten, welche die Polizeibehörden des Bundes einsetzen, interessierte die anfragenden Politiker auch, wie die Vergabeentscheidungen dafür ausfielen. So wurden die 4,33 bzw. 4,70 Millionen Euro teuren Rola-Programme nach einer Marktsichtung in "freihändiger Vergabe" ohne öffentliche Ausschreibung angeschafft, weil sonst die Geheimhaltungspflicht bestimmter Prozeduren gefährdet worden wäre. Als geheim wurden alle Antworten zu Fragen nach der verwendeten Software für die TK-Überwachung und nach der Auswertungssoftware für stille SMS eingestuft. Zur Auswertung von Internetdaten kaufte das BKA 2003 zwar die Software Ne''',
  [O("Die Linke", "Bundestags-Linksfraktion", "Linksfraktion"), O("Government of Germany", "Bundesregierung"),
   O("Heute im Bundestag"), O("Bundestag"), O("Bundespolizei"),
   O("Bundeskriminalamt", "Bundeskriminalamt", "BKA"), O("German Customs", "Zoll"),
   O("Rola Security", "Rola Security", "Rola"), O("T-Systems"), O("Dataport")],
  [M("4,70 Millionen Euro", 4700000, "EUR")],
  [C("Rola Security", "supplies", "Bundespolizei", "policing", 2005,
     "Danach prägt neben der BKA-Eigenentwicklung \"Inpol-Fall\" die ab Herbst 2005 eingesetzte Software B-Case bzw. rsCase der Firma Rola Security die Fallbearbeitung bei der Bundespolizei und dem BKA."),
   C("Rola Security", "supplies", "Bundeskriminalamt", "policing", 2005,
     "Danach prägt neben der BKA-Eigenentwicklung \"Inpol-Fall\" die ab Herbst 2005 eingesetzte Software B-Case bzw. rsCase der Firma Rola Security die Fallbearbeitung bei der Bundespolizei und dem BKA."),
   C("T-Systems", "supplies", "German Customs", "policing", None,
     "Im Zollbereich ist das von T-Systems entwickelte Programm \"Inzoll\" im Einsatz."),
   C("Dataport", "supplies", "Bundespolizei", "policing", None,
     "während die Bundespolizei mit \"@rtus-Bund\" von Dataport arbeitet.")])

D("422-abendzeitung-hensoldt-iai-marine-radare.txt",
  "https://www.abendzeitung-muenchen.de/bayern/ruestungskonzern-hensoldt-erhaelt-weiteren-bundeswehr-auftrag-art-751515",
  "Rüstungskonzern Hensoldt erhält weiteren Bundeswehr-Auftrag",
  r'''Rüstungskonzern Hensoldt erhält weiteren Bundeswehr-Auftrag

Der Rüstungselektronik-Hersteller Hensoldt hat gemeinsam mit dem Flugzeug- und Raketenbauer Israel Aerospace Industries (IAI) einen Auftrag der Bundeswehr im Wert von 200 Millionen Euro an Land gezogen. Beide Unternehmen werden neue Radare an die Deutsche Marine liefern, um die Sensorik der Fregatten zur Luftverteidigung zu modernisieren, teilte Hensoldt am Dienstag im oberbayerischen Taufkirchen mit. Beide Unternehmen haben von der Bundeswehr bereits einen Auftrag zur Modernisierung der landgestützten Luftüberwachung erhalten.

24. August 2021 - 13:20 Uhr | dpa

Das Logo des Rüstungskonzerns Hensoldt wird von der Sonne angestrahlt. © Lino Mirgeler/dpa/Archivbild''',
  [O("Hensoldt"), O("Israel Aerospace Industries", "Israel Aerospace Industries", "IAI"), O("Bundeswehr"),
   O("Deutsche Marine"), O("dpa")],
  [M("200 Millionen Euro", 200000000, "EUR")],
  [C("Hensoldt", "contract", "Bundeswehr", "military", 2021,
     "Der Rüstungselektronik-Hersteller Hensoldt hat gemeinsam mit dem Flugzeug- und Raketenbauer Israel Aerospace Industries (IAI) einen Auftrag der Bundeswehr im Wert von 200 Millionen Euro an Land gezogen.",
     200000000, "EUR"),
   C("Israel Aerospace Industries", "contract", "Bundeswehr", "military", 2021,
     "Der Rüstungselektronik-Hersteller Hensoldt hat gemeinsam mit dem Flugzeug- und Raketenbauer Israel Aerospace Industries (IAI) einen Auftrag der Bundeswehr im Wert von 200 Millionen Euro an Land gezogen.",
     200000000, "EUR"),
   C("Hensoldt", "partnered", "Israel Aerospace Industries", "military", 2021,
     "Der Rüstungselektronik-Hersteller Hensoldt hat gemeinsam mit dem Flugzeug- und Raketenbauer Israel Aerospace Industries (IAI) einen Auftrag der Bundeswehr im Wert von 200 Millionen Euro an Land gezogen.")])

D("423-hartpunkt-hensoldt-hadr-nf-elta.txt",
  "https://www.hartpunkt.de/hensoldt-mit-auftrag-fuer-hadr-nf-ungewissheit-bei-f124/",
  "Hensoldt mit Auftrag für HADR NF – Ungewissheit bei F124",
  r'''Der Sensor-Lösungsanbieter Hensoldt wird die Bundeswehr zur Modernisierung ihrer Luftraumüberwachung und zum Aufbau von Fähigkeiten im Bereich der Ballistic Missile Defence (BMD) mit neuen Radaren ausstatten. Einen Auftrag zur Lieferung und Installation von vier Großraumradargeräten hat das Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr (BAAINBw) im Rahmen des Programms „Hughes Air Defence Radar Nachfolgesystem“ (HADR NF) erteilt, wie Hensoldt in einer Mitteilung schreibt.
Für das Vorhaben ist Hensoldt eine Kooperation mit Elta Systems Ltd., einer Tochter der Israel Aerospace Industries Ltd. (IAI), eingegangen. Das HADR-NF-System arbeitet im S-Band, was eine präzisere Zielerfassung im Weltraum erlaube als andere Systeme, schreibt Hensoldt. Aufgrund der Kooperation mit Elta könne dem deutschen Kunden eine Kombination aus nationalem Partner für Integration, Zertifizierung und Langzeitbetreuung, sowie marktverfügbarer, erprobter und im Einsatz bewährter Systeme geliefert werden.
Die Mittel für das HADR-Projekt hatte der Haushaltsauschuss in seiner letzten Sitzung in dieser Legislaturperiode am 23. Juni freigegeben, ebenso wie die Mittel für neue Weitbereichsradare für die drei Fregatten der Klasse F124. Auch bei diesem Projekt hatte sich das Team aus Hensoldt und Elta im Wettbewerb durchgesetzt.
Offenbar verfolgt das Verteidigungsministerium den Ansatz, eine Familie von Weitbereichsradaren mit BMD-Fähigkeit zu nutzen. Denn die F-124- und die HADR-Nachfolgeradare werden dem Vernehmen nach weitgehend identische Bauelemente aufweisen. Das soll offenbar Kosten bei Wartung, Logistik und Ausbildung reduzieren. Einen ähnlichen Ansatz verfolgen auch die Niederlande, die ihre weiterentwickelten Smart-L-Marineradare nicht nur auf ihren Luftverteidigungsfregatten, sondern auch an Land einsetzen.
Während normalerweise nach Bewilligung der Parlamentsvorlage – für die in der Regel ein endverhandelter Vertrag vorliegt – relativ ze''',
  [O("Hensoldt"), O("Bundeswehr"), O(BAAINBW, BAAINBW, "BAAINBw"),
   O("Elta Systems", "Elta Systems Ltd.", "Elta"),
   O("Israel Aerospace Industries", "Israel Aerospace Industries Ltd.", "IAI"),
   O("Haushaltsausschuss des Bundestages", "Haushaltsauschuss"),
   O("German Federal Ministry of Defence", "Verteidigungsministerium")],
  [],
  [C("Hensoldt", "contract", BAAINBW, "military", None,
     "Einen Auftrag zur Lieferung und Installation von vier Großraumradargeräten hat das Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr (BAAINBw) im Rahmen des Programms „Hughes Air Defence Radar Nachfolgesystem“ (HADR NF) erteilt, wie Hensoldt in einer Mitteilung schreibt."),
   C("Hensoldt", "partnered", "Elta Systems", "military", None,
     "Für das Vorhaben ist Hensoldt eine Kooperation mit Elta Systems Ltd., einer Tochter der Israel Aerospace Industries Ltd. (IAI), eingegangen."),
   C("Israel Aerospace Industries", "owns", "Elta Systems", "military", None,
     "Elta Systems Ltd., einer Tochter der Israel Aerospace Industries Ltd. (IAI)")])

D("424-jungewelt-hensoldt-luchs2-general-dynamics.txt",
  "https://www.jungewelt.de/artikel/513033.hensoldt-erh%C3%A4lt-gro%C3%9Fauftrag-f%C3%BCr-panzer.html",
  "Hensoldt erhält Großauftrag für Panzer",
  r'''Traufkirchen. Der Rüstungszulieferer Hensoldt hat einen Großauftrag in Höhe von fast einer Milliarde Euro erhalten. Hensoldt rüstet den »Luchs 2«-Spähpanzer der Bundeswehr mit Sensortechnik und dem neuen »Ceretron«-Missionssystem aus, das die Daten der Sensoren auswertet und ein taktisches Lagebild erzeugt. Der Auftrag kommt vom US-Rüstungskonzern General Dynamics, dessen europäisches Tochterunternehmen den Panzer bauen soll, wie Hensoldt am Mittwoch in Taufkirchen bei München mitteilte. (Reuters/jW)''',
  [O("Hensoldt"), O("Bundeswehr"), O("General Dynamics"), O("Reuters"), O("junge Welt", "jW")],
  [M("einer Milliarde Euro", 1000000000, "EUR")],
  [C("Hensoldt", "contract", "General Dynamics", "military", None,
     "Der Auftrag kommt vom US-Rüstungskonzern General Dynamics, dessen europäisches Tochterunternehmen den Panzer bauen soll, wie Hensoldt am Mittwoch in Taufkirchen bei München mitteilte.",
     1000000000, "EUR"),
   C("Hensoldt", "supplies", "Bundeswehr", "military", None,
     "Hensoldt rüstet den »Luchs 2«-Spähpanzer der Bundeswehr mit Sensortechnik und dem neuen »Ceretron«-Missionssystem aus")])

D("425-donau3fm-hensoldt-diehl-essi-radare.txt",
  "https://www.donau3fm.de/amp/hensoldt-liefert-weitere-luftverteidigungsradare-an-europaeische-laender-1068010",
  "Hensoldt liefert weitere Luftverteidigungsradare an europäische Länder",
  r'''Das Ulmer Rüstungsunternehmen Hensoldt hat einen Auftrag über mehr als 100 Millionen Euro zur Lieferung weiterer Radare zur Luftverteidigung erhalten. Die Bestellung kommt von Diehl Defence aus Überlingen und richtet sich an europäische Länder im Rahmen der European Sky Shield Initiative (ESSI).
Die Hochleistungsradare vom Typ TRML‑4D erfassen Raketen, Drohnen und Flugzeuge. Laut Hensoldt ist der Nachholbedarf bei der europäischen Luftverteidigung enorm, da Bedrohungen aus der Luft immer komplexer und vielfältiger werden. Neue Softwarelösungen sollen die Fähigkeiten der Systeme verknüpfen und Entwicklungszyklen verkürzen.
Im Rahmen der Initiative wurden bereits 150 Radare geliefert. Die ESSI war 2022 kurz nach Beginn des russischen Angriffs auf die Ukraine gestartet, um den Schutz des europäischen Luftraums deutlich zu verbessern. Mit dem aktuellen Auftrag stärken Hensoldt und Diehl Defence gemeinsam die Luftverteidigungskapazitäten in mehreren europäischen Ländern, wie es in einer Mitteilung heißt.''',
  [O("Hensoldt"), O("Diehl Defence")],
  [M("100 Millionen Euro", 100000000, "EUR")],
  [C("Hensoldt", "contract", "Diehl Defence", "military", None,
     "Die Bestellung kommt von Diehl Defence aus Überlingen und richtet sich an europäische Länder im Rahmen der European Sky Shield Initiative (ESSI).",
     100000000, "EUR")])

D("426-go2malta-frontex-drohnen-ausschreibung.txt",
  "http://go2-malta.de/blog_drohnen-fuer-50-millionen-euro.php",
  "Drohnen für 50 Millionen Euro",
  r'''Drohnen für 50 Millionen Euro


Für zunächst zwei Jahre sucht die EU-Kommission einen Betreiber großer Drohnen von Flughäfen in Malta, Italien oder Griechenland. Seit dem 4. Dezember gilt die neue Frontex-Verordnung. Der Aufbau der "europäischen Grenzschutzpolizei" beinhaltet die Stationierung von Langstreckendrohnen im zentralen und östlichen Mittelmeer. Hierzu hat Frontex eine europäische Ausschreibung veranlasst, die am vergangenen Freitag endete. Gesucht wird eine Firma, die Flüge vor Malta, Italien oder Griechenland durchführt. Der Vertragsnehmer soll außerdem entsprechende Bodenstationen für den Empfang der Aufklärungsdaten bereitstellen. Die Gesamtkosten gibt Frontex mit 50 Millionen Euro an. Der Vertrag hat eine Laufzeit von zwei Jahren und kann zwei Mal für ein Jahr verlängert werden.''',
  [O("European Commission", "EU-Kommission"), O("Frontex")],
  [M("50 Millionen Euro", 50000000, "EUR")],
  [])

D("427-hartpunkt-publica-ruestungsaktien.txt",
  "https://www.hartpunkt.de/pensionskasse-stoesst-ruestungsaktien-ab/",
  "Pensionskasse stößt Rüstungsaktien ab",
  r'''Pensionskasse stößt Rüstungsaktien ab

Einem Bericht des vom Schweizer Radio und Fernsehen betriebenen Portals SRF.CH streicht die  Pensionskasse des Bundes, Publica, Aktien von fünf Rüstungsfirmen aus ihrem Portfolio. Die fünf Unternehmen gehören zu  15 Rüstungsfirmen, die auf einer schwarzen Liste des Schweizer Vereins für verantwortungsbewusste Kapitalanlagen (SVVK)  zu Jahresbeginn veröffentlicht wurden. Wie es in dem Artikel weiter heißt, könnte das Vorgehen womöglich Signalwirkung haben, da es sich bei Publica um die größte Pensionskasse der Schweiz handele.

Auf der Liste sind unter anderem die Unternehmen Larsen & Toubro aus Indien, Hanwha  Corp sowie Poongsan Corp aus Südkorea aufgeführt. Außerdem  befinden sich darauf die US-Konzerne General Dynamics, Lockheed Martin, Textron und Orbital ATK.

Der SVVK wirft den Unternehmen vor, gegen Schweizer Gesetze und internationale Konventionen zu verstoßen – so produzieren viele der gelisteten Firmen Streumunition oder Anti-Personenminen.
lah/12/13.6.2017''',
  [O("Schweizer Radio und Fernsehen", "Schweizer Radio und Fernsehen", "SRF.CH"),
   O("Publica", "Pensionskasse des Bundes", "Publica"),
   O("Schweizer Verein für verantwortungsbewusste Kapitalanlagen",
     "Schweizer Vereins für verantwortungsbewusste Kapitalanlagen", "SVVK"),
   O("Larsen & Toubro"), O("Hanwha Corp", "Hanwha  Corp"), O("Poongsan Corp"), O("General Dynamics"),
   O("Lockheed Martin"), O("Textron"), O("Orbital ATK")],
  [],
  [])

D("428-nau-norwegischer-fonds-rheinmetall-aktionaer.txt",
  "http://116.203.70.126:4000/news/wirtschaft/norwegischer-pensionsfonds-soll-rheinmetall-unter-druck-setzten-65710460",
  "Norwegischer Pensionsfonds soll Rheinmetall unter Druck setzen",
  r'''Der norwegische Pensionsfonds ist Aktionär bei Rheinmetall. Der Fonds wird aufgefordert, wegen Exporte des Unternehmens Druck auf den Konzern auszuüben.
pensionsfonds
Aktivisten von Greenpeace haben ein Plakat mit der Aufschrift «Rheinmetall-Bomben töten im Jemen!» am Veranstaltungshotel der Rheinmetall Hauptversammlung entrollt. Foto: Michael Kappeler - dpa-infocom GmbH

Das Wichtigste in Kürze

  • Der norwegische Pensionsfonds hat Anteile am Rüstungshersteller Rheinmetall.
  • Rheinmetall liefert Bomben an Saudi Arabien für den Krieg im Jemen.
  • Der Fonds wird deshalb aufgefordert, Druck auf das deutsche Unternehmen auszuüben.
Ad

An den norwegischen Pensionsfonds wird eine klare Forderung gestellt: Er soll auf den deutschen Rüstungshersteller Rheinmetall Druck ausüben. Im Zweifelsfall soll er sich von seinen Anteilen am Unternehmen trennen.

Dies fordert eine Gruppe europäischer institutioneller Investoren sowie Nichtregierungsorganisationen gleichzeitig zur heutigen Rheinmetall-Hauptversammlung. Das Unternehmen liefere unter anderem Bomben an Saudi-Arabien für den Krieg im Jemen. Der Fonds soll deswegen Druck auf dessen Waffenexport ausüben, wird ein einem Schreiben verlangt.

Angeführt wird dies von der nachhaltigen Bank für Kirche und Caritas (BKC). Der Fonds soll Druck ausüben, «um Reputationsrisiken sowie Rechtsrisiken und daraus erwachsene finanzielle Risiken zu vermeiden». Dies sagte Tommy Piemonte, der Leiter der Nachhaltigkeitsresearch der BKC, zu der Forderung.''',
  [O(NGPF, "norwegische Pensionsfonds", "norwegischen Pensionsfonds"), O("Rheinmetall"), O("Greenpeace"),
   O("dpa-infocom GmbH"), O("Bank für Kirche und Caritas", "Bank für Kirche und Caritas", "BKC")],
  [],
  [C(NGPF, "invested", "Rheinmetall", "military", None,
     "Der norwegische Pensionsfonds ist Aktionär bei Rheinmetall.")])

D("429-onvista-akademikerpension-ruestung.txt",
  "https://www.onvista.de/news/2025/06-26-daenischer-pensionsfonds-investiert-wieder-in-ruestungsfirmen-0-20-26404129",
  "Dänischer Pensionsfonds investiert wieder in Rüstungsfirmen",
  r'''Kopenhagen (Reuters) - Der dänische Pensionsfonds AkademikerPension investiert wieder in Rüstungstitel.

Der Fonds habe sein selbst auferlegtes Investitionsverbot für sechs der größten europäischen Rüstungskonzerne und einige kleinere Unternehmen aufgehoben, teilte AkademikerPension am Donnerstag mit. "Wir halten dies für das verantwortungsvollste Vorgehen – sowohl im Hinblick auf die Rendite als auch auf die soziale Verantwortung in der aktuellen Situation", sagte Vorstandschef Jens Munch Holst. Der Fonds verwaltet nach eigenen Angaben 157 Milliarden dänische Kronen (21,4 Milliarden Euro).

Der Schritt steht für ein Umdenken in der Finanzbranche, nachdem das Thema Sicherheit mit dem Krieg in der Ukraine und anderen Konflikten in der Welt an Bedeutung gewonnen hat und Staaten vermehrt aufrüsten. Viele europäische Investmentfonds haben Waffenhersteller aus ethischen Gründen aus ihren Portfolios ausgeschlossen. Nun lockt auch die Rendite. "Wir wollen nicht, dass uns geringe Umsätze aus nuklearwaffenbezogenen Aktivitäten daran hindern, Kapital für den Aufbau einer europäischen Verteidigung bereitzustellen", erläuterte Holst.''',
  [O("Reuters"), O("AkademikerPension")],
  [M("157 Milliarden dänische Kronen", 157000000000, "DKK"), M("21,4 Milliarden Euro", 21400000000, "EUR")],
  [])

# Batch 3: other outlets and bodies (police cars for Baden-Württemberg, Heckler & Koch
# for the Bundeswehr, the BKA's state trojans, a Swiss pension fund's exclusions),
# annotated from the text alone before the extractor was run on them.
BATCH = 3

D("430-stuttgarter-zeitung-polizei-daimler-dienstwagen.txt",
  "http://www.stuttgarter-zeitung.de/inhalt.baden-wuerttemberg-die-polizei-faehrt-mercedes.a9ba9307-46f6-40ba-9c3b-7bb8e03855ba.html",
  "baden-wuerttemberg die polizei faehrt mercedes",
  r'''Polizisten im Südwesten setzen auf den Stern: Die Polizei hat für ihre Beamte fast 2000 neue Dienstwagen bestellt. Dabei hat Daimler den Zuschlag für fast 1700 Leasing-Fahrzeuge bekommen.

Polizisten im Südwesten setzen auf den Stern: Die Polizei hat für ihre Beamte fast 2000 neue Dienstwagen bestellt. Dabei hat Daimler den Zuschlag für fast 1700 Leasing-Fahrzeuge bekommen.

 

Stuttgart - Die Polizisten im Südwesten bekommen fast 2000 neue Dienstwagen - und fahren dabei vor allem Autos des heimischen Herstellers Daimler. Wie das Innenministerium am Mittwoch in Stuttgart mitteilte, hat Daimler nach einer europaweiten Ausschreibung den Zuschlag für fast 1700 Leasing-Fahrzeuge bekommen.

Allerdings ist auch Konkurrenz außerhalb Baden-Württembergs vertreten: Volkswagen stellt 200 Wagen. Auch wenn es auf den ersten Blick anders wirken könne - der Sitz des Unternehmens sei bei der Entscheidung unerheblich gewesen, betonte ein Ministeriumssprecher. Ausschlaggebend sei das wirtschaftlichste Angebot.

Die Polizisten sollen die neuen Leasingwagen drei Jahre lang behalten. Insgesamt umfasst der Fuhrpark der Landespolizei rund 5200 Fahrzeuge, 3300 sind geliehen.''',
  [O("Polizei Baden-Württemberg", "Polizei", "Landespolizei"), O("Daimler"),
   O("Innenministerium Baden-Württemberg", "Innenministerium"), O("Volkswagen")],
  [],
  [C("Daimler", "contract", "Polizei Baden-Württemberg", "policing", None,
     "Die Polizei hat für ihre Beamte fast 2000 neue Dienstwagen bestellt. Dabei hat Daimler den Zuschlag für fast 1700 Leasing-Fahrzeuge bekommen."),
   C("Volkswagen", "supplies", "Polizei Baden-Württemberg", "policing", None,
     "Volkswagen stellt 200 Wagen.")])

D("431-bkz-heckler-koch-granatmaschinenwaffen.txt",
  "https://www.bkz.de/nachrichten/bundeswehr-heckler-koch-liefert-granatmaschinenwaffen-46119.html?bPrint=true",
  "Bundeswehr: Heckler & Koch liefert Granatmaschinenwaffen",
  r'''Bundeswehr: Heckler & Koch liefert Granatmaschinenwaffen

dpa/lsw Oberndorf. Der Waffenhersteller Heckler & Koch hat einen vier Millionen Euro schweren Auftrag von der Bundeswehr bekommen. Die bestellten Granatmaschinenwaffen sollen 2021 ausgeliefert werden, wie das Unternehmen aus Oberndorf am Neckar am Donnerstag mitteilte. Solche Waffen sehen etwas aus wie große klobige Maschinengewehre. Als Munition dienen Granaten vom Kaliber 40 Millimeter mit einer Reichweite von 1,5 Kilometern. Die fernbedienbaren Waffen sollen auf Aufklärungsfahrzeugen installiert werden.

Bundeswehr: Heckler & Koch liefert Granatmaschinenwaffen

Das Logo des Waffenherstellers Heckler & Koch. Foto: Patrick Seeger/dpa/Archivbild

Es ist nicht das erste Mal, dass die Bundeswehr zugreift - dieser Waffentyp von H&K ist schon seit einigen Jahren im Einsatz bei der deutschen Armee. Auch Frankreich, Großbritannien, Kanada und andere Staaten haben die Kriegswaffe bereits von der Firma gekauft.

Die Bundeswehr ist der wichtigste Kunde des deutschen Herstellers, der mit einem hohen Schuldenberg zu kämpfen hat. Nach einem heftigen Verlust 2018 läuft das Geschäft dieses Jahr besser. Für die Firma mit einem Jahresumsatz von 231 Millionen Euro (2018) ist der Granatmaschinenwaffen-Auftrag nennenswert, aber nicht von überragender Bedeutung. Viel wichtiger ist eine Ausschreibung des Bundes für einen 250 Millionen Euro schweren Sturmgewehr-Großauftrag - hierzu steht die Entscheidung noch aus.''',
  [O("Heckler & Koch", "Heckler & Koch", "H&K"), O("Bundeswehr", "Bundeswehr", "deutschen Armee"),
   O("dpa")],
  [M("vier Millionen Euro", 4000000, "EUR"), M("231 Millionen Euro", 231000000, "EUR"),
   M("250 Millionen Euro", 250000000, "EUR")],
  [C("Heckler & Koch", "contract", "Bundeswehr", "military", None,
     "Der Waffenhersteller Heckler & Koch hat einen vier Millionen Euro schweren Auftrag von der Bundeswehr bekommen.",
     4000000, "EUR")])

D("432-spartanat-sturmgewehr-heckler-koch-finanziert.txt",
  "https://www.spartanat.com/2022/12/sturmgewehr-bundeswehr-ist-finanziert/",
  "sturmgewehr bundeswehr ist finanziert",
  r'''Der Bundestag hat beschlossen: 275 Millionen Euro gehen an die Oberndorfer Firma Heckler & Koch mit einem Rahmenvertrag über rund 275 Millionen Euro. Die ersten 17.033 Gewehre sollen 2026/27 bei der Truppe ankommen, der große Rest (101.295) landet in den Jahren 2028 bis 2032 bei der Bundeswehr.

Ob das die Zeit noch wendet, wissen wir nicht. Mit HK setzt sich jedoch die teurere Waffe mit ähnlicher Genauigkeit durch. Verblassen tut die Beschaffung ohnehin gegen die gleichzeitig finanzierten F35 Jets. Die High-Tech Waffen sind übrigens nicht nur in der Luft schneller: sie landen zwischen 2026 und 2030. Dafür sind es nur 35 für 8,3 Milliarden Euro.

HECKLER & KOCH im Internet

Die BUNDESWEHR im Internet

MEHR STURMGEWEHR BUNDESWEHR AUF SPARTANAT

HIER stellen wir das Haenel MK556 auf SPARTANAT vor. 

HIER bestätigt die Bundeswehr die Entscheidung. 

DAS antwortet Heckler & Koch zur Entscheidung der Bundeswehr.

DAS erklärt Haenel zum MK556.

Das Imperium schlägt zurück – Bundeswehr, Heckler & Koch und Haenel 

So sieht die Bundeswehr den Stand – sie will ein Gutachten

Haenel will weiter machen – und erklärt den MK556 und warum sie auch zuverlässig liefern können.

Gutachten ist da – wie es jetzt weiter geht.

And the winner is … HK416 A8''',
  [O("Bundestag"), O("Heckler & Koch", "Heckler & Koch", "HK", "HECKLER & KOCH"),
   O("Bundeswehr", "Bundeswehr", "BUNDESWEHR"), O("C. G. Haenel", "Haenel"), O("SPARTANAT")],
  [M("275 Millionen Euro", 275000000, "EUR"), M("8,3 Milliarden Euro", 8300000000, "EUR")],
  [C("Heckler & Koch", "contract", "Bundeswehr", "military", None,
     "275 Millionen Euro gehen an die Oberndorfer Firma Heckler & Koch mit einem Rahmenvertrag über rund 275 Millionen Euro. Die ersten 17.033 Gewehre sollen 2026/27 bei der Truppe ankommen, der große Rest (101.295) landet in den Jahren 2028 bis 2032 bei der Bundeswehr.",
     275000000, "EUR")])

D("433-stuttgarter-nachrichten-haenel-unterliegt-sturmgewehr.txt",
  "https://www.stuttgarter-nachrichten.de/inhalt.c-g-haenel-unterliegt-doch-sturmgewehr-auftrag-geht-an-heckler-koch.ff5e6072-7f65-4452-a618-fa1d04903a9b.html",
  "c g haenel unterliegt doch sturmgewehr auftrag geht an heckler koch",
  r'''Nach langem Hin und Her geht der Bundeswehrauftrag für ein neues Sturmgewehr doch an Heckler & Koch. Doch der unterlegene Konkurrent kann das Verfahren noch lange verzögern.

Berlin - Der Waffenkonzern Heckler & Koch aus Oberndorf soll die Bundeswehr nun doch mit einem neuen Sturmgewehr ausrüsten. Das Verteidigungsministerium schloss den Konkurrenten C. G. Haenel von dem Verfahren aus und begründete dies mit Patentverletzungen durch die Firma aus Thüringen. Nun sei beabsichtigt, Heckler & Koch den Zuschlag für sein Gewehr HK 416 zu erteilen. Es geht bei dem Auftrag um die Lieferung von 120 000 Gewehren.''',
  [O("Bundeswehr"), O("Heckler & Koch"), O("German Federal Ministry of Defence", "Verteidigungsministerium"),
   O("C. G. Haenel")],
  [],
  [])

D("434-netzpolitik-bka-finfisher-elaman-vertrag.txt",
  "https://netzpolitik.org/2022/finfisher-vertrag-wir-haben-das-bka-verklagt-und-gewonnen/",
  "finfisher vertrag wir haben das bka verklagt und gewonnen",
  r'''Das Bundeskriminalamt besitzt eine Reihe verschiedener Staatstrojaner zum Hacken von IT-Geräten, neben der Eigenentwicklung RCIS auch NSO Pegasus und FinFisher FinSpy. Seit wir den Deal mit FinFisher 2013 enthüllt haben, kämpfen wir um Einblick in die Verträge. Die Vergabeunterlagen der Ausschreibung haben wir 2014 veröffentlicht, den ersten Vertrag 2015. Bereits damals mussten wir das BKA verklagen.

Vor drei Jahren haben wir mögliche Änderungen des Vertrags angefordert. Nachdem uns das BKA wieder nur eine extrem geschwärzte Version gegeben hat, haben wir die Polizeibehörde erneut verklagt. Unser Anwalt Nico Sander und unsere Freund:innen von FragDenStaat haben uns unterstützt. Und wir haben gewonnen.

Das Verwaltungsgericht Wiesbaden stellt in seinem Urteil fest, dass viele Schwärzungen rechtswidrig sind und unsere Rechte verletzen. Nach Informationsfreiheitsgesetz haben wir „einen Anspruch auf die Herausgabe der Informationen“. Das BKA und die Staatstrojaner-Firma Elaman müssen die Gerichtskosten und unsere außergerichtlichen Kosten bezahlen. Jetzt veröffentlichen wir den freigeklagten Vertrag.

Arne Semsrott, Projektleiter von FragDenStaat kommentiert:

In der Schule habe ich gelernt, dass die Polizei Recht und Gesetz durchsetzt. Hier hat sie es gebrochen. Und wir haben Recht und Gesetz gegen die Polizei durchgesetzt.

Elaman bekommt 273.000 Euro für FinSpy PC

Das BKA hat den Staatstrojaner FinFisher von der Firma Elaman gekauft. Den Namen der Firma und des Geschäftsführers hatte das BKA im Vertrags-Update zunächst geschwärzt, obwohl er im Original-Vertrag und in einer Nachricht des BKA stand. Elaman war Vertriebs-Partner von FinFisher, beide teilten sich bis zur Auflösung von FinFisher eine Büro-Etage in München. Nach dem Auszug von FinFisher ist Elaman umgezogen.

Für FinFisher gab das BKA laut Original-Vertrag 2013 fast 150.000 Euro''',
  [O("Bundeskriminalamt", "Bundeskriminalamt", "BKA"), O("NSO Group", "NSO"), O("FinFisher"),
   O("FragDenStaat"), O("Verwaltungsgericht Wiesbaden"), O("Elaman")],
  [M("273.000 Euro", 273000, "EUR"), M("150.000 Euro", 150000, "EUR")],
  [C("NSO Group", "supplies", "Bundeskriminalamt", "policing", None,
     "Das Bundeskriminalamt besitzt eine Reihe verschiedener Staatstrojaner zum Hacken von IT-Geräten, neben der Eigenentwicklung RCIS auch NSO Pegasus und FinFisher FinSpy."),
   C("FinFisher", "supplies", "Bundeskriminalamt", "policing", 2013,
     "Für FinFisher gab das BKA laut Original-Vertrag 2013 fast 150.000 Euro", 150000, "EUR"),
   C("Elaman", "supplies", "Bundeskriminalamt", "policing", None,
     "Das BKA hat den Staatstrojaner FinFisher von der Firma Elaman gekauft."),
   C("Elaman", "partnered", "FinFisher", "policing", None,
     "Elaman war Vertriebs-Partner von FinFisher")])

D("435-pksbb-ausschluss-ruestungsfirmen.txt",
  "http://www.pksbb.ch/ueber-uns/aktuelles/639-ausschluss-einzelner-ruestungsfirmen-aus-dem-portfolio",
  "ausschluss einzelner ruestungsfirmen aus dem portfolio",
  r'''16. June 2017

Der Schweizer Verein für Verantwortungsbewusste Kapitalanlagen (SVVK) – dessen Gründungsmitglied die Pensionskasse SBB ist – hat eine Liste mit 15 Unternehmen publiziert die sogenannt kontroverse Waffen produzieren.

Die Produktion von solchen Waffen ist durch unterzeichnete Konventionen oder Gesetze in der Schweiz verboten. Die Pensionskasse SBB hat entschieden, in diese Gesellschaften nicht mehr zu investieren. Das bedeutet, dass wir Wertpapiere im Umfang von ca. 8 Mio. Franken verkaufen werden, was einem Anteil an unserem Gesamtvermögen von 0.046% entspricht. Die vollständige Liste kann auf der Website des SVVK http://www.svvk-asir.ch/dienstleistungen/ eingesehen werden.''',
  [O("Schweizer Verein für verantwortungsbewusste Kapitalanlagen",
     "Schweizer Verein für Verantwortungsbewusste Kapitalanlagen", "SVVK"),
   O("Pensionskasse SBB")],
  [M("8 Mio. Franken", 8000000, "CHF")],
  [])

D("436-stern-hessen-serco-jva-huenfeld.txt",
  "https://www.stern.de/panorama/verbrechen/haftanstalten-einsitzen-wird-privat-3550484.html",
  "Haftanstalten Einsitzen wird privat",
  r'''Haftanstalten Einsitzen wird privat

Das Land Hessen hat teilweise den Betrieb einer Justizvollzugsanstalt an eine private Firma übergeben. Oppositionspolitiker fürchten, dass die "Billigaufseher" anfälliger für Korruption seien.

Als erstes Bundesland hat Hessen den Betrieb einer Justizvollzugsanstalt weitgehend an ein Privatunternehmen vergeben. Das Land Hessen und die deutsche Tochter des britischen Konzerns Serco unterzeichneten einen Fünf-Jahres-Vertrag für die Justizvollzugsanstalt Hünfeld in Osthessen. "Durch die Auftragsvergabe an den privaten Partner können die Betriebskosten erheblich reduziert werden", sagte der hessische Justizminister Christean Wagner (CDU) in Wiesbaden.

Nach Angaben des Justizministeriums hat der Vertrag ein Volumen von 5,7 Millionen Euro pro Jahr. Serco werde unter anderem für den Transport der Gefangenen, die Instandhaltung des Gefängnisses, den medizinischen Dienst und die Videoüberwachung der JVA zuständig sein. Zudem gehörten der Betrieb von Küchen und Werkstätten, die Reinigung des Gefängnisses, Teile der Verwaltung sowie die psychologische und pädagogische Betreuung der Häftlinge zum Aufgabenbereich des privaten Betreibers.

Die Bewachung bleibt staatlich

Insgesamt übernehme Serco 42 Prozent aller im Gefängnis anstehenden Arbeiten, erklärte der Minister. In Hünfeld würden neben 132 staatlichen Bediensteten 99 Mitarbeiter des privaten Dienstleistungsunternehmens arbeiten. Die Aufgaben von staatlichen und privaten Mitarbeitern blieben getrennt.

Die Bewachung der Gefangenen und die Leitung der Anstalt seien auch in Hünfeld Aufgabe des Staates, betonte Wagner: "Das Kommando in dieser JVA wird das Land Hessen haben." Nach Berechnungen der Landesregierung lassen sich die Betriebskosten durch die Teilprivatisierung um 15 Prozent gegenüber rein staatlichen Gefängnissen senken.

Das Land Hessen spare im Jahr rund 660.000 Euro, sagte Wagner. Dieser Kostenvorteil gehe nicht zu Lasten der Qualität. So sei Serco''',
  [O("State of Hesse", "Land Hessen", "Hessen"), O("Serco"), O("CDU"),
   O("Hessisches Justizministerium", "Justizministeriums"),
   O("Hessische Landesregierung", "Landesregierung")],
  [M("5,7 Millionen Euro", 5700000, "EUR"), M("660.000 Euro", 660000, "EUR")],
  [C("Serco", "contract", "State of Hesse", "prisons", None,
     "Das Land Hessen und die deutsche Tochter des britischen Konzerns Serco unterzeichneten einen Fünf-Jahres-Vertrag für die Justizvollzugsanstalt Hünfeld in Osthessen.",
     5700000, "EUR")])

D("437-sourcingnews-secunet-grenzkontrolle-ezv.txt",
  "https://sourcing-news.com/2021/09/secunet-security-networks-uebernimmt-schweizer-grenzkontrollsysteme-fuer-mchf-358",
  "secunet security networks uebernimmt schweizer grenzkontrollsysteme fuer mchf 358",
  r'''Die Firma Secunet Security Networks betreut jetzt für insgesamt 35,8 Millionen Franken die Schweizer Grenzkontrollsysteme . Das schliesst den Betrieb, die Wartung und Weiterentwicklung der Systeme in den Wirkungsbereich des deutschen Unternehmens ein. Das Grundvolumen für den Rahmenvertrag beträgt 6,8 Millionen Franken, das restliche Volumen von 29 Millionen Franken ist angegeben für nicht weiter definierte «Optionen». Somit handelt Secunet Security Networks jetzt als Generalunternehmer. Die Eidgenössische Zollverwaltung (EZV) begründet die Vergabe an das deutsche Unternehmen mit einem «hohen Integrationsgrads der vorgesehenen Teilsysteme». Ausserdem habe Secunet «vertiefte Kenntnisse der zukünftigen Anforderungen». Für sieben Jahre soll Secunet für die Lieferung, den Betrieb, die Wartung und Entwicklung von Soft- und Hardwarekomponenten verantwortlich sein. Die Option, den Vertrag um weitere sechs Jahre zu verlängern, besteht.''',
  [O("Secunet Security Networks", "Secunet Security Networks", "Secunet"),
   O("Eidgenössische Zollverwaltung", "Eidgenössische Zollverwaltung", "EZV")],
  [M("35,8 Millionen Franken", 35800000, "CHF"), M("6,8 Millionen Franken", 6800000, "CHF"),
   M("29 Millionen Franken", 29000000, "CHF")],
  [C("Secunet Security Networks", "contract", "Eidgenössische Zollverwaltung", "borders", None,
     "Die Eidgenössische Zollverwaltung (EZV) begründet die Vergabe an das deutsche Unternehmen mit einem «hohen Integrationsgrads der vorgesehenen Teilsysteme».",
     35800000, "CHF")])

# Batch 4: Austria's Pandur Evolution order (GDELS-Steyr, ESLAIT), armasuisse's uniform
# makers, the Austrian police's body-camera award still pending, private guards in
# deportation detention (Kötter at JVA Büren, City Schutz at Schönefeld), KLP and PFA
# Pension dropping HeidelbergCement and Cemex, Abraxas for the Swiss police IT body.
BATCH = 4

D("438-militaeraktuell-gdels-steyr-pandur-bundesheer.txt",
  "https://militaeraktuell.at/gdels-steyr-225-neue-pandur-fuer-das-bundesheer/",
  "gdels steyr 225 neue pandur fuer das bundesheer",
  r'''Jetzt ist eines der größten Rüstungsprogramme der Zweiten Republik offiziell: Das Bundesheer beschafft insgesamt 225 neue Mannschaftstransporter Pandur Evolution. Der Kaufpreis liegt bei rund 1,8 Milliarden Euro, die Gesamtinvestitionssumme des Bundesheeres für Beschaffung, Ausbildung, Logistik und Infrastrukturmaßnahmen dürfte sogar bei bis zu 3 Milliarden Euro liegen.
Die offizielle Vertragsunterzeichnung erfolgte heute Vormittag im Beisein von Bundeskanzler Karl Nehammer durch Verteidigungsministerin Klaudia Tanner und Martin Reischer, Geschäftsführer von General Dynamics European Land Systems-Steyr sowie von Karl Hufnagel, Geschäftsführer der Firma ESLAIT, die neben insgesamt 16 Mörseraufbauten auch weitere Systeme zum Gesamtprojekt beisteuert.

Der Auftrag sieht neben der Lieferung der Mannschaftstransportpanzer und flexibler Umrüstsätze für Sanitäts-, Führungs- und Panzerabwehr-Missionen acht weitere Fahrzeugvarianten vor, die neu in das Bundesheer eingeführt werden. Die Fahrzeugfamilie wird dabei um die Varianten 120-Millimeter-Mörserkampfsystem, mobile Flugabwehr und elektronische Kampfführung ergänzt. Die Lieferung erfolgt bis 2032, dem Vernehmen nach sind im Vertrag Optionen für weitere mehr als 150 Fahrzeuge inkludiert.
„Wir haben – und so ehrlich müssen wir sein – über Jahrzehnte hinweg unser Bundesheer auf Sparflamme gehalten. JETZT sind wir aber auch dank Beschaffungen wie dem Pandur Evolution mitten in der Nachrüstung.“
Bundeskanzler Karl Nehammer
Bundeskanzler Nehammer ging in seinem Statement auf die auch bereits im Risikobild 2024 beschriebenen sicherheitspolitischen Herausforderungen und die Folgen für Österreich ein: „Seit dem Beginn von Russlands Angriffskrieg auf die Ukraine ist das Sicherheitsbewusstsein in Europa und in Österreich deutlich gestiegen. Wir haben – und so ehrlich müssen wir sein – über Jahrzehnte hinweg unser Bundesheer auf Sparflamme gehalten. Jetzt sind wir aber auch dank Beschaffunge''',
  [O("Österreichisches Bundesheer", "Bundesheer", "Bundesheeres"),
   O("General Dynamics European Land Systems-Steyr"), O("ESLAIT")],
  [M("1,8 Milliarden Euro", 1800000000, "EUR"), M("3 Milliarden Euro", 3000000000, "EUR")],
  [C(co, "contract", "Österreichisches Bundesheer", "military", None,
     "Die offizielle Vertragsunterzeichnung erfolgte heute Vormittag im Beisein von Bundeskanzler Karl Nehammer durch Verteidigungsministerin Klaudia Tanner und Martin Reischer, Geschäftsführer von General Dynamics European Land Systems-Steyr sowie von Karl Hufnagel, Geschäftsführer der Firma ESLAIT, die neben insgesamt 16 Mörseraufbauten auch weitere Systeme zum Gesamtprojekt beisteuert.")
   for co in ("General Dynamics European Land Systems-Steyr", "ESLAIT")])

D("439-watson-armasuisse-tarnanzuege.txt",
  "https://www.watson.ch/schweiz/wirtschaft/102656802-armasuisse-vergibt-kleider-auftraege-fuer-rund-35-millionen-franken",
  "Neue Tarnanzüge für rund 35 Millionen Franken",
  r'''Neue Tarnanzüge für rund 35 Millionen Franken

Bild: KEYSTONE

Das Bundesamt für Rüstung (Armasuisse) hat einen Auftrag im Wert von rund 35 Millionen Franken für die Herstellung von Tarn- und Arbeitsanzügen an sechs verschiedene Unternehmen vergeben. Sie werden mit der neuen Kampfbekleidung und Ausrüstung der Armee beschafft. Alle Aufträge für die Herstellung der Kampfbekleidung sind damit erteilt.

Der Beschaffungsauftrag geht an zwei Schweizer, ein britisches, ein deutsches, ein polnisches und ein indisches Unternehmen, wie Armasuisse am Montag mitteilte. Bei den beteiligten Schweizer Unternehmen handelt es sich um die Albiro AG und die Cross Fashion Ltd.

Der Auftrag für die Konfektion der Tarn- und Arbeitsanzüge wurde von Armasuisse öffentlich ausgeschrieben. Die Konfektionsbetriebe aller sechs Unternehmen seien im Vorfeld auch auf die soziale Nachhaltigkeit der Produktion wie Arbeitsbedingungen und Sicherheitsstandards hin überprüft worden, teilte Armasuisse weiter mit. Auch die Einhaltung von Umweltstandards vonseiten der sechs nun beauftragten Unternehmen sei geprüft worden. Daneben hätten qualitative und finanzielle Kriterien eine Rolle gespielt.

Einführung noch in diesem Jahr

Mit der Vergabe der Konfektion des Tarn- und Arbeitsanzugs, der Witterungsschutzbekleidung und der Kopfbedeckung sind nun alle Aufträge für die Herstellung der Kampfbekleidung erteilt, wie Armasuisse weiter mitteilte.

Das Projekt Modulare Bekleidung und Ausrüstung (MBAS) umfasst die Beschaffung neuer Kampfbekleidung und Tragsysteme sowie ein Trinksystem und einen ballistischen Körperschutz in zwei Ausführungen. Die Angehörigen der Armee würden damit mit einer modernen Ausstattung ausgerüstet, die ihre Leistungserbringung optimal unterstütze, teilte Armasuisse mit.

Das Parlament hat die Kredite für ein Beschaffungsvolumen von insgesamt 348 Millionen Franken mit der Armeebotschaft 2018 genehmigt. Die Einführung der neuen Kampfbekleidung soll noch in diesem''',
  [O("Keystone", "KEYSTONE"), O("armasuisse", "Bundesamt für Rüstung", "Armasuisse"),
   O("Schweizer Armee", "Armee"), O("Albiro AG"), O("Cross Fashion Ltd"),
   O("Swiss Parliament", "Parlament")],
  [M("35 Millionen Franken", 35000000, "CHF"), M("348 Millionen Franken", 348000000, "CHF")],
  [C(co, "contract", "armasuisse", "military", None,
     "Bei den beteiligten Schweizer Unternehmen handelt es sich um die Albiro AG und die Cross Fashion Ltd.")
   for co in ("Albiro AG", "Cross Fashion Ltd")])

D("440-diepresse-bodycams-polizei-vergabe.txt",
  "https://diepresse.com/home/panorama/oesterreich/5480143/Bodycams-fuer-Polizei-lassen-weiter-auf-sich-warten?from=rss",
  "bodycams fuer polizei lassen weiter auf sich warten",
  r'''Nach dem einjährigen Probebetrieb bis März 2017 war die Entscheidung gefallen, dass Bodycams für die Polizei in ganz Österreich in den Echtbetrieb kommen sollen. Allerdings wird erst in den nächsten Wochen die Vergabe des Auftrags an einen Hersteller erfolgen, bestätigte Christoph Pölzl, Sprecher des Innenministeriums, einen Bericht des ORF.

Beim Probebetrieb waren zwei Fabrikate getestet worden. Aus rechtlichen Gründen habe man die Ausschreibung aber nicht genau auf dies beiden Geräte zuschneiden können. Außerdem waren die vor rund zwei Jahren getesteten Produkte schon veraltet. An der Ausschreibung haben sich nun vier Unternehmen beteiligt. "Die Modelle, die uns da nun vorgelegt worden sind, sind die neueste technische Generation", sagte Pölzl am Dienstag. "Wir stehen jetzt vor dem Abschluss des technischen Prüfverfahrens. In den kommenden Wochen erfolgt dann die Vergabe."

Prinzipiell spreche man sich für das beste Gerät aus, erläuterte der Sprecher. Wenn allerdings das beste um vieles teurer sei, müsse man auch hinterfragen, ob die technischen Vorteile auch einen weit höheren Preis rechtfertigen. "Im Vergaberecht ist eine genaue Begründung für die Entscheidung gefordert", betonte Pölzl.

>> Bericht auf wien.orf.at

(APA)''',
  [O("Austrian Federal Police", "Polizei"), O("Austrian Ministry of the Interior", "Innenministeriums"),
   O("ORF"), O("APA")],
  [],
  [])

D("441-antifa-ak-koetter-jva-bueren.txt",
  "https://antifa-ak.org/privatisierung-des-abschiebegeschaefts/",
  "Privatisierung des „Abschiebegeschäfts“",
  r'''Privatisierung des „Abschiebegeschäfts“

Die Privatisierungswelle macht auch vor der Flüchtlingsversorgung und der Abschiebepraxis nicht halt. Das Geschäft mit der Abschiebung floriert mittlerweile in der BRD. „Professionell und effizient“ sind die Schlagworte unter denen Überwachungs- und Versorgungsbereiche in die Hände von privaten Anbietern gelegt werden. Ziele sind Teile der Bewachung und Organisation von so genannten Ausreisezentren sowie Gefängnissen und Unterkünften, aber auch die Versorgung, Betreuung und den Transport von Flüchtlingen auszulagern. 40 bis 50 % der Personalausgaben, so rechnen wissenschaftliche VertreterInnen der Sicherheitsbranche vor, ließen sich mit einem Outsourcing einsparen.

Kötter Security

Kötter Security ist eine Sicherheitsfirma, die im Auftrag von staatlichen und privaten Unternehmen arbeitet. Beispielsweise in Köln ist sie für die Sicherheitsgewährung im Flughafen Köln/Bonn zuständig. In der JVA Büren stellt Kötter Security 50% des Überwachungspersonals und übernimmt die Aufgaben der Schließer, die Türen innerhalb und die Knasteingangstore für die Häftlinge zu öffnen und zu schließen. Da Kötter Security auch MigrantInnen einstellt, kommt es zu der Situation, dass in Büren MigrantInnen für 8,00 € die Stunde bewachen, während die Gefangenen für 2,00 € Stundenlohn arbeiten. Von den 2,00 € wird allerdings fast die Hälfte einbehalten, um die „entstandenen Kosten“ der Inhaftierung und Abschiebung zu finanzieren. Auf einer Security Messe empfahl sich Kötter Security damit, dass sie bereits die Infrastruktur besäßen, um Knäste komplett in privater Regie zu übernehmen. Um sich auf diesem Gebiet weiter zu profilieren, gründete Kötter Security eigens einen so genannten Sicherheitsbeirat, in dem so illustre Persönlichkeiten wie General a.D. Ulrich Wegener, Gründer der GSG9, Dr. Peter Frisch, ehemaliger Präsident des Bundesamtes für Verfassungsschutz und Hubertus Grützner, ehemali''',
  [O("Kötter Security"), O("Flughafen Köln/Bonn"), O("JVA Büren"), O("GSG 9", "GSG9"),
   O("Bundesamt für Verfassungsschutz", "Bundesamtes für Verfassungsschutz")],
  [M("8,00 €", 8, "EUR"), M("2,00 €", 2, "EUR")],
  [C("Kötter Security", "supplies", "JVA Büren", "prisons", None,
     "In der JVA Büren stellt Kötter Security 50% des Überwachungspersonals und übernimmt die Aufgaben der Schließer, die Türen innerhalb und die Knasteingangstore für die Häftlinge zu öffnen und zu schließen.")])

D("442-noborderassembly-abschiebehaft-city-schutz.txt",
  "https://noborderassembly.blackblogs.org/de/abschiebehaft-abschaffen",
  "abschiebehaft abschaffen",
  r'''Derzeit sind in Deutschland 14 Abschiebehaftanstalten in Betrieb und 1 im Bau. Nachfolgend stehen Einzelheiten zu jedem dieser Gefängnisse. Dies sind die Orte, an denen Menschen in den Tagen oder Monaten vor einer Abschiebung eingesperrt werden. Wir sind solidarisch mit den Menschen, die sich in Abschiebeknäste Widerstand leisten und unterstützen jede Aktion & Kampagne, die dazu beiträgt, die Praxis der Abschiebehaft zu beenden. Für eine Welt ohne Knäste!
last updated on 14.08.2024
AUSREISEGEWAHRSAM SCHÖNEFELD
Haftkapazität: 35👥 Geplante Erweiterung auf 108
Betreiber: Zentrale Ausländerbehörde des Landes Brandenburg
Private Wachdienst: City Schutz GmbH
Standort in der Nähe des Zauns des Flughafens BER, Terminal 5 in Schönefeld. Das Terminal 5 ist für Passagierflüge gesperrt und wird ausschließlich für Abschiebungen genutzt. Es wird versprochen, dass es für maximal 48 Stunden Haft genutzt wird. Berlin und Brandenburg führen in der Regel in der Nacht/am Morgen vor einem Abschiebeflug Abschieberazzien durch und bringen die Menschen direkt zum Rückführungsgebäude am BER-Terminal 5, Gebäude M für Abschiebungen mit Charterflügen oder zur Polizeiwache am BER-Terminal 1-2 (Hugo-Eckener-Allee 7) für Abschiebungen mit kommerziellen Passagierflügen. Im Gewahrsam Schönefeld wurden Personen zur Abschiebevorbereitung inhaftiert (Ausreisegewahrsam), und darüber hinaus werden auch Personen für Flughafenasyl und Transithaft, sowie für Botschaftsanhörungen inhaftiert. Ab 2025 wird auf dem Gelände direkt nördlich des jetzigen Ausreisegewahrsams mit dem Bau des neuen Abschiebezentrums BER begonnen, zu dem auch ein neues Gefängnis mit einer Kapazität von 108 Plätzen gehören wird.
AHEG BERLIN
Haftkapazität: 10👥
Betreiber: Polizei Berlin
Voller Name: Abschiebungshafteinrichtung für Gefährder Berlin
In diesem Abschiebegefängnis werden Menschen inhaftiert, die von Deutschland als Gefährder wahrgenommen werden oder die als Straftäter angesehen''',
  [O("Zentrale Ausländerbehörde des Landes Brandenburg"), O("City Schutz GmbH"),
   O("Polizei Berlin")],
  [],
  [C("City Schutz GmbH", "supplies", "Zentrale Ausländerbehörde des Landes Brandenburg", "prisons", None,
     "Betreiber: Zentrale Ausländerbehörde des Landes Brandenburg\nPrivate Wachdienst: City Schutz GmbH")])

D("443-paxchristi-klp-heidelbergcement-cemex.txt",
  "https://www.paxchristi.de/meldungen/view/5889707644813312/pax%2520christi%2520fordert%2520Trennung%2520von%2520Westbank-Gesch%25C3%25A4ft",
  "pax christi fordert Trennung von Westbank-Geschäft",
  r'''pax christi fordert Trennung von Westbank-Geschäft

18. Jun 2015

pax christi fordert von HeidelbergCement die Trennung vom Westbank-Geschäftsbereich. Der norwegische Pensionsfonds KLP schließt das Unternehmen wegen Verletzung grundlegender ethischer Normen aus seinem Investment-Portfolio aus.

Nach der jetzt bekannt gewordenen Entscheidung der größten norwegischen Lebensversicherung KLP, die HeidelbergCement AG und den mexikanischen Baustoffkonzern Cemex SAB de SV mit Wirkung vom 1. Juni 2015 aus dem Investment-Portfolio auszuschließen, fordert die Nahost-Kommission von pax christi von HeidelbergCement die Trennung von seinem Westbank-Geschäftsbereich. KLP sieht grundlegende ethische Normen verletzt und verweist zudem auf die zwingend notwendige Einhaltung des Humanitären Völkerrechts.  

Dr. Manfred Budzinski, der Sprecher der Nahost-Kommission von pax christi, verlangt erneut von HeidelbergCement die Achtung und Umsetzung internationalen Rechts wie auch der OECD-Leitsätze für multinationale Unternehmen von 2011 – auch um weiteren Schaden vom Unternehmen fernzuhalten. Bereits bei der Hauptversammlung von HeidelbergCement am 7. Mai 2015 forderten der Dachverband der Kritischen Aktionärinnen und Aktionäre und die pax christi-Nahostkommission sowie pax christi Baden-Württemberg die unverzügliche Trennung vom Geschäftsbereich der Tochterfirma Hanson Israel, der in dem von Israel besetzten palästinensischen Westjordanland tätig ist. Weiter wurde eine Entschädigungszahlung an die Enteigneten bzw. Geschädigten gefordert sowie die Trennung von Hanson Israel, sofern von dort aus die illegalen Siedlungen oder der illegale Mauerbau unterstützt werden.  

Manfred Budzinski weist darauf hin, dass es laut Geschäftsbericht 2012 im Jahre 2007 zum Kauf des britischen Unternehmens Hanson kam. Eine Tochterfirma des Baustoff-Herstellers Hanson ist Hanson Israe''',
  [O("pax christi"), O("HeidelbergCement", "HeidelbergCement", "HeidelbergCement AG"),
   O("KLP", "norwegische Pensionsfonds KLP", "KLP"), O("Cemex", "Cemex SAB de SV"),
   O("Dachverband der Kritischen Aktionärinnen und Aktionäre"), O("Hanson Israel"),
   O("Hanson", "britischen Unternehmens Hanson", "Baustoff-Herstellers Hanson")],
  [],
  [C("KLP", "divested", co, "occupation", 2015,
     "Nach der jetzt bekannt gewordenen Entscheidung der größten norwegischen Lebensversicherung KLP, die HeidelbergCement AG und den mexikanischen Baustoffkonzern Cemex SAB de SV mit Wirkung vom 1. Juni 2015 aus dem Investment-Portfolio auszuschließen")
   for co in ("HeidelbergCement", "Cemex")]
  + [C("HeidelbergCement", "owns", "Hanson Israel", "occupation", None,
       "die unverzügliche Trennung vom Geschäftsbereich der Tochterfirma Hanson Israel, der in dem von Israel besetzten palästinensischen Westjordanland tätig ist"),
     C("HeidelbergCement", "acquired", "Hanson", "occupation", 2007,
       "dass es laut Geschäftsbericht 2012 im Jahre 2007 zum Kauf des britischen Unternehmens Hanson kam")])

D("444-bds-kampagne-pfa-pension-heidelbergcement.txt",
  "http://bds-kampagne.de/daenischer-pensions-und-versicherungsfonds-zieht-seine-aktienanteile-aus-heidelbergcement-ab/",
  "Dänischer Pensions- und Versicherungsfonds zieht seine Aktienanteile aus HeidelbergCement ab",
  r'''Dänischer Pensions- und Versicherungsfonds zieht seine Aktienanteile aus HeidelbergCement ab

Der größte private Pensions- und Versicherungskonzern Dänemarks, PFA Pension, zieht seine Aktienanteile aus HeidelbergCement ab, weil dieser in die Ausbeutung natürlicher Ressourcen im Westjordanland verwickelt ist.

PFA Pension, dessen Anteile sich auf 50 Milliarden US-Dollar belaufen, erklärt, es ziehe seine Anteile zurück, da der Konzern sich nicht an illegalen Aktivitäten im Zusammenhang mit der Besatzung des Westjordanlands beteiligen möchte.

(…) HeidelbergCement ist beteiligt an der Ausbeutung natürlicher Ressourcen in einer Art und Weise, die inkompatibel mit PFAs Richtlinien über verantwortungsvolle Investitionen ist, erklärte der Konzern.

(…) PFA Pension ist der zweite europäische Pensionskonzern, der seine Investitionen wegen der Ausbeutung palästinensischer Ressourcen von HeidelbergCement zurückzieht. Im Juni hatte Norwegens größter Pensionskonzern seine Aktien von HeidelbergCement und Cemex – einer mexikanischen Firma, die Anteile an einem Steinbruch im Westjordanland besitzt – zurückgezogen…

Vollständiger Artikel (engl.): electronicintifada.net
Übersetzung: Palästinakomitee Stuttgart (Pako)
Foto: Who Profits – Der Nahal Raba Steinbruch im Westjordanland''',
  [O("PFA Pension", "PFA Pension", "PFA"), O("HeidelbergCement"), O("Cemex"),
   O("KLP", "Norwegens größter Pensionskonzern"),
   O("The Electronic Intifada", "electronicintifada.net"),
   O("Palästinakomitee Stuttgart", "Palästinakomitee Stuttgart", "Pako"), O("Who Profits")],
  [M("50 Milliarden US-Dollar", 50000000000, "USD")],
  [C("PFA Pension", "divested", "HeidelbergCement", "occupation", None,
     "Der größte private Pensions- und Versicherungskonzern Dänemarks, PFA Pension, zieht seine Aktienanteile aus HeidelbergCement ab, weil dieser in die Ausbeutung natürlicher Ressourcen im Westjordanland verwickelt ist.")]
  + [C("KLP", "divested", co, "occupation", None,
       "Im Juni hatte Norwegens größter Pensionskonzern seine Aktien von HeidelbergCement und Cemex – einer mexikanischen Firma, die Anteile an einem Steinbruch im Westjordanland besitzt – zurückgezogen")
     for co in ("HeidelbergCement", "Cemex")])

D("445-insideit-pti-abraxas-freihaendig.txt",
  "https://www.inside-it.ch/polizei-vergibt-freihaendigen-8-millionen-auftrag-an-abraxas-20220915",
  "Polizei vergibt freihändigen 8-Millionen-Auftrag an Abraxas",
  r'''Polizei vergibt freihändigen 8-Millionen-Auftrag an Abraxas
15. September 2022, 14:44Nur Abraxas Informatik kam für diesen Auftrag in Frage, sagt die Organisation Polizeitechnik und -Informatik Schweiz.
Die Organisation Polizeitechnik und -Informatik Schweiz (PTI) hat in einem freihändigen Verfahren Abraxas Informatik einen Auftrag zum Betrieb und zur Betreuung seiner IT-Systeme von 2022 bis 2027 erteilt. Der im Zuschlag genannte Preis ist 7,8 Millionen Franken. Dabei handelt es sich aber nur um eine Schätzung der Betriebskosten während der Auftragslaufzeit. Letztendlich könnte das Auftragsvolumen also auch höher oder tiefer zu liegen kommen.
Warum freihändig? Die Betreuung und der Betrieb von IT-Systemen ist ja eigentlich eine Spezialität vieler IT-Dienstleister. Die PTI liefert dafür eine recht ausführliche Begründung. Für die "teilweise äusserst sensitiven PTI-Systeme und dort bearbeiteten Daten" würden erhöhte Anforderungen an die Datenhoheit und Datensicherheit bestehen, heisst es im Zuschlagsbescheid. Deshalb lasse man die PTI-Systeme von einem staatlich betriebenen Rechenzentrum hosten. Gegenwärtig sei dies das Rechenzentrum der Kantonspolizei Zürich, welches dafür eine moderne RZ-Infrastruktur biete.
Um die Systeme im Kapo-RZ umfassend zu betreuen, habe man daher eine Drittfirma gebraucht, die dort auch solche Dienstleistungen erbringen darf. Die Kapo ZH hat im Jahr 2021 eine Ausschreibung für die Erneuerung und den Betrieb ihrer RZ-Infrastruktur durchgeführt, die von Abraxas gewonnen wurde. Das heisst, Abraxas ist eben bereits in diesem RZ präsent und darf dort Dienstleistungen erbringen.
Der RZ-Betreiber Kapo ZH und der Dienstleister Abraxas sei für die PTI deshalb zurzeit die einzige Kombination, welche die Anforderungen – einerseits ein modernes, leistungsfähiges und staatlich betriebenes Rechenzentrum und andererseits das Know-how und die Ressourcen für umfassende Betriebsleistungen – erbringen kann und darf.
Das PTI ist l''',
  [O("Abraxas Informatik", "Abraxas", "Abraxas Informatik"),
   O("Polizeitechnik und -Informatik Schweiz", "Organisation Polizeitechnik und -Informatik Schweiz", "PTI"),
   O("Kantonspolizei Zürich", "Kantonspolizei Zürich", "Kapo ZH")],
  [M("7,8 Millionen Franken", 7800000, "CHF")],
  [C("Abraxas Informatik", "contract", "Polizeitechnik und -Informatik Schweiz", "policing", 2022,
     "Die Organisation Polizeitechnik und -Informatik Schweiz (PTI) hat in einem freihändigen Verfahren Abraxas Informatik einen Auftrag zum Betrieb und zur Betreuung seiner IT-Systeme von 2022 bis 2027 erteilt.",
     7800000, "CHF"),
   C("Abraxas Informatik", "contract", "Kantonspolizei Zürich", "policing", 2021,
     "Die Kapo ZH hat im Jahr 2021 eine Ausschreibung für die Erneuerung und den Betrieb ihrer RZ-Infrastruktur durchgeführt, die von Abraxas gewonnen wurde.")])

# Batch 5: Lürssen's patrol boats for Saudi Arabia (a pre-approved deal and its border
# guard after the export stop), the Bundestag's procurement marathon (Diehl, MBDA
# Deutschland, KNDS and Rheinmetall), Palantir for Hesse's police, Atos and Cognitec's
# face recognition for Austria's Bundeskriminalamt, Leonardo's helicopters for the
# Bundesheer, the Swiss National Bank and Compenswiss in Northrop Grumman, Kötter's JVA Burg.
BATCH = 5

D("446-zeit-saudi-arabien-patrouillenboote-luerssen.txt",
  "https://www.zeit.de/news/2013-02/10/deutschland-bericht-saudi-arabien-will-deutsche-patrouillenboote-kaufen-10102607",
  "Bericht: Saudi-Arabien will deutsche Patrouillenboote kaufen",
  r'''Berlin (AFP) Saudi-Arabien will einem Bericht zufolge deutsche Patrouillenboote für rund 1,5 Milliarden Euro kaufen. Wie die "Bild am Sonntag" berichtet, beschied der Bundessicherheitsrat eine Voranfrage der Bremer Lürssen-Werft zu dem Geschäft positiv. Das geheim tagende Gremium, dem Bundeskanzlerin Angela Merkel (CDU) und acht Bundesminister angehören, muss deutschen Rüstungsgeschäften zustimmen. Die Grenzschutzboote zum Stückpreis von zehn bis 25 Millionen Euro sollen demnach binnen zwei Jahren nach Vertragsunterzeichnung an Saudi-Arabien übergeben werden.''',
  [O("AFP"), O("Bild am Sonntag"), O("Bundessicherheitsrat"), O("Lürssen", "Lürssen-Werft"), O("CDU")],
  [M("1,5 Milliarden Euro", 1500000000, "EUR"), M("25 Millionen Euro", 25000000, "EUR")],
  [])

D("447-br-luerssen-saudi-grenzschutz-exportstopp.txt",
  "https://www.br.de/nachrichten/deutschland-welt/trotz-exportstopp-wie-luerssen-weiter-die-saudis-unterstuetzt,RiMZnZt",
  "Trotz Exportstopp: Wie Lürssen weiter die Saudis unterstützt",
  r'''Rüstungsexporte nach Saudi-Arabien können "in dem Zustand, in dem wir momentan sind", nicht stattfinden. Dies hatte die Bundeskanzlerin im Oktober 2018 erklärt, nach dem Mord an dem Journalisten Jamal Khashoggi. Bis heute gilt ein Waffen-Exportstopp für Saudi-Arabien, auch wegen der Rolle der Saudis im Jemen-Krieg. Doch der deutsche Rüstungskonzern Lürssen war auch nach Verhängung des Exportstopps in Saudi-Arabien aktiv. Unterlagen, die dem ARD-Politikmagazin report München und dem Stern zugespielt wurden, zeigen: Das Bremer Werftunternehmen unterstützte den Grenzschutz des Landes beim Betrieb von aus Deutschland gelieferten Kriegsschiffen.

Reparaturen in Saudi-Arabien

Aus internen Präsentationen geht hervor: Lürssen beschäftigte weiterhin Mitarbeiter in Saudi-Arabien, die bei der Ausbildung von Schiffsmannschaften und dem Unterhalt der Boote halfen. So vermeldete ein Lürssen-Fortschrittsbericht vom Mai 2019, eine neue Ankerwinde sei als Ersatz für eine defekte Winde "eingebaut und getestet" worden. Außerdem organisierte der Konzern den Unterlagen zufolge Ersatz für defekte Schiffsschrauben eines Bootes, das auf Grund gelaufen war. Im Dezember 2018 waren laut einer internen Aufstellung 29 Lürssen-Mitarbeiter in Saudi-Arabien tätig.

Saudi-Arabien hatte bei Lürssen vor einigen Jahren 33 Patrouillenboote bestellt. "Bei der Abwicklung des Hauptvertrages" komme es "in erheblichem Umfang zur Durchführung von Aktivitäten in Saudi-Arabien", hatte es bereits in einem internen Lürssen-Projekthandbuch aus dem Jahr 2015 geheißen, das report München und dem Stern vorliegt. Zwar wurden wegen des Ausfuhrstopps nur 15 Patrouillenboote geliefert. Doch das Ausbildungsprogramm für die Crews der exportierten Schiffe lief weiter.

Bundesregierung könnte Gesetzeslücke schließen

Lürssen nutzt für die Aktivitäten vor Ort "eine Regelungslücke", wie der frü''',
  [O("Lürssen", "Rüstungskonzern Lürssen", "Lürssen", "Bremer Werftunternehmen"),
   O("ARD"), O("report München"), O("Stern"),
   O("Saudi Border Guard", "Grenzschutz des Landes"),
   O("Government of Germany", "Bundesregierung")],
  [],
  [C("Lürssen", "supplies", "Saudi Border Guard", "borders", None,
     "Das Bremer Werftunternehmen unterstützte den Grenzschutz des Landes beim Betrieb von aus Deutschland gelieferten Kriegsschiffen.")])

D("448-br-haushaltsausschuss-bundeswehr-diehl-mbda-knds.txt",
  "https://www.br.de/nachrichten/wirtschaft/21-milliarden-fuer-bundeswehr-auftraege-gehen-auch-nach-bayern,UXPcorJ",
  "21 Milliarden für Bundeswehr: Aufträge gehen auch nach Bayern",
  r'''Es war eine Marathonsitzung, zu der sich am Mittwoch vor Weihnachten die Mitglieder des Bundestags-Haushaltsausschusses trafen. Die Abgeordneten rückten mit dicken Aktenbergen an. Denn es standen mit 38 Beschaffungsvorhaben so viele wie noch nie auf der Tagesordnung. Am Ende bewilligten die Haushälter alle Vorlagen. Darunter sind sowohl vier neue U-Boote und Munition, aber auch Uniformen und diverse technische Nachrüstungen. Einige große Aufträge gingen dabei an bayerische Firmen.

Flugabwehrraketen aus Bayern

Zu den größten Posten in den neuen Beschaffungen gehören Raketen für Flugabwehrsysteme wie Patriot und Iris-T. Damit sollen auf der einen Seite Lagerbestände aufgefüllt werden, die Deutschland an die Ukraine abgegeben hat. Auf der anderen Seite will die Bundeswehr in den kommenden Jahren ihre Luftabwehr deutlich ausbauen.

Die Raketen kommen vom Nürnberger Konzern Diehl und von MBDA Deutschland im oberbayerischen Schrobenhausen. Dort war im November Bundesverteidigungsminister Boris Pistorius zu Gast, als mit einem symbolischen Spatenstich eine deutliche Erweiterung des MBDA-Werkes startete.

Neue digitale Funkgeräte

Eine weitere große Order geht an den Panzerbauer KNDS Deutschland, früher bekannt als Krauss-Maffei Wegmann (KMW). Das Münchener Unternehmen soll in einem Gemeinschaftsprojekt mit Rheinmetall in den kommenden Jahren knapp 10.000 Fahrzeuge der Bundeswehr mit digitalem Funk ausrüsten. Auftragswert: Knapp eine Milliarde Euro für jeden der beiden Partner.

Warten auf versprochene Bestellungen

Auch wenn auf Seiten der Bundesregierung betont wird, dass man in diesem Jahr so viel Material wie noch nie bestellt habe – eigentlich hatte Olaf Scholz noch mehr versprochen. So hatte der Bundeskanzler im Juni auf der Luft- und Raumfahrtmesse ILA in Berlin völlig überraschend die Bestellung von 20 zusätzlichen Eurofighter-Kampfflugzeugen''',
  [O("Haushaltsausschuss des Bundestages", "Bundestags-Haushaltsausschuss"), O("Bundeswehr"),
   O("Diehl", "Nürnberger Konzern Diehl"), O("MBDA Deutschland", "MBDA Deutschland", "MBDA"),
   O("KNDS Deutschland", "KNDS Deutschland", "Krauss-Maffei Wegmann", "KMW", "Münchener Unternehmen"),
   O("Rheinmetall"), O("Government of Germany", "Bundesregierung")],
  [M("eine Milliarde Euro", 1000000000, "EUR")],
  [C(co, "supplies", "Bundeswehr", "military", None,
     "Die Raketen kommen vom Nürnberger Konzern Diehl und von MBDA Deutschland im oberbayerischen Schrobenhausen.")
   for co in ("Diehl", "MBDA Deutschland")]
  + [C(co, "contract", "Bundeswehr", "military", None,
       "Das Münchener Unternehmen soll in einem Gemeinschaftsprojekt mit Rheinmetall in den kommenden Jahren knapp 10.000 Fahrzeuge der Bundeswehr mit digitalem Funk ausrüsten.",
       1000000000, "EUR")
     for co in ("KNDS Deutschland", "Rheinmetall")]
  + [C("KNDS Deutschland", "partnered", "Rheinmetall", "military", None,
       "Das Münchener Unternehmen soll in einem Gemeinschaftsprojekt mit Rheinmetall in den kommenden Jahren knapp 10.000 Fahrzeuge der Bundeswehr mit digitalem Funk ausrüsten.")])

D("449-zeit-hessen-polizei-palantir.txt",
  "http://www.zeit.de/digital/2018-04/palantir-software-hessen-kriminalitaet-islamismus-cambridge-analytica",
  "Hessens Polizei kauft Software von Palantir",
  r'''Hessens Polizei hat eine umstrittene Software der US-Firma Palantir Technologies gekauft, die gegen islamistischen Terrorismus und organisierte Kriminalität eingesetzt werden soll. Das berichtet der Spiegel und beruft sich dabei auf das hessische Innenministerium. Palantir steht im Verdacht, Kontakte zur Firma Cambridge Analytica unterhalten zu haben, die mit illegal erlangten Facebook-Daten die US-Präsidentschaftswahl manipuliert haben soll.

Palantir-Mitarbeiter würden bereits hessische Polizeibeamte an der neuen Software ausbilden. Der Wert des Programms betrage nach offizieller Mitteilung "0,01 Euro ohne MwSt". Gegenüber dem Spiegel habe das hessische Innenministerium eingeräumt, dass dies "nicht der tatsächliche Preis" sei, wollte diesen aber aus "Gründen des öffentlichen Sicherheitsinteresses des Landes Hessen" nicht nennen.

Palantir wurde 2004 von dem Facebook-Investor und PayPal-Erfinder Peter Thiel mithilfe des US-Geheimdienstes CIA gegründet. Erst kürzlich erhielt das Unternehmen einen Auftrag über 876 Millionen Dollar vom US-Militär.

Der Kauf der Software in Hessen ist auch deshalb heikel, weil die Firma in den USA wegen missbräuchlicher Nutzung von Kundendaten aufgefallen war. Auf eine Ausschreibung sei verzichtet worden, weil es am Markt keine einsatzbereite Alternative gegeben habe, begründete Hessen die Form der Anschaffung.''',
  [O("Hessische Polizei", "Hessens Polizei"), O("Palantir Technologies", "Palantir Technologies", "Palantir"),
   O("Der Spiegel", "Spiegel"), O("Hessisches Innenministerium", "hessische Innenministerium"),
   O("Cambridge Analytica"), O("Facebook"), O("PayPal"), O("CIA"),
   O("U.S. Armed Forces", "US-Militär"), O("Land Hessen", "Landes Hessen")],
  [M("0,01 Euro", 0.01, "EUR"), M("876 Millionen Dollar", 876000000, "USD")],
  [C("Palantir Technologies", "contract", "Hessische Polizei", "policing", None,
     "Hessens Polizei hat eine umstrittene Software der US-Firma Palantir Technologies gekauft, die gegen islamistischen Terrorismus und organisierte Kriminalität eingesetzt werden soll."),
   C("Palantir Technologies", "contract", "U.S. Armed Forces", "military", None,
     "Erst kürzlich erhielt das Unternehmen einen Auftrag über 876 Millionen Dollar vom US-Militär.",
     876000000, "USD")])

D("450-futurezone-bk-gesichtserkennung-atos-cognitec.txt",
  "https://futurezone.at/netzpolitik/gesichtserkennungssoftware-fuer-polizei-kostet-450000-euro/400534051",
  "Gesichtserkennungssoftware für Polizei kostet 450.000 Euro",
  r'''Gesichtserkennungssoftware für Polizei kostet 450.000 Euro
Dieser Artikel ist älter als ein Jahr!
Die Gesichtserkennungssoftware, die ab Dezember beim Bundeskriminalamt (BK) und in weiterer Folge in den Landeskriminalämtern implementiert werden soll, hat knapp 450.000 Euro gekostet. Das geht aus der Beantwortung einer parlamentarischen Anfrage der NEOS an seinen Vorgänger Herbert Kickl (FPÖ) durch Innenminister Wolfgang Peschorn hervor.
Vier Bieter
Dem Kauf war demnach eine Ausschreibung vorausgegangen, an der sich laut Peschorn vier Bieter beteiligt haben. Den Zuschlag bekam die Firma Atos IT Solutions and Services GmbH mit dem Subunternehmen Cognitec Systems GmbH. Der Anschaffungspreis betrug exakt 448.813,20 Euro. Dazu kommen, so Peschorn, „wie bei jedem anderen EDV System“ nicht näher bezifferte Kosten für die Wartung.
Der Einsatz der Software ist dem Innenminister zufolge durch das Sicherheitspolizeigesetz (SPG) und die Strafprozessordnung (StPO) legitimiert und erfolgt bei allen gerichtlich strafbaren Vorsatztaten, „wenn von dem oder den unbekannten Täter/n qualitativ geeignete Lichtbilder aus Überwachungskameras oder anderen Geräten (z.B Aufnahmen mit Mobiltelefonen) vorhanden sind, durch Abgleich dieser mit den Lichtbildern der Referenzdatenbank“, wie es in der Anfragebeantwortung hieß.
Kein Abgleich mit europäischen Datenbanken
Der Suchvorgang erfolgt nicht automatisch, sondern muss von einem Beamten in Gang gesetzt werden. Innenminister Peschorn stellte im Übrigen klar, dass der Abgleich ausschließlich mit der Referenzdatenbank „Erkennungsdienstliche Evidenz“ erfolgt, in der Verdächtige und Verurteilte nach vorsätzlichen gerichtlich strafbaren Handlungen gespeichert sind. „Ein Abgleich mit europäischen Datenbanken findet nicht statt“, so der Ressortchef.''',
  [O("Bundeskriminalamt (Austria)", "Bundeskriminalamt", "BK"), O("NEOS"), O("FPÖ"),
   O("Atos IT Solutions and Services", "Atos IT Solutions and Services GmbH"),
   O("Cognitec Systems", "Cognitec Systems GmbH")],
  [M("450.000 Euro", 450000, "EUR"), M("448.813,20 Euro", 448813.20, "EUR")],
  [C("Atos IT Solutions and Services", "contract", "Bundeskriminalamt (Austria)", "policing", None,
     "Den Zuschlag bekam die Firma Atos IT Solutions and Services GmbH mit dem Subunternehmen Cognitec Systems GmbH.",
     448813.20, "EUR"),
   C("Cognitec Systems", "partnered", "Atos IT Solutions and Services", "policing", None,
     "Den Zuschlag bekam die Firma Atos IT Solutions and Services GmbH mit dem Subunternehmen Cognitec Systems GmbH.")])

D("451-suedtirolnews-bundesheer-leonardo-hubschrauber.txt",
  "https://www.suedtirolnews.it/wirtschaft/bundesheer-bekommt-ab-2022-neue-italienische-hubschrauber",
  "Bundesheer bekommt ab 2022 neue italienische Hubschrauber",
  r'''Das Bundesheer kauft um 300 Millionen Euro 18 Hubschrauber vom italienischen Hersteller Leonardo. Verteidigungsministerin Klaudia Tanner (ÖVP) verkündete die bereits durchgesickerte Entscheidung am Montag und versicherte, dass es sich um “hocheffizientes und modernes Gerät” handle. Zugleich zeigte sie sich “froh”, dass der Generalstab Leonardo empfohlen habe – und nicht den Eurofighter-Hersteller und Helikopter-Anbieter Airbus. Die Opposition zeigte sich vorerst zufrieden.

Die neuen Hubschrauber sind ein Ersatz für die leichten Verbindungs- und Transporthubschrauber “Alouette III”, die aus technischen Gründen Ende 2023 ausgeschieden werden müssen. Sie sollen für das Militär verschiedene Aufgaben erfüllen – vom Personen- und Materialtransport bis zu Löscharbeiten. In der Summe von 300 Millionen Euro soll die gesamte Beschaffung beinhaltet sein, also Hubschrauber, Technik, Logistik, aber auch die Ausbildung sowie infrastrukturelle Erfordernisse.

Die Vertragsverhandlungen mit der italienischen Regierung (“Government-to-Government”-Geschäft) sollen etwa sechs Monate dauern, dann braucht die Produktion der Hubschrauber etwa eineinhalb Jahre. Die ersten Helikopter sollen dann Mitte 2022 in Österreich, die letzten Anfang 2024 landen. Jene 12 Maschinen, die die Einsatzstaffel bilden, werden in Aigen im Ennstal in der Steiermark stationiert. Die sechs Ausbildungshubschrauber kommen an die Fliegerabwehrschule in Langenlebarn in Niederösterreich.

Generalstabschef Robert Brieger betonte, dass man verschiedene Angebote “wertfrei” geprüft habe. Im Vorfeld sei eine Matrix mit den Anforderungen an den neuen Hubschrauber erstellt worden und an eine Vielzahl von Ländern versandt worden, erläuterte Tanner. Im Rennen waren dann noch Italien mit Leonardo, Deutschland mit Airbus und die USA mit Bell. Die USA hätten die Anforderungen bei Ausbildun''',
  [O("Österreichisches Bundesheer", "Bundesheer"), O("Leonardo"), O("ÖVP"),
   O("Generalstab des Bundesheeres", "Generalstab"), O("Airbus"),
   O("Government of Italy", "italienischen Regierung"), O("Fliegerabwehrschule"), O("Bell")],
  [M("300 Millionen Euro", 300000000, "EUR")],
  [C("Leonardo", "contract", "Österreichisches Bundesheer", "military", None,
     "Das Bundesheer kauft um 300 Millionen Euro 18 Hubschrauber vom italienischen Hersteller Leonardo.",
     300000000, "EUR")])

D("452-woz-nationalbank-compenswiss-northrop.txt",
  "https://www.woz.ch/2316/investitionspolitik/schweizer-geld-fuer-us-atomwaffen/!NZBB0DVT285",
  "Investitionspolitik: Schweizer Geld für US-Atomwaffen",
  r'''Investitionspolitik: Schweizer Geld für US-Atomwaffen

Nr. 16 –

Die Schweizer Nationalbank investiert mehrere Hundert Millionen Franken in den umstrittenen US-Waffenkonzern Northrop. Die Begründung ist wenig überzeugend, aber für schärfere Regeln fehlt der politische Wille.

Anfang April gab der US-Rüstungskonzern Northrop Grumman bekannt, sich für einen milliardenschweren Regierungsauftrag zur Modernisierung des US-Atomwaffenarsenals zu bewerben. Der Entscheid überrascht kaum: Der viertgrösste Waffenproduzent der Welt, der 2022 knapp 37 Milliarden US-Dollar umsetzte, ist seit Jahrzehnten ein zentraler Akteur und Profiteur des US-Atomwaffenprogramms.

Für den norwegischen Staatsfonds, den weltweit grössten staatlichen Anleger, sind Investitionen in Northrop Grumman seit 2006 tabu. Der Rüstungskonzern steht wegen seiner Beteiligung am US-Atomwaffenarsenal auf der Ausschlussliste des norwegischen Fonds. Diese Liste gilt als globales Referenzwerk für verantwortungsbewusstes Investieren. Auch in der Schweiz haben in den vergangenen Jahren viele grosse Anleger einen Bogen um den US-Konzern gemacht. Doch wie Recherchen der WOZ zeigen, investierte allein die Schweizerische Nationalbank (SNB) letzten September über 300 Millionen Franken in Northrop, während sie zuvor überhaupt keine Aktien des Unternehmens gehalten hatte. Auch Compenswiss, der Ausgleichsfonds der AHV, stieg damals mit fast 4 Millionen Franken ein.

Von Ausschlusslisten verschwunden

Sowohl die SNB als auch Compenswiss sind mehrheitlich passive Anleger. Das heisst, sie wählen nicht selbst einzelne Aktien aus, sondern folgen mehr oder weniger blind den grossen globalen Märkten. Je höher der Marktwert eines Unternehmens ist, desto mehr investieren sie. Es findet also keine aktive Selektion der Titel statt. Allerdings werden bestimmte Unternehmen ausgeschlossen, um zu verhindern, dass in besonders kontroverse Firmen investiert wird. Northrop Grumman muss also im Sommer 2022 von den A''',
  [O("Swiss National Bank", "Schweizer Nationalbank", "Schweizerische Nationalbank", "SNB"),
   O("Northrop Grumman", "Northrop Grumman", "Northrop"),
   O("Norwegian Government Pension Fund Global", "norwegischen Staatsfonds", "norwegischen Fonds"),
   O("WOZ"), O("Compenswiss", "Compenswiss", "Ausgleichsfonds der AHV"), O("AHV")],
  [M("37 Milliarden US-Dollar", 37000000000, "USD"), M("300 Millionen Franken", 300000000, "CHF"),
   M("4 Millionen Franken", 4000000, "CHF")],
  [C("Swiss National Bank", "invested", "Northrop Grumman", "military", None,
     "Doch wie Recherchen der WOZ zeigen, investierte allein die Schweizerische Nationalbank (SNB) letzten September über 300 Millionen Franken in Northrop, während sie zuvor überhaupt keine Aktien des Unternehmens gehalten hatte.",
     300000000, "CHF"),
   C("Compenswiss", "invested", "Northrop Grumman", "military", None,
     "Auch Compenswiss, der Ausgleichsfonds der AHV, stieg damals mit fast 4 Millionen Franken ein.",
     4000000, "CHF"),
   C("Norwegian Government Pension Fund Global", "divested", "Northrop Grumman", "military", 2006,
     "Für den norwegischen Staatsfonds, den weltweit grössten staatlichen Anleger, sind Investitionen in Northrop Grumman seit 2006 tabu.")])

D("453-gefaengnisseelsorge-jva-burg-koetter.txt",
  "https://gefaengnisseelsorge.net/ein-baum-in-der-justizvollzugsanstalt-burg-in-sachsen-anhalt",
  "Ein Baum in der Justizvollzugsanstalt Burg in Sachsen-Anhalt",
  r'''Der Bau der Justizvollzugsanstalt Burg in Sachsen-Anhalt erfolgte im Jahr 2007 auf dem Wege des Public Private Partnership. Die Übergabe der neuen JVA mit der Hausnummer Madel 100 fand im April 2009 statt. Sie wurde auf freier Fläche nahe der Autobahn A 2 Richtung Berlin gebaut. Einzig ein Baum wurde stehen gelassen. Noch heute ist diese Eiche innerhalb der Mauern integriert. Das Gefängnis wurde um den Baum herum errichtet. In jeder Jahreszeit zeigt sich die Eiche in einer anderen Pracht.
Der Gefängnisbau ist privat über die Kötter Services finanziert worden. Die Justiz Sachsen-Anhalt ist an diesem Standort in Miete. Die politische Wunschvorstellung, dass private Haftanstalten wirtschaftlicher seien als staatlich geführte, wurde von der externen Finanzkontrolle widerlegt. “Staat oder privat”: Unter diesem Schlagwort wurde eine heftige Diskussion über die Privatisierung von Justizvollzugsanstalten geführt. Ursächlich für die Entscheidung zur Privatisierung des Strafvollzugs in einigen Bundesländern waren vor allem fiskalische und betriebswirtschaftliche, zum Teil aber auch gesellschaftspolitische oder rein parteipolitische Gründe. Die staatliche Finanzkontrolle der Rechnungshöfe hat nicht für endgültige Klarheit, so doch zumindest für eine deutliche Problembenennung und wirtschaftliche Transparenz gesorgt. Die Wirtschaftlichkeit des Public-private-Partnership-Projekts (PPP) kann nicht nachgewiesen werden. Die Privatisierungsdiskussion war zunächst geprägt vom Beispiel von in privater Regie geführten Anstalten im europäischen und außereuropäischen Ausland, insbesondere im angelsächsischen Raum.
Ist Privatisierung besser?
Gegenstand der Prüfung der Rechnungshöfe waren weder vollzugspraktische noch vollzugsrechtliche oder vollzugspolitische Probleme, sondern Haushalts- und Wirtschaftlichkeitsfragen. Der (Teil-)Privatisierung von Justizvollzugsanstalten in Hessen war beispielsweise eine umfangreiche Diskussion vorausgegangen, die unter ander''',
  [O("JVA Burg", "Justizvollzugsanstalt Burg"), O("Kötter Services"),
   O("Justiz Sachsen-Anhalt")],
  [],
  [C("Kötter Services", "supplies", "Justiz Sachsen-Anhalt", "prisons", None,
     "Der Gefängnisbau ist privat über die Kötter Services finanziert worden. Die Justiz Sachsen-Anhalt ist an diesem Standort in Miete.")])
