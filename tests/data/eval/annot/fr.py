from common import O, M, C

LANG = "fr"
DOCS = []
# Which collection round a document came from (see ../README.md, "Batches"): each
# batch is split into tune and check on its own, so adding documents never moves
# one already in a half.
BATCH = 1


def D(doc, url, title, text, orgs, money, claims):
    DOCS.append({"doc": doc, "url": url, "lang": LANG, "title": title, "text": text,
                 "orgs": orgs, "money": money, "claims": claims, "batch": BATCH})


NGPF = "Norwegian Government Pension Fund Global"

D("201-zonebourse-lockheed-contrats.txt",
  "https://www.zonebourse.com/actualite-bourse/LOCKHEED-le-groupe-obtient-du-gouvernement-un-nouveau-contrat-d-un-milliard-de-dollars--42619596/?utm_medium=RSS&utm_content=20221226",
  "LOCKHEED : le groupe obtient du gouvernement un nouveau contrat d'un milliard de dollars",
  r'''Les États-Unis ont attribué vendredi des contrats de défense à des entreprises, dont un de plus d'un milliard de dollars à Lockheed Martin. Plus tôt ce mois-ci, Lockheed Martin a reçu un contrat du ministère de la Défense d'une valeur de 431 millions de dollars pour livrer de nouveaux systèmes de roquettes d'artillerie et des services de soutien pour l'armée. Boeing a obtenu un contrat de 497 millions de dollars pour des hélicoptères.''',
  [O("Lockheed Martin"), O("U.S. Department of Defense", "ministère de la Défense"),
   O("U.S. Army", "armée"), O("Boeing")],
  [M("un milliard de dollars", 1000000000, "USD"), M("431 millions de dollars", 431000000, "USD"),
   M("497 millions de dollars", 497000000, "USD")],
  [C("Lockheed Martin", "contract", "U.S. Department of Defense", "military", None,
     "Lockheed Martin a reçu un contrat du ministère de la Défense d'une valeur de 431 millions de dollars pour livrer de nouveaux systèmes de roquettes d'artillerie et des services de soutien pour l'armée.",
     431000000, "USD")])

D("202-businessman-thales-snle-sonars.txt",
  "https://www.businessman.fr/information-veille-economique-actualite-entreprise-industrie/information-veille-economique-actualite-entreprise-aeronautique-naval/electronique-thales-retenu-pour-les-futurs-sous-marins-nucleaires-de-la-france/670131",
  "ELECTRONIQUE : Thales retenu pour les futurs sous-marins nucléaires de la France",
  r'''ELECTRONIQUE : Thales retenu pour les futurs sous-marins nucléaires de la France

Le groupe d'électronique THALES / T : 01.57.77.80.00 (siège social à Paris La Défense/Hauts-de-Seine, CA 16,2 milliards d’euros, 81 000 salariés), spécialisé dans l'aérospatial, la défense, la sécurité et le transport terrestre, a été retenu pour développer les systèmes sonars des futurs sous-marins lanceurs d'engins français de troisième génération (SNLE 3G). Selon un communiqué du groupe, ce contrat « majeur », d’un montant de 300 à 500 millions d’euros, lui a été signifié par la Direction générale de l’armement (DGA). www.thalesgroup.com/fr''',
  [O("Thales", "Thales", "THALES"),
   O("Direction générale de l'armement", "Direction générale de l’armement", "DGA")],
  [M("16,2 milliards d’euros", 16200000000, "EUR"), M("500 millions d’euros", 500000000, "EUR")],
  [C("Thales", "contract", "Direction générale de l'armement", "military", None,
     "Selon un communiqué du groupe, ce contrat « majeur », d’un montant de 300 à 500 millions d’euros, lui a été signifié par la Direction générale de l’armement (DGA).")])

D("203-usinenouvelle-thales-suite-sonar.txt",
  "https://www.usinenouvelle.com/article/thales-developpe-une-nouvelle-suite-sonar-pour-les-sous-marins-nucleaires-francais.N2152452",
  "Thales développe une nouvelle suite sonar pour les sous-marins nucléaires français",
  r'''La Direction générale de l’armement (DGA) du ministère des Armées a annoncé mardi 11 juillet avoir commandé une suite sonar de nouvelle génération à Thales afin d’équiper les sous-marins nucléaires lanceurs d'engins (SNLE) français. Cette suite sonar permettra de sécuriser les engins contre des menaces à courte, moyenne et longue distance. La commande s’intègre dans les programmes français de réalisation de quatre SNLE de troisième génération d’ici 2035, et de modernisation d'un SNLE de deuxième génération. Le montant du contrat est compris entre 300 et 500 millions d'euros. Les sonars seront produits sur le site Thales d'Aubagne (Bouches-du-Rhône) et développés sur le site de Sophia Antipolis (Alpes-Maritimes). Le choix de Thales s’explique par l'expertise du groupe en termes de lutte sous-marine. La multinationale équipe actuellement plus de 50 sous-marins (de types SNLE, sous-marin nucléaire d’attaque et conventionnels).''',
  [O("Direction générale de l'armement", "Direction générale de l’armement", "DGA"),
   O("Ministère des Armées", "ministère des Armées"), O("Thales")],
  [M("500 millions d'euros", 500000000, "EUR")],
  [C("Thales", "contract", "Direction générale de l'armement", "military", None,
     "La Direction générale de l’armement (DGA) du ministère des Armées a annoncé mardi 11 juillet avoir commandé une suite sonar de nouvelle génération à Thales afin d’équiper les sous-marins nucléaires lanceurs d'engins (SNLE) français.")])

D("204-corlobe-naval-group-snle3g.txt",
  "https://www.corlobe.tk/article47997.html",
  None,
  r'''Après trois ans d’études amont, la France engage le renouvellement de sa flotte de Sous-marins lanceurs d’engins de 3ème génération (SNLE 3G) à propulsion nucléaire. Florence Parly donne le coup d’envoi du programme, en confiant un premier contrat de conception d’une durée de cinq ans à Naval Group et à Technic Atom, co-maîtres d’œuvre des bateaux. L’annonce est faite lors d’un déplacement de la ministre des Armées au centre d’essais « techniques et hydrodynamique » de la Direction générale de l’armement (DGA), maître d’ouvrage des SNLE 3G, au Val-de-Reuil.
Retrouvez l’article sur le site du journal.
Source : Le Figaro''',
  [O("Naval Group"), O("Technic Atom"),
   O("Direction générale de l'armement", "Direction générale de l’armement", "DGA"), O("Le Figaro")],
  [],
  [C("Naval Group", "contract", "Direction générale de l'armement", "military", None,
     "en confiant un premier contrat de conception d’une durée de cinq ans à Naval Group et à Technic Atom, co-maîtres d’œuvre des bateaux."),
   C("Technic Atom", "contract", "Direction générale de l'armement", "military", None,
     "en confiant un premier contrat de conception d’une durée de cinq ans à Naval Group et à Technic Atom, co-maîtres d’œuvre des bateaux.")])

D("205-capital-thales-fregates-allemagne.txt",
  "https://www.capital.fr/entreprises-marches/thales-remporte-un-contrat-historique-pour-des-fregates-en-allemagne-1386182",
  "Thales remporte un contrat historique pour des frégates en Allemagne",
  r'''Thales signe l'un des plus importants contrats de son histoire. Le géant français de la défense va assurer la fourniture pour 1,5 milliard d'euros des systèmes de communication et de gestion de combat des futures frégates de la Marine de l'Allemagne. Ce contrat s'inscrit dans le cadre du programme "MKS 180" visant à doter la Marine allemande de quatre frégates polyvalentes, livrables entre 2027 et 2031 et attribué en juin à un consortium européen mené par le néerlandais Damen. Il s'agit de la plus grande commande navale dans l'histoire de l'armée allemande, la Bundeswehr.

Pour Thales, il "représente 1,5 milliard d'euros sur un total de 5,5 milliards attribués à Damen", s'est félicité son PDG Patrice Caine. "C'est le troisième plus grand contrat de l'histoire du groupe", a-t-il affirmé à quelques journalistes, en évoquant "un très grand honneur et une marque de grande confiance de la Marine allemande". Le consortium réunissant Damen, le chantier naval Blohm&Voss de Hambourg et la filiale de Thales aux Pays-Bas, l'a emporté en début d'année face aux chantiers de Kiel associés au géant industriel allemand Thyssenkrupp (TKMS), partenaires historiques de l'armée allemande.

Thales estime avoir bénéficié de son implantation de longue date aux Pays-Bas et de la coopération des industries navales allemande et néerlandaise. "Les possibilités que Damen et Thales ont eues conjointement aux Pays-Bas d'innover dans le cadre de projets de construction navale, souvent avec la participation du ministère néerlandais de la Défense, ont conduit à l'attribution de ce contrat germano-néerlandais", estime le groupe dans un communiqué. Le système de conduite de tir, qui permet de faire face aux attaques de surface ou aériennes, y compris celles visant à saturer les capa''',
  [O("Thales"), O("German Navy", "Marine de l'Allemagne", "Marine allemande"), O("Damen"),
   O("Bundeswehr", "armée allemande", "Bundeswehr"), O("Blohm&Voss"),
   O("Thyssenkrupp", "Thyssenkrupp", "TKMS"),
   O("Dutch Ministry of Defence", "ministère néerlandais de la Défense")],
  [M("1,5 milliard d'euros", 1500000000, "EUR")],
  [C("Thales", "supplies", "German Navy", "military", None,
     "Le géant français de la défense va assurer la fourniture pour 1,5 milliard d'euros des systèmes de communication et de gestion de combat des futures frégates de la Marine de l'Allemagne.",
     1500000000, "EUR"),
   C("Damen", "contract", "German Navy", "military", None,
     "Ce contrat s'inscrit dans le cadre du programme \"MKS 180\" visant à doter la Marine allemande de quatre frégates polyvalentes, livrables entre 2027 et 2031 et attribué en juin à un consortium européen mené par le néerlandais Damen."),
   C("Thales", "partnered", "Damen", "military", None,
     "Le consortium réunissant Damen, le chantier naval Blohm&Voss de Hambourg et la filiale de Thales aux Pays-Bas, l'a emporté en début d'année"),
   C("Thyssenkrupp", "partnered", "Bundeswehr", "military", None,
     "associés au géant industriel allemand Thyssenkrupp (TKMS), partenaires historiques de l'armée allemande.")])

D("206-marineoceans-dcns-thales-australie.txt",
  "https://marine-oceans.com/actualites/sous-marins-australiens-hollande-jeudi-a-gennevilliers-chez-thales",
  "Sous-marins australiens : Hollande jeudi à Gennevilliers chez Thales",
  r'''Mardi, le chef de l’Etat s’était rendu au siège de DCNS (direction des constructions navales, systèmes et services) pour fêter ce contrat estimé à 34,5 milliards d’euros (50 milliards de dollars australiens).
Thales, qui détient depuis 2011 35% du capital de DCNS, est notamment sur les rangs pour décrocher la partie sonars des futurs sous-marins australiens.
Les systèmes de combat des 12 sous-marins océaniques Shortfin Barracuda Block A1, seront, eux, américains, représentant environ 30% du total du contrat (soit environ 10 milliards d’euros).
Jeudi, M Hollande arrivera vers 09H30 à Thales Communications & Sécurity où il sera accueilli par le PDG du groupe, Patrice Caine. Il assistera à une présentation des systèmes de cybersécurité et de communications par satellite et se fera également présenter les systèmes de radiocommunications militaires (navales, terrestres, aéronautique).
Le chef de l’Etat conclura sa visite par une allocution, vers 10H30.''',
  [O("Naval Group", "DCNS", "direction des constructions navales, systèmes et services"), O("Thales"),
   O("Thales Communications & Sécurity")],
  [M("34,5 milliards d’euros", 34500000000, "EUR"), M("50 milliards de dollars australiens", 50000000000, "AUD"),
   M("10 milliards d’euros", 10000000000, "EUR")],
  [C("Thales", "owns", "Naval Group", "military", 2011,
     "Thales, qui détient depuis 2011 35% du capital de DCNS")])

D("207-bdsquebec-fonds-norvegien-elbit.txt",
  "https://www.bdsquebec.ca/?p=139",
  None,
  r'''Le désinvestissement consiste à faire pression sur l’économie israélienne en mettant fin aux investissements dans des entreprises israéliennes qui soutiennent l’occupation, la colonisation et l’apartheid israélien et qui en profitent.  Un site israélien identifie très clairement ce qu’il nomme l’industrie israélienne de l’occupation (voir www.whoprofits.org).

SURVEILLONS nos fonds de pension et EXIGEONS des dirigeants de ces fonds qu’ils refusent d’investir dans des entreprises israéliennes.

Un exemple à suivre :  le Norwegian Government Pension Fund – Global.

Ce fonds de pension a annoncé qu’il n’investirait plus ses capitaux (estimés à 4.5 millions de dollars) dans la société israélienne Elbit.

Motif évoqué : le géant électronique Elbit Systems Ltd a fourni du matériel électronique à la « barrière de séparation », qui a été érigée entre Israël et la Cisjordanie. Or, la barrière a été décrétée illégale par le Tribunal international de La Haye. Le ministre norvégien des Finances, Kristin Halvorsen, a approuvé la décision prise par le comité d’éthique du fonds de pension ; il a affirmé que son gouvernement « ne financera pas des sociétés qui contribuent directement à bafouer les droits de l’homme ».''',
  [O(NGPF, "Norwegian Government Pension Fund – Global"),
   O("Elbit Systems", "Elbit", "Elbit Systems Ltd"),
   O("International Court of Justice", "Tribunal international de La Haye")],
  [M("4.5 millions de dollars", 4500000, "USD")],
  [C(NGPF, "divested", "Elbit Systems", "occupation", None,
     "Ce fonds de pension a annoncé qu’il n’investirait plus ses capitaux (estimés à 4.5 millions de dollars) dans la société israélienne Elbit.",
     4500000, "USD")])

D("208-pourlapalestine-fonds-suedois-elbit.txt",
  "http://www.pourlapalestine.be/le-plus-important-fonds-de-pensions-suedois-renonce-a-investir-chez-elbit-pour-des-raisons-ethiques/",
  "Le plus important fonds de pensions suédois renonce à investir chez Elbit, pour des raisons éthiques",
  r'''Le plus important fonds de pensions suédois renonce à investir chez Elbit, pour des raisons éthiques

Le plus important fonds de pension suédois a – selon Haaretz – exclu de son porte-feuille de placements l’entreprise israélienne de défense électronique Elbit Systems, qui participe à la construction du Mur de l’annexion israélien, jugé illégal par la Cour de justice internationale de la Haye en 2004.

Cette décision a été motivée par des considérations éthiques, tout comme celle du fonds de pension d’État de Norvège, l’un des plus gros investisseurs du monde, qui avait exclu, en septembre dernier Elbit de ses portefeuilles, — au grand dam des dirigeants israéliens, qui avaient “convoqué” l’ambassadeur de Norvège pour protester contre cette sanction.

L’entreprise israélienne Elbit a construit et fait fonctionner un système de surveillance pour ce mur (qui en fait en dehors des villes a en général la forme d’un ensemble de clôtures et d’appareillages électroniques, agencés selon le schéma d’origine israélienne ci-dessus) viole droit international, annexe des terre palestiniennes, empêche les Palestinien de circuler librement à l’intérieur de la Cisjordanie.

Israël a jusqu’à présent achevé la construction de 413 km de mur, sur les 709 kilomètres prévus, selon les chiffres des Nations Unies.''',
  [O("Haaretz"), O("Elbit Systems", "Elbit Systems", "Elbit"),
   O("International Court of Justice", "Cour de justice internationale"),
   O(NGPF, "fonds de pension d’État de Norvège"), O("United Nations", "Nations Unies")],
  [],
  [C(NGPF, "divested", "Elbit Systems", "occupation", None,
     "celle du fonds de pension d’État de Norvège, l’un des plus gros investisseurs du monde, qui avait exclu, en septembre dernier Elbit de ses portefeuilles")])

D("209-cfie-pggm-banques-israeliennes.txt",
  "https://cfie.net/2014/03/05/societe-de-gestion-neerlandaise-cede-actifs-banques-israeliennes",
  "Une société de gestion néerlandaise cède ses actifs dans des banques israéliennes",
  r'''PGGM, l’une des plus importantes sociétés néerlandaises de gestion de fonds de pension, qui gère plus de 100 milliards d’euros d’actifs, a décidé en janvier dernier de retirer ses placements de cinq banques israéliennes en raison de leur financement des activités de peuplement israélien en Cisjordanie. La société estime en effet que ces financements sont illégaux au regard du droit international. Cette position avait été rappelée en octobre 2013 par le rapporteur spécial des Nations unies sur la situation des droits de l’Homme dans les territoires palestiniens occupés. Il avait du reste précisé que les entreprises participant à l’établissement ou au développement des colonies de peuplement pourraient être considérées comme pénalement responsables.''',
  [O("PGGM"), O("United Nations", "Nations unies")],
  [M("100 milliards d’euros", 100000000000, "EUR")],
  [])

D("210-lemondejuif-fonds-desengagement-israel.txt",
  "https://lemondejuifvupar.com/avant-laccord-de-paix-un-fonds-de-pension-danois-a-annonce-lexclusion-disrael-de-ses-investissements",
  "Avant l'accord de paix, un fonds de pension danois a annoncé l'exclusion d'Israël de ses investissements",
  r'''Fin août 2025, le Fonds souverain norvégien, le plus important au monde, a annoncé qu’il se désengageait de cinq banques israéliennes et de l’entreprise Caterpillar, dans laquelle la participation individuelle la plus importante du fonds s’élevait à près de 2 milliards de dollars.
En juin 2025, le fonds pétrolier norvégien s’était déjà désengagé de 23 entreprises israéliennes complices.
En novembre 2024, le fonds souverain avait annoncé qu’il avait cédé la totalité de sa participation dans Israel Bonds (environ 500 millions de dollars), manifestant ainsi un vote de défiance marquée à l’égard de l’économie israélienne.
Le fonds est toujours investi dans plusieurs entreprises israéliennes et reste un actionnaire majeur de sociétés telles que Microsoft, RTX et Chevron.
Danemark
En septembre 2025, le fonds de pension danois AkademikerPension a annoncé l’exclusion totale d’Israël de ses investissements.
« Aujourd’hui, nous avons annoncé que nous excluions l’État d’Israël de notre univers d’investissement. […] Concrètement, cette exclusion signifie que nous ne pouvons pas investir dans des obligations de l’État d’Israël ni dans des entreprises lui appartenant. »
Pays-Bas
En octobre, le plus grand fonds de pension néerlandais, ABP, a annoncé avoir vendu toutes ses actions investies dans l’entreprise étasunienne de construction de machines Caterpillar, dans laquelle il détenait une participation d’une valeur de 387 millions d’euros. Depuis 2024, ABP a adopté une nouvelle politique de durabilité qui exige que les investissements soient « socialement responsables ».
En avril 2025, ABP s’est désengagé de Booking Holdings, Motorola, Teva, Coca-Cola USA et plusieurs petites entreprises israéliennes.''',
  [O(NGPF, "Fonds souverain norvégien", "fonds pétrolier norvégien"), O("Caterpillar"), O("Israel Bonds"),
   O("Microsoft"), O("RTX"), O("Chevron"), O("AkademikerPension"), O("ABP"), O("Booking Holdings"),
   O("Motorola Solutions", "Motorola"), O("Teva"), O("Coca-Cola USA")],
  [M("2 milliards de dollars", 2000000000, "USD"), M("500 millions de dollars", 500000000, "USD"),
   M("387 millions d’euros", 387000000, "EUR")],
  [C(NGPF, "divested", "Caterpillar", "military", 2025,
     "Fin août 2025, le Fonds souverain norvégien, le plus important au monde, a annoncé qu’il se désengageait de cinq banques israéliennes et de l’entreprise Caterpillar"),
   C(NGPF, "divested", "Israel Bonds", "military", 2024,
     "En novembre 2024, le fonds souverain avait annoncé qu’il avait cédé la totalité de sa participation dans Israel Bonds (environ 500 millions de dollars)",
     500000000, "USD"),
   C(NGPF, "invested", "Microsoft", "military", None,
     "reste un actionnaire majeur de sociétés telles que Microsoft, RTX et Chevron"),
   C(NGPF, "invested", "RTX", "military", None,
     "reste un actionnaire majeur de sociétés telles que Microsoft, RTX et Chevron"),
   C(NGPF, "invested", "Chevron", "military", None,
     "reste un actionnaire majeur de sociétés telles que Microsoft, RTX et Chevron"),
   C("ABP", "divested", "Caterpillar", "military", None,
     "En octobre, le plus grand fonds de pension néerlandais, ABP, a annoncé avoir vendu toutes ses actions investies dans l’entreprise étasunienne de construction de machines Caterpillar",
     387000000, "EUR")] +
  [C("ABP", "divested", co, "military", 2025,
     "En avril 2025, ABP s’est désengagé de Booking Holdings, Motorola, Teva, Coca-Cola USA et plusieurs petites entreprises israéliennes.")
   for co in ("Booking Holdings", "Motorola Solutions", "Teva", "Coca-Cola USA")])

D("211-alahednews-pfzw-abp-elbit.txt",
  "https://french.alahednews.news/2347/280",
  "Le principal fonds de pension hollandais liquide ses actifs israéliens",
  r'''Le principal fonds de pension hollandais liquide ses actifs israéliens

La première caisse de retraite néerlandaise, le Pensioenfonds Zorg en Welzijn (PFZW), projette de se désengager de la plupart des actifs israéliens détenus dans ses portefeuilles.
Le fonds est davantage entré en discussions avec des entreprises multinationales, telles que Veolia, Alstom et Motorola, pour leur faire part de ses préoccupations en matière de violation des droits de l’homme. Ces trois firmes ont apporté un soutien important à l’occupation des territoires palestiniens de la Cisjordanie, de Jérusalem-Est et de la bande de Gaza, dont elles tirent profit.
Pour sa part, le fonds de pension, ABP, avait liquidé en février dernier, sa position sur le capital de la société israélienne d’armements Elbit Systems.
Au cours des dernières années, des militants néerlandais ont fait pression sur les deux principaux fonds de pension, PFZW ainsi que ABP, à propos de leurs prises de participation au capital d’entreprises tirant profit de l’occupation israélienne de la Palestine. En septembre 2009, le fonds souverain de la Norvège a de son côté annoncé qu’il se désinvestissait des sociétés contribuant directement à la violation du droit international.''',
  [O("Pensioenfonds Zorg en Welzijn", "Pensioenfonds Zorg en Welzijn", "PFZW"), O("Veolia"), O("Alstom"),
   O("Motorola Solutions", "Motorola"), O("ABP"), O("Elbit Systems"),
   O(NGPF, "fonds souverain de la Norvège")],
  [],
  [C("ABP", "divested", "Elbit Systems", "military", None,
     "Pour sa part, le fonds de pension, ABP, avait liquidé en février dernier, sa position sur le capital de la société israélienne d’armements Elbit Systems.")])

D("212-pauseactus-fonds-norvegien-retrait.txt",
  "https://pause-actus.fr/le-fonds-norvegien-sengage-dans-un-retrait-massif-des-entreprises-liees-a-larmee-israelienne",
  "Le fonds norvégien s'engage dans un retrait massif des entreprises liées à l'armée israélienne",
  r'''Un fonds de pension norvégien a pris une décision radicale en se dissociant des sociétés qui fournissent matériel et équipements à l’armée israélienne. Cette mesure, annoncée avec un ton catégorique, vise à cibler deux grands groupes américains et allemands, dont les activités sont désormais considérées comme inacceptables par le conseil d’administration du fonds.
L’initiative soulève des questions cruciales sur l’implication des entreprises étrangères dans les conflits internationaux, tout en illustrant une tendance croissante de rejet des acteurs économiques associés à des actions militaires controversées. Le choix de ces deux entités, bien que non détaillé dans le communiqué officiel, reflète une volonté claire de distancer les investissements financiers liés à l’escalade des tensions régionales.''',
  [O("Israel Defense Forces", "armée israélienne")],
  [],
  [])

D("213-directmagazine-caisse-zurich-elbit.txt",
  "https://direct-magazine.ch/featured-fr/sldrt/la-caisse-de-pension-de-la-ville-de-zurich-profite-du-genocide-a-gaza-grace-a-elbit-systems/",
  "La caisse de pension de la ville de Zurich profite du génocide à Gaza grâce à Elbit Systems",
  r'''La caisse de pension de la ville de Zurich a réalisé près d’un demi-million de bénéfices l’année dernière grâce à sa participation dans le groupe d’armement israélien controversé Elbit. Ainsi, elle se démarque de nombreuses caisses de pension et fonds souverains internationaux qui ont aujourd’hui exclu ces participations.

Elbit Systems est le plus grand groupe privé d’armement d’Israël et constitue l’épine dorsale technologique de l’armée israélienne. Le groupe d’armement est son principal fournisseur de munitions lourdes et de systèmes d’artillerie utilisés dans les zones palestiniennes densément peuplées.

Elbit fournit également des systèmes de surveillance, des caméras et des capteurs pour les installations de barrage israéliennes (mur et clôtures) en Cisjordanie et le long de la frontière avec la bande de Gaza. Selon un rapport d’Amnesty International, Elbit Systems est l’une des 15 entreprises les plus importantes qui soutiennent l’occupation illégale de la Palestine.

Drones mortels

Le groupe d’armement produit la plupart des drones militaires israéliens, notamment les modèles Hermes 450 et 900, qui sont utilisés à la fois pour la surveillance globale et pour des assassinats ciblés dans la bande de Gaza et en Cisjordanie. Elbit est régulièrement critiqué pour tester ses armes et ses systèmes de surveillance sur la population civile palestinienne afin de commercialiser ensuite ces technologies dans le monde entier en les présentant comme « éprouvées au combat ».

Une enquête menée par l’Association suisse des Avocat-es pour la Palestine montre que la caisse de pension de la ville de Zurich a investi environ 700 000 francs dans Elbit et a ainsi réalisé un bénéfice de près de 400 000 francs l’année dernière. En effet, le cours de l’action a plus que doublé depuis le 7 octobre 2023.''',
  [O("Pensionskasse Stadt Zürich", "caisse de pension de la ville de Zurich"),
   O("Elbit Systems", "Elbit", "Elbit Systems"), O("Israel Defense Forces", "armée israélienne"),
   O("Amnesty International"), O("Association suisse des Avocat-es pour la Palestine")],
  [M("700 000 francs", 700000, "CHF"), M("400 000 francs", 400000, "CHF")],
  [C("Pensionskasse Stadt Zürich", "invested", "Elbit Systems", "military", None,
     "la caisse de pension de la ville de Zurich a investi environ 700 000 francs dans Elbit", 700000, "CHF"),
   C("Elbit Systems", "supplies", "Israel Defense Forces", "military", None,
     "Le groupe d’armement est son principal fournisseur de munitions lourdes et de systèmes d’artillerie utilisés dans les zones palestiniennes densément peuplées.")])

D("214-secoursrouge-fichier-reconnaissance-faciale.txt",
  "https://secoursrouge.org/France-Vers-le-fichier-de",
  "France : Vers le fichier de reconnaissance faciale",
  r'''Le 22 juin dernier, le directeur général de la police nationale, lors d’une audition à huis clos devant la commission des finances de l’Assemblée nationale, a annoncé la percpective de création d’un fichier de reconnaissance faciale. Il serait conçu comme une application complémentaire, intégrée au futur système de traitement des procédures judiciaires (TPJ) qui doit voir le jour en 2012, en fusionnant les fichiers judiciaires antécédents les plus utilisés par la police et la gendarmerie, Stic et Judex.

Pour faciliter les comparaisons avec les images prises d’en haut par les caméras de surveillance, les suspects devront se laisser photographier par un appareil placé en hauteur et non plus seulement de face et de profil. Les points caractéristiques du visage (distance entre le nez, les yeux, les oreilles…) seront transformé en algorithme. La séance photo pourra même se faire en mouvement, pour une reconstitution du visage en 3D, qui augmenterait la précision. La technique ne permettant pas encore à l’ordinateur de désigner un seul suspect, il proposera une liste de possibles suspects classés selon un ordre de pertinence.

Les autorités peuvent déjà exploiter les milliers d’heures de vidéos annexées à leurs dossiers non élucidés. Trois sociétés notamment ont proposé des solutions au ministère de l’Intérieur : Morpho, spécialiste des traitements d’images de masse ; Cognitec, passée maître dans les outils visant à détecter les fraudes documentaires ; et la petite entreprise Facing it, dont les logiciels se font fort de reconnaître un intrus « blacklisté » qui se présenterait à un accès ou dans un couloir.''',
  [O("Police nationale", "police nationale"), O("Assemblée nationale"),
   O("Gendarmerie nationale", "gendarmerie"), O("Ministère de l'Intérieur", "ministère de l’Intérieur"),
   O("Morpho"), O("Cognitec"), O("Facing it")],
  [],
  [])

D("215-yabiladi-frontex-airbus-drones.txt",
  "https://www.yabiladi.com/articles/details/100673/controle-migratoire-airbus-israel-mobilisent.html",
  "Contrôle migratoire : Airbus et Israël se mobilisent",
  r'''Airbus et deux sociétés israéliennes d’armement mettront des drones à la disposition de l’Agence européenne de garde-frontières et de garde-côtes (Frontex), afin de mieux repérer les migrants qui tentent de traverser la Méditerranée vers l’Europe. Les opérations de surveillance de l’espace maritime commenceront dès 2021.

Selon des informations du quotidien britannique The Guardian, des essais sont prévus sur l’île grecque de Crète. Airbus et la société étatique d’armement, Israel Aerospace Industries (IAI), travailleront conjointement pour exploiter les systèmes d’aéronefs télépilotés (RPAS) de moyenne altitude et de grande capacité d’autonomie, pour des «services de surveillance aérienne maritime». D'autres drones seront ensuite déployés en Italie et Malte.

Outre ce contrat valorisé à 50 M€, l’Union européenne a attribué au fabricant d’armes israélien privé, Elbit Systems, un contrat de la même valeur et pour les mêmes prestations. Les trois entreprises en charge du projet devront fournir les équipements, ainsi que les moyens humains nécessaires au contrôle des drones, via des liaisons radio et satellite.

Depuis 2015, l’UE a alloué de plus en plus de fonds pour le contrôle de ses frontières. Ainsi, le budget de Frontex sera passé de 6 millions d’euros en 2005 à 142 millions en 2015, avant de grimper à 460 millions en 2020.

Les révélations sur ces contrats et leurs négociations ont, cependant, suscité des critiques. Pour cause, les véhicules aériens sans pilote ne permettent pas le respect des obligations de l’UE, notamment sa responsabilité légale d’intervention urgente pour le sauvetage de migrants en détresse en mer.

En mai dernier, l’Observatoire euroméditerranéen des droits de l’Homme (Euro-Med Monitor) a épinglé ces accords, pointant des actes «immoraux et d’une''',
  [O("Airbus"), O("Frontex", "Agence européenne de garde-frontières et de garde-côtes", "Frontex"),
   O("The Guardian"), O("Israel Aerospace Industries", "Israel Aerospace Industries", "IAI"),
   O("European Union", "Union européenne", "UE"), O("Elbit Systems"),
   O("Euro-Med Monitor", "Observatoire euroméditerranéen des droits de l’Homme", "Euro-Med Monitor")],
  [M("50 M€", 50000000, "EUR"), M("6 millions d’euros", 6000000, "EUR")],
  [C("Airbus", "supplies", "Frontex", "borders", None,
     "Airbus et deux sociétés israéliennes d’armement mettront des drones à la disposition de l’Agence européenne de garde-frontières et de garde-côtes (Frontex)"),
   C("Israel Aerospace Industries", "supplies", "Frontex", "borders", None,
     "Airbus et la société étatique d’armement, Israel Aerospace Industries (IAI), travailleront conjointement pour exploiter les systèmes d’aéronefs télépilotés (RPAS)"),
   C("Airbus", "partnered", "Israel Aerospace Industries", "borders", None,
     "Airbus et la société étatique d’armement, Israel Aerospace Industries (IAI), travailleront conjointement pour exploiter les systèmes d’aéronefs télépilotés (RPAS)"),
   C("Elbit Systems", "contract", "European Union", "borders", None,
     "l’Union européenne a attribué au fabricant d’armes israélien privé, Elbit Systems, un contrat de la même valeur et pour les mêmes prestations.")])

D("216-korii-frontex-drones-mediterranee.txt",
  "https://korii.slate.fr/et-caetera/frontex-mediterranee-remplace-bateaux-drones-obligation-sauvetage",
  "En Méditerranée, Frontex remplace ses bateaux par des drones",
  r'''Le 4 août dernier, l'équipe de The Observer, la publication sœur hebdomadaire du Guardian, révélait que Frontex, l'agence de garde-côtes et de garde-frontières de l'Union européenne (UE), s'apprêtait à investir près de 100 millions d'euros en drones de reconnaissance aérienne.

Du maritime à l'aérien

Les trois contrats auquel The Observer a eu accès –un pour Frontex, deux pour l'agence européenne pour la sécurité maritime (Aesme)– concernent le Hermès, développé par la firme israélienne Elbit, et le Heron, manufacturé par Israel Aerospace Industries.

Deux modèles développés pour des missions de combats dans la bande de Gaza, précise le Guardian. Outre les investissements révélés par The Observer, Frontex fait voler depuis le début de l'année des drones Falco EVO, fabriqués par la firme italienne Leonardo, dans le cadre de missions de surveillance des flux migratoires.

Pendant que les agences de surveillance maritime investissent dans l'aérien, l'UE s'apprête à retirer ses bateaux de la Méditerranée. Fin mars, l'exécutif européen a décidé de suspendre temporairement le déploiement des navires de sauvetage des populations migrantes, qui officiaient au large de la Libye dans le cadre de l'opération militaire «Sophia». Elle prendra fin en septembre prochain.''',
  [O("The Observer"), O("The Guardian", "Guardian"), O("Frontex"),
   O("European Union", "Union européenne", "UE"),
   O("European Maritime Safety Agency", "agence européenne pour la sécurité maritime", "Aesme"),
   O("Elbit Systems", "Elbit"), O("Israel Aerospace Industries"), O("Leonardo")],
  [M("100 millions d'euros", 100000000, "EUR")],
  [C("Leonardo", "supplies", "Frontex", "borders", None,
     "Frontex fait voler depuis le début de l'année des drones Falco EVO, fabriqués par la firme italienne Leonardo, dans le cadre de missions de surveillance des flux migratoires.")])

D("217-ash-gestion-deleguee-prisons.txt",
  "https://ash.tm.fr/hebdo/3072/decryptage/un-bilan-contraste-507321.php",
  "Un bilan contrasté",
  r'''Un bilan contrasté

Accueil des familles, transport, cantine, restauration… Depuis plus de trente ans, les fonctions techniques de gestion des prisons sont déléguées à des entreprises privées. Le service est-il meilleur ? Le rapport qualité-prix satisfaisant ? L’Etat, les détenus, les personnels de l’administration pénitentiaire ont-ils un intérêt commun au développement de cette gestion déléguée dont les frontières ne sont pas toujours clairement définies ? Certains dénoncent un risque de privatisation de la pénitentiaire, qui remettrait en cause une fonction régalienne de l’Etat.

Née dans les années 1980, la gestion déléguée concerne la moitié des détenus en France. Le leader des marchés est l’entreprise Sodexo, via sa filiale Sodexo justice, qui s’est implantée dans plusieurs autres Etats à travers le monde. Trois entreprises dominent en France : Sodexo, donc, qui possédait 42,8 % du marché en 2015, Gepsa (groupe Engie, 23,3 %) et Idex (13,3 %). La loi leur donne un champ de compétence étendu. Selon leurs contrats, elles peuvent se charger de la restauration des détenus et du personnel, de la blanchisserie, des cantines, de l’accueil des familles, du transport ainsi que du travail des détenus. Face à l’accroissement du phénomène, certains dénoncent la « privatisation » des établissements pénitentiaires. C’est le cas notamment du député Jean-Luc Mélenchon, qui a usité ce terme dans une question écrite à la garde des Sceaux le 6 mars 2018.

Sur le terrain, d’autres y voient cependant des avantages. C’est le cas de Damien Pellen, directeur d’un établissement pénitentiaire et premier secrétaire du Syndicat national des directeurs pénitentiaires qui a exercé son métier avec les deux modes de gestion : publique et déléguée. Il l’assure, ce dernier mode a des avantages concrets sur le terrain : « Pour nous, il est tr''',
  [O("Administration pénitentiaire", "administration pénitentiaire"), O("Sodexo"),
   O("Sodexo Justice Services", "Sodexo justice"), O("Gepsa"), O("Engie"), O("Idex"),
   O("Syndicat national des directeurs pénitentiaires")],
  [],
  [C("Sodexo", "owns", "Sodexo Justice Services", "prisons", None,
     "Le leader des marchés est l’entreprise Sodexo, via sa filiale Sodexo justice"),
   C("Engie", "owns", "Gepsa", "prisons", None, "Gepsa (groupe Engie, 23,3 %)")])

D("218-lutteouvriere-prisons-gestion-privee.txt",
  "https://journal.lutte-ouvriere.org/journal/article/2010-09-15-prisons-la-gestion-privee-coute-cher-letat-et-aux-detenus_23139.html",
  "Prisons : La gestion privée coûte cher à l'État... et aux détenus !",
  r'''Prisons : La gestion privée coûte cher à l'État... et aux détenus !

La Cour des comptes a publié un rapport dans lequel elle s'inquiète des conséquences de la gestion public-privé des prisons. Il y a maintenant un peu plus de vingt ans que, en 1987, le gouvernement avait fait passer un appel au secteur privé pour construire et cogérer les établissements pénitentiaires afin, disait-il, de résoudre le problème de la surpopulation carcérale.

Un bilan fait à cette époque montrait que 51 000 prisonniers s'entassaient dans des prisons souvent vétustes et prévues pour 32 500 personnes. Plus de vingt ans après, le problème de la surpopulation est loin d'être réglé - le taux de surpopulation est de 131 %, ce qui situe la France au 24e rang des 27 pays de l'Union européenne. Par contre, un certain nombre d'entreprises privées ont pu faire leur beurre en tant que constructeurs de prisons ou fournisseurs de prestations, comme la cantine ou les activités - travail et formation professionnelle - qui sont ensuite « louées » à l'administration pénitentiaire, celle-ci restant publique.

Si, aujourd'hui, un tiers des prisons fonctionnent sous régime mixte public-privé, la moitié devraient être concernées par ce régime d'ici à 2012. On retrouve les grands noms du bâtiment sur ce marché d'autant plus intéressant que l'État est bon locataire : Bouygues, Dumez, Eiffage, entre autres. D'autres, comme Sodexho, sont déjà des habitués de ces contrats profitables dans les collectivités et les établissements publics.

Ce ne sont pas de nobles sentiments citoyens qui motivent ces grandes entreprises, même si Siges, filiale de Sodexho, qui cogère sept prisons du nord de la France, met en avant son « approche éthique et sociale ».''',
  [O("Cour des comptes"), O("European Union", "Union européenne"),
   O("Administration pénitentiaire", "administration pénitentiaire"),
   O("Bouygues"), O("Dumez"), O("Eiffage"), O("Sodexo", "Sodexho"), O("Siges")],
  [],
  [C("Sodexo", "owns", "Siges", "prisons", None,
     "Siges, filiale de Sodexho, qui cogère sept prisons du nord de la France")])
