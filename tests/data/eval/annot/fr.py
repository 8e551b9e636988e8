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


# Batch 2 (see ../README.md, "Batches").
BATCH = 2
FAF = "French Armed Forces"

D("219-bfmtv-klp-exclut-14-firmes-armement.txt",
  "https://www.bfmtv.com/economie/entreprises/industries/le-principal-fonds-de-pension-de-norvege-exclut-14-firmes-d-armement-dont-thales-et-dassault_AD-202111040034.html",
  "Le principal fonds de pension de Norvège exclut 14 firmes d'armement dont Thales et Dassault",
  r'''Le principal fonds de pension de Norvège exclut 14 firmes d'armement dont Thales et Dassault

Le principal fonds de pension de Norvège exclut 14 firmes d'armement dont Thales et Dassault - IGOR GEDILAGHINE
Le principal fonds de pension de Norvège a annoncé jeudi s'être désengagé des actions de 14 firmes d'armement, dont les français Thales et Dassault Aviation ou encore le britannique Rolls Royce, jugeant que certaines de leurs armes "violent les principes humanitaires fondamentaux".
La plupart des exclusions ont pour motif la collaboration directe ou indirecte de ces groupes à des armes servant à porter des bombes atomiques (missiles, sous-marins, avions de combat...), selon KLP, un fonds qui gère quelque 90 milliards de dollars d'actifs (près de 78 milliards d'euros).
Le fonds de pension norvégien, distinct de l'énorme fonds pétrolier du pays scandinave, s'est également désengagé du Britannique Rolls-Royce, des Américains Leidos, General Dynamics et Raytheon, de l'Italien Leonardo ainsi que du constructeur naval chinois CSIC, explique-t-il dans un communiqué.
Ces bannissements de son portefeuille sont la conséquence d'un récent passage en revue visant à exclure les groupes de défense produisant "certains types d'armes qui, par leur nature, violent les principes humanitaires fondamentaux". La plupart des groupes sont exclus pour leurs produits liés à l'arme atomique.
Tabac, charbon, alcool...
Thales est ainsi exclu pour sa participation à la production du missile nucléaire M51, utilisé par l'armée française, tandis que Dassault Aviation est banni parce que son avion de combat, le Rafale, a une version adaptée à l'usage de l'arme nucléaire.
Le groupe de défense israélien Elbit Systems est lui en revanche banni parce qu'"il est clair que l'entreprise produit des armes à sous-munitions", précise KLP.
Les producteurs de tabac, d'alcool, l'industrie pharmaceutique, certains fabricants d'armes et les groupes miniers ou énergétiques''',
  [O("KLP", "principal fonds de pension de Norvège", "KLP", "fonds de pension norvégien"),
   O("Thales"), O("Dassault Aviation", "Dassault Aviation", "Dassault"), O("Rolls-Royce", "Rolls Royce", "Rolls-Royce"),
   O(NGPF, "fonds pétrolier du pays scandinave"), O("Leidos"), O("General Dynamics"), O("Raytheon"),
   O("Leonardo"), O("CSIC"), O(FAF, "armée française"), O("Elbit Systems")],
  [M("90 milliards de dollars", 90000000000, "USD"), M("78 milliards d'euros", 78000000000, "EUR")],
  [C("KLP", "divested", co, "military", None,
     "Le principal fonds de pension de Norvège a annoncé jeudi s'être désengagé des actions de 14 firmes d'armement, dont les français Thales et Dassault Aviation ou encore le britannique Rolls Royce, jugeant que certaines de leurs armes \"violent les principes humanitaires fondamentaux\".")
   for co in ("Thales", "Dassault Aviation", "Rolls-Royce")] +
  [C("KLP", "divested", co, "military", None,
     "Le fonds de pension norvégien, distinct de l'énorme fonds pétrolier du pays scandinave, s'est également désengagé du Britannique Rolls-Royce, des Américains Leidos, General Dynamics et Raytheon, de l'Italien Leonardo ainsi que du constructeur naval chinois CSIC, explique-t-il dans un communiqué.")
   for co in ("Leidos", "General Dynamics", "Raytheon", "Leonardo", "CSIC")] +
  [C("KLP", "divested", "Elbit Systems", "military", None,
     "Le groupe de défense israélien Elbit Systems est lui en revanche banni parce qu'\"il est clair que l'entreprise produit des armes à sous-munitions\", précise KLP."),
   C("Thales", "supplies", FAF, "military", None,
     "Thales est ainsi exclu pour sa participation à la production du missile nucléaire M51, utilisé par l'armée française")])

D("220-europe1-thales-lorca-consommables.txt",
  "http://www.europe1.fr/economie/thales-contrat-de-pres-dun-milliard-deuros-avec-larmee-francaise-3291095",
  "Thales : contrat de près d'un milliard d'euros avec l'armée française",
  r'''Thales : contrat de près d'un milliard d'euros avec l'armée française

 Il s'agira pour le groupe de fournir des consommables, tels que des pneumatiques ou des câbles, nécessaires au parc des aéronefs des forces armées.
Il s'agira pour le groupe de fournir des consommables, tels que des pneumatiques ou des câbles, nécessaires au parc des aéronefs des forces armées. © JIM WATSON/AFP
  • Copié
avec AFP , modifié à
Le montant maximal du contrat sera de 977 millions d'euros sur une durée de 10 ans, dont 70 millions d'euros pour la tranche ferme en 2017, selon Thalès.

Thales a remporté le marché d'approvisionnement logistique de consommables aéronautiques (pneus, câbles...) au profit des forces armées françaises, un contrat d'un montant maximal de 977 millions d'euros sur une durée de 10 ans, dont 70 millions pour 2017.

Un contrat de 10 ans. Le contrat de service, attribué au groupe d'électronique de défense par la Structure intégrée de maintien en condition opérationnelle des matériels aéronautiques du ministère de la Défense (SIMMAD), porte sur la mise en oeuvre d'une "logistique optimisée pour le réapprovisionnement de consommables aéronautiques" au profit des forces armées françaises (programme LORCA), indique Thales dans un communiqué mardi. Il s'agit concrètement de fournir les consommables (pneumatiques, composants électroniques, câbles, joints, etc...) nécessaires au parc des aéronefs des forces armées dans un délai de 7 jours, précise le groupe français. Son montant maximal est de 977 millions d'euros sur une durée de 10 ans, dont 70 millions d'euros pour la tranche ferme en 2017, selon le groupe.

200.000 références d'articles. "Thales déploiera une organisation logistique comprenant l'approvisionnement, le stockage et l'acheminement de 200.000 références d'articles dans les 47 points de livraisons de la SIMMAD et du SIAé (Service industriel de l'aéronautique, NDLR) référencés en France métropoli''',
  [O("Thales", "Thales", "Thalès"), O(FAF, "armée française", "forces armées françaises", "forces armées"),
   O("AFP"),
   O("SIMMAD", "Structure intégrée de maintien en condition opérationnelle des matériels aéronautiques du ministère de la Défense", "SIMMAD"),
   O("French Ministry of Defence", "ministère de la Défense"),
   O("Service industriel de l'aéronautique", "Service industriel de l'aéronautique", "SIAé")],
  [M("un milliard d'euros", 1000000000, "EUR"), M("977 millions d'euros", 977000000, "EUR"),
   M("70 millions d'euros", 70000000, "EUR")],
  [C("Thales", "contract", FAF, "military", None,
     "Thales a remporté le marché d'approvisionnement logistique de consommables aéronautiques (pneus, câbles...) au profit des forces armées françaises, un contrat d'un montant maximal de 977 millions d'euros sur une durée de 10 ans, dont 70 millions pour 2017.",
     977000000, "EUR")])

D("221-rfi-thales-radios-contact.txt",
  "https://www.rfi.fr/fr/france/20120417-thales-remporte-contrat-plusieurs-milliards-euros-armee",
  "Thales remporte un contrat de plusieurs milliards d'euros avec l'armée française",
  r'''Thales remporte un contrat de plusieurs milliards d'euros avec l'armée française

Thales remporte un contrat de trois à quatre milliards d'euros étalés sur 22 ans.
Thales remporte un contrat de trois à quatre milliards d'euros étalés sur 22 ans. AFP PHOTO / FRANK PERRY
Texte par : RFI Suivre
2 mn

Matignon a donné son feu vert, ce week-end, pour le lancement du remplacement des 33 000 postes de radio-communication de l'armée française. La première tranche du contrat porte sur près de 250 millions d'euros, mais le programme de modernisaiton va durer une vingtaine d'années. Et coûtera plusieurs milliards d'euros au total. Un programme dont le financement a donné lieu à une passe d'armes entre Bercy et le ministère de la Défense ces dernières semaines. 

Publicité

A la veille de la présidentielle en France, l'Etat a donc décidé de s'engager sur 22 ans avec Thales. Le lancement de la modernisation des radios PRG4 de l'armée de terre, était dans les tuyaux puisqu'il était inscrit dans le budget de la Défense 2012, mais vu les sommes en jeu - entre 3 et 4 milliards d'euros sur l'ensemble du contrat - le ministère des Finances freinait des quatre fers. De son côté, le ministère de la Défense ne cessait de rappeler l'urgence de la situation et avait donné un avis favorable.

Finalement, c'est Matignon qui a dû jouer les arbitres. Reste maintenant à signer le contrat entre la Direction générale de l'armement (l'agence gouvernementale qui passe les grandes commandes en matière de défense en France) et l'électronicien Thales qui fabrique les postes radio-communication.

Le programme Contact (communications numérisées tactiques et de théâtre) permettra aux armées françaises d'utiliser un système plus sûr et surtout d'échanger plus facilement avec des forces étrangères lors d'opérations en coalition. Mais les premières livraisons n'auront pas lieu avant 2016 au plu''',
  [O("Thales"), O(FAF, "armée française", "armées françaises"), O("AFP"), O("RFI"),
   O("Matignon"), O("French Ministry of Finance", "Bercy", "ministère des Finances"),
   O("French Ministry of Defence", "ministère de la Défense"), O("French Army", "armée de terre"),
   O("Direction générale de l'armement")],
  [M("quatre milliards d'euros", 4000000000, "EUR"), M("250 millions d'euros", 250000000, "EUR")],
  [C("Thales", "contract", FAF, "military", None,
     "Thales remporte un contrat de plusieurs milliards d'euros avec l'armée française",
     4000000000, "EUR")])

D("222-boursorama-thales-contrat-absolu.txt",
  "https://www.boursorama.com/bourse/actualites/thales-un-contrat-strategique-aupres-de-l-armee-francaise-6cd21e582a0750a43f1e01009baaace2",
  "Thales: un contrat stratégique auprès de l'armée française",
  r'''Thales: un contrat stratégique auprès de l'armée française information fournie par Cercle Finance • 26/03/2025 à 09:41

(CercleFinance.com) - Thales a annoncé mercredi avoir remporté un contrat de dix ans visant à préparer l'Armée de Terre française à des conflits de 'haute intensité'.

L'équipementier s'est vu notifier par la structure intégrée du maintien en condition opérationnelle des matériels terrestres (SIMMT) le contrat 'Absolu', acronyme d'adaptation de bout en bout du soutien opérationnel et de la logistique uniformisée des systèmes terrestres.

Dans un communiqué, Thales évoque un programme 'inédit par son ampleur et son format', visant à rassembler à terme près d'une trentaine de contrats de soutien des matériels terrestres au profit de l'Armée de Terre, de l'Armée de l'Air et de l'Espace et de la Marine nationale.

L'objectif est notamment de mutualiser le pilotage des projets de soutien et de réduire les délais de réparation pour accélérer la disponibilité des matériels tout en favorisant le recours à l'économie circulaire grâce au réemploi de composants et matières premières.

A travers cet accord, Thales s'engage par ailleurs à doubler la capacité de gestion des flux de matériels en cas de conflit de haute intensité.

Le contrat doit porter dans un premier temps sur la maintenance des postes radios, des radiocommunications haute fréquence longue portée et des stations du programme par satellite et par transmission hertzienne Astride, autant d'outils censés assurer aux forces armées françaises la capacité à commander une opération 'projetée'.''',
  [O("Thales"), O("Cercle Finance", "Cercle Finance", "CercleFinance.com"),
   O(FAF, "armée française", "forces armées françaises"),
   O("French Army", "Armée de Terre"),
   O("SIMMT", "structure intégrée du maintien en condition opérationnelle des matériels terrestres", "SIMMT"),
   O("French Air and Space Force", "Armée de l'Air et de l'Espace"), O("French Navy", "Marine nationale")],
  [],
  [C("Thales", "contract", "French Army", "military", 2025,
     "Thales a annoncé mercredi avoir remporté un contrat de dix ans visant à préparer l'Armée de Terre française à des conflits de 'haute intensité'.")])

D("223-cfecgc-thales-irak-sur-le-point.txt",
  "http://cfe-cgcdethalescommunications.blogspot.com/2023/09/thales-en-passe-de-vendre-des-systemes.html",
  "Thales en passe de vendre des systèmes C4I à l'Irak",
  r'''D’après les informations de la Tribune, Thales serait sur le point de conclure un contrat d’environ 600 millions d’euros avec l’Irak pour la vente de systèmes C4I équipés de radars Ground Master 200. Au mois de janvier, la France et l'Irak avaient signé un traité de partenariat stratégique pour renforcer leur collaboration notamment dans les domaines de la défense et du renseignement.''',
  [O("La Tribune", "la Tribune"), O("Thales")],
  [M("600 millions d’euros", 600000000, "EUR")],
  [])

D("224-cfecgc-astrium-tas-satellites-emirats.txt",
  "http://cfe-cgcdethalescommunications.blogspot.com/2013/07/la-france-decroche-un-contrat-dans-le.html",
  "La France décroche un contrat dans le Golfe",
  r'''C'est le premier grand contrat export du quinquennat dans la défense.
Il marque le retour de la France dans les pays du Golfe. Ce lundi soir, Jean-Yves Le Drian, le ministre de la Défense, accompagné de François Auque, PDG d'Astrium, filiale spatiale d'EADS, et de Jean-Loïc Galle, son homologue de Thales Alenia Space
(TAS, cofiliale de Thales et de Finmeccanica), doivent participer à
une cérémonie à Abu Dhabi pour fêter la signature d'une commande de plus
de 700 millions d'euros. Le contrat porte sur la livraison à l'armée
émirienne de deux satellites militaires d'observation de très haute
résolution de type Helios et d'une station terrestre. Avec les contrats de maintenance, le contrat approche des 800 millions d'euros.''',
  [O("Astrium"), O("EADS"), O("Thales Alenia Space", "Thales Alenia Space", "TAS"), O("Thales"),
   O("Finmeccanica"), O("UAE Armed Forces", "armée\némirienne")],
  [M("700 millions d'euros", 700000000, "EUR"), M("800 millions d'euros", 800000000, "EUR")],
  [C(co, "contract", "UAE Armed Forces", "military", None,
     "Ce lundi soir, Jean-Yves Le Drian, le ministre de la Défense, accompagné de François Auque, PDG d'Astrium, filiale spatiale d'EADS, et de Jean-Loïc Galle, son homologue de Thales Alenia Space\n(TAS, cofiliale de Thales et de Finmeccanica), doivent participer à\nune cérémonie à Abu Dhabi pour fêter la signature d'une commande de plus\nde 700 millions d'euros. Le contrat porte sur la livraison à l'armée\némirienne de deux satellites militaires d'observation de très haute\nrésolution de type Helios et d'une station terrestre.",
     700000000, "EUR")
   for co in ("Astrium", "Thales Alenia Space")] +
  [C("Astrium", "partnered", "Thales Alenia Space", "military", None,
     "accompagné de François Auque, PDG d'Astrium, filiale spatiale d'EADS, et de Jean-Loïc Galle, son homologue de Thales Alenia Space"),
   C("EADS", "owns", "Astrium", "military", None, "Astrium, filiale spatiale d'EADS"),
   C("Thales", "owns", "Thales Alenia Space", "military", None,
     "Thales Alenia Space\n(TAS, cofiliale de Thales et de Finmeccanica)"),
   C("Finmeccanica", "owns", "Thales Alenia Space", "military", None,
     "Thales Alenia Space\n(TAS, cofiliale de Thales et de Finmeccanica)")])

D("225-batiactu-bouygues-trois-prisons-ppp.txt",
  "https://batiactu.com/edito/bouygues-va-construire-et-gerer-trois-prisons-ppp-diaporama-8337.php",
  "Bouygues va construire et gérer trois prisons en PPP",
  r'''La ministre de la Justice Rachida Dati a signé mardi avec Bouygues Construction un contrat de PPP pour la conception, la construction, le financement et l’exploitation de trois nouvelles prisons. Ces centres pénitentiaires, dont la livraison est prévue pour 2011, se situeront dans le Grand-Ouest, le Nord et l’Ile-de-France. Présentation de l’opération.

Conception, construction, financement et exploitation : c’est une première, Bouygues construction a signé mardi des contrats de partenariat public-privé (PPP) avec le ministère de la Justice visant à construire et gérer trois établissements pénitentiaires. Il s’agit de mettre en œuvre des «innovations conceptuelles» participant à la diversification des régimes de détention, et adaptées aux différents profils de détenus.

Le contrat porte sur la maison d’arrêt et le quartier courtes peines de Nantes (Loire-Atlantique), le centre pénitentiaire d’Annœullin (Nord) et celui de Réau (Seine-et-Marne). Pour ce dernier, le contrat de PPP a été signé en décembre dernier. Les trois établissements doivent être livrés d’ici 2011, et l’Etat versera un loyer annuel d’environ 40 millions d’euros HT «en contrepartie des prestations prévues au contrat».

Optimiser l’exploitation
Le contrat comprend la maintenance des établissements, la fourniture des énergies et fluides, la propriété et l’hygiène des locaux et la gestion des espaces extérieurs et des déchets, ainsi que les prestations de services à la personne. Avec ce type de contrat, le ministère de la justice entend «optimiser la dépense d’exploitation des bâtiments en permettant au partenaire privé d’intégrer dès la conception et la construction sous une responsabilité unique les contraintes d’exploitation des bâtiments».

Bouygues construction a remporté ces contrats à la suite d’une consultation à laquelle participaient aussi Eiffage, Spie Batignolles et Vinci Construction. Le titulaire d''',
  [O("Bouygues Construction", "Bouygues Construction", "Bouygues construction"),
   O("French Ministry of Justice", "ministère de la Justice", "ministère de la justice"),
   O("Eiffage"), O("Spie Batignolles"), O("Vinci Construction")],
  [M("40 millions d’euros", 40000000, "EUR")],
  [C("Bouygues Construction", "contract", "French Ministry of Justice", "prisons", None,
     "Bouygues construction a signé mardi des contrats de partenariat public-privé (PPP) avec le ministère de la Justice visant à construire et gérer trois établissements pénitentiaires.")])

D("226-dronesactu-gendarmerie-novadem.txt",
  "https://dronesactu.com/article/les-drones-de-la-gendarmerie/",
  "Les drones de la Gendarmerie",
  r'''Alors que le SGDSN et le ministère de l’Intérieur luttent contre les usages malveillants des drones, la Gendarmerie regarde d’un bon œil ce type d’engin depuis déjà plusieurs années.
Identification des plaques d’immatriculation, vision 3D des sites d’accident, surveillance de foules compacts, recherche opérationnelle de personnes… Les gendarmes se sont intéressés aux drones il y a déjà une dizaine d’années. Récemment, l’Euro 2016 a été un bon exemple de l’utilisation des drones de la Gendarmerie nationale pour l’observation et la surveillance de foules compactes. « C’est bien simple, son utilisation est systématique lors des crashes aériens, comme celui au Mali [en 2014, ndlr] », expliquait l’an dernier le lieutenant-colonel Paul Chaudanson, adjoint au chef de la Section de recherches des transports aériens (SRTA) de Roissy CDG. L’utilisation des drones est alors vue comme complémentaire aux moyens des forces aériennes de la Gendarmerie. Dans le cas d’un crash, un premier survol à une centaine de mètres de hauteur permet d’appréhender immédiatement l’ensemble de la scène. Le drone présente aussi l’avantage de pouvoir voler à très basse altitude sans dégrader la zone, comme pourrait le faire un hélicoptère avec l’effet de souffle.
Indépendance de moyens
La Gendarmerie a donc fait le choix de s’équiper par étapes successives d’une capacité nationale de drones, en complément de sa flotte d’hélicoptères. La dernière en date a eu lieu jeudi 23 novembre avec la commande formelle de 19 micro-drones tactiques à la société Novadem. La Gendarmerie nationale disposera donc à l’été 2017 de deux types de micro-drones : les drones « tactiques », des NX70 pour les missions simples, et les drones « durcis », des NX110 plus robustes que les premiers. Avec ces deux commandes auprès de Novadem, la Gendarmerie a fait le choix d’acquérir une flotte de drones en propre, dont les systèmes s''',
  [O("SGDSN"), O("Ministère de l'Intérieur", "ministère de l’Intérieur"),
   O("Gendarmerie nationale", "Gendarmerie nationale", "Gendarmerie"),
   O("Section de recherches des transports aériens", "Section de recherches des transports aériens", "SRTA"),
   O("Novadem")],
  [],
  [C("Novadem", "contract", "Gendarmerie nationale", "policing", None,
     "Avec ces deux commandes auprès de Novadem, la Gendarmerie a fait le choix d’acquérir une flotte de drones en propre")])

D("227-lessor-gendarmerie-micro-drones-appel-offres.txt",
  "https://lessor.org/vie-des-personnels/la-gendarmerie-va-sequiper-dune-vingtaine-de-drones-supplementaires/",
  "La Gendarmerie va s’équiper d’une vingtaine de drones supplémentaires",
  r'''La Gendarmerie va s’équiper d’une vingtaine de drones supplémentaires

Au moins 23 micro-drones dont quatre « haut de gamme » vont s’ajouter au parc de drones dont dispose actuellement la Gendarmerie.

Le ministère de l’Intérieur a publié un appel d’offres le 24 juin visant la fourniture de « micro-drones (…), leur maintien en condition opérationnelle et la formation pour la fonction de télé-pilote ».

Le marché porte sur deux lots de micro-drones quadri-rotor à décollage vertical et à propulsion électrique. Des engins facilement transportables pouvant effectuer des vols stationnaires.

Entre 80.000 et 150.000 euros pour un micro-drone “haut de gamme”

Le premier lot concerne quatre micro-drones dits « haut de gamme » dont une des spécificités tient dans la discrétion du matériel : « le système est conçu de sorte qu’il soit difficilement détectable de façon auditive, ainsi que par les moyens thermiques et électromagnétiques lorsqu’il évolue à 100 m de hauteur au dessus du sol », précise l’appel d’offres.

Quant au second lot, il vise à équiper la Gendarmerie d’au minimum 19 micro-drones « grand public » notamment équipés, tout comme les micro-drones « haut de gamme », de zoom X10 « permettant d’assurer les fonctions de détection et de reconnaissance ».

Ces appareils vont représenter un coût non négligeable dans le budget d’équipement de la Gendarmerie. « Il faut compter entre 80.000 et 150.000 euros pour un micro-drone haut de gamme, c’est en tous cas la fourchette que notre entreprise propose », affirme Shehzaad Callachand, directeur général d’Aeraccess, startup spécialisée dans la conception de drones de surveillance. Cette PME très''',
  [O("Gendarmerie nationale", "Gendarmerie"), O("Ministère de l'Intérieur", "ministère de l’Intérieur"),
   O("Aeraccess")],
  [M("150.000 euros", 150000, "EUR")],
  [])

D("228-nextink-interieur-capteurs-gemalto.txt",
  "https://next.ink/?p=1184",
  "L’Intérieur compte acquérir 7 000 capteurs nomades de contrôles biométriques, pour 21 millions d’euros",
  r'''L’Intérieur compte acquérir 7 000 capteurs nomades de contrôles biométriques, pour 21 millions d’euros
Vers des contrôles routiers biométriques
Le 13 avril 2023 à 06h49
12 min
Droit
Droit
Le ministère de l'Intérieur profite du renouvèlement de son marché de capteurs d'empreintes digitales et de lecteurs de documents d'identité pour investir 1,6 million d'euros dans des « solutions de prises d’images faciales », plus 21 millions de « capteurs nomades d’empreintes digitales doigts et palmaires ».
Le ministère de l'Intérieur vient de lancer un appel d'offres estimé à 27 millions d'euros (hors taxes) de « capteurs, lecteurs et prise d'images faciales », dont 21 millions de « capteurs nomades d’empreintes digitales doigts et palmaires », et 1,6 million de « fourniture de solutions de prises d’images faciales ».
Le règlement de consultation précise cela dit que si le projet d'accord-cadre « est conclu sans montant minimum », le « montant maximum » des différents lots est, quant à lui, fixé à un total de 56,35 millions d'euros.
Le Cahier des clauses techniques particulières (CCTP, expression officielle désignant le cahier des charges), précise qu'il s'agit du renouvellement d'un précédent marché, initialement estimé à 2,27 millions d'euros, et qui avait été attribué en 2019, pour 1,42 million d'euros, à Gemalto (ex-Gemplus, depuis racheté par Thales pour 4,8 milliards d’euros).
À l'époque, le ministère de l'Intérieur n'avait pas cherché à acquérir de « solutions de prises d’images faciales ». Le CCTP précise que « l'évolution de la réglementation européenne » le conduit cette année à intégrer, « notamment », l’acquisition de ce type de « solutions » dans cette nouvelle consultation.
De plus, le lot n°3 de fourniture de « capteurs d’empreintes digitales multi-doigts "sans contact" », qui avait alors été estimé à 60 000 euros seulement, n'avait finalement pas été attribué. So''',
  [O("Ministère de l'Intérieur", "L’Intérieur", "ministère de l'Intérieur"), O("Gemalto", "Gemalto", "Gemplus"),
   O("Thales")],
  [M("21 millions d’euros", 21000000, "EUR"), M("1,6 million d'euros", 1600000, "EUR"),
   M("27 millions d'euros", 27000000, "EUR"), M("56,35 millions d'euros", 56350000, "EUR"),
   M("2,27 millions d'euros", 2270000, "EUR"), M("1,42 million d'euros", 1420000, "EUR"),
   M("4,8 milliards d’euros", 4800000000, "EUR"), M("60 000 euros", 60000, "EUR")],
  [C("Gemalto", "contract", "Ministère de l'Intérieur", "policing", 2019,
     "qui avait été attribué en 2019, pour 1,42 million d'euros, à Gemalto (ex-Gemplus, depuis racheté par Thales pour 4,8 milliards d’euros)",
     1420000, "EUR"),
   C("Thales", "acquired", "Gemalto", "policing", None,
     "Gemalto (ex-Gemplus, depuis racheté par Thales pour 4,8 milliards d’euros)", 4800000000, "EUR")])

D("229-maghress-palantir-armee-americaine.txt",
  "https://maghress.com/fr/marocdiplomatique/108147",
  "Palantir décroche un contrat historique avec l'armée américaine",
  r'''Palantir vient de décrocher un contrat historique avec l'armée américaine d'une valeur de 800 millions de dollars au nord. Le Washington Post a annoncé que la société d'analyse de données de la Silicon Valley avait fait appel au fournisseur traditionnel de la défense Raytheon pour le projet, qui a pour tâche de fournir à Palantir une suite complète de matériel et de logiciels de renseignement de combat destiné à remplacer le système obsolète de l'armée, appelé DCGS-A. Il y a un an, l'Armée a désigné Palantir et Raytheon comme finalistes du concours, qui remodèlera totalement le «système des systèmes» de l'armée, qui fournit des données complètes pour «aider le commandant à visualiser et à comprendre la menace ainsi que d'autres éléments pertinents et aspects de l'environnement opérationnel. » Alors que le contrat DCGS-A marque le seul accord entre Palantir et l'armée qui soit suffisamment important pour avoir son propre élément de campagne avec le Congrès, la société a déjà des liens avec l'armée. Le contrat le plus important que Palantir ait précédemment conclu avec l'armée était de 22 401 901 dollars à compter de 2015. La société a également obtenu plusieurs contrats avec la marine au fil des ans, mais aucun ne s'est approché de l'ampleur du nouveau projet potentiellement doté de 800 millions de dollars. Les contrats les plus importants de la marine avec Palantir se sont élevés à 23 750 000 dollars et à 35 804 181 dollars en 2014 et 2017, respectivement. Le plus important contrat militaire antérieur de la société à ce jour était de 216 872 321 dollars pour des services logiciels pour l'US Special Operations Command. Ce contrat a été attribué en 2016 et devrait durer toute l'année. Palantir a récemment connu un succès retentissant auprès du ministère de la Défense, mais comme BuzzFeed l'a signalé en 2017, la société a connu des frictions dans ses relations avec la CIA et le FBI. En 2016, Pa''',
  [O("Palantir Technologies", "Palantir"), O("U.S. Army", "armée américaine", "l'armée", "l'Armée"),
   O("The Washington Post", "Washington Post"), O("Raytheon"), O("U.S. Congress", "Congrès"),
   O("U.S. Navy", "marine"), O("U.S. Special Operations Command", "US Special Operations Command"),
   O("U.S. Department of Defense", "ministère de la Défense"), O("BuzzFeed"), O("CIA"), O("FBI")],
  [M("800 millions de dollars", 800000000, "USD"), M("22 401 901 dollars", 22401901, "USD"),
   M("23 750 000 dollars", 23750000, "USD"), M("35 804 181 dollars", 35804181, "USD"),
   M("216 872 321 dollars", 216872321, "USD")],
  [C("Palantir Technologies", "contract", "U.S. Army", "military", None,
     "Palantir vient de décrocher un contrat historique avec l'armée américaine d'une valeur de 800 millions de dollars au nord.",
     800000000, "USD"),
   C("Palantir Technologies", "contract", "U.S. Navy", "military", None,
     "Les contrats les plus importants de la marine avec Palantir se sont élevés à 23 750 000 dollars et à 35 804 181 dollars en 2014 et 2017, respectivement."),
   C("Palantir Technologies", "contract", "U.S. Special Operations Command", "military", 2016,
     "Le plus important contrat militaire antérieur de la société à ce jour était de 216 872 321 dollars pour des services logiciels pour l'US Special Operations Command.",
     216872321, "USD")])

D("230-novethic-calstrs-armes.txt",
  "http://www.novethic.fr/gouvernance-dentreprise/entreprises-controversees/isr-rse/armement-question-dethique-pour-les-investisseurs-139118.html",
  "Armement : question d'éthique pour les investisseurs",
  r'''Publié le 22 janvier 2013

GOUVERNANCE D'ENTREPRISE

Armement : question d'éthique pour les investisseurs

La tuerie de Newport a ouvert aux Etats-Unis le débat sur la vente incontrôlée des armes. CalSTRS, l'un des plus grands fonds de pension dédié aux enseignants californiens, y participe. Il a annoncé début janvier qu'il cessait d'investir dans les entreprises qui fabriquent des armes , relançant ainsi le débat sur l'investissement éthique.

139118_GF.jpg

« Nous ne siégeons pas à la Cour Suprême. Nous en sommes pas élus au Congrès mais notre conseil d'administration a le pouvoir de changer ses propres investissements ». C'est ainsi qu'Harry Keiley, président du comité d'investissement de CalSTRS, le fonds de pension des 850 000 enseignants retraités californiens, a annoncé qu'il refusait désormais d'investir dans des entreprises fabriquant des fusils d'assaut et des munitions. Signataire des Principes pour l'Investissement Responsable (PRI), CalSTRS a une politique d'investissement éthique mais il était malgré tout indirectement présent au capital d'entreprises d'armement dont l'une a fabriqué l'un des fusils d'assaut utilisé dans la tuerie de Newport. Alors que le lobby des armes appelait à armer tous les enseignants pour prévenir de nouveaux massacres, CalSTRS estime au contraire qu'il faut prendre ses distances avec l'industrie de l'armement. Ce choix aura une incidence relative sur la gestion de ses encours de155 milliards de dollars puisque l'armement n'en représente qu'une toute petite partie mais cela ouvre le débat sur l'investissement éthique et les choix de société qu'il implique.

Un critère d'exclusion

Le contrôle des armes est l'un des premiers sujets sur la table du président Obama martelaient les commentateurs de sa seconde investiture le 21 janvier 2013. « Contrôler les armes c'est poser la question des destinataires finaux des armes qui sont produites et vendues » explique Bernard Bayot, du Réseau Fin''',
  [O("CalSTRS"), O("U.S. Supreme Court", "Cour Suprême"), O("U.S. Congress", "Congrès"),
   O("Principles for Responsible Investment", "Principes pour l'Investissement Responsable", "PRI")],
  [M("155 milliards de dollars", 155000000000, "USD")],
  [])

# Batch 3: other outlets and bodies (a Gendarmerie armoured-vehicle award, PPP prisons
# announced by the AFP, the Olympic video-surveillance lots, a Zurich pension fund's Elbit
# stake, the Moroccan police and Safran, a Gendarmerie tender), annotated from the text
# alone before the extractor was run on them.
BATCH = 3

D("231-latribune-soframe-blindes-gendarmerie.txt",
  "https://www.latribune.fr/entreprises-finance/industrie/aeronautique-defense/les-antediluviens-blindes-de-la-gendarmerie-vbrg-prochainement-mis-a-la-casse-895282.html",
  "les antediluviens blindes de la gendarmerie vbrg prochainement mis a la casse",
  r'''Contemporains de la Renault 12, les antédiluviens VBRG de la gendarmerie, entrés en service en 1974, vont être enfin remplacés. Les moyens se débloquent. C'est ce qu'a annoncé le ministère de l'Intérieur, qui à l'issue d'une mise en concurrence lancée en décembre 2020 dans le cadre de la compétition "Véhicule blindé de maintien de l'ordre", va acquérir 90 véhicules blindés pour la Gendarmerie nationale. Et contrairement à toute attente, c'est la société Soframe (groupe Lohr), qui a finalement remporté le marché, avec le modèle Arive face à Nexter (Serval) et Arquus (Sherpa). Le marché a été notifié le 27 octobre. Un premier exemplaire sera commandé pour une livraison au 1er semestre 2022, les véhicules restants seront commandés dès validation de cette tête de série. La gendarmerie va pouvoir engager le renouvellement pluriannuel de son parc de véhicules de maintien de l'ordre. Il n'était que temps...

"Ces véhicules, de conception française, seront montés et assemblés en Alsace. La caisse y est également fabriquée à partir de tôles blindées produites en France", a expliqué le ministère de l'Intérieur dans un communiqué publié en fin de semaine.

Déjà produits à près de 1.800 exemplaires, ces véhicules remplaceront progressivement les véhicules blindés à roues de la gendarmerie (VBRG) et permettront aux forces de l'ordre de conduire des opérations de rétablissement de l'ordre dans des environnements dégradés, ainsi que des opérations sous le feu. "Cette commande s'inscrit dans la stratégie du maintien de l'ordre définie par le schéma national du maintien de l'ordre (SNMO) publié en septembre 2020, qui prévoit l'acquisition de matériels nouveaux pour accompagner les adaptations nécessaires à la conduire des opérations de rétablissement de l'ordre", a expliqué le ministère.

Une commande très attendue

Lors d'une audition au Sénat le 13 octobre, le directeur général de la gendarmerie nationa''',
  [O("Gendarmerie nationale", "gendarmerie", "Gendarmerie nationale"),
   O("Ministère de l'Intérieur", "ministère de l'Intérieur"),
   O("Soframe"), O("Lohr"), O("Nexter"), O("Arquus"), O("French Senate", "Sénat")],
  [],
  [C("Soframe", "contract", "Ministère de l'Intérieur", "policing", None,
     "Et contrairement à toute attente, c'est la société Soframe (groupe Lohr), qui a finalement remporté le marché, avec le modèle Arive face à Nexter (Serval) et Arquus (Sherpa)."),
   C("Lohr", "owns", "Soframe", "policing", None, "la société Soframe (groupe Lohr)")])

D("232-batiweb-afp-eiffage-quatre-prisons.txt",
  "https://batiweb.com/actualites/dernieres-depeches-afp/eiffage-va-realiser-et-exploiter-quatre-prisons-en-france-4812",
  "Eiffage va réaliser et exploiter quatre prisons en France",
  r'''Eiffage va réaliser et exploiter quatre prisons en France

Publié le 02 décembre 2005

Partager : 

PARIS, 1 déc 2005 (AFP) - Le groupe français Eiffage va réaliser, sous forme de contrat de partenariat public privé (PPP), quatre établissements pénitentiaires à Roanne, Nancy, Lyon et Béziers, a annoncé jeudi l'agence de maîtrise d'ouvrage des travaux du ministère de la Justice (AMOTMJ).
"L'AMOTMJ a décidé de retenir l'offre de la société Eiffage associée à Valode et Pistre architectes et engage avec celle-ci la phase de mise au point du futur contrat qui devrait intervenir avant la fin du mois de février 2006", a indiqué l'AMOTMJ dans un communiqué. Le contrat de partenariat public privé (PPP) constitue un nouveau type de contrat permettant à des opérateurs privés de concevoir et gérer des équipements publics.

Il est déjà utilisé pour les hôpitaux, les prisons et va l'être pour les infrastructures de transport. L'appel d'offre pour les quatre établissements avait été lancée en 2002 par le ministère de la Justice. Au total, ils représentent 2.800 places, a ajouté l'AMOTMJ.

A Roanne (Loire), il s'agit de "la conception, du financement, de l'entretien et de la maintenance" d'un centre de détention de 600 places, à Nancy d'un centre pénitentiaire de 690 places, à Lyon-Corbas d'une maison d'arrêt de 690 places et à Béziers (Hérault) d'un centre pénitentiaire de 810 place, a précisé l'agence. Ces établissements "seront progressivement livrés à partir de l'été 2008 en commençant par le site de Roanne", a-t-elle encore précisé. Une nouvelle procédure sera lancée début 2006. Les contrats de PPP seront des contrats nouvelle formule, c'est à dire appliquant l'ordonnance de juin 2004 qui régit les contrats de partenariat.

Cela "permettra de transférer davantage de services aux groupements retenus pour la construction et l'exploitation de nouveaux centres pénitentiaires", a précis''',
  [O("Eiffage"), O("AFP"),
   O("Agence de maîtrise d'ouvrage des travaux du ministère de la Justice",
     "agence de maîtrise d'ouvrage des travaux du ministère de la Justice", "AMOTMJ"),
   O("French Ministry of Justice", "ministère de la Justice"),
   O("Valode et Pistre architectes")],
  [],
  [C("Eiffage", "contract", "Agence de maîtrise d'ouvrage des travaux du ministère de la Justice", "prisons", 2005,
     "Le groupe français Eiffage va réaliser, sous forme de contrat de partenariat public privé (PPP), quatre établissements pénitentiaires à Roanne, Nancy, Lyon et Béziers, a annoncé jeudi l'agence de maîtrise d'ouvrage des travaux du ministère de la Justice (AMOTMJ)."),
   C("Valode et Pistre architectes", "contract", "Agence de maîtrise d'ouvrage des travaux du ministère de la Justice", "prisons", 2005,
     "L'AMOTMJ a décidé de retenir l'offre de la société Eiffage associée à Valode et Pistre architectes"),
   C("Eiffage", "partnered", "Valode et Pistre architectes", "prisons", None,
     "l'offre de la société Eiffage associée à Valode et Pistre architectes")])

D("233-france3-videosurveillance-algorithmique-jo.txt",
  "https://france3-regions.francetvinfo.fr/paris-ile-de-france/paris/la-videosurveillance-automatisee-sera-bien-deployee-pour-les-jeux-olympiques-de-paris-2903339.html",
  "la videosurveillance automatisee sera bien deployee pour les jeux olympiques de paris",
  r'''Le ministère de l'Intérieur a attribué le marché public de la vidéosurveillance algorithmique des Jeux olympiques de Paris (26 juillet-11 août) à quatre entreprises, pour un montant total de 8 millions d'euros.
Autorisées par la loi olympique de 2023, les caméras dites "intelligentes" permettent notamment de signaler des "mouvements de foule" suspects, "des départs de feux" ou "la présence d'une personne dans une zone interdite". Des algorithmes se nourrissent d'images de caméras et de drones pour repérer ces "événements potentiellement à risque".
Chacun des quatre lots attribués - évalué chacun à un montant maximum de 2 millions d'euros - consiste en "la fourniture d'une solution algorithmique", son installation et son démontage, la formation des "acteurs de terrain", et un accompagnement dans la mise en œuvre, précise l'avis d'attribution publié vendredi.
Pas de reconnaissance faciale selon le gouvernement
Les marchés ont été attribués à Wintics (basée à Paris), Videtics (située dans la technopôle de Sophia-Antipolis près de Nice), Orange Business (Seine-Saint-Denis) et au groupe français Chapsvision, spécialiste de l'analyse de données (Hauts-de-Seine). Chapsvision est une offre une solution alternative française au géant américain Palantir, qui fournit ses technologies à de nombreux services de renseignements.
Les événements sous surveillance devront être détectés sans recourir à des techniques de reconnaissance faciale ou de biométrie, un engagement du gouvernement.
Selon une enquête du site d'investigation Disclose parue en novembre, les forces de l'ordre françaises ont acquis en 2015, "en secret", un logiciel d'analyse d'images de vidéosurveillance de la société israélienne Briefcam, spécialisée dans le développement de logiciels destinés à la vidéosurveillance algorithmique et aujourd'hui détenue par le géant japonais Canon.''',
  [O("Ministère de l'Intérieur", "ministère de l'Intérieur"), O("Government of France", "gouvernement"),
   O("Wintics"), O("Videtics"), O("Orange Business"), O("Chapsvision"),
   O("Palantir Technologies", "Palantir"), O("Disclose"),
   O("French law enforcement", "forces de l'ordre françaises"), O("Briefcam"), O("Canon")],
  [M("8 millions d'euros", 8000000, "EUR"), M("2 millions d'euros", 2000000, "EUR")],
  [C(co, "contract", "Ministère de l'Intérieur", "policing", None,
     "Les marchés ont été attribués à Wintics (basée à Paris), Videtics (située dans la technopôle de Sophia-Antipolis près de Nice), Orange Business (Seine-Saint-Denis) et au groupe français Chapsvision, spécialiste de l'analyse de données (Hauts-de-Seine).")
   for co in ("Wintics", "Videtics", "Orange Business", "Chapsvision")] +
  [C("Briefcam", "supplies", "French law enforcement", "policing", 2015,
     "les forces de l'ordre françaises ont acquis en 2015, \"en secret\", un logiciel d'analyse d'images de vidéosurveillance de la société israélienne Briefcam"),
   C("Canon", "owns", "Briefcam", "policing", None,
     "la société israélienne Briefcam, spécialisée dans le développement de logiciels destinés à la vidéosurveillance algorithmique et aujourd'hui détenue par le géant japonais Canon")])

D("235-yoopress-dgsn-reconnaissance-faciale-morpho.txt",
  "http://yoopress.blogspot.com/2014/05/exclusif.html",
  "exclusif",
  r'''EXCLUSIF. La police marocaine cherche à se doter d’un logiciel de reconnaissance faciale. Le prestataire sera probablement une filiale du groupe Safran, un des systèmes les plus performants en matière de sécurité.
Au diable les recherches manuelles! La Direction générale de la sûreté nationale (DGSN) s’apprête à acquérir un système de reconnaissance faciale dernier cri. Il s’agit, en substance, d’un logiciel qui permet d’identifier, à travers une base de données où sont stockées plusieurs photos par individu, des criminels, des personnes recherchées ou disparues, avec un temps de recherche très réduit.
Cela fait plusieurs mois que l’information fait le tour du microcosme, mais, du côté de la police, on ne confirme ni n’infirme officiellement. Pourtant, selon une source sûre proche du dossier, un appel d’offres a bel et bien été lancé, avant que la DGSN ne se rétracte. «Elle tenait, explique notre source, d’abord à se renseigner sur tous les produits qu’offre le marché, qui est en permanente évolution, pour se doter d’un logiciel qui soit à la pointe de la technologie.»
C’est auprès du géant technologique français Safran, spécialisé dans l’aéronautique, la sécurité et la défense, que la police s’intéresse actuellement à ce système, qui la propulsera au rang des administrations les plus performantes du monde en matière de reconnaissance faciale. Selon une source bien informée, de hauts cadres de la DGSN organiseront bientôt une réunion avec Morpho, filiale de Safran basée à Casa Nearshore, pour une présentation des différentes gammes de produits de la boîte.
Ce n’est pas un hasard si la police jette son dévolu sur le Morpho. D’après un expert, contacté par YooPress, l’entreprise reste de loin le leader dans le domaine de la sécurité, avec 60 % de parts de marché dans le monde. Système de connaissance faciale, identification d’empreintes digitales, formations, maintenance s''',
  [O("Direction générale de la sûreté nationale", "police marocaine",
     "Direction générale de la sûreté nationale", "DGSN"),
   O("Safran"), O("Morpho"), O("YooPress")],
  [],
  [C("Safran", "owns", "Morpho", "policing", None, "Morpho, filiale de Safran basée à Casa Nearshore")])

D("236-forcesoperations-gendarmerie-vbmo-candidatures.txt",
  "https://www.forcesoperations.com/la-gendarmerie-nationale-part-en-quete-de-vehicules-blindes-maintien-de-lordre/?fbclid=IwAR334AWj4yfsR4bvku-EqAGbpXnYe4WXgahOsx-FgUNIvIQDd0Bv_G2VUMM",
  "La Gendarmerie nationale part en quête de « véhicules blindés maintien de l’ordre »",
  r'''Le ministère de l’Intérieur a lancé jeudi dernier la phase de candidature pour l’acquisition de véhicules blindés de maintien de l’ordre (VBMO), première étape dans le renouvellement tant attendu du parc blindé de la Gendarmerie nationale.

Le PLF 2021 définitivement adopté, le ministère de l’Intérieur est à présent doté des fonds nécessaires pour matérialiser l’un des trois scénarios évoqués par le Directeur général de la Gendarmerie nationale, le général Christian Rodriguez : le remplacement du parc blindé par un engin neuf, la rénovation des véhicules actuels ou une solution hybride.

Pour le DGGN, « l’idée est d’en commander 45 dès l’année prochaine avec une perspective d’en avoir 80 à 90 neufs ou réhabilités ». L’appel à candidatures confirme la cible totale de 90 véhicules, estimation néanmoins donnée « à titre indicatif et non contractuel ». La moitié (ou 48 selon le sénateur LR Philippe Paul, co-rapporteur pour avis sur le programme 152 – Gendarmerie nationale) devrait donc être commandée en 2021 pour un montant que le DGGN évalue à 32 M€.

L’émission de ce besoin pour l’ « acquisition de véhicules équipés » sera suivie d’un appel d’offres puis de l’attribution d’un accord-cadre mono-attributaire et non-alloti pour une durée de quatre ans. Une notification en 2021 permettrait de respecter l’objectif calendaire avancé par le DGGN, à savoir un renouvellement complet avant 2026.

Entre autres critères de sélection, l’appel d’offres sera restreint à toute entreprise  présentant « un chiffre d’affaires annuel moyen minimum, sur les trois derniers exercices, de 31 500 000 euros ». Un critère qui, à supposer que la Gendarmerie nationale privilégie une solution hybride, ne devrait pas inquiéter Turgis & Gaillard, dont le chif''',
  [O("Ministère de l'Intérieur", "ministère de l’Intérieur"),
   O("Gendarmerie nationale"), O("Les Républicains", "LR"), O("Turgis & Gaillard")],
  [M("32 M€", 32000000, "EUR"), M("31 500 000 euros", 31500000, "EUR")],
  [])

D("237-lemamouth-dga-drac-eads.txt",
  "https://lemamouth.blogspot.com/2011/04/des-drac-mais-combien.html",
  "des drac mais combien",
  r'''La DGA annonce à l'instant avoir notifié, le 5 avril, un contrat de minidrones DRAC au profit d'EADS. Sans donner, pour autant, le nombre de systèmes commandés, et le montant du marché. Cette notification intervient, en fait, à l'extrême limite de la période qui permettait à la DGA de le faire, en affermissant une tranche conditionnelle d'un marché plus global, pour lequel 60 systèmes (120 drones) avaient déjà été livrés.
Dès le début de l'année, comme je l'avais écrit, à l'époque, dans Air&Cosmos, l'armée de terre avait envisagé de commander une plus forte proportion de drones que de stations-sol, du fait de l'attrition constatée depuis le début de la carrière opérationnelle du DRAC, au Kosovo, puis en Afghanistan, depuis la fin du printemps 2010.
Le CEMAT lui-même s'était ému des dysfonctionnements enregistrés, avant qu'un travail collaboratif entre la STAT et l'industriel ne permette d'aplanir toutes les difficultés.
Une information, quand même, dans le communiqué de la DGA : les matériels doivent être livrés entre l'été 2011 et le début 2013.''',
  [O("Direction générale de l'armement", "DGA"), O("EADS"), O("Air&Cosmos"),
   O("French Army", "armée de terre"), O("Section technique de l'armée de terre", "STAT")],
  [],
  [C("EADS", "contract", "Direction générale de l'armement", "military", None,
     "La DGA annonce à l'instant avoir notifié, le 5 avril, un contrat de minidrones DRAC au profit d'EADS.")])

D("238-madeinfrance-dga-drone-tactique-sagem.txt",
  "https://made-in-france.com/fr/article/larmee-prefere-drone-tactique-sagem-made-france-bfmtvcom",
  "larmee prefere drone tactique sagem made france bfmtvcom",
  r'''La direction générale de l'armement a opté pour le drone de Sagem conçu et fabriqué en France à celui de Thales au pedigree britannique. A la clé: un marché de 300 millions d'euros. L'Armée a dû faire un choix cornélien entre les deux industriels ...''',
  [O("Direction générale de l'armement", "direction générale de l'armement"), O("Sagem"), O("Thales"),
   O("French Army", "Armée")],
  [M("300 millions d'euros", 300000000, "EUR")],
  [C("Sagem", "contract", "Direction générale de l'armement", "military", None,
     "La direction générale de l'armement a opté pour le drone de Sagem conçu et fabriqué en France à celui de Thales au pedigree britannique. A la clé: un marché de 300 millions d'euros.",
     300000000, "EUR")])

# (234 was dropped before the extractor's results were read: its page is batch 1's
# 213-directmagazine-caisse-zurich-elbit.txt.)
D("239-mcinformactions-frontex-400-millions-drones.txt",
  "http://mcinformactions.net/frontex-veut-acheter-pour-400-millions-d-euros-d-equipements-dont-des-drones",
  "frontex veut acheter pour 400 millions d euros d equipements dont des drones",
  r'''L’agence européenne des garde-frontières a publié pour 400 millions d’euros d’appels d’offres ces dernières semaines, pour améliorer la détection de bateaux en mer Méditerranée et mieux lutter contre l’immigration clandestine. La moitié des fonds sont dédiés à l’acquisition de drones, même si leur utilisation est controversée.
Frontex monte inexorablement en puissance. L’agence européenne des gardes-frontières, dont le budget atteint 6,4 milliards d’euros pour la période 2021-2027, a multiplié les appels d’offres d’équipements ces dernières semaines, comme le révèle le site d’informations Euractiv.
Dans le détail, les appels d’offres concernent des drones affectés à la surveillance maritime pour 184 millions d’euros, des équipements de surveillance, dont des lunettes de vision nocturne, d’une valeur de 19 millions d’euros, des services de technologies de l’information et de la communication (TIC) d’une valeur de 186,5 millions d’euros, ainsi qu’un projet pilote de 3 millions d’euros pour des drones aux frontières terrestres, dans le cadre d’opérations conjointes avec la Bulgarie.
De coûteux appareils de détection
L’agence Frontex utilise régulièrement des drones pour détecter les embarcations de migrants en mer Méditerranée depuis 2018, année lors de laquelle elle avait annoncé la détection de 5 000 personnes. (...)
Ces dernières années, plusieurs appareils de type Héron 1, ou Hermès, qui affiche une autonomie maximale de 36 heures, ont été acquis auprès de constructeurs israéliens (IAI) et français (Airbus). Il y a un an, un drone Héron 1 s’est d’ailleurs écrasé en mer ionienne, au grand dam de l’agence européenne, les contrats s’élevant à près de 50 millions d’euros pour chaque appareil.
Utilisation controversée
L’agence européenne collabore actuellement avec plusieurs pays tiers, tels que la Libye ou la Tunisie, pour leur permettre d’intercepter les c''',
  [O("Frontex", "agence européenne des garde-frontières", "Frontex", "agence européenne des gardes-frontières"),
   O("Euractiv"), O("Israel Aerospace Industries", "IAI"), O("Airbus")],
  [M("400 millions d’euros", 400000000, "EUR"), M("6,4 milliards d’euros", 6400000000, "EUR"),
   M("184 millions d’euros", 184000000, "EUR"), M("19 millions d’euros", 19000000, "EUR"),
   M("186,5 millions d’euros", 186500000, "EUR"), M("3 millions d’euros", 3000000, "EUR"),
   M("50 millions d’euros", 50000000, "EUR")],
  [C(co, "supplies", "Frontex", "borders", None,
     "Ces dernières années, plusieurs appareils de type Héron 1, ou Hermès, qui affiche une autonomie maximale de 36 heures, ont été acquis auprès de constructeurs israéliens (IAI) et français (Airbus).")
   for co in ("Israel Aerospace Industries", "Airbus")])

# Batch 4: the G4S-Thales-Onet electronic-tag consortium and Datacet's framework
# agreement for the prison service, GEPSA's delegated prison management, DCNS,
# Thales for the Guardia Civil at Melilla, Luxembourg's pension reserve fund's exclusion
# list, a commune's video-protection contract (buyer unnamed), Securitas's body cameras
# for the Belgian police.
BATCH = 4

D("240-datanews-g4s-thales-onet-bracelets.txt",
  "http://datanews.levif.be/ict/actualite/un-mega-contrat-portant-sur-des-bracelets-electroniques-pour-la-france/article-normal-287395.html",
  "Un méga-contrat portant sur des bracelets électroniques pour la France",
  r'''Un méga-contrat portant sur des bracelets électroniques pour la France

Un groupe formé de G4S, Thales et Onet Sécurité a décroché en France un juteux contrat portant sur la fourniture de bracelets électroniques GPS pour des personnes légèrement condamnées.

Un groupe formé de G4S, Thales et Onet Sécurité a décroché en France un juteux contrat portant sur la fourniture de bracelets électroniques GPS pour des personnes légèrement condamnées.


Le ministère français de la Justice a attribué à un consortium constitué de G4S, Onet Sécurité et Thales la fourniture de nouveaux bracelets électroniques pour des personnes condamnées à des peines légères. Actuellement, 10.000 de celles-ci sont déjà équipées en France d’un bracelet pour le poignet ou la cheville. Le ministère de la Justice souhaite étendre nettement ce nombre dans les années à venir.


Le groupe de sécurité international d’origine belge G4S fournira les appareils de surveillance électronique et le software de la toute dernière génération. Ces bracelets intègrent une balise GPS multifonctionnelle qui permet de suivre en permanence la personne concernée et de contrôler qu’elle se trouve bien là où elle doit être. L’entreprise de sécurité française Onet Sécurité prendra en charge la surveillance à distance, exploitera le centre d’appels et assurera la formation des surveillants qui devront travailler avec le système. Quant au groupe de défense français Thales, il sera responsable de la gestion générale du programme, de l’intégration des systèmes et de l’infrastructure IT.


Le nouveau système de surveillance est de conception modulaire et peut être également couplé aux systèmes d’autres fournisseurs. Il devrait être opérationnel cette année encore. La valeur totale du contrat est de 80 millions d’euros.


Le groupe de sécurité international G4S (l’ex-Group 4 Securicor) est né de la fusion entre des firmes de sécurité''',
  [O("G4S", "G4S", "Group 4 Securicor"), O("Thales"), O("Onet Sécurité"),
   O("French Ministry of Justice", "ministère français de la Justice", "ministère de la Justice")],
  [M("80 millions d’euros", 80000000, "EUR")],
  [C(co, "contract", "French Ministry of Justice", "prisons", None,
     "Le ministère français de la Justice a attribué à un consortium constitué de G4S, Onet Sécurité et Thales la fourniture de nouveaux bracelets électroniques pour des personnes condamnées à des peines légères.")
   for co in ("G4S", "Onet Sécurité", "Thales")]
  + [C(a, "partnered", b, "prisons", None,
       "Un groupe formé de G4S, Thales et Onet Sécurité a décroché en France un juteux contrat portant sur la fourniture de bracelets électroniques GPS pour des personnes légèrement condamnées.")
     for a, b in (("G4S", "Thales"), ("G4S", "Onet Sécurité"), ("Thales", "Onet Sécurité"))])

D("241-nosdeputes-datacet-surveillance-electronique.txt",
  "https://2007-2012.nosdeputes.fr/question/QE/90221",
  "Question N° 90221 au Ministère de la Justice",
  r'''Patrick Lebreton
Question N° 90221 au Ministère de la Justice


Question soumise le 5 octobre 2010

M. Patrick Lebreton interroge M. le secrétaire d'État à la justice sur le rapport de la Cour des comptes intitulé « Le service public pénitentiaire : prévenir la récidive, gérer la vie carcérale » publié en juillet 2010. Suite à l'analyse des moyens de prévenir la récidive, ce rapport préconise notamment de « finaliser l'application de l'accord cadre national sur les bracelets électroniques dans les meilleurs délais et appliquer les marchés des directions interrégionales des services pénitentiaires en surveillant la gestion des stocks de bracelets ». Il souhaite donc qu'il lui indique dans quelles mesures il entendrait mettre en oeuvre cette recommandation.

Réponse émise le 21 décembre 2010

L'accord-cadre national ayant pour objet la surveillance électronique fixe (PSE) et mobile (PSEM) a été notifié le 31 août 2009 pour une durée de quatre ans au groupement solidaire dont la société Datacet est le mandataire. Cet accord-cadre est décliné au niveau régional par le biais de marchés subséquents. La durée et le montant de l'accord-cadre permettent de prendre en compte les impacts de la loi pénitentiaire. Outre la location des équipements, la prestation comprend également la maintenance, la vérification de leur bon fonctionnement et le remplacement des éléments défaillants, une prestation de télésurveillance, une prestation de formation ainsi que le coût de l'ensemble des communications téléphoniques émises par le titulaire dans le cadre de l'exécution des prestations. L'accord-cadre prévoit un coût de location mensuel (un coût PSE et un coût PSEM) identique pour toutes les directions interrégionales des services pénitentiaires. À ce jour, le déploiement de l'accord-cadre national est''',
  [O("French Ministry of Justice", "Ministère de la Justice"), O("Cour des comptes"), O("Datacet")],
  [],
  [C("Datacet", "contract", "French Ministry of Justice", "prisons", 2009,
     "L'accord-cadre national ayant pour objet la surveillance électronique fixe (PSE) et mobile (PSEM) a été notifié le 31 août 2009 pour une durée de quatre ans au groupement solidaire dont la société Datacet est le mandataire.")])

D("242-gepsa-gestion-deleguee-prisons.txt",
  "https://gepsa.fr/?p=4470",
  "gepsa.fr ?p=4470",
  r'''Depuis la fin des années 1980, GEPSA a su consolider et enrichir son expérience pour devenir le leader des services en sites sensibles
GEPSA est responsable aujourd’hui du fonctionnement de 72 sites en France.
En 1986, le Garde des Sceaux Albin Chalandon mène un programme ambitieux de construction de 13 000 nouvelles places de prison sous une forme innovante, favorisant la collaboration entre le secteur public et le secteur privé : la gestion déléguée.
Cette nouvelle dynamique contractuelle permet au Ministère de la Justice de se concentrer sur ses missions régaliennes (direction d’établissement, greffe et sécurité) et de confier la gestion de ces nouveaux sites à des acteurs du secteur privé.
A l’époque, c’est Lyonnaise des Eaux, alors engagée dans un vaste programme de diversification auprès des collectivités, qui décide de capter cette opportunité et de créer une filiale dédiée à ce marché : GEPSA.
1987
Naissance de GEPSA
Dans ce contexte, l’Etat lance une première sollicitation pour la gestion des services (restauration, buanderie, nettoyage, maintenance, permanence médicale) de 21 nouveaux établissements pénitentiaires, répartis sur 4 zones, sur une durée de 10 ans.
GEPSA remporte alors 5 établissements, 3 dans le Nord (Bapaume, Longuenesse, Maubeuge) et 2 en Ile de France (Villepinte et Osny).
GEPSA débute ses activités en recrutant des personnels issus de la magistrature ou de la Défense et s’appuie sur les compétences développées au sein d’Elyo, filiale du même Groupe, spécialisée dans les services aux entreprises. Cette combinaison entre expertise de marché et expertise technique fait la force de GEPSA et garantit la qualité des prestations rendues à ses clients.
1989
Premier marché en gestion déléguée
Au cours de la période 2002-2009, forte de son expérience acquise dans les années 90, GEPSA remporte la gestion déléguée de nombreux sites : 15 établissements pénitentiaires en 2002, 10 en ''',
  [O("GEPSA"), O("French Ministry of Justice", "Ministère de la Justice"),
   O("Lyonnaise des Eaux"), O("Government of France", "l’Etat"),
   O("French Ministry of Defence", "Défense"), O("Elyo")],
  [],
  [C("Lyonnaise des Eaux", "owns", "GEPSA", "prisons", None,
     "c’est Lyonnaise des Eaux, alors engagée dans un vaste programme de diversification auprès des collectivités, qui décide de capter cette opportunité et de créer une filiale dédiée à ce marché : GEPSA."),
   C("GEPSA", "contract", "Government of France", "prisons", None,
     "GEPSA remporte alors 5 établissements, 3 dans le Nord (Bapaume, Longuenesse, Maubeuge) et 2 en Ile de France (Villepinte et Osny).")])

D("243-investing-dcns-entretien-sous-marins.txt",
  "https://fr.investing.com/news/forex-news/dcns-contrat-dun-milliard-pour-lentretien-des-sousmarins-francais-4769",
  "dcns contrat dun milliard pour lentretien des sousmarins francais",
  r'''Un contrat de près d'un milliard d'euros pour l'entretien des sous-marins de la Marine française a été notifié officiellement à DCNS, a annoncé lundi le groupe naval militaire DCNS.
Un premier contrat de plus de 500 millions porte sur l'entretien des six sous-marins nucléaires d'attaque (SNA) à Toulon. Un second de "près de 500 millions" prévoit l'entretien des sous-marins nucléaires lanceurs d'engins (SNLE, qui assurent la dissuasion nucléaire) à Brest, détaille DCNS dans un communiqué.
Cette annonce confirme officiellement une information transmise au conseil d'administration de DCNS (ex-Direction des constructions navales) en octobre.
Le contrat relatif aux SNA court sur cinq ans (2010-2014), tandis que celui relatif aux SNLE est prévu sur cinq ans et demi (novembre 2009-décembre 2015).
Le nouveau SNLE "Le Terrible" doit notamment recevoir le missile nucléaire stratégique de nouvelle génération M51, d'une portée supérieure à celle de l'actuel missile M45.
DCNS est un groupe détenu à 75% par l'Etat français et à 25% par le groupe d'électronique Thales.''',
  [O("Naval Group", "DCNS", "Direction des constructions navales"),
   O("French Navy", "Marine française"), O("Government of France", "l'Etat français"),
   O("Thales")],
  [M("un milliard d'euros", 1000000000, "EUR")],
  [C("Naval Group", "contract", "French Navy", "military", None,
     "Un contrat de près d'un milliard d'euros pour l'entretien des sous-marins de la Marine française a été notifié officiellement à DCNS, a annoncé lundi le groupe naval militaire DCNS.",
     1000000000, "EUR"),
   C("Government of France", "owns", "Naval Group", "military", None,
     "DCNS est un groupe détenu à 75% par l'Etat français et à 25% par le groupe d'électronique Thales."),
   C("Thales", "invested", "Naval Group", "military", None,
     "DCNS est un groupe détenu à 75% par l'Etat français et à 25% par le groupe d'électronique Thales.")])

D("244-telquel-melilla-thales-guardia-civil.txt",
  "https://telquel.ma/instant-t/2022/10/24/melilia-plus-de-2-millions-deuros-pour-renforcer-la-securite-aux-frontieres-de-lenclave-espagnole_1789240/",
  "melilia plus de 2 millions deuros pour renforcer la securite aux frontieres de lenclave espagnole",
  r'''Selon le cahier des charges publié sur la plateforme des marchés publics, le contrat a été attribué à la société Thalès pour un montant de 2.272.725 euros.

La Guardia Civil justifie la nécessité d’intégrer ce nouveau système de surveillance par le fait qu’à la frontière entre l’enclave et le territoire marocain, “se forment des poches de migrants qui tentent d’entrer illégalement sur le territoire espagnol d’une manière ou d’une autre, que ce soit par les passages frontaliers, la clôture de périmètre ou les brise-lames de la frontière maritime”.

Cette zone est “un point d’entrée critique” par les frontières espagnoles. De ce fait, la Guardia Civil admet qu’“il est clair que les ressources utilisées dans cette zone ne sont pas suffisantes et doivent être renforcées”.

Elle estime donc nécessaire d’acheter et d’installer un système de surveillance complet, composé de cinq stations de surveillance fixes, qui seront installées sur le périmètre de la frontière pour la surveillance terrestre et maritime.

Le système sera contrôlé localement et à distance et sera capable de détecter, reconnaître et identifier des cibles de jour comme de nuit et dans des conditions météorologiques défavorables.

Les cinq nouvelles stations seront placées dans le poste de surveillance appelé Golf 1, dans la caserne de la Légion, dans le point appelé Bravo 4 et deux d’entre elles seront placées dans la tour V Centenario.

(avec EFE)''',
  [O("Thales", "Thalès"), O("Guardia Civil"), O("EFE")],
  [M("2.272.725 euros", 2272725, "EUR")],
  [C("Thales", "contract", "Guardia Civil", "borders", None,
     "Selon le cahier des charges publié sur la plateforme des marchés publics, le contrat a été attribué à la société Thalès pour un montant de 2.272.725 euros.",
     2272725, "EUR")])

D("245-paperjam-fonds-de-compensation-exclusion-israel.txt",
  "https://paperjam.lu/article/news-le-fonds-de-compensation-se-defend-de-boycotter-israel",
  "le fonds de compensation se defend de boycotter israel",
  r'''Les dirigeants du Fonds de compensation commun au régime de pension, qui gère l’argent des retraites légales au Luxembourg, ont été obligés de se défendre d’un boycott généralisé d’Israël. Dans une mise au point envoyé mercredi à la presse, Marc Fries, premier conseiller de direction du Fonds de compensation, a rappelé les règles de gouvernance des investissements définies depuis 2011 par le conseil d’administration et prévoyant de réserver les investissements à des sociétés socialement responsables. Le Fonds travaille avec un prestataire externe qui lui signale les sociétés ne respectant pas ses critères d’investissement et qui actualise régulièrement sa liste d’exclusion.

Cette liste comprend actuellement 61 sociétés internationales, parmi lesquelles huit sont israéliennes, dont les cinq premières banques de l’État hébreu qui financent les constructions dans les colonies israéliennes dans les territoires occupés.

L’exclusion de grandes banques israéliennes ne date d’ailleurs pas d’hier. En novembre 2011, lorsque une première liste a fait le tri des investissements, cinq sociétés d’Israël y apparaissaient déjà (Bank Hapoalim, Bank Leumi, Israël Discount Bank, Mizrahi Tefahot Bank et Elbit Systems). En novembre dernier, trois firmes ont été ajoutées à la liste originelle: First International Bank of Israël, Jerusalem Economy Ltd et Afi Group, toujours en raison de leur implication dans les constructions illégales dans les territoires palestiniens occupés.

«On ne peut pas parler d’un boycott d’Israël, car le Fonds de compensation a investi dans une vingtaine de sociétés israéliennes»''',
  [O("Fonds de compensation", "Fonds de compensation commun au régime de pension", "Fonds de compensation", "Fonds"),
   O("Bank Hapoalim"), O("Bank Leumi"), O("Israel Discount Bank", "Israël Discount Bank"),
   O("Mizrahi Tefahot Bank"), O("Elbit Systems"),
   O("First International Bank of Israel", "First International Bank of Israël"),
   O("Jerusalem Economy Ltd"), O("Afi Group")],
  [],
  [C("Fonds de compensation", "divested", co, cat, 2011,
     "En novembre 2011, lorsque une première liste a fait le tri des investissements, cinq sociétés d’Israël y apparaissaient déjà (Bank Hapoalim, Bank Leumi, Israël Discount Bank, Mizrahi Tefahot Bank et Elbit Systems).")
   for co, cat in (("Bank Hapoalim", "occupation"), ("Bank Leumi", "occupation"),
                   ("Israel Discount Bank", "occupation"), ("Mizrahi Tefahot Bank", "occupation"),
                   ("Elbit Systems", "military"))]
  + [C("Fonds de compensation", "divested", co, "occupation", None,
       "En novembre dernier, trois firmes ont été ajoutées à la liste originelle: First International Bank of Israël, Jerusalem Economy Ltd et Afi Group, toujours en raison de leur implication dans les constructions illégales dans les territoires palestiniens occupés.")
     for co in ("First International Bank of Israel", "Jerusalem Economy Ltd", "Afi Group")])

D("246-stjean-videoprotection-siris.txt",
  "https://www.st-jean-les-deux-jumeaux.fr/accueil-slideshow-2/video-protection/",
  "Vidéo Protection",
  r'''Vidéo Protection
Après avoir travaillé avec la Communauté de Communes du Pays Fertois, puis avec quelques communes dans le sens d’une mutualisation des travaux de la vidéoprotection, la commune a décidé de se lancer seule et ainsi, ne plus perdre de temps. Comme nous l’avions déjà publié dans de précédents articles, la vidéo protection, ce n’est pas seulement filmer, il faut que les images soient exploitables par les services de l’ordre. Il faut transporter l’image et la stocker sans perdre en qualité.
Nous avons donc recueilli les conseils du chef de la brigade de la Ferté-sous-Jouarre ainsi que du référent départemental « sûreté ». Dans un second temps et au regard de la complexité juridique (la règlementation, notamment en matière de respect de la vie privée sera strictement appliquée) et technique du projet, la municipalité a préféré s’attacher les compétences d’un professionnel dans la rédaction du cahier des charges et du cahier des clauses techniques particulières. A l’issue des études sur plan et sur site, et toujours en collaboration avec la gendarmerie, notre consultant a retenu les lieux d’implantation des cameras les plus judicieux. L’orientation et l’ensoleillement ont également été des facteurs de décision. Aux caméras de contexte (visualisation de l’environnement par champ large) pourront être adjointes des caméras spécifiques à la lecture des plaques d’immatriculation. Le cahier des charges ainsi validé, l’appel d’offres a été lancé le 5 juin 2018. Six entreprises se sont présentées le 21 juin aux fins de visite des sites. Quatre entreprises ont finalement déposé une offre de service. Après négociation et application des coefficients d’exigibilité (note « technique » 60% et note « prix de l’offre » 40%) notre consultant a retenu la société SIRIS-protection.
Cette décision a été entérinée le 19 juillet par le conseil municipal. Bien évidemment, en para''',
  [O("Communauté de Communes du Pays Fertois"),
   O("Brigade de gendarmerie de La Ferté-sous-Jouarre", "brigade de la Ferté-sous-Jouarre"),
   O("Gendarmerie nationale", "gendarmerie"), O("SIRIS-protection")],
  [],
  [])

D("247-lalibre-securitas-cameras-corporelles-police.txt",
  "https://www.lalibre.be/dernieres-depeches/2023/05/08/securitas-assure-sa-mainmise-sur-le-marche-des-cameras-corporelles-de-la-police-ZQPBXZR2AZHYJM7VP33FBBJBSQ/",
  "securitas assure sa mainmise sur le marche des cameras corporelles de la police",
  r'''D'après le cahier des charges relatif au marché public organisé pour la fourniture de ce matériel, il est ainsi question de 3.135 caméras destinées aux services de la police fédérale et de 1.800 autres au profit la police locale (et 450 appareils pour la Défense ainsi que 200 pour les douanes) sur quatre ans. Le marché porte aussi sur un grand nombre d'accessoires, de licences de logiciels de gestion d'images ou encore d'heures de formation à donner aux membres du personnel. Le prix du marché devrait tourner autour de 22 millions d'euros au total. La branche belge de Securitas consolide ainsi sa position quasi monopolistique dans le domaine de la caméra piéton auprès des forces de l'ordre. Au niveau local, elle en fournit déjà à 75 zones de police. Securitas fournit déjà par ailleurs les caméras ANPR à la Belgique. Elle sécurise aussi le commissariat d'Anvers, elle se charge également de répondre aux appels non urgents et de monitorer certaines caméras de surveillance dans une zone de police autour de Courtrai. (Belga)''',
  [O("Belgian Federal Police", "police fédérale"), O("Belgian local police", "police locale"),
   O("Belgian Defence", "Défense"), O("Belgian Customs", "douanes"),
   O("Securitas", "Securitas", "La branche belge de Securitas"),
   O("Belgian police forces", "forces de l'ordre"), O("Belga")],
  [M("22 millions d'euros", 22000000, "EUR")],
  [C("Securitas", "supplies", "Belgian police forces", "policing", None,
     "La branche belge de Securitas consolide ainsi sa position quasi monopolistique dans le domaine de la caméra piéton auprès des forces de l'ordre.",
     22000000, "EUR")])

# Batch 5: the Interior's drone contracts (Rivolier, Syans) and its tender for 650 drones,
# IAI's air defence for Morocco, Norway's fund dropping Jacobs Engineering and Babcock &
# Wilcox, Gemalto's biometric sensors for the Interior and Thales's purchase of it,
# Eiffage's and Bouygues's PPP prisons, Thales for Copernicus, Briefcam for the police.
BATCH = 5

D("248-lessor-rivolier-syans-drones-interieur.txt",
  "https://lessor.org/operationnel/qui-sont-les-nouveaux-fournisseurs-des-drones-des-gendarmes/",
  "Qui sont les nouveaux fournisseurs des drones des gendarmes?",
  r'''Qui sont les nouveaux fournisseurs des drones des gendarmes?

Alors que la loi Sécurité globale vient de stabiliser le cadre légal, l’Intérieur boucle enfin son marché des drones des policiers et des gendarmes.

Lancé il y a plus d’un an, le marché des drones de l’Intérieur vient enfin d’être bouclé. Comme dévoilé par le journal Mediapart il y a deux mois, un industriel rafle l’essentiel de la commande. Il s’agit du groupe Rivolier, spécialisée historiquement dans les armes à feu. Elle a fourni ainsi à la Gendarmerie ses pistolets Sig Sauer. C’était en effet à l’origine la manufacture d’armes et de cycles de Saint-Étienne. L’entreprise se positionne depuis plus de deux ans également sur les drones, un des nouveaux marchés explorés par la société.

Rivolier devra fournir des micro-drones du quotidien et des drones d’envergure nationale. Seul un lot du marché lui échappe. C’est la société Syans qui fournira les nano-drones des policiers et des gendarmes. Cette discrète entreprise basée à Angoulême avait déjà remporté un précédent marché lancé en 2015.

Stabilisation du cadre légal des drones

L’attribution de ce marché intervient alors que le cadre légal vient enfin d’être stabilisé. Au printemps dernier et cet hiver, l’utilisation des drones par les policiers et les gendarmes a en effet été sérieusement contestée. Le Conseil d’Etat avait d’abord ordonné à la préfecture de police de Paris de stopper la surveillance aérienne mise en place afin de faire respecter les mesures de confinement. Puis la Cnil, le gardien des libertés informatiques, avait demandé à la Place Beauvau de remiser au placard l’outil innovant. Ce qui avait conduit à clouer au sol la p''',
  [O("Ministère de l'Intérieur", "l’Intérieur", "Place Beauvau"), O("Mediapart"),
   O("Rivolier", "groupe Rivolier", "Rivolier"), O("Gendarmerie nationale", "Gendarmerie"),
   O("SIG Sauer", "Sig Sauer"), O("Syans"), O("Conseil d'État", "Conseil d’Etat"),
   O("Préfecture de police de Paris", "préfecture de police de Paris"), O("CNIL", "Cnil")],
  [],
  [C("Rivolier", "contract", "Ministère de l'Intérieur", "policing", None,
     "Rivolier devra fournir des micro-drones du quotidien et des drones d’envergure nationale."),
   C("Rivolier", "supplies", "Gendarmerie nationale", "policing", None,
     "Elle a fourni ainsi à la Gendarmerie ses pistolets Sig Sauer."),
   C("Syans", "contract", "Ministère de l'Intérieur", "policing", None,
     "C’est la société Syans qui fournira les nano-drones des policiers et des gendarmes.")])

D("249-lphinfo-iai-maroc-mx-barak.txt",
  "https://lphinfo.com/juteux-contrat-de-vente-darmement-entre-israel-et-le-maroc/",
  "Juteux contrat de vente d'armement entre Israël et le Maroc",
  r'''Le groupe Israel Aerospatial Industries (IAI) a signé un important contrat avec le ministère marocain de la Défense, portant sur la fourniture du système antiaérien modulaire MX-Barak. Le contrat, qui s’élève à un montant de 600 millions de dollars, fait suite à a visite au Maroc du ministre israélien de la Défense Benny Gantz et il a été préparé par Amr Peretz, nouveau président des IAI et son directeur-général Boaz Lévy. L’armée marocaine cherche actuellement à renforcer son armée et notamment à améliorer son système de défense antiaérienne, particulièrement en raison des tensions permanentes avec l’Algérie voisine. Le système MX-Barak peut équiper aussi bien l’armée de terre que la marine. MX-Barak est considéré par les experts militaires comme l’un des meilleurs systèmes de défense antiaérienne au monde.''',
  [O("Israel Aerospace Industries", "Israel Aerospatial Industries", "IAI"),
   O("Moroccan Ministry of Defence", "ministère marocain de la Défense"),
   O("Royal Moroccan Armed Forces", "L’armée marocaine")],
  [M("600 millions de dollars", 600000000, "USD")],
  [C("Israel Aerospace Industries", "contract", "Moroccan Ministry of Defence", "military", None,
     "Le groupe Israel Aerospatial Industries (IAI) a signé un important contrat avec le ministère marocain de la Défense, portant sur la fourniture du système antiaérien modulaire MX-Barak.",
     600000000, "USD")])

D("250-huffpost-fonds-norvege-jacobs-babcock-mbda.txt",
  "https://quebec.huffingtonpost.ca/https%3A%2F%2Fquebec.huffingtonpost.ca%2F2013%2F01%2F11%2Fmnage-thique-dans-le-fo_n_2459035.html",
  "Ménage éthique dans le fonds de pension de la Norvège",
  r'''Ménage éthique dans le fonds de pension de la Norvège

Le fonds de pension public de la Norvège, le plus gros fonds souverain au monde, vient d'exclure deux sociétés pour des raisons d'éthique. Par ailleurs, trois autres entreprises ont été réintégrées par le fonds parce qu'elles ont abandonné des activités qu'il jugeait répréhensibles.

Le fonds, qui vaut environ 691 milliards de dollars, pour un pays d'environ 4,7 millions d'habitants, a vendu les parts de 0,67 % et 1,1 % qu'il détenait dans les entreprises américaines Jacobs Engineering et Babcock & Wilcox. Il leur reproche d'être impliquées dans la fabrication d'armes nucléaires.

Les sociétés britannique BAE Systems et italienne Finmeccanica ont de leur côté retrouvé grâce aux yeux du fonds, car leur coentreprise, le missilier MBDA, a cessé de produire des missiles à tête nucléaire ASMP-A pour l'armée française.

Quant au groupe chimique américain FMC Corporation, il fait également de nouveau partie des investissements du fonds, après avoir cessé ses achats de phosphate au Sahara occidental, un territoire annexé en 1975 par le Maroc.

Le ministère norvégien des Finances a par ailleurs décidé de mettre fin à sa surveillance de l'allemande Siemens, mis en observation en 2009 après plusieurs scandales de corruption.

Régi par des règles qui l'empêchent d'investir dans des fabricants d'armes, l'industrie du tabac ou les groupes coupables de violation des droits de l'homme, de corruption ou de graves dégradations de l'environnement, le fonds compte actuellement 54 groupes sur sa liste noire. On y retrouve entre autres Boeing, Lockheed Martin, Philip Morris, British American Tobacco, Walmart et Rio Tinto, en plus des entreprises canadiennes Barrick Gold et Potash Corp.''',
  [O("Norwegian Government Pension Fund Global", "fonds de pension de la Norvège",
     "fonds de pension public de la Norvège", "plus gros fonds souverain au monde"),
   O("Jacobs Engineering"), O("Babcock & Wilcox"), O("BAE Systems"), O("Finmeccanica"), O("MBDA"),
   O("French Armed Forces", "l'armée française"), O("FMC Corporation"),
   O("Norwegian Ministry of Finance", "ministère norvégien des Finances"), O("Siemens"),
   O("Boeing"), O("Lockheed Martin"), O("Philip Morris"), O("British American Tobacco"),
   O("Walmart"), O("Rio Tinto"), O("Barrick Gold"), O("Potash Corp")],
  [M("691 milliards de dollars", 691000000000, "USD")],
  [C("Norwegian Government Pension Fund Global", "divested", co, "military", None,
     "Le fonds, qui vaut environ 691 milliards de dollars, pour un pays d'environ 4,7 millions d'habitants, a vendu les parts de 0,67 % et 1,1 % qu'il détenait dans les entreprises américaines Jacobs Engineering et Babcock & Wilcox.")
   for co in ("Jacobs Engineering", "Babcock & Wilcox")]
  + [C("BAE Systems", "partnered", "Finmeccanica", "military", None,
       "Les sociétés britannique BAE Systems et italienne Finmeccanica ont de leur côté retrouvé grâce aux yeux du fonds, car leur coentreprise, le missilier MBDA, a cessé de produire des missiles à tête nucléaire ASMP-A pour l'armée française.")]
  + [C(co, "owns", "MBDA", "military", None,
       "Les sociétés britannique BAE Systems et italienne Finmeccanica ont de leur côté retrouvé grâce aux yeux du fonds, car leur coentreprise, le missilier MBDA, a cessé de produire des missiles à tête nucléaire ASMP-A pour l'armée française.")
     for co in ("BAE Systems", "Finmeccanica")]
  + [C("MBDA", "supplies", "French Armed Forces", "military", None,
       "Les sociétés britannique BAE Systems et italienne Finmeccanica ont de leur côté retrouvé grâce aux yeux du fonds, car leur coentreprise, le missilier MBDA, a cessé de produire des missiles à tête nucléaire ASMP-A pour l'armée française."),
     C("Norwegian Government Pension Fund Global", "invested", "FMC Corporation", "occupation", None,
       "Quant au groupe chimique américain FMC Corporation, il fait également de nouveau partie des investissements du fonds, après avoir cessé ses achats de phosphate au Sahara occidental, un territoire annexé en 1975 par le Maroc.")]
  + [C("Norwegian Government Pension Fund Global", "divested", co, "military", None,
       "On y retrouve entre autres Boeing, Lockheed Martin, Philip Morris, British American Tobacco, Walmart et Rio Tinto, en plus des entreprises canadiennes Barrick Gold et Potash Corp.")
     for co in ("Boeing", "Lockheed Martin")])

D("251-cercle-interieur-capteurs-biometriques-gemalto.txt",
  "https://www.cercledespatriotessouverainistes.fr/2023/05/09/le-tracage-des-citoyens-va-monter-en-puissance/",
  "L’Intérieur compte acquérir 7 000 capteurs nomades de contrôles biométriques, pour 21 millions d’euros",
  r'''L’Intérieur compte acquérir 7 000 capteurs nomades de contrôles biométriques, pour 21 millions d’euros

Le ministère de l’Intérieur profite du renouvèlement de son marché de capteurs d’empreintes digitales et de lecteurs de documents d’identité pour investir 1,6 million d’euros dans des « solutions de prises d’images faciales », plus 21 millions de « capteurs nomades d’empreintes digitales doigts et palmaires ».

Le ministère de l’Intérieur vient de lancer un appel d’offres estimé à 27 millions d’euros (hors taxes) de « capteurs, lecteurs et prise d’images faciales », dont 21 millions de « capteurs nomades d’empreintes digitales doigts et palmaires », et 1,6 million de « fourniture de solutions de prises d’images faciales ».

Le règlement de consultation précise cela dit que si le projet d’accord-cadre « est conclu sans montant minimum », le « montant maximum » des différents lots est, quant à lui, fixé à un total de 56,35 millions d’euros.

Le Cahier des clauses techniques particulières (CCTP, expression officielle désignant le cahier des charges), précise qu’il s’agit du renouvellement d’un précédent marché, initialement estimé à 2,27 millions d’euros, et qui avait été attribué en 2019, pour 1,42 million d’euros, à Gemalto (ex-Gemplus, depuis racheté par Thales pour 4,8 milliards d’euros).

À l’époque, le ministère de l’Intérieur n’avait pas cherché à acquérir de « solutions de prises d’images faciales ». Le CCTP précise que « l’évolution de la réglementation européenne » le conduit cette année à intégrer, « notamment », l’acquisition de ce type de « solutions » dans cette nouvelle consultation.

De plus, le lot n°3 de fourniture de « capteurs d’empreintes digitales multi-doigts “sans contact” », qui avait alors été estimé à 60 000 euros seulement, n''',
  [O("Ministère de l'Intérieur", "L’Intérieur", "ministère de l’Intérieur"),
   O("Gemalto", "Gemalto", "Gemplus"), O("Thales")],
  [M("21 millions d’euros", 21000000, "EUR"), M("1,6 million d’euros", 1600000, "EUR"),
   M("27 millions d’euros", 27000000, "EUR"), M("56,35 millions d’euros", 56350000, "EUR"),
   M("2,27 millions d’euros", 2270000, "EUR"), M("1,42 million d’euros", 1420000, "EUR"),
   M("4,8 milliards d’euros", 4800000000, "EUR"), M("60 000 euros", 60000, "EUR")],
  [C("Gemalto", "contract", "Ministère de l'Intérieur", "policing", 2019,
     "Le Cahier des clauses techniques particulières (CCTP, expression officielle désignant le cahier des charges), précise qu’il s’agit du renouvellement d’un précédent marché, initialement estimé à 2,27 millions d’euros, et qui avait été attribué en 2019, pour 1,42 million d’euros, à Gemalto (ex-Gemplus, depuis racheté par Thales pour 4,8 milliards d’euros).",
     1420000, "EUR"),
   C("Thales", "acquired", "Gemalto", "policing", None,
     "à Gemalto (ex-Gemplus, depuis racheté par Thales pour 4,8 milliards d’euros)",
     4800000000, "EUR")])

D("252-gresea-bouygues-eiffage-prisons-ppp.txt",
  "https://gresea.be/Bouygues-se-charge-de-la-politique-penitentiaire",
  "Bouygues se charge de la politique pénitentiaire",
  r'''C’est une première. Le recours au partenariat public privé pour la construction d’hôpitaux, de routes ou d’écoles n’est pas chose neuve en France. Idem pour les prisons. En février 2006, Eiffage a emporté un contrat portant sur la construction de quatre prisons et, au mois d’octobre de la même année, Bouygues en emportait un autre, pour trois établissements. Rebelotte pour Bouygues en ce mois de janvier 2008, il s’est vu confier un lot de quatre prisons, à Nantes (570 places), Annoeullin (688 places) et Réau (798 places), soit au total 2.056 chambres d’hôtellerie forcée. Ce qui est neuf, c’est que, cette fois, le contrat porte non seulement sur la conception et la construction de prisons, financement inclus, mais aussi sur leur exploitation et leur maintenance. Cette fois, donc, l’Etat est allé beaucoup plus loin dans la délégation de ses missions : c’est la première fois dans l’histoire de la justice française, relève Le Figaro, que l’ensemble des services à la personne est confié au secteur privé, soit, ici, la restauration, la formation des détenus, l’accueil des familles, le travail pénitentiaire et le transport. On se croirait en Irak occupé.

Source : Le Figaro du 23 janvier 2008.''',
  [O("Eiffage"), O("Bouygues"), O("Government of France", "l’Etat"), O("Le Figaro")],
  [],
  [C("Eiffage", "contract", "Government of France", "prisons", 2006,
     "En février 2006, Eiffage a emporté un contrat portant sur la construction de quatre prisons et, au mois d’octobre de la même année, Bouygues en emportait un autre, pour trois établissements."),
   C("Bouygues", "contract", "Government of France", "prisons", 2008,
     "Rebelotte pour Bouygues en ce mois de janvier 2008, il s’est vu confier un lot de quatre prisons, à Nantes (570 places), Annoeullin (688 places) et Réau (798 places), soit au total 2.056 chambres d’hôtellerie forcée.")])

D("253-bfmtv-interieur-appel-offres-650-drones.txt",
  "https://l.bfmtv.com/tech/vie-numerique/pourquoi-le-ministere-de-l-interieur-a-passe-une-commande-de-plusieurs-centaines-de-drones_AN-202004150266.html",
  "Pourquoi le Ministère de l'Intérieur a passé une commande de plusieurs centaines de drones",
  r'''Pourquoi le Ministère de l'Intérieur a passé une commande de plusieurs centaines de drones

Un drone déployé à Nice invite les passants à rentrer chez eux.

Un drone déployé à Nice invite les passants à rentrer chez eux. - VALERY HACHE / AFP

Le Ministère de l'Intérieur a publié le 12 avril un appel d'offres d'un montant de 4 millions d'euros, pour l'achat de près de 650 drones. Beauvau dément tout lien avec la crise sanitaire actuelle.

Le document, qui aurait pu passer inaperçu, trouve une résonance toute particulière dans le contexte actuel de confinement. Repéré par un journaliste de France Info, un appel d'offres du Ministère de l'Intérieur a été publié le 12 avril. Il prévoit l'achat de près de 650 drones, pour l'équivalent de 4 millions d'euros.

Trois lots de drones sont en réalité commandés. Le premier se compose de 565 "micro-drones du quotidien", de moins d'un kilo, d'une autonomie de vingt-cinq minutes minimum, à même de voler à une hauteur de 100 mètres en restant discrets. Ces drones doivent être équipés de caméras thermiques, et retransmettre des images filmées en 4K ou en UHD à au moins trois kilomètres.

Des missions d'observation

Le deuxième lot comprend 66 drones "de capacité nationale". Plus lourds, jusqu'à 8 kilos, discrets à 120 mètres, ils doivent eux aussi embarquer un objectif filmant. De quoi leur permettre de filmer à 500 mètres, avec un zoom x30 de jour, pour retransmettre les images captées à au moins 5 kilomètres, voire "reconnaître des gestes". Autonomie requise: vingt minutes minimum. Ces drones se destinent principalement à des missions d’observation-surveillance, de recherche, de reconnaissance, de constatation et de renseignement, lors d'événements d'importance régionale ou nationale.

Le troisième lot concerne quant à lui une vingtaine de "nano-drones spécialisés". Très légers, ils doivent peser moins de 50 grammes et avoir vingt-cinq minut''',
  [O("Ministère de l'Intérieur", "Ministère de l'Intérieur", "Beauvau"), O("AFP"), O("France Info")],
  [M("4 millions d'euros", 4000000, "EUR")],
  [])

D("254-larevuedemos-business-frontiere-thales-copernicus.txt",
  "https://www.larevuedemos.com/frontieres-francaises-quelles-sont-les-entreprises-qui-en-profitent/",
  "Frontières françaises : quelles sont les entreprises qui en profitent ?",
  r'''Des investissements massifs dans les entreprises révèlent un véritable « business de la frontière », un secteur de la protection des frontières en pleine expansion. Ceux-ci se font principalement dans le cadre de partenariats européens, sous l’égide de Frontex (l’agence européenne de garde-frontières et de garde-côtes), ou de partenariats bilatéraux, par exemple avec la Grande-Bretagne à Calais. En 2016, Vinci a été mandatée pour construire un mur de 4 m de haut et d’un km de long à Calais, pour un total de 2,7 millions d’euros, versés par la Grande-Bretagne. Mais les plus grands investissements en faveur des entreprises du « business de la frontière » se font en R&D (recherche et développement). Par exemple, en 2015, Thales a signé 2 contrats avec Copernicus (l’agence européenne chargée de la surveillance de la Méditerranée depuis l’espace) pour un total de 370 millions d’euros.
Guillaume Pitron, chercheur à l’IRIS (Institut de Relations Internationales et Stratégiques), évoque à ce titre un « complexe militaro-industriel » construit par les politiques de renforcement des frontières à l’échelle européenne. Dans un même temps, le budget de Frontex était de 922 millions d’euros en 2024, et a été multiplié par 153 depuis sa création en 2005. Près d’un tiers de ce budget est consacré aux partenariats avec des entreprises, aux premiers rangs desquelles figurent les entreprises françaises évoquées plus haut. Ce recul de l’État au profit d’acteurs privés laisse craindre un retrait de sa responsabilité quant à la dangerosité croissante des migrations, alors que, selon l’Organisation internationale pour les migrations (OIM), plus de 40 000 personnes ont perdu la vie en Méditerranée en 10 ans. Le réseau Migreurop évoque une « déresponsabilisation organisée » des États européens en matière de politiques migratoires.
Par ailleurs, l’efficacité de cette sous-traitance est à relativi''',
  [O("Frontex", "Frontex", "l’agence européenne de garde-frontières et de garde-côtes"),
   O("Vinci"), O("Thales"),
   O("Copernicus", "Copernicus", "l’agence européenne chargée de la surveillance de la Méditerranée depuis l’espace"),
   O("IRIS", "IRIS", "Institut de Relations Internationales et Stratégiques"),
   O("International Organization for Migration", "Organisation internationale pour les migrations", "OIM"),
   O("Migreurop")],
  [M("2,7 millions d’euros", 2700000, "EUR"), M("370 millions d’euros", 370000000, "EUR"),
   M("922 millions d’euros", 922000000, "EUR")],
  [C("Thales", "contract", "Copernicus", "borders", 2015,
     "Par exemple, en 2015, Thales a signé 2 contrats avec Copernicus (l’agence européenne chargée de la surveillance de la Méditerranée depuis l’espace) pour un total de 370 millions d’euros.",
     370000000, "EUR")])

D("255-psm-police-nationale-briefcam.txt",
  "https://psm-enligne.org/13798-la-police-nationale-utilise-illegalement-un-logiciel-israelien-de-reconnaissance-faciale?p=13798",
  "La police nationale utilise illégalement un logiciel israélien de reconnaissance faciale",
  r'''LA POLICE NATIONALE UTILISE ILLÉGALEMENT UN LOGICIEL ISRAÉLIEN DE RECONNAISSANCE FACIALE
En 2015, les forces de l’ordre ont acquis, en secret, un logiciel d’analyse d’images de vidéosurveillance de la société israélienne Briefcam. Depuis huit ans, le ministère de l’intérieur dissimule le recours à cet outil qui permet l’emploi de la reconnaissance faciale.
C’est devenu une habitude. Ce mardi 14 novembre, comme ce fut le cas lors de l’édition précédente, Gérald Darmanin inaugure le salon Milipol, au parc des Expositions de Villepinte (Seine-Saint-Denis). Consacré à la sécurité intérieure des États, ce salon est une vitrine mondiale pour des entreprises souvent inconnues du grand public. C’est le cas de Briefcam, une société israélienne spécialisée dans le développement de logiciels destinés à la vidéosurveillance algorithmique (VSA). Grâce à l’intelligence artificielle, cette technologie permet d’analyser des images captées par des caméras ou des drones et de détecter des situations jugées « anormales ».
Jusqu’en mai dernier, la VSA ne pouvait être utilisée par la police nationale que dans de très rares cas. Mais à l’approche des Jeux olympiques et paralympiques de Paris, le gouvernement est parvenu à faire adopter une loi au parlement qui autorise son expérimentation par la police nationale à une large échelle et ce, jusqu’au 31 mars 2025. Face aux risques d’atteinte à la vie privée, les député·es ont néanmoins interdit le recours à la reconnaissance faciale, qui permet d’identifier une personne sur des images à partir des traits du visage. Un outil ultra-intrusif que certains logiciels commercialisés par Briefcam permettent d’activer en quelques clics. Et que les services de Gérald Darmanin connaissent bien.
Un logiciel déployé au niveau national
D’après des documents internes au ministère de l’intérieur obtenus par Disclose, les forces de l’ordre utilisent les système''',
  [O("Police nationale", "POLICE NATIONALE", "police nationale"),
   O("French law enforcement", "forces de l’ordre"), O("Briefcam"),
   O("Ministère de l'Intérieur", "ministère de l’intérieur"), O("Disclose")],
  [],
  [C("Briefcam", "supplies", "French law enforcement", "policing", 2015,
     "En 2015, les forces de l’ordre ont acquis, en secret, un logiciel d’analyse d’images de vidéosurveillance de la société israélienne Briefcam.")])
