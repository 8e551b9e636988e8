from common import O, M, C

LANG = "es"
DOCS = []
# Which collection round a document came from (see ../README.md, "Batches"): each
# batch is split into tune and check on its own, so adding documents never moves
# one already in a half.
BATCH = 1


def D(doc, url, title, text, orgs, money, claims):
    DOCS.append({"doc": doc, "url": url, "lang": LANG, "title": title, "text": text,
                 "orgs": orgs, "money": money, "claims": claims, "batch": BATCH})


MOD = "Spanish Ministry of Defence"
MOI = "Spanish Ministry of the Interior"
NGPF = "Norwegian Government Pension Fund Global"
GUARDIAN = "Guardian Defense & Homeland Security"

D("301-elconciso-defensa-adjudicaciones-2025.txt",
  "https://www.elconciso.es/coyuntura/defensa-adjudico-programas-militares-2025-airbus-navantia-indra-principales-beneficiarias_0_2005696274.html",
  "Defensa adjudicó programas militares en 2025: Airbus, Navantia e Indra, principales beneficiarias",
  r'''El Ministerio de Defensa adjudicó 31.793 millones de euros en contratos militares en 2025. Airbus, la UTE Indra-Escribano y Navantia se sitúan como las tres primeras adjudicatarias, con un acumulado del 67,7%. Este porcentaje se incrementa hasta el 85,5% con las asignaciones a Indra en solitario.

Según recoge el informe Rearme 2025, elaborado por el Observatorio de Seguridad Nacional de Opina 360, las adjudicaciones de contratos de equipamientos se dispararon como resultado del Plan Industrial y Tecnológico para la Seguridad y la Defensa, y del compromiso español de gasto militar con la OTAN. Los 31.793 millones colocados multiplican por más de 8 el importe adjudicado en 2024, cuando el Ministerio de Defensa dispuso 3.719 millones, pero además supera el acumulado en los 7 años anteriores, en el periodo 2018-2024.

El documento recoge las cuantías de los contratos adjudicados por la Dirección General de Armamento y Material, los mandos de Apoyo Logístico de los tres ejércitos, el Instituto Nacional de Tecnología Aeroespacial y la Jefatura de Sistemas de Información, Telecomunicaciones y Asistencia Técnica. A ellos se añaden los encargos a la empresa pública Navantia mediante la vía excepcional de órdenes de ejecución, que no constan en la Plataforma de Contratación del Estado. Se han tramitado 2.195 expedientes (con varios lotes en una misma licitación), con 2.590 adjudicaciones.

El aumento del gasto se debe principalmente a los 31 programas especiales de modernización (PEM) del Plan Industrial y Tecnológico. De ellos en 2025 se realizaron 29 adjudicaciones directas, es decir, por el procedimiento de negociado sin publicidad, que suman 27.987 millones de euros, hasta el 88% del total de las inversiones de Defensa.''',
  [O(MOD, "Ministerio de Defensa", "Defensa"), O("Airbus"), O("UTE Indra-Escribano"), O("Navantia"),
   O("Indra"), O("Observatorio de Seguridad Nacional"), O("Opina 360"), O("NATO", "OTAN"),
   O("Dirección General de Armamento y Material"), O("Instituto Nacional de Tecnología Aeroespacial"),
   O("Jefatura de Sistemas de Información, Telecomunicaciones y Asistencia Técnica")],
  [M("31.793 millones de euros", 31793000000, "EUR"), M("27.987 millones de euros", 27987000000, "EUR")],
  [C(co, "contract", MOD, "military", 2025,
     "Airbus, la UTE Indra-Escribano y Navantia se sitúan como las tres primeras adjudicatarias, con un acumulado del 67,7%.")
   for co in ("Airbus", "UTE Indra-Escribano", "Navantia")] +
  [C("Indra", "contract", MOD, "military", 2025,
     "Este porcentaje se incrementa hasta el 85,5% con las asignaciones a Indra en solitario.")])

D("302-elespanol-diez-empresas-defensa.txt",
  "https://www.elespanol.com/observatorio-defensa/20250906/empresas-negocios-hicieron-defensa-millones-euros-anos/1003743911268_0.html",
  "Las empresas que más negocios hicieron con Defensa",
  r'''Airbus, Rheinmetall Expal, Escribano, Kongsberg, Indra, MBDA, Pap Tecnos, Iturri, Santa Bárbara y Pilatus Aircraft fueron las compañías que lograron mayores adjudicaciones de contratos para equipamiento del Ministerio de Defensa en los últimos tres años.

En concreto, estas 10 empresas de la industria de defensa concentraron contratos por un importe de 8.878 millones de euros, que representan aproximadamente un 83,23% de los 10.667 millones contratados en este trienio por los principales departamentos del ministerio que dirige Margarita Robles.

Así lo refleja un informe especial del Observatorio de Seguridad Nacional de Opina 360, perteneciente al Grupo Redondo, cuyo CEO es Iván Redondo, antiguo director de Gabinete del presidente del Gobierno Pedro Sánchez.

Bajo el título “Rearme 2022-2024”, el documento examina cómo han influido las inversiones en nuevo equipamiento en la industria española de seguridad y defensa a lo largo de esos años.

El análisis se enmarca en un contexto muy concreto: el aumento del gasto militar en España debido a la guerra en Ucrania y a los compromisos adquiridos tanto con la Unión Europea como con la OTAN.

El informe recoge, de forma detallada, todas las adjudicaciones realizadas por los principales organismos que gestionan materiales y tecnología en el ámbito militar.

Estas compras abarcan a la Dirección General de Armamento y Material, los mandos de Apoyo Logístico de los tres ejércitos, el Instituto Nacional de Técnica Aeroespacial (INTA) y la Jefatura de Sistemas de Información, Telecomunicaciones y Asistencia Técnica.

Detalle de los adjudicatarios

El primer puesto lo ocupa Airbus, con 2.628 millones de euros, que suponen prácticamente una cuarta parte (24,6%) del total de las adjudicaciones del periodo. La razón principal se encuentra en el contrato de suministro de 16 aviones C295 para la sustitc''',
  [O("Airbus"), O("Rheinmetall Expal Munitions", "Rheinmetall Expal"),
   O("Escribano Mechanical & Engineering", "Escribano"), O("Kongsberg"), O("Indra"), O("MBDA"),
   O("Pap Tecnos"), O("Iturri"), O("Santa Bárbara Sistemas", "Santa Bárbara"), O("Pilatus Aircraft"),
   O(MOD, "Ministerio de Defensa"), O("Observatorio de Seguridad Nacional"), O("Opina 360"),
   O("Grupo Redondo"), O("Government of Spain", "Gobierno"), O("European Union", "Unión Europea"),
   O("NATO", "OTAN"), O("Dirección General de Armamento y Material"),
   O("Instituto Nacional de Técnica Aeroespacial", "Instituto Nacional de Técnica Aeroespacial", "INTA"),
   O("Jefatura de Sistemas de Información, Telecomunicaciones y Asistencia Técnica")],
  [M("8.878 millones de euros", 8878000000, "EUR"), M("2.628 millones de euros", 2628000000, "EUR")],
  [C(co, "contract", MOD, "military", None,
     "Airbus, Rheinmetall Expal, Escribano, Kongsberg, Indra, MBDA, Pap Tecnos, Iturri, Santa Bárbara y Pilatus Aircraft fueron las compañías que lograron mayores adjudicaciones de contratos para equipamiento del Ministerio de Defensa en los últimos tres años.")
   for co in ("Airbus", "Rheinmetall Expal Munitions", "Escribano Mechanical & Engineering", "Kongsberg",
              "Indra", "MBDA", "Pap Tecnos", "Iturri", "Santa Bárbara Sistemas", "Pilatus Aircraft")])

D("303-articulo14-defensa-cierre-ano.txt",
  "https://www.articulo14.es/economia/defensa-cierra-el-ano-in-extremis-formaliza-contratos-por-mas-de-17-700-millones-en-un-dia-20251231.html",
  "Defensa cierra el año in extremis: formaliza contratos por más de 17.700 millones en un día",
  r'''En el Ministerio de Defensa, el cierre de año nunca es tranquilo. Es práctica habitual ir negociando los programas a lo largo del ejercicio y formalizar las adjudicaciones en la recta final. Pero este 2025 ha batido récords y ha obligado a trabajar contrarreloj a la Dirección General de Adquisiciones de Armamento y Material (DGAM). Un área dependiente de la secretaria de Estado de Defensa, Amparo Valcarce, que, con el mismo personal, ha tenido que gestionar en el último trimestre del año la adjudicación y formalización de casi 27.500 millones de euros en contratos para cumplir con la OTAN.
Y lo ocurrido ayer es un reflejo de cómo el Gobierno ha apurado hasta prácticamente el último minuto. El 30 de diciembre de 2025 quedará marcado como un hito en el Ministerio de Defensa: en poco menos de 12 horas, la DGAM formalizó inversiones por más de 17.710 millones. Un día antes, se ratificaron otros 3.000 millones. Es decir, en dos días el Departamento de Margarita Robles ha rubricado casi 21.000 millones en contratos.
Plazos ‘in extremis’
En este montante de 20.679 millones se incluyen los grandes Programas Especiales de Modernización (PEM) valorados en más de 10.000 millones. Para las empresas adjudicatarias, destacan Indra, Airbus, EM&E y Navantia, la formalización de los contratos supone cerrar el año con éxito. La firma del contrato garantiza una carga de trabajo para los próximos años -entre cinco y diez, en función del PEM- sin precedentes.

Para llegar a este hito, tanto el Ministerio como las empresas adjudicatarias han trabajado horas extras para cumplir los plazos. Los programas de modernización se han ido trabajando de la mano con la DGAM y con el Ministerio de Industria, encargado de conceder la prefinanciación. Un ejemplo del reto que ambas partes han enfrentado dada la complejidad de los programas es que, en algunas ocasiones, las empresas han tenido que solicitar ampliaciones de los plazo.
Indra y Escribano Mechanical & Engineer''',
  [O(MOD, "Ministerio de Defensa"),
   O("Dirección General de Adquisiciones de Armamento y Material", "Dirección General de Adquisiciones de Armamento y Material", "DGAM"),
   O("NATO", "OTAN"), O("Government of Spain", "Gobierno"), O("Indra"), O("Airbus"),
   O("Escribano Mechanical & Engineering", "EM&E", "Escribano Mechanical & Engineer"), O("Navantia"),
   O("Spanish Ministry of Industry", "Ministerio de Industria")],
  [M("27.500 millones de euros", 27500000000, "EUR")],
  [C(co, "contract", MOD, "military", 2025,
     "Para las empresas adjudicatarias, destacan Indra, Airbus, EM&E y Navantia, la formalización de los contratos supone cerrar el año con éxito.")
   for co in ("Indra", "Airbus", "Escribano Mechanical & Engineering", "Navantia")])

D("304-lanacion-escribano-supero-indra.txt",
  "https://www.lanacion.com.ar/agencias/escribano-supero-a-indra-como-contratista-de-defensa-entre-2022-y-2024-con-un-total-de-737-millones-nid03092025/",
  "Escribano superó a Indra como contratista de Defensa entre 2022 y 2024 con un total de 737 millones",
  r'''MADRID, 3 Sep. 2025 (Europa Press) -

El Ministerio de Defensa adjudicó 22 contratos públicos a Escribano Mechanical & Engineering (EM&E) entre 2022 y 2024 por un importe acumulado de alrededor de 737 millones de euros, una cifra que supera en casi un 66% los 445 millones de euros que logró Indra en ese periodo con la asignación de 265 licitaciones por parte de la cartera que dirige Margarita Robles, según los datos del Observatorio de Seguridad Nacional de Opina 360. Cabe recordar que Indra trabaja en una fusión con EM&E, empresa esta última de la que el presidente de Indra, Ángel Escribano, es copropietario junto a su hermano y presidente de EM&E, Javier Escribano.

El importe de los contratos asignados por el Ministerio de Defensa a EM&E supone alrededor del 7% de los 10.667 millones de euros adjudicados entre 2022 y 2024 por la cartera que dirige Robles, mientras que las licitaciones logradas por Indra representan el 4,2%. Sin embargo, la empresa que acumula mayores importes en contratos públicos del Ministerio de Defensa en el mencionado periodo es Airbus, con un total de 65 adjudicaciones por un valor de 2628 millones de euros.

“La razón principal se encuentra en el contrato de suministro de 16 aviones Airbus C295 para la sustitución de los aviones de patrulla y vigilancia marítima, que se cerró por 1655 millones de euros (...) También destacan un contrato de 495 millones para la adquisición de nueve sistemas aéreos tácticos Sirtap (...) y otro de 106 millones destinado a suministros y servicios para el sostenimiento y la entrada en servicio de los helicópteros NH90 GSPA y MSPT”, añade el informe.

Al igual que en el caso de Indra, empresa de la que el Estado posee un 28% del accionariado, el Gobierno español tiene un 4,1% del capital de Airbus a través de la Sociedad Estatal de Participaciones Industriales (SEPI). Después de Airbus, la armamentística alemana Rheinmetall Expal Munitions se sitúa en la segunda posición de los princ''',
  [O("Europa Press"), O(MOD, "Ministerio de Defensa"),
   O("Escribano Mechanical & Engineering", "Escribano Mechanical & Engineering", "EM&E"), O("Indra"),
   O("Observatorio de Seguridad Nacional"), O("Opina 360"), O("Airbus"),
   O("Government of Spain", "Gobierno español"),
   O("Sociedad Estatal de Participaciones Industriales", "Sociedad Estatal de Participaciones Industriales", "SEPI"),
   O("Rheinmetall Expal Munitions")],
  [M("737 millones de euros", 737000000, "EUR"), M("445 millones de euros", 445000000, "EUR"),
   M("10.667 millones de euros", 10667000000, "EUR"), M("2628 millones de euros", 2628000000, "EUR"),
   M("1655 millones de euros", 1655000000, "EUR")],
  [C("Escribano Mechanical & Engineering", "contract", MOD, "military", None,
     "El Ministerio de Defensa adjudicó 22 contratos públicos a Escribano Mechanical & Engineering (EM&E) entre 2022 y 2024 por un importe acumulado de alrededor de 737 millones de euros",
     737000000, "EUR"),
   C("Indra", "contract", MOD, "military", None,
     "los 445 millones de euros que logró Indra en ese periodo con la asignación de 265 licitaciones",
     445000000, "EUR"),
   C("Airbus", "contract", MOD, "military", None,
     "la empresa que acumula mayores importes en contratos públicos del Ministerio de Defensa en el mencionado periodo es Airbus, con un total de 65 adjudicaciones por un valor de 2628 millones de euros.",
     2628000000, "EUR"),
   C("Airbus", "supplies", MOD, "military", None,
     "el contrato de suministro de 16 aviones Airbus C295 para la sustitución de los aviones de patrulla y vigilancia marítima, que se cerró por 1655 millones de euros",
     1655000000, "EUR"),
   C("Sociedad Estatal de Participaciones Industriales", "invested", "Airbus", "military", None,
     "el Gobierno español tiene un 4,1% del capital de Airbus a través de la Sociedad Estatal de Participaciones Industriales (SEPI)"),
   C("Rheinmetall Expal Munitions", "contract", MOD, "military", None,
     "Después de Airbus, la armamentística alemana Rheinmetall Expal Munitions se sitúa en la segunda posición de los princ")])

D("305-negocios-airbus-c295-vigilancia-maritima.txt",
  "https://w2.negocios.com/defensa-comprara-a-airbus-aviones-militares-de-vigilancia-maritima-por-casi-1-700-millones-de-euros/amp",
  "Defensa comprará a Airbus aviones militares de vigilancia marítima por casi 1.700 millones de euros",
  r'''MADRID, 20 (EUROPA PRESS)
El Ministerio de Defensa ha adjudicado a Airbus Defence and Space un contrato público para la adquisición de aeronaves militares para la sustitución de los aviones de patrulla y vigilancia marítima por un importe de 1.654 millones de euros, según figura en el portal de contratación del Estado y recoge Europa Press.
Debido a las peculiaridades y a lo sensible de la información ligada a este tipo de contratos vinculados a la defensa del país el proceso de adjudicación se ha realizado sin publicidad y en el portal de contratación no hay pliego de prescripciones técnicas.
El contrato ha sido adjudicado por la Subdirección General de Adquisiciones de Armamento y Material del Ministerio de Defensa, que considera que Airbus Defence and Space es la única empresa “capacitada técnicamente para el desarrollo del proyecto desde el punto de vista técnico”.
Asimismo, el plazo de ejecución del contrato se extenderá hasta el 31 de diciembre de 2031, según figura en la escasa documentación aportada en el portal de contratación del Estado.''',
  [O("Europa Press", "EUROPA PRESS", "Europa Press"), O(MOD, "Ministerio de Defensa"),
   O("Airbus Defence and Space"),
   O("Subdirección General de Adquisiciones de Armamento y Material")],
  [M("1.654 millones de euros", 1654000000, "EUR")],
  [C("Airbus Defence and Space", "contract", MOD, "military", None,
     "El Ministerio de Defensa ha adjudicado a Airbus Defence and Space un contrato público para la adquisición de aeronaves militares para la sustitución de los aviones de patrulla y vigilancia marítima por un importe de 1.654 millones de euros",
     1654000000, "EUR")])

D("307-larazon-interior-supervision-frontera.txt",
  "https://www.larazon.es/espana/interior-contrata-empresa-vigilar-trabajos-otra-frontera-marruecos_20251108690e9a91de224c6cdd3e9711.html",
  "Interior contrata a una empresa para vigilar los trabajos de otra en la frontera con Marruecos",
  r'''El Ministerio del Interior busca una empresa que pueda vigilar los trabajos de otras contratas en la frontera de Marruecos en Ceuta y Melilla. La Secretaría de Estado de Seguridad reconoce que no tiene medios propios para supervisar las labores de limpieza que se desarrollan en las instalaciones perimetrales fronterizas, según la documentación a la que ha tenido acceso LA RAZÓN.

Para comenzar el procedimiento, el área de Fernando Grande-Marlaska publicó el pasado 26 de octubre el pliego para la contratación del "servicio para la supervisión y control del mantenimiento integral de las instalaciones de los perímetros fronterizos de España con Marruecos en las ciudades de Ceuta y de Melilla y del mantenimiento integral y la limpieza de los puestos fronterizos de El Tarajal (Ceuta) y Beni-Enzar (Melilla)". Cuenta con fondos europeos y el valor estimado asciende a 878.548,18 euros.

Interior argumenta que toma esta decisión por el "alto grado de complejidad y diversidad" que presentan las instalaciones y el volumen de las contrataciones de servicios de mantenimiento necesarios para su funcionamiento. "Resulta necesario disponer de una asistencia técnica que realice el seguimiento y control de los servicios contratados en el lugar en el que se prestan, dando continuidad a los trabajos de supervisión que se están realizando en el perímetro fronterizo y ampliando su objeto para actuar de la misma manera sobre los puestos fronterizos y recintos aduaneros reseñados", detalla la memoria.

Las empresas tienen hasta finales de noviembre para presentar las ofertas para aspirar a este contrato. En este contexto, la Subdirección General de Planificación y Gestión de Infraestructuras y Medios para la Seguridad admite que tienen que subcontratar este cometido porque "no cuenta con medios personales ni materiales".''',
  [O(MOI, "Ministerio del Interior", "Interior"), O("Secretaría de Estado de Seguridad"),
   O("La Razón", "LA RAZÓN"),
   O("Subdirección General de Planificación y Gestión de Infraestructuras y Medios para la Seguridad")],
  [M("878.548,18 euros", 878548.18, "EUR")],
  [])

D("308-servimedia-interior-blindar-ceuta-melilla.txt",
  "https://servimedia.es/noticias/433178",
  "Transparencia. Interior gastó antes de verano casi seis millones para blindar Ceuta y Melilla",
  r'''Transparencia. Interior gastó antes de verano casi seis millones para blindar Ceuta y Melilla
El Ministerio de Interior destinó entre los meses de junio y julio pasados casi seis millones de euros para mejorar las fronteras de Ceuta y Melilla, para lo cual se compraron desde cámaras térmicas a “equipos de detección de latidos”.
Estos datos se extraen de varios contratos que figuran en la web de Transparencia puesta en funcionamiento este miércoles por el Gobierno, en la que, entre otras cuestiones, figuran los trabajos realizados por todo tipo de empresas para el Estado.
En lo que se refiere a Interior, en esta web se refleja que en junio y julio pasados el departamento que dirige Jorge Fernández Díaz firmó varios contratos para mejorar los perímetros fronterizos de Ceuta y Melilla. Se buscaba con ello evitar la entrada de inmigrantes irregulares a través de estas ciudades.
Así, Interior adjudicó el 10 de junio un contrato por 247.500 euros para la adquisición de tres “cámaras térmicas portátiles para uso en el Servicio Fiscal de la Guardia Civil” de estas dos plazas españolas.
“MANTENIMIENTO INTEGRAL”
Al mismo tiempo, el 26 de junio se adjudicó un contrato de “adquisición de dos equipos de detección de latidos para uso en el Servicio Fiscal de la Guardia Civil” en las ciudades españolas del norte de África. A este fin se dedicaron 145.200 euros.
Además, el 24 de julio se aprobó otro contrato, por 426.000 euros, para el “servicio de asistencia técnica para la supervisión y control del mantenimiento integral de las instalaciones de los perímetros fronterizos de España con Marruecos de las ciudades de Ceuta y de Melilla”.
En la misma línea, el 2 de junio se formalizó un contrato de 5,2 millones de euros para el “servicio de mantenimiento integral de las instalaciones de los perímetros fronterizos” de las dos ciudades.
(SERVIMEDIA)
10 Dic 2014''',
  [O(MOI, "Ministerio de Interior", "Interior"), O("Government of Spain", "Gobierno"),
   O("Guardia Civil", "Guardia Civil", "Servicio Fiscal de la Guardia Civil"), O("Servimedia", "SERVIMEDIA")],
  [M("seis millones de euros", 6000000, "EUR"), M("247.500 euros", 247500, "EUR"),
   M("145.200 euros", 145200, "EUR"), M("426.000 euros", 426000, "EUR"),
   M("5,2 millones de euros", 5200000, "EUR")],
  [])

D("309-elindependiente-verja-gibraltar-brexit.txt",
  "https://www.elindependiente.com/espana/2020/12/18/interior-ejecuta-contra-reloj-obras-en-la-verja-gibraltar-por-el-brexit/",
  "Interior ejecuta contra reloj obras en la verja de Gibraltar por el Brexit",
  r'''El Ministerio del Interior ejecuta contra reloj obras de infraestructuras y equipamiento técnico en la verja con Gibraltar ante la salida efectiva del Reino Unido de la UE, lo que conllevará el refuerzo de los controles fronterizos y de la inspección aduanera. El coste de los trabajos, adjudicados 'a dedo' al tramitarse como procedimiento de emergencia, roza los cinco millones de euros.

Casi 36 años después de que se descorriera el cerrojo de la valla -hecho que tuvo lugar el 5 de febrero de 1985, durante el primer mandato de Felipe González como presidente del Gobierno- y acabara el bloqueo que se mantuvo durante 15 años, la inminencia del fin del periodo de transición con el que terminará el acuerdo de retirada -en vigor desde la medianoche del 31 de enero de 2020, cuando el Reino Unido abandonó la Unión Europea- empieza a dibujar una nueva estampa en el puesto fronterizo de La Línea de la Concepción (Cádiz).

Mientras los negociadores británicos y de la UE continúan sin cerrar la relación que mantendrán ambas partes una vez que el próximo 1 de enero se haga efectivo el Brexit, la raya que separa España de Gibraltar se prepara para el nuevo escenario. Al ser el Reino Unido un tercer país, los controles en la frontera tendrán que ser exhaustivos tanto a la entrada como a la salida, lo que obliga a adecuar las infraestructuras y los equipamientos policiales.

El pasado 6 de octubre, 19 días antes de que entrara en vigor el estado de alarma por segunda vez en el año, la Secretaría de Estado de Seguridad declaró de emergencia la contratación de los trabajos de "reforma y actualización de los medios técnicos de la verja" junto a Gibraltar. Esa decisión administrativa se amplió el 22 de dicho mes a la ejecución de diversas infraestructuras y a la compra de sistemas de control.

En total, Interior ha adjudicado hasta el momento seis contratos a tres proveedores diferentes (Seranco SA, Arinco SC y Everis Aerospacial y Defensa SL) por un im''',
  [O(MOI, "Ministerio del Interior", "Interior"), O("European Union", "UE", "Unión Europea"),
   O("Government of Spain", "Gobierno"), O("Secretaría de Estado de Seguridad"),
   O("Seranco SA"), O("Arinco SC"), O("Everis Aerospacial y Defensa SL")],
  [M("cinco millones de euros", 5000000, "EUR")],
  [C(co, "contract", MOI, "borders", None,
     "En total, Interior ha adjudicado hasta el momento seis contratos a tres proveedores diferentes (Seranco SA, Arinco SC y Everis Aerospacial y Defensa SL)")
   for co in ("Seranco SA", "Arinco SC", "Everis Aerospacial y Defensa SL")])

D("310-hispantv-abp-excluye-aryt-ashot.txt",
  "http://www.hispantv.com/noticias/europa/99473/abp-de-holanda-boicotea-dos-empresas-israelies-de-armas",
  "ABP de Holanda boicotea dos empresas israelíes de armas",
  r'''Publicada: sábado, 5 de julio de 2014 14:52
Actualizada: jueves, 10 de diciembre de 2015 10:15

El Fondo de Pensiones Públicas de Holanda (ABP), considerado el tercero mayor del mundo, boicoteó el viernes dos empresas israelíes, al excluirlas de su cartera de inversiones por su papel en la producción de bombas de racimo utilizadas en varias ocasiones por el régimen de Israel en ataques contra el pueblo palestino. El documento emitido por el fondo señaló que la política de inversión responsable de ABP permite la exclusión de las empresas 'Aryt Industries Ltd' y 'Ashot Ashkelon' "que siguen llevando a cabo negocios contradictorios con los principios del Pacto Mundial de Naciones Unidas, y que no muestran signos de modificar sus prácticas." 'Aryt Industries Ltd.' "se dedica principalmente a la fabricación de detonadores", y la mayoría de sus negocios los realiza con su filial 'Reshef Technologies', la cual alrededor del 80 por ciento de sus negocios son con el ejército israelí. Por su parte, 'Ashot Ashkelon' trabaja en el sector aeroespacial y de defensa, y se considera una filial de las industrias militares del régimen de Israel. Asimismo, en misivas a las gestiones de los grandes bancos israelíes vinculados a los asentamientos ilegales en Cisjordania, el ABP reiteró que abrir entidades bancarias en estas colonias contradice las leyes internacionales. No es el único fondo de pensiones de este país que boicotea al régimen de Tel Aviv por sus actos ilegales; el 'PGGM', una de las mayores gestoras de fondos de pensiones de Holanda, retiró sus inversiones en cinco bancos israelíes a principios de este año por estar involucrados en la financiación de asentamientos ilegales en Cisjordania. Por su parte, el jueves, 11 países de la Unión Europea (UE) publicaron advertencias a sus ciudadanos sobre hacer negocios o invertir en los asentamientos israelíes.''',
  [O("ABP", "Fondo de Pensiones Públicas de Holanda", "ABP"),
   O("Aryt Industries", "Aryt Industries Ltd", "Aryt Industries Ltd."), O("Ashot Ashkelon"),
   O("United Nations Global Compact", "Pacto Mundial de Naciones Unidas"), O("Reshef Technologies"),
   O("Israel Defense Forces", "ejército israelí"), O("PGGM"),
   O("European Union", "Unión Europea", "UE")],
  [],
  [C("ABP", "divested", "Aryt Industries", "military", 2014,
     "El documento emitido por el fondo señaló que la política de inversión responsable de ABP permite la exclusión de las empresas 'Aryt Industries Ltd' y 'Ashot Ashkelon'"),
   C("ABP", "divested", "Ashot Ashkelon", "military", 2014,
     "El documento emitido por el fondo señaló que la política de inversión responsable de ABP permite la exclusión de las empresas 'Aryt Industries Ltd' y 'Ashot Ashkelon'"),
   C("Aryt Industries", "owns", "Reshef Technologies", "military", None,
     "la mayoría de sus negocios los realiza con su filial 'Reshef Technologies'"),
   C("Reshef Technologies", "supplies", "Israel Defense Forces", "military", None,
     "la cual alrededor del 80 por ciento de sus negocios son con el ejército israelí")])

D("312-meneame-fondo-noruego-caterpillar.txt",
  "https://www.meneame.net/story/mayor-fondo-inversor-mundo-abandona-inversiones-israel-riesgo",
  "El mayor fondo inversor del mundo abandona sus inversiones en Israel por el riesgo de contribuir a graves violaciones de derechos humanos en Gaza",
  r'''El mayor fondo inversor del mundo abandona sus inversiones en Israel por el riesgo de contribuir a graves violaciones de derechos humanos en Gaza

El Fondo de Pensiones Global del Estado noruego, el mayor fondo soberano del mundo, ha anunciado la venta de sus acciones en el grupo industrial estadounidense Caterpillar y en cinco bancos israelíes. El motivo es "el riesgo inaceptable de que estas compañías contribuyan a violaciones graves de los derechos de individuos en situaciones de guerra y conflicto", una decisión que se basa en la recomendación del Consejo Ético para sus inversiones, según consta en un comunicado.''',
  [O(NGPF, "Fondo de Pensiones Global del Estado noruego"), O("Caterpillar"),
   O("Council on Ethics", "Consejo Ético")],
  [],
  [C(NGPF, "divested", "Caterpillar", "military", None,
     "El Fondo de Pensiones Global del Estado noruego, el mayor fondo soberano del mundo, ha anunciado la venta de sus acciones en el grupo industrial estadounidense Caterpillar y en cinco bancos israelíes.")])

D("313-unidosxisrael-uss-vende-activos.txt",
  "https://unidosxisrael.org/noticias/el-mayor-fondo-de-pensiones-del-reino-unido-se-desinvierte-en-israel-en-medio-de-la-guerra/",
  "El mayor fondo de pensiones del Reino Unido se desinvierte en Israel en medio de la guerra",
  r'''USS anuncia su decisión citando a clientes preocupados por nuevas inversiones en Oriente Medio y Jerusalén; la inversión estadounidense en el país se dispara
El mayor fondo de pensiones del Reino Unido ha vendido activos israelíes por valor de 80 millones de libras (108 millones de dólares), según informó el jueves el Financial Times. Con ello, el fondo USS se suma a una serie de fondos de pensiones mundiales que han retirado inversiones debido a la presión pública tras la guerra en Gaza.
Según dos personas familiarizadas con el asunto, el fondo, que gestiona 79.000 millones de libras en activos y cuenta con más de 500.000 miembros, ha reducido «significativamente» su exposición a las inversiones israelíes en los últimos seis meses, incluidas las de bonos gubernamentales y la moneda local (nuevo shekel israelí). Señalaron que el fondo comenzó a vender sus tenencias en bonos y divisas ya en marzo.
USS no quiso hacer comentarios.
Según el informe, la medida fue impulsada por la presión constante de los miembros del fondo, que denunciaron violaciones de los derechos humanos por parte de Israel desde que comenzó la guerra contra Hamás el 7 de octubre. La mayoría de los miembros del fondo son empleados del sector de la educación superior, incluidos profesores de prestigiosas universidades como Oxford y Cambridge.
El sindicato de universidades y colegios (UCU), que representa a los miembros del fondo de pensiones, expresó su preocupación ante los administradores del fondo por la posibilidad de invertir en empresas que la ONU ha catalogado como violadoras del derecho internacional.
«Aplaudimos lo que han hecho [USS] al deshacerse de bonos y divisas del gobierno israelí, pero queremos que vayan más allá y desinviertan en empresas que apoyan al gobierno israelí en su conflicto en Gaza», dijo la portavoz del UCU, Dolly Hart.''',
  [O("Universities Superannuation Scheme", "USS"), O("Financial Times"), O("Hamas", "Hamás"),
   O("University of Oxford", "Oxford"), O("University of Cambridge", "Cambridge"),
   O("University and College Union", "sindicato de universidades y colegios", "UCU"),
   O("United Nations", "ONU"), O("Government of Israel", "gobierno israelí")],
  [M("80 millones de libras", 80000000, "GBP"), M("108 millones de dólares", 108000000, "USD"),
   M("79.000 millones de libras", 79000000000, "GBP")],
  [C("Universities Superannuation Scheme", "divested", "Government of Israel", "military", None,
     "«Aplaudimos lo que han hecho [USS] al deshacerse de bonos y divisas del gobierno israelí")])

D("314-eldecano-fondo-noruego-bet-shemesh.txt",
  "https://www.eldecano.es/?p=157428",
  "¿Los fondos soberanos están deshaciéndose de inversiones israelíes?",
  r'''¿Los fondos soberanos están deshaciéndose de inversiones israelíes?

El gobierno de Noruega anunció el martes que revisará las inversiónes de su fondo soberano en Israel después de que el principal periódico del país escandinavo revelara que el fondo, de casi 2 billones de dólares, tenía participaciones en una empresa israelí que apoya la guerra de Israel en Gaza.

El periódico, Aftenposten, identificó a la empresa como Bet Shemesh Engines Ltd (BSEL), que suministra piezas para los aviones de combate israelíes utilizados en la devastadora guerra en Gaza.

En las últimas semanas, las muertes por hambre causadas por Israel han provocado indignación mundial, con países occidentales aumentando la presión para que Israel termine una guerra que ha matado a más de 60,000 palestinos y destruido Gaza, hogar de 2.3 millones de personas.

Más de 200 personas han muerto de hambre mientras Israel obstruye la entrada de ayuda humanitaria, a pesar de su supuesta "pausa táctica" en una guerra que lleva casi dos años.

Entonces, ¿qué dijo Noruega? ¿Están cambiando las atrocidades de Israel en Gaza y el resto de territorio palestino ocupado la opinión pública en su contra?

El primer ministro noruego, Jonas Gahr Stoere, calificó la inversión en la empresa israelí como "preocupante". "Debemos aclarar esto porque leer sobre ello me inquieta", dijo Stoere a la cadena pública NRK.

El ministro de Finanzas, Jens Stoltenberg, quien gestiona el fondo más grande del mundo, ordenó al banco central revisar la cartera del fondo para asegurarse de que se excluyan empresas israelíes que apoyan la ocupación de Cisjordania o la guerra en Gaza.

"La guerra en Gaza va contra el derecho internacional y causa un sufrimiento terrible, por lo que es comprensible que se cuestionen las inversiones del fondo en Bet Shemesh Engines''',
  [O("Government of Norway", "gobierno de Noruega"), O(NGPF, "fondo soberano"),
   O("Aftenposten"), O("Bet Shemesh Engines", "Bet Shemesh Engines Ltd", "BSEL", "Bet Shemesh Engines"),
   O("NRK")],
  [M("2 billones de dólares", 2000000000000, "USD")],
  [C(NGPF, "invested", "Bet Shemesh Engines", "military", None,
     "se cuestionen las inversiones del fondo en Bet Shemesh Engines")])

D("315-palestinacat-fondos-bancos-israelies.txt",
  "https://www.palestina.cat/fondos-de-pensiones-europeos-reconsideran-sus-inversiones-en-bancos-israelies/",
  "Fondos de pensiones europeos reconsideran sus inversiones en bancos israelíes",
  r'''Tres de los principales fondos de pensiones europeos han comenzado a reconsiderar sus inversiones en bancos israelíes debido a que estos utilizan parte de su dinero para financiar asentamientos en Cisjordania, revela hoy el diario local “Haaretz”.
Según la publicación, que lleva la noticia a portada, ABP, el fondo holandés considerado el tercero más grande del mundo en su clase, el escandinavo Nordea Investment Management y el noruego DNB Asset han solicitado información sobre la posible actividad de entidades bancarias israelíes en zonas ocupadas.
Una decisión similar ha adoptado el banco ING, que ha pedido una investigación a través de un tercero, agrega “Haaretz”, que cita un largo artículo al respecto publicado el pasado fin de semana por el “Financial Times”.
La noticia sale a la luz días después de que el principal fondo de pensiones holandés, PGGM, retirara sus inversiones en cinco importantes bancos israelíes por tener sucursales en asentamientos y participar en la financiación de nuevas construcciones.
Estas decisiones se producen en un contexto de tensión política entre Israel y algunos países de la UE como España, el Reino Unido, Francia o Italia, que días atrás pidieron explicaciones al actual gobierno por anunciar la expansión de asentamientos en pleno esfuerzo de paz.
En una iniciativa recíproca, el ministro israelí de Asuntos Exteriores, Avigdor Lieberman, convocó la semana pasada a los embajadores de los citados estados para denunciar lo que considera una política desequilibrada frente a lo que el Ejecutivo denomina “provocaciones palestinas”.
El pasado junio, la propia Comisión Europea aprobó unas normas de cooperación con Israel que excluyen los proyectos que tengan que ver con las zonas ocupadas en 1967.''',
  [O("Haaretz"), O("ABP"), O("Nordea Investment Management"), O("DNB Asset"), O("ING"),
   O("Financial Times"), O("PGGM"), O("European Union", "UE"), O("European Commission", "Comisión Europea")],
  [],
  [])

D("316-esquemaponzi-interior-municion-israeli.txt",
  "https://esquemaponzi.com/interior-adquiere-municion-israeli-por-66-millones-de-euros",
  "Interior adquiere munición israelí por 6,6 millones de euros",
  r'''El Ministerio del Interior ha adjudicado un contrato millonario a una empresa israelí para suministrar 15,3 millones de balas a la Guardia Civil, a pesar de que el Ministerio de Defensa asegura que España no compra armamento a Israel desde octubre.
Actualización: España cancela la compra de munición a empresa israelí.
La Jefatura de Asuntos Económicos de la Guardia Civil ha concedido a Guardian Defense & Homeland Security S. A. un contrato valorado en 6 642 900 euros para el suministro de 15 300 000 balas de calibre 9 mm Parabellum destinadas a diversas unidades del cuerpo. La adjudicación se formalizó el 22 de octubre, coincidiendo con el día en que el ministro de Derechos Sociales, Consumo y Agenda 2030, Pablo Bustinduy, en representación de los cinco ministros de Sumar, remitía una carta a la ministra de Defensa, Margarita Robles, solicitando la «cancelación inmediata» de las compras de armamento a Israel.
Margarita Robles respondió a Bustinduy asegurando que, desde el 7 de octubre de 2023, fecha en la que Hamás lanzó un ataque terrorista contra Israel, desencadenando la ofensiva sobre Gaza con más de 43 000 muertos, España no ha vendido ni adquirido armamento al Estado de Israel. Añadió que las licencias de exportación temporal pendientes con Israel no corresponden a armas, sino a repuestos, y que actualmente están paralizadas. No obstante, la reciente adjudicación del Ministerio del Interior parece contradecir esta postura.
El contrato, publicado en la Plataforma de Contratación Pública, se divide en tres lotes para la adquisición de un total de 19,8 millones de balas para las pistolas reglamentarias de la Guardia Civil. Guardian Defense & Homeland Security S. A., representante oficial en España de los principales fabricantes israelíes de material policial y militar, se adjudicó los lotes 1 y 3 por un total de 6 642 900 euros, incluyendo impuestos. Los otros dos ofertantes, uno italiano y otro brasileño, fueron descalificados por''',
  [O(MOI, "Ministerio del Interior"),
   O("Guardia Civil", "Guardia Civil", "Jefatura de Asuntos Económicos de la Guardia Civil"),
   O(MOD, "Ministerio de Defensa", "Defensa"),
   O(GUARDIAN, "Guardian Defense & Homeland Security S. A.", "Guardian Defense & Homeland Security"),
   O("Sumar"), O("Hamas", "Hamás")],
  [M("6 642 900 euros", 6642900, "EUR")],
  [C(GUARDIAN, "contract", "Guardia Civil", "policing", None,
     "La Jefatura de Asuntos Económicos de la Guardia Civil ha concedido a Guardian Defense & Homeland Security S. A. un contrato valorado en 6 642 900 euros para el suministro de 15 300 000 balas de calibre 9 mm Parabellum destinadas a diversas unidades del cuerpo.",
     6642900, "EUR")])

D("317-elmundo-interior-cancela-balas.txt",
  "https://www-elmundo-es.zproxy.org/espana/2024/10/29/671bbc69fc6c83c8528b458f.html",
  "Interior cancela el contrato de compra de balas a una empresa israelí para la Guardia Civil por 6,5 millones de euros",
  r'''Interior cancela el contrato de compra de balas a una empresa israelí para la Guardia Civil por 6,5 millones de euros

El contrato fue aprobado el pasado 21 de octubre por el secretario de Estado de Seguridad. Ahora Interior anuncia que "ha puesto en marcha el proceso para rescindir la adjudicación"

La ministra de Defensa, Margarita Robles, en una visita a las tropas
La ministra de Defensa, Margarita Robles, en una visita a las tropasMundo
Actualizado

El Ministerio del Interior ha decidido rescindir la adjudicación a una empresa israelí de un contrato de adquisición de balas para la Guardia Civil. Se trata de un contrato que la Guardia Civil había encargado a la compañía israelí Guardian Homeland Security para abastecerse de 16,7 millones de cartuchos de 9x19 milímetros para las pistolas y subfusiles del cuerpo. En total eran dos contratos que debían reportar a la empresa 6,5 millones de euros y que se adjudicaron dos días después de que la ministra de Defensa, Margarita Robles, asegurara a Sumar que se habían paralizado las compras de armamento israelí.

Este martes, el Ministerio del Interior ha señalado que dicho contrato fue licitado el 21 de febrero de 2024 y que la adjudicación se realizó el pasado 21 de octubre de 2024. Dos de los tres lotes contratados correspondieron a una empresa israelí. Ahora se "ha puesto en marcha el proceso para rescindir la adjudicación".

El Gobierno español, recuerda Interior, mantiene el compromiso de no vender armamento al Estado israelí desde que estalló el conflicto armado en el territorio de Gaza. Aunque en este caso se trata de una adquisición de munición, el Ministerio del Interior ha iniciado el procedimiento administrativo para anular dicha compra. Otras empresas israelíes serán excluidas, como licitantes, en otros expedientes de adquisición de armamento que en estos momentos tramita la Dirección General de la Guardia Civil.''',
  [O(MOI, "Ministerio del Interior", "Interior"),
   O("Guardia Civil", "Guardia Civil", "Dirección General de la Guardia Civil"),
   O(GUARDIAN, "Guardian Homeland Security"), O("Sumar"), O("Government of Spain", "Gobierno español"),
   O("El Mundo", "Mundo"), O(MOD, "Defensa")],
  [M("6,5 millones de euros", 6500000, "EUR")],
  [C(GUARDIAN, "contract", "Guardia Civil", "policing", 2024,
     "Se trata de un contrato que la Guardia Civil había encargado a la compañía israelí Guardian Homeland Security para abastecerse de 16,7 millones de cartuchos de 9x19 milímetros para las pistolas y subfusiles del cuerpo.",
     6500000, "EUR")])

D("319-elindependiente-imi-systems-guardia-civil.txt",
  "https://elindependiente.com/?p=3862541",
  "La Guardia Civil adjudica un contrato de munición a una empresa de Israel",
  r'''La Guardia Civil acaba de adjudicar un contrato de munición por más de 6,6 millones de euros a una empresa de Israel. Esta misma semana, la ministra de Defensa, Margarita Robles, aseguró en una carta que España ya no compra armas al país hebreo desde octubre de 2023.

El contrato está dividido en tres lotes para la adquisición de 19,8 millones de balas para las pistolas reglamentarias de la Guardia Civil. El primero y el tercer lote, por valor de 6.642.900 euros -impuestos incluidos- han sido adjudicados a IMI Systems. Esta empresa era propiedad del Gobierno israelí hasta que en 2018 fue absorbida por Elbit Systems, empresa del mismo país.

En España su comercializadora es Guardian Homeland Security, la misma empresa que vendió en 2021 6.000 pistolas Ramon al Ministerio del Interior. Estas armas están aminadas a renovar las Baretta de los agentes. Varias asociaciones denunciaron que muchas eran defectuosas y producían lesiones en las prácticas de tiro.

El departamento que dirige Fernando Grande-Marlaska primó el precio sobre otras cuestiones a la hora de comprarlas. Además, como publicó en exclusiva El Independiente, las pistolas Ramon se vendían en el mercado negro de Irak un año antes de la compra de Interior.

"Reparaciones"

El pasado día 23, se conoció una carta que Margarita Robles había enviado a sus socios de Gobierno. En ella aseguraba que España ya no estaba comprando armamento a Israel (las empresas del país necesitan aprobación del Ejecutivo de Benjamin Netanyahu para vender al exterior). Afirmaba que sólo quedaban algunos contratos pendientes, y que se habían firmado otros mayormente de reparaciones. Un día antes la Guardia Civil, sobre la que Defensa tiene competencias aunque no para licitar contratos, firmó la adjudicación a la hebrea Imi Systems.''',
  [O("Guardia Civil"), O(MOD, "Defensa"), O("IMI Systems", "IMI Systems", "Imi Systems"),
   O("Government of Israel", "Gobierno israelí", "Ejecutivo de Benjamin Netanyahu"), O("Elbit Systems"),
   O(GUARDIAN, "Guardian Homeland Security"), O(MOI, "Ministerio del Interior", "Interior"),
   O("El Independiente"), O("Government of Spain", "Gobierno")],
  [M("6,6 millones de euros", 6600000, "EUR"), M("6.642.900 euros", 6642900, "EUR")],
  [C("IMI Systems", "contract", "Guardia Civil", "policing", None,
     "El primero y el tercer lote, por valor de 6.642.900 euros -impuestos incluidos- han sido adjudicados a IMI Systems.",
     6642900, "EUR"),
   C("Elbit Systems", "acquired", "IMI Systems", "military", 2018,
     "Esta empresa era propiedad del Gobierno israelí hasta que en 2018 fue absorbida por Elbit Systems, empresa del mismo país."),
   C(GUARDIAN, "supplies", MOI, "policing", 2021,
     "la misma empresa que vendió en 2021 6.000 pistolas Ramon al Ministerio del Interior")])

D("320-elconfidencialdigital-guardia-civil-imi.txt",
  "https://ru24.net/smi/elconfidencialdigital-com/390669826",
  "La Guardia Civil no comprará balas al fabricante israelí IMI Systems",
  r'''La Dirección General de la Guardia Civil no va a comprar balas al fabricante israelí IMI Systems y a la empresa comercializadora Guardian Defence & Homeland Security.
Así lo ha decidido el Ministerio del Interior, que este 29 de octubre ha anunciado “ha puesto en marcha el proceso para rescindir la adjudicación a una empresa israelí de un contrato de adquisición de cartuchería 9 x 19 mm. PB NATO para la Guardia Civil”.
El departamento que dirige Fernando Grande-Marlaska explica que “dicho contrato fue licitado el 21 de febrero de 2024. La adjudicación se realizó el 21 de octubre de 2024, y dos de los tres lotes contratados correspondieron a una empresa israelí”.
Toma esa decisión porque “el Gobierno español mantiene el compromiso de no vender o comprar armamento al Estado israelí desde que estalló el conflicto armado en el territorio de Gaza”.
Confidencial Digital publicó el jueves 25 de octubre que la Jefatura de Asuntos Económicos de la Dirección General de la Guardia Civil había adjudicado dos lotes de una licitación de adquisición de munición del calibre 9 mm a un fabricante israelí de armamento, IMI Systems.
A la licitación, IMI Systems se había presentado con Guardian Defence & Homeland Security, la misma empresa que ya suministró a la Guardia Civil las pistolas Ramon, en ese caso fabricadas por otro fabricante israelí, Emtan.
La israelí IMI Systems LTD iba a suministrar a la Guardia Civil más de 12 millones de cartuchos de 9x19 mm NATO ordinario, por 4.464.900 euros, correspondientes al lote 1.
Por el lote 3, la Guardia Civil iba a pagar 2.178.000 euros a IMI Systems LTD por cartuchos de 9x19 mm semiblindados. Aunque los pliegos contemplaban 4,5 millones de cartuchos, en uno de los documentos aparecía que la oferta de este lote fue de 3 millones.
En total, el fabricante israelí iba a vender a la Guardia Civil más de 15 millones de balas, por más de 6,6 millones de euros.''',
  [O("Guardia Civil", "Dirección General de la Guardia Civil", "Guardia Civil",
     "Jefatura de Asuntos Económicos de la Dirección General de la Guardia Civil"),
   O("IMI Systems", "IMI Systems", "IMI Systems LTD"),
   O(GUARDIAN, "Guardian Defence & Homeland Security"), O(MOI, "Ministerio del Interior"),
   O("NATO", "NATO"), O("Government of Spain", "Gobierno español"), O("Confidencial Digital"), O("Emtan")],
  [M("4.464.900 euros", 4464900, "EUR"), M("2.178.000 euros", 2178000, "EUR"),
   M("6,6 millones de euros", 6600000, "EUR")],
  [C("IMI Systems", "contract", "Guardia Civil", "policing", None,
     "la Jefatura de Asuntos Económicos de la Dirección General de la Guardia Civil había adjudicado dos lotes de una licitación de adquisición de munición del calibre 9 mm a un fabricante israelí de armamento, IMI Systems."),
   C(GUARDIAN, "supplies", "Guardia Civil", "policing", None,
     "la misma empresa que ya suministró a la Guardia Civil las pistolas Ramon")])


# Batch 2 (see ../README.md, "Batches").
BATCH = 2

D("321-infobae-indra-49-drones-aertec.txt",
  "https://www.infobae.com/espana/2025/12/30/el-gobierno-escoge-a-indra-para-desarrollar-49-nuevos-drones-para-el-ejercito-al-considerarla-la-unica-empresa-capacitada/",
  "El Gobierno escoge a Indra para desarrollar 49 nuevos drones para el Ejército al considerarla la “única empresa capacitada”",
  r'''El Gobierno escoge a Indra para desarrollar 49 nuevos drones para el Ejército al considerarla la “única empresa capacitada”

La elección se resolvió por procedimiento negociado sin publicidad

Guardar
Dron Tarsis (Aertec Defence)
Dron Tarsis (Aertec Defence)

El Gobierno ha formalizado la adjudicación directa a Indra para el desarrollo y adquisición de 49 drones, con un contrato valorado en 364.115.000 euros. La elección se resolvió por procedimiento negociado sin publicidad, es decir, sin concurso público. Según explica la administración, la operación se debe a que Aertec Defence, filial que adquirió Indra hace unos meses, es, desde el punto de vista técnico, la única empresa capacitada para llevar a cabo el proyecto.

De esta forma, el Gobierno ha tenido que recurrir a un tipo de operación poco frecuente y diseñado para ocasiones concretas. El contrato negociado sin publicidad permite adjudicar directamente, en casos especiales, mediante negociación entre la administración y el operador económico seleccionado, omitiendo el periodo de concurso.

La Subdirección General de Adquisiciones de Armamento y Material (DGAM), dependiente del Ministerio de Defensa, ha sido la entidad adjudicadora del proceso. El plazo de ejecución establecido para el contrato se extiende desde el 26 de diciembre de 2025 hasta el 30 de noviembre de 2029, cuando debería concluir el desarrollo.

El grupo Indra ha superado sus objetivos en el primer año del plan estratégico 'Leading the future' (Europa Press)

Elegida Indra para los drones sin concurso público

El expediente recoge que solo se recibió una oferta, presentada por Aertec Defence, que adoptará el nombre de Indra Sistemas Aéreos Autónomos SLU tras su adquisición por Indra. La documentación oficial señala que la adjudicación responde a “exclusiones específicas por aspectos de defensa''',
  [O("Government of Spain", "Gobierno"), O("Indra"), O("Spanish Army", "Ejército"),
   O("Aertec Defence", "Aertec Defence", "Indra Sistemas Aéreos Autónomos SLU"),
   O("Subdirección General de Adquisiciones de Armamento y Material",
     "Subdirección General de Adquisiciones de Armamento y Material", "DGAM"),
   O(MOD, "Ministerio de Defensa"), O("Europa Press")],
  [M("364.115.000 euros", 364115000, "EUR")],
  [C("Indra", "contract", "Government of Spain", "military", 2025,
     "El Gobierno ha formalizado la adjudicación directa a Indra para el desarrollo y adquisición de 49 drones, con un contrato valorado en 364.115.000 euros.",
     364115000, "EUR"),
   C("Indra", "acquired", "Aertec Defence", "military", None,
     "Aertec Defence, filial que adquirió Indra hace unos meses")])

D("322-diariosur-indra-navantia-corbeta-indonesia.txt",
  "http://www.diariosur.es/agencias/andalucia/201610/19/navantia-indra-logran-contrato-798379.html",
  "Navantia e Indra logran un contrato para una corbeta de Indonesia",
  r'''Diario Sur

Cádiz, 19 oct (EFE).- El consorcio formado por Indra y Navantia se ha adjudicado la actualización del sistema de combate de una corbeta de la Armada de Indonesia, un contrato de unos 15,7 millones de euros y que supondrá 80.000 horas de trabajo para el astillero de San Fernando (Cádiz).

El proyecto, según explica Navantia, se enmarca en el programa de Modernización de Vida Media (MLM) de la corbeta KRI-362 Malahayati de la Armada de Indonesia, de la clase Fatahillah, que fue encomendado al astillero militar indonesio PT PAL.

La actualización del sistema de combate supondrá la incorporación de algunos de los programas más avanzados para el sector naval de Navantia e Indra.

El sistema ESM RIGEL de defensa electrónica de Indra o la dirección de tiro DORNA y el sistema de gestión del combate CATIZ de Navantia, ganarán así con este contrato "una nueva referencia que refuerza su posición en el mercado internacional", explica Navantia.

Indra y Navantia, que trabajan además conjuntamente en varios programas para la futura fragata F110 de la Armada Española, han establecido en este proyecto "un modelo de negocio en el que ambas empresas suman sus fuerzas en sus áreas de mayor especialización".

El delegado del Gobierno en Andalucía, Antonio Sanz, ha expresado hoy su satisfacción por este nuevo contrato, que traerá un "mayor volumen de actividad para los astilleros de la Bahía de Cádiz".

Sanz ha afirmado que Navantia "está consolidando una nueva etapa en la industria naval gaditana" y se ha felicitado de que recupere un mercado "histórico", en el sector naval militar, al tiempo que diversifica su línea de negocio "hacia nuevos retos", como en la construcción de plataformas eólicas.''',
  [O("Diario Sur"), O("EFE"), O("Indra"), O("Navantia"), O("Indonesian Navy", "Armada de Indonesia"),
   O("PT PAL"), O("Spanish Navy", "Armada Española")],
  [M("15,7 millones de euros", 15700000, "EUR")],
  [C(co, "contract", "Indonesian Navy", "military", None,
     "El consorcio formado por Indra y Navantia se ha adjudicado la actualización del sistema de combate de una corbeta de la Armada de Indonesia, un contrato de unos 15,7 millones de euros y que supondrá 80.000 horas de trabajo para el astillero de San Fernando (Cádiz).",
     15700000, "EUR")
   for co in ("Indra", "Navantia")] +
  [C("Indra", "partnered", "Navantia", "military", None,
     "El consorcio formado por Indra y Navantia se ha adjudicado la actualización del sistema de combate de una corbeta de la Armada de Indonesia"),
   C("PT PAL", "contract", "Indonesian Navy", "military", None,
     "el programa de Modernización de Vida Media (MLM) de la corbeta KRI-362 Malahayati de la Armada de Indonesia, de la clase Fatahillah, que fue encomendado al astillero militar indonesio PT PAL.")])

D("323-laopinioncoruna-navantia-mantenimiento-armada.txt",
  "https://www.laopinioncoruna.es/galicia/2021/07/08/navantia-realizara-mantenimiento-buques-armada-54794235.html",
  "Navantia realizará el mantenimiento de los buques de la Armada",
  r'''Navantia será la encargada del mantenimiento de motores de los buques de la Armada hasta el año 2023, tras firmar un acuerdo por un importe máximo de 25 millones de euros anuales y con opción de ser prorrogado dos años más. Asimismo, también se ha adjudicado el contrato de varadas de los buques, por un período de dos años, y con un importe anual de 22,5 millones de euros.''',
  [O("Navantia"), O("Spanish Navy", "Armada")],
  [M("25 millones de euros", 25000000, "EUR"), M("22,5 millones de euros", 22500000, "EUR")],
  [C("Navantia", "contract", "Spanish Navy", "military", None,
     "Navantia será la encargada del mantenimiento de motores de los buques de la Armada hasta el año 2023, tras firmar un acuerdo por un importe máximo de 25 millones de euros anuales y con opción de ser prorrogado dos años más.",
     25000000, "EUR")])

D("324-ecd-guardia-civil-coches-camuflados-anulado.txt",
  "https://www.elconfidencialdigital.com/articulo/seguridad/guardia-civil-invertira-cerca-15-millones-adquirir-mil-coches-camuflados/20190726124039128963.html",
  "La Guardia Civil invertirá cerca de 15 millones en adquirir mil coches camuflados",
  r'''La Dirección General de Guardia Civil va a comprar un millar de vehículos, pero no para utilizarlos como coches patrulla, con sus logotipos y colores identificativos. En este caso, va a incorporar a su parque móvil automóviles en colores comerciales para destinarlos a unidades no uniformadas: es decir, serán coches camuflados.

El pasado 16 de julio, la Jefatura de Asuntos Económicos abrió una licitación pública que tenía por objeto el “suministro en régimen de arrendamiento de mil vehículos turismo nuevos en color comercial, con dotación específica policial camuflada, para unidades no uniformadas” del Instituto Armado.

Se trata de un anuncio previo, que sirve para que las empresas interesadas vayan posicionándose, si les interesa, y estén pendientes de los siguientes pasos, como la publicación de los pliegos de prescripciones técnicas y administrativas, la documentación que ya describe los detalles de qué busca comprar, alquilar o contratar ese organismo.

Es la primera fase del proceso de licitación, que incluye el objeto de la mismo, una descripción muy general, las fechas próximas a tener en cuenta y el presupuesto base, el máximo al que se puede comprometer el órgano de contratación.

Problemas en el proceso de licitación

Sólo seis días después de abrirse, el 22 de julio se actualizó esa licitación: el anuncio previo había sido anulado . Aunque no se aporta mucha información, sí se indicaba sucintamente que el motivo de la anulación era la “falta de dotación presupuestaria”.

El valor estimado del contrato era de 16.512.000 euros, lo que parece indicar que el arrendamiento de los vehículos se extendería a lo largo de varios años.

ECD consultó con la Dirección General de la Guardia Civil el motivo y las repercusiones de esta anulación. Un portavoz explicó que se trataba de una rectificación interna, debido a''',
  [O("Guardia Civil", "Dirección General de Guardia Civil", "Instituto Armado", "Dirección General de la Guardia Civil"),
   O("Jefatura de Asuntos Económicos"), O("El Confidencial Digital", "ECD")],
  [M("16.512.000 euros", 16512000, "EUR")],
  [])

D("325-ciper-afp-acciones-empresas-armas-gaza.txt",
  "https://www.ciperchile.cl/2025/10/13/al-menos-us-34-millones-administrados-por-las-afp-terminaron-en-companias-acusadas-de-beneficiarse-con-la-tragedia-en-gaza",
  "Al menos US$34 millones administrados por las AFP terminaron en compañías acusadas de beneficiarse con la tragedia en Gaza",
  r'''En junio de 2025, la relatora especial de Naciones Unidas para Palestina, Francesca Albanese, emitió un informe en el que identificó a corporaciones que se han beneficiado de lo que ella llamó la “economía del genocidio” en Gaza. CIPER revisó cuánto dinero de las pensiones de los chilenos se invirtieron en fondos que tienen acciones de compañías de armas y tecnología de guerra que figuran en esa nómina y que han obtenido ganancias gracias a este conflicto. A julio de 2025, las AFP habían puesto US$4.542 millones en fondos y sociedades de inversión que -entre otros activos- poseen acciones de las firmas señaladas en la nómina de Albanese. Al analizar el detalle de los activos adquiridos por estos fondos internacionales, se advierte que, del total de recursos invertidos por las AFP en ellos, al menos US$34,5 millones terminaron en acciones de compañías identificadas por la relatora. La legislación chilena no pone restricciones éticas a las operaciones de las AFP en el extranjero. Consultadas por CIPER, cuatro AFP señalaron que sus inversiones se ajustan a las normas y se fundan en criterios de rentabilidad. Las otras tres, no respondieron.
Créditos imagen de portada: Xinhua / Rizek Abdeljawad / Agencia Uno
Hasta fines de julio de este año, las Administradoras de Fondos de Pensiones (AFP) chilenas colocaron US$4.542 millones en sociedades y fondos de inversión internacionales que, dentro de los múltiples activos que poseían, tenían acciones de empresas de armas o de tecnología para la guerra que, según un informe independiente de Naciones Unidas, se han beneficiado con la “economía del genocidio” en Gaza. De ese monto, unos US$34,5 millones correspondían –a esa fecha– a acciones de las compañías de armas Elbit Systems (Israel), Lockheed Martin, Leonardo (Italia) y Palantir (Estados Unidos), además de la japonesa FANUC, que provee tecnología robótica para la producción de armas de estas firmas. Estas cifras se desprenden de''',
  [O("United Nations", "Naciones Unidas"), O("CIPER"), O("Xinhua"), O("Agencia Uno"),
   O("Elbit Systems"), O("Lockheed Martin"), O("Leonardo"), O("Palantir Technologies", "Palantir"),
   O("FANUC")],
  [M("US$4.542 millones", 4542000000, "USD"), M("US$34,5 millones", 34500000, "USD")],
  [])

D("326-espacioseuropeos-sive-amper-interior.txt",
  "https://espacioseuropeos.com/2011/12/34112/",
  "El Gobierno autorizó el mantenimiento del SIVE dos días antes de las elecciones",
  r'''España
espacioseuropeos.com (7/12/2011)
Las prisas por contratar sin esperar a los resultados de las elecciones del 20-N, nos siguen aportando más sorpresas. Por ejemplo, que en el Consejo de Ministros celebrado el día 18 de noviembre -dos días antes de celebrarse las elecciones- se autorizó la contratación del «servicio de mantenimiento de los despliegues fijos del Sistema Integrado de Vigilancia Exterior (SIVE) y de las unidades móviles de éste para garantizar la cobertura de la frontera Sur de la Unión Europea contra la inmigración ilegal, las redes mafiosas y el narcotráfico».
La vigencia del mencionado contrato es de tres años (des de el 1 de julio de 2012 hasta el 30 de junio de 2015), con un presupuesto de 24.949.006 de euros.
La implantación del Proyecto SIVE, de la empresa AMPER, que viene realizando el Ministerio del Interior desde el año 2000, tiene por finalidad «garantizar la cobertura de la frontera sur de la Unión Europea, incluidas las Islas Canarias, mediante el establecimiento de un sistema operativo con tecnología avanzada, al objeto de luchar contra la inmigración ilegal, las redes mafiosas y el narcotráfico», según la referencia ministerial de ese consejo de ministros.
Según la misma fuente, el SIVE permite la «vigilancia del litoral de la costa española, aportando en tiempo real información a los centros de dirección y posibilitando la transmisión de las órdenes necesarias para la interceptación y el control inmediato de cualquier elemento susceptible de entrar ilegalmente en el territorio español, así como para prestar ayuda humanitaria a los ocupantes de las embarcaciones detectadas».
El expediente de contratación se tramitará, como es habitual en este tipo de expedientes -afirma la referencia del Consejo de Ministros- «mediante el procedimiento negociado sin publicidad, debido a que su ejecución debe efectuarse bajo medidas de sigilo y seguridad especiales (el adjudicatario deberá conocer datos sensible''',
  [O("Espacios Europeos", "espacioseuropeos.com"),
   O("Council of Ministers of Spain", "Consejo de Ministros", "consejo de ministros"),
   O("European Union", "Unión Europea"), O("AMPER"), O(MOI, "Ministerio del Interior")],
  [M("24.949.006 de euros", 24949006, "EUR")],
  [C("AMPER", "supplies", MOI, "borders", None,
     "La implantación del Proyecto SIVE, de la empresa AMPER, que viene realizando el Ministerio del Interior desde el año 2000")])

D("327-infobae-interior-licita-sive-90-millones.txt",
  "https://www.infobae.com/espana/agencias/2026/01/26/interior-licita-el-servicio-de-mantenimiento-del-sistema-de-vigilancia-exterior-sive-por-un-valor-de-90-millones/",
  "Interior licita el servicio de mantenimiento del sistema de vigilancia exterior SIVE por un valor de 90 millones",
  r'''Interior licita el servicio de mantenimiento del sistema de vigilancia exterior SIVE por un valor de 90 millones

El Ministerio del Interior ha licitado la contratación del "servicio de mantenimiento integral" para los despliegues fijos del Sistema Integrado de Vigilancia Exterior (SIVE), una herramienta clave para el control de la inmigración irregular y el crimen organizado.

Según la licitación publicada en el Boletín Oficial del Estado (BOE), consultada por Europa Press, el contrato de mantenimiento tiene un valor estimado de 90 millones de euros para los "despliegues fijos" del SIVE.

En concreto, consta de cinco lotes para Canarias, la zona del Atlántico y Estrecho de Gibraltar, la zona del Sureste, la zona de Levante y, finalmente, para servicios de apoyo a la gestión logística del contrato.

Se trata de un procedimiento negociado con publicidad y en la licitación se estipula que pueden presentarse ofertas para un número máximo de cinco lotes, si bien a un único licitador puede adjudicársele cuatro de estos lotes.

El anuncio de la licitación lo ha realizado la Jefatura de Asuntos Económicos de la Guardia Civil y el plazo para la recepción de ofertas o solicitudes de participación está abierto hasta el 13 de febrero de 2026.

El Ministerio del Interior anunció en 2024 que había impulsado una batería de medios tecnológicos para reforzar la lucha contra la inmigración irregular, recurriendo para ello a drones, inteligencia artificial y estaciones sensoras, así como a un plan de "modernización" del SIVE que englobaba a toda la costa española.''',
  [O(MOI, "Interior", "Ministerio del Interior"), O("Europa Press"),
   O("Guardia Civil", "Guardia Civil", "Jefatura de Asuntos Económicos de la Guardia Civil")],
  [M("90 millones de euros", 90000000, "EUR")],
  [])

D("328-continental-fbi-pegasus-nso.txt",
  "https://www.continental.com.ar/internacional/el-fbi-acepto-que-compro-el-software-espia-pegasus--pero-dice-que-nunca-lo-uso_a61fa8839993c5a36d63b38c4?output=amp",
  "El FBI aceptó que compró el software espía Pegasus, pero dice que nunca lo usó",
  r'''El FBI ha confirmado que obtuvo el poderoso software espía Pegasus de NSO Group, lo que sugiere que compró el acceso a la controvertida herramienta de vigilancia israelí para “estar al tanto de las tecnologías y oficios emergentes”.

En un comunicado enviado a The Guardian, la oficina dijo que había obtenido una "licencia limitada" para acceder a Pegasus para "prueba y evaluación del producto únicamente" y sugirió que su evaluación de la herramienta se relacionaba en parte con preocupaciones de seguridad si el software espía caía en el " manos equivocadas”.''',
  [O("FBI"), O("NSO Group"), O("The Guardian")],
  [],
  [C("NSO Group", "supplies", "FBI", "surveillance", None,
     "El FBI ha confirmado que obtuvo el poderoso software espía Pegasus de NSO Group")])

D("329-expansion-nso-bloqueo-gobiernos.txt",
  "https://expansion.mx/tecnologia/2021/07/30/nso-group-bloqueo-a-5-gobiernos-que-usaron-su-software-indebidamente",
  "NSO Group bloqueó a 5 gobiernos que usaron su software indebidamente",
  r'''Cabe recordar que NSO Group ha estado bajo el escrutinio público a causa de la investigación del Proyecto Pegasus, donde un grupo de asociaciones y medios de comunicación revelaron cómo su spyware estaba ligado a hackeos y la vigilancia de personas, incluidos periodistas, activistas de derechos humanos e incluso jefes de Estado.
Ante este tipo de comentarios, la empresa dijo estar cooperando con las investigaciones de las autoridades, además de que las personas nombradas en los trabajos periodísticos no eran objetivos de Pegasus.
El funcionamiento de este spyware se basa en aprovechar las vulnerabilidades desconocidas en los sistemas operativos de los teléfonos inteligentes para acceder y controlar la información en el dispositivo, como la memoria del smartphone, las aplicaciones de chats u otros servicios de mensajería, además de tener la capacidad de activar la cámara y el micrófono de manera remota.
NSO Group ha reiterado que el uso de su software se basa en combatir el terrorismo y el crimen para 60 clientes repartidos en un total de 40 países, los cuales son agencias de inteligencia, policía o militares. Asimismo, reveló que ésta no es la primera vez en que bloquean el uso de su software, pues con anterioridad ya lo habían hecho en cinco naciones, entre las que destacan Arabia Saudita, los Emiratos Árabes y algunas agencias públicas en México.''',
  [O("NSO Group")],
  [],
  [])

D("330-elnacional-chalecos-guardian-spike-buche-tecnos.txt",
  "https://elnacional.cat/es/politica/gobierno-salva-compra-chalecos-antibalas-controvertido-contrato-israeli_1405282_102.html",
  "El Gobierno salva la compra de chalecos antibalas del controvertido contrato israelí",
  r'''La decisión del Gobierno de rescindir unilateralmente el contrato de compra de balas en Israel no implica la ruptura de las relaciones comerciales con el país hebreo. De hecho, el Ministerio del Interior mantiene vigente un contrato para el suministro de chalecos antibalas para la Guardia Civil con la misma empresa de origen israelí que ha generado desacuerdo en la Moncloa. Según han confirmado fuentes de la cartera ministerial a la agencia EFE, este contrato, valorado en 319.000 euros y publicado en el Boletín Oficial del Estado (BOE), no se considera incluido en el compromiso gubernamental de no suscribir nuevos contratos de compraventa de armas con empresas israelíes, ya que, en este caso, el material adquirido es de protección y no de ofensivo.

Las mismas fuentes han detallado que en la licitación para la compra de estos chalecos antibalas participaron cuatro empresas. No obstante, tres de ellas fueron declaradas "no aptas" por la Mesa de Contratación, ya que sus productos no cumplían los requisitos técnicos establecidos en el pliego de condiciones. Finalmente, la adjudicación recayó en la empresa Guardian Homeland Security, filial en el estado español de la israelí IMI Systems.

El Ministerio de Defensa también mantiene varios vínculos con tecnología israelí, a pesar de haber afirmado a EFE que no adquiere ni armamento ni munición procedentes directamente de Israel. En este sentido, el Consejo de Ministros aprobó el pasado 3 de octubre de 2023 la compra de 168 sistemas de misiles SPIKE LR2 destinados tanto al Ejército de Tierra como la Infantería de Marina. Este contrato, valorado en aproximadamente 285 millones de euros, será desarrollado por la compañía española Buche-Tecnos, el proveedor tecnológico del cual, según Defensa, es la empresa israelí Rafael, y que "no es sustituible".

Por otra parte, también continúa activo el programa de desarrollo del lanzacohetes de largo alcance SILAM. Este proyecto está liderado por las emp''',
  [O("Government of Spain", "Gobierno", "Moncloa"), O(MOI, "Ministerio del Interior"), O("Guardia Civil"),
   O("EFE"), O(GUARDIAN, "Guardian Homeland Security"), O("IMI Systems"),
   O(MOD, "Ministerio de Defensa", "Defensa"), O("Council of Ministers of Spain", "Consejo de Ministros"),
   O("Spanish Army", "Ejército de Tierra"), O("Spanish Marine Infantry", "Infantería de Marina"),
   O("Buche-Tecnos"), O("Rafael Advanced Defense Systems", "Rafael")],
  [M("319.000 euros", 319000, "EUR"), M("285 millones de euros", 285000000, "EUR")],
  [C(GUARDIAN, "contract", MOI, "policing", None,
     "Finalmente, la adjudicación recayó en la empresa Guardian Homeland Security, filial en el estado español de la israelí IMI Systems.",
     319000, "EUR"),
   C("IMI Systems", "owns", GUARDIAN, "policing", None,
     "Guardian Homeland Security, filial en el estado español de la israelí IMI Systems"),
   C("Buche-Tecnos", "contract", MOD, "military", 2023,
     "Este contrato, valorado en aproximadamente 285 millones de euros, será desarrollado por la compañía española Buche-Tecnos, el proveedor tecnológico del cual, según Defensa, es la empresa israelí Rafael, y que \"no es sustituible\".",
     285000000, "EUR"),
   C("Rafael Advanced Defense Systems", "supplies", "Buche-Tecnos", "military", None,
     "será desarrollado por la compañía española Buche-Tecnos, el proveedor tecnológico del cual, según Defensa, es la empresa israelí Rafael")])

D("331-theobjective-contratos-empresas-israelies-silam.txt",
  "https://theobjective.com/economia/2025-10-08/gobierno-millones-contratos-israel-gaza",
  "El Gobierno otorgó 1.000 millones de euros en 47 contratos a empresas israelíes desde el 7-O",
  r'''El Gobierno otorgó 1.000 millones de euros en 47 contratos a empresas israelíes desde el 7-O
Gran parte de estos pliegos ya habían sido formalizados y ahora están anulados en proceso

El presidente del Gobierno, Pedro Sánchez, y la vicepresidenta Yolanda Díaz. | EP
El Gobierno de Pedro Sánchez ha adjudicado desde el 7 de octubre de 2023 casi medio centenar de contratos relacionados con la defensa y la seguridad a empresas israelíes. En ese día, Hamás lanzó un ataque premeditado y devastador contra bases militares y asentamientos de Israel que acabaron con la muerte de 1.200 personas y el secuestro de otras 250. Tras esa fecha, los ataques del Ejército israelí no han parado, causando una masacre en Gaza.
Pese a que durante estos dos últimos años el enfrentamiento no ha frenado, salvo pequeñas treguas, fue a finales del pasado septiembre cuando el Ejecutivo decidió autorizar la anulación de los contratos con empresas israelíes. Sin embargo, antes había apostado de lleno por la industria militar israelí, en muchos aspectos pionera.
Los datos de la Plataforma de Contratación y los que facilita el Centre Delás -una entidad radicada en Barcelona que hace estudios sobre conflictos armados- analizados por THE OBJECTIVE, muestran el Ministerio de Defensa y el de Interior confiaron en empresas israelíes en medio centenar de ocasiones.
Tecnología israelí
Buena parte de estos pliegos ya habían sido formalizados y ahora están anulados en proceso. Sin embargo, concretamente los que tienen que ver con suministros ya se han ejecutado y no es posible revertirlos. Los contratos están valorados en 1.044.000 millones. El más importante es el vinculado al suministro del sistema lanzacohetes Silam. Está valorado en 576.449 millones y fue adjudicado a la UTE Escribano-Expal.
Como sucede en otros pliegos, los adjudicadores destacan que las empresas elegidas son las únicas técnicamente capacitadas para el desarrollo del proyecto. La misma relevancia se dio a''',
  [O("Government of Spain", "Gobierno", "Ejecutivo"), O("Europa Press", "EP"), O("Hamas", "Hamás"),
   O("Israel Defense Forces", "Ejército israelí"),
   O("Centre Delàs d'Estudis per la Pau", "Centre Delás"), O("The Objective", "THE OBJECTIVE"),
   O(MOD, "Ministerio de Defensa"), O("UTE Escribano-Expal")],
  [M("1.000 millones de euros", 1000000000, "EUR")],
  [C("UTE Escribano-Expal", "contract", "Government of Spain", "military", None,
     "Está valorado en 576.449 millones y fue adjudicado a la UTE Escribano-Expal.")])

# Batch 3: other outlets and bodies (Policía Nacional suppliers, Urovesa for Defensa,
# the Ceuta and Melilla border fences, a Policía Nacional tender), annotated from the
# text alone before the extractor was run on them.
BATCH = 3
DET = "División Económica y Técnica del Cuerpo Nacional de Policía"

D("332-merca2-interior-bridgestone-neumaticos.txt",
  "https://merca2.es/2021/05/11/interior-bridgestone-neumaticos-642689",
  "interior bridgestone neumaticos",
  r'''El Ministerio del Interior ha adjudicado a la compañía Bridgestone el suministro de neumáticos, así como las condiciones de suministro de los mismos, que son necesarios para los turismos, furgonetas y camiones pertenecientes al parque automovilístico de la Policía Nacional.
Tal como ha anunciado la División Económica y Técnica del Cuerpo Nacional de Policía y recoge el Boletín Oficial del Estado (BOE), la cuantía del contrato asciende a casi 767.000 euros y tendrá una duración de dos años (2021 y 2022).
Pese a haber recibido hasta seis ofertas diferentes, el Gobierno ha decidido que sea Bridgestone quien suministre las cubiertas de los coches de la Policía durante los próximos dos ejercicios.
A pesar de que el Ejecutivo pretendía también buscar un proveedor de neumáticos para motocicletas y baterías para los vehículos policiales, estos dos lotes no recibieron ninguna oferta.''',
  [O(MOI, "Ministerio del Interior"), O("Bridgestone"),
   O("Policía Nacional", "Policía Nacional", "Policía"), O(DET),
   O("Government of Spain", "Gobierno", "Ejecutivo")],
  [M("767.000 euros", 767000, "EUR")],
  [C("Bridgestone", "contract", MOI, "policing", None,
     "El Ministerio del Interior ha adjudicado a la compañía Bridgestone el suministro de neumáticos, así como las condiciones de suministro de los mismos, que son necesarios para los turismos, furgonetas y camiones pertenecientes al parque automovilístico de la Policía Nacional.",
     767000, "EUR")])

D("333-espanatimes-telefonica-trc-capgemini-policia.txt",
  "https://espanatimes.com/2024/08/13/interior-adjudica-en-un-procedimiento-restringido-los-servicios-de-telecomunicaciones-de-la-policia-a-telefonica-trc-y-capgemini",
  "interior adjudica en un procedimiento restringido los servicios de telecomunicaciones de la policia a telefonica trc y capgemini",
  r'''El Gobierno apuesta por el refuerzo de las infraestructuras de seguridad del país. En una significativa operación para la modernización de estas, el Ministerio del Interior ha adjudicado un contrato de 173 millones de euros a las empresas Telefónica, TRC y Capgemini para la prestación de servicios de telecomunicaciones para la Policía Nacional. Este contrato, que estará vigente por un periodo de 48 meses a partir de diciembre de 2024, se ha dividido en tres lotes que abarcan diferentes aspectos críticos de la comunicación y seguridad de la institución policial.
El pasado 30 de abril, el Consejo de Ministros autorizó esta partida presupuestaria para que el organismo dirigido por Fernando Grande-Marlaska contratara a las empresas que finalmente han resultado adjudicatarias a través de la Subdirección General de Planificación y Gestión de Infraestructuras y Medios para la Seguridad. La trascendencia de este contrato se puede comprobar siguiendo el proceso de adjudicación de los contratos, que se ha llevado a cabo mediante un procedimiento negociado sin publicidad. La Ley de Contratos del Sector Público permite este procedimiento en el que, por una serie de condiciones especiales, se permite omitir el periodo de publicidad e invitar directamente a operadores económicos para establecer las condiciones de contratación a realizar. En este caso concreto, el pliego lo justifica al tratarse de una mayor especialización técnica y confidencialidad.
Compañías punteras en tecnología
Telefónica, compañía participada en un 10% de su capital por la Sociedad Estatal de Participaciones Industriales (SEPI), se ha adjudicado el primer lote, de Comunicaciones Unificadas de Policía Nacional, valorado en 112,5 millones de euros. La empresa dirigida por José María Álvarez-Pallete formó una Unión Temporal de Empresas (UTE) entre dos de sus divisiones, la matriz, Telefónica España, junto a Telefónica Móviles España para hacerse con un lote que se centra e''',
  [O("Government of Spain", "Gobierno"), O(MOI, "Ministerio del Interior"),
   O("Telefónica"), O("TRC"), O("Capgemini"), O("Policía Nacional"),
   O("Council of Ministers of Spain", "Consejo de Ministros"),
   O("Subdirección General de Planificación y Gestión de Infraestructuras y Medios para la Seguridad"),
   O("Sociedad Estatal de Participaciones Industriales", "Sociedad Estatal de Participaciones Industriales", "SEPI"),
   O("Telefónica España"), O("Telefónica Móviles España")],
  [M("173 millones de euros", 173000000, "EUR"), M("112,5 millones de euros", 112500000, "EUR")],
  [C(co, "contract", MOI, "policing", None,
     "el Ministerio del Interior ha adjudicado un contrato de 173 millones de euros a las empresas Telefónica, TRC y Capgemini para la prestación de servicios de telecomunicaciones para la Policía Nacional.")
   for co in ("Telefónica", "TRC", "Capgemini")] +
  [C("Sociedad Estatal de Participaciones Industriales", "invested", "Telefónica", "policing", None,
     "Telefónica, compañía participada en un 10% de su capital por la Sociedad Estatal de Participaciones Industriales (SEPI)"),
   C("Telefónica España", "partnered", "Telefónica Móviles España", "policing", None,
     "formó una Unión Temporal de Empresas (UTE) entre dos de sus divisiones, la matriz, Telefónica España, junto a Telefónica Móviles España")] +
  [C("Telefónica", "owns", sub, "policing", None,
     "La empresa dirigida por José María Álvarez-Pallete formó una Unión Temporal de Empresas (UTE) entre dos de sus divisiones, la matriz, Telefónica España, junto a Telefónica Móviles España")
   for sub in ("Telefónica España", "Telefónica Móviles España")])

D("334-elcorreogallego-defensa-urovesa-nasams.txt",
  "https://www.elcorreogallego.es/economia/2025/11/24/defensa-compra-compostelana-urovesa-vehiculos-124076182.html",
  "defensa compra compostelana urovesa vehiculos",
  r'''El Ministerio de Defensa ha encargado a la compañía compostelana Urovesa , presidida por Justo Sierra, el suministro de vehículos pesados todoterreno por un importe de 11,27 millones de euros. La operación forma parte del programa de modernización del sistema de misiles antiaéreos NASAMS, según se detalla en la Plataforma de Contratación del Estado.

El NASAMS, en servicio en el Ejército español desde 2003, es un sistema de defensa aérea de altas prestaciones y diseñado para operar en cotas media-baja. Su capacidad de despliegue rápido y su función dentro del entramado defensivo lo convierten, según el Ejecutivo, en un elemento esencial para reforzar la protección antiaérea y complementar otros sistemas de interceptación de mayor alcance.

Hace dos años, en septiembre, el Gobierno aprobó un presupuesto de 673,4 millones de euros para financiar la actualización de este sistema entre 2023 y 2027. Esta decisión se adoptó tras detectar en 2013 diversos problemas en algunos de sus componentes, así como dificultades crecientes para adquirir recambios, lo que obligaba a una intervención más profunda para asegurar su operatividad plena a largo plazo.

Procedimiento negociado y proveedor único

En este contexto, la compra de los vehículos pesados todoterreno supone un paso más dentro del plan aprobado en 2023. La licitación se tramitó mediante un procedimiento negociado sin publicidad, al considerar el Ministerio de Defensa que Urovesa era la única empresa capaz de asumir el desarrollo del proyecto con las garantías técnicas necesarias. Finalmente, la firma fue la única en presentar oferta para el contrato.

Con esta adjudicación, Defensa continúa avanzando en la renovación integral del sistema NASAMS, una de las capacidades clave del Ejército para la defensa aérea del territorio.''',
  [O(MOD, "Ministerio de Defensa", "Defensa"), O("Urovesa"),
   O("Spanish Army", "Ejército español", "Ejército"),
   O("Government of Spain", "Ejecutivo", "Gobierno")],
  [M("11,27 millones de euros", 11270000, "EUR"), M("673,4 millones de euros", 673400000, "EUR")],
  [C("Urovesa", "contract", MOD, "military", None,
     "El Ministerio de Defensa ha encargado a la compañía compostelana Urovesa , presidida por Justo Sierra, el suministro de vehículos pesados todoterreno por un importe de 11,27 millones de euros.",
     11270000, "EUR")])

D("335-extraconfidencial-tradesegur-galerias-tiro.txt",
  "http://extraconfidencial.com/noticias/el-ministro-del-interior-jorge-fernandez-diaz-destina-medio-millon-de-euros-para-galerias-de-tiro-de-la-policia-nacional/",
  "El ministro del Interior, Jorge Fernández Díaz, destina medio millón de euros para galerías de tiro de la Policía Nacional",
  r'''Cuatro meses después de gastarse 5,5 millones en balas

El ministro del Interior, Jorge Fernández Díaz, destina medio millón de euros para galerías de tiro de la Policía Nacional

Octubre 1, 2014

El contrato para el mantenimiento de 111 de estas instalaciones se ha adjudicado a la empresa Tradesegur, S.A.

pq_929_jorge-fernandez-diaz-copia.jpg

Los policías británicos -conocidos mundialmente como bobbys– trabajan en la mayoría de los casos desarmados. La polémica en torno a esta circunstancia es mayúscula, sobre todo cuando se suceden en el Reino Unido acontecimientos tan macabros como el asesinato en plena calle de Londres de un soldado de 25 años a manos de dos extremistas islámicos que conmovió al mundo en mayo del pasado año. Sin embargo, a pesar de tal controversia, las estadísticas de homicidios por arma blanca en Inglaterra y en otros países en los que los cuerpos de seguridad sí portan armas -por ejemplo España- presentan números similares según el Estudio Mundial sobre el Homicidio realizado por la Oficina de las Naciones Unidas contra la droga y el delito. Lo que si diverge de unas naciones a otras es el ahorro que emerge de sus decisiones de adquirir armas de fuego para sus agentes del orden, o no. 

En España, la Dirección General de Policía –a través de la División Económica y Técnica del Cuerpo Nacional de Policía que dirige Ignacio Cosidó-, suele ser el departamento que más gasto representa en este epígrafe. Un dispendio permitido desde el Ministerio del Interior y ejecutado por su cabeza de filas, el ministro Jorge Fernández Díaz. Si bien el pasado mes de abril, el Instituto Armado lanzaba un acuerdo para adquirir la friolera de más de cinco millones y medio de balas (5.511.000 proyectiles) entre las que formaba la –“adquisición de cartuchos del calibre 9 mm parabellum blindados (3.761.000 cantidad mínima), y cartuchos del calibre 9 mm parabellum semiblindados (1.750.000 cantidad mínima), ''',
  [O("Policía Nacional"), O("Tradesegur", "Tradesegur, S.A."),
   O("United Nations Office on Drugs and Crime", "Oficina de las Naciones Unidas contra la droga y el delito"),
   O("Dirección General de la Policía", "Dirección General de Policía"), O(DET),
   O(MOI, "Ministerio del Interior"), O("Guardia Civil", "Instituto Armado")],
  [M("medio millón de euros", 500000, "EUR")],
  [C("Tradesegur", "contract", "Policía Nacional", "policing", 2014,
     "destina medio millón de euros para galerías de tiro de la Policía Nacional\n\nOctubre 1, 2014\n\nEl contrato para el mantenimiento de 111 de estas instalaciones se ha adjudicado a la empresa Tradesegur, S.A.",
     500000, "EUR")])

D("336-elpueblodeceuta-eulen-mantenimiento-fronteras.txt",
  "https://elpueblodeceuta.es/art/69797/el-mantenimiento-de-las-fronteras-de-ceuta-costara-casi-18-millones-de-euros",
  "El mantenimiento de las fronteras de Ceuta costará casi 1,8 millones de euros",
  r'''El mantenimiento de las fronteras de Ceuta costará casi 1,8 millones de euros

FRONTERA

El Ministerio de Interior encarga a la empresa Eulen esta actuación para los 8,7 kilómetros de perímetro de nuestra ciudad y para los 10 kilómetros de Melilla

El mantenimiento de las vallas y las instalaciones fronterizas de las ciudades autónomas de Ceuta y Melilla estará a cargo de la empresa Eulen. Ambos perímetros fronterizos, que separan Ceuta y Melilla de Marruecos, contarán con la actuación de esta compañía, quien revisará y renovará todo aquello que esté dañado o en mal estado durante los próximos dos años.

Esta empresa ha cerrado recientemente un contrato con el Ministerio del Interior valorado en 4,1 millones de euros para, precisamente, la revisión y reparación, en el caso de que sea necesario, de todas las infraestructuras que componen ambos perímetros: red de alumbrado, centros de mando y control, pasos fronterizos, puestos de patrulla, cerramientos y vallados, y los equipos de campo informatizados.

Eulen tendrán que encargarse del mantenimiento integral de los aproximadamente 8,7 kilómetros que mide el perímetro fronterizo en Ceuta entre las puntas de Benzú y el Tarajal. Por otro lado, también se encargará del mantenimiento integral de los 10 kilómetros del perímetro fronterizo de la ciudad hermana de Melilla entre los cortados de Aguadú y el Dique Sur. El contrato consta de dos lotes: uno para Ceuta, de 1.793.902 euros, y otro para Melilla de 2.351.440 euros. En total, 4,1 millones de euros para el mantenimiento preventivo y correctivo de las vallas que separa a las ciudades autónomas del reino alauita.''',
  [O(MOI, "Ministerio de Interior", "Ministerio del Interior"), O("Eulen")],
  [M("1,8 millones de euros", 1800000, "EUR"), M("4,1 millones de euros", 4100000, "EUR"),
   M("1.793.902 euros", 1793902, "EUR"), M("2.351.440 euros", 2351440, "EUR")],
  [C("Eulen", "contract", MOI, "borders", None,
     "El Ministerio de Interior encarga a la empresa Eulen esta actuación para los 8,7 kilómetros de perímetro de nuestra ciudad y para los 10 kilómetros de Melilla",
     4100000, "EUR")])

D("337-copemelilla-tragsa-vallas-ceuta-melilla.txt",
  "http://copemelilla.com/actualidad/las-obras-de-modernizacion-y-refuerzo-de-la-seguridad-en-las-vallas-de-ceuta-y-melilla-comenzaran-antes-de-que-acabe-el-mes-de-noviembre/67168",
  "las obras de modernizacion y refuerzo de la seguridad en las vallas de ceuta y melilla comenzaran antes de que acabe el mes de noviembre",
  r'''Las obras de modernización y refuerzo de la seguridad en la valla fronteriza de Ceuta y Melilla comenzarán antes de que acabe el mes de noviembre, una vez concluidos los preceptivos trámites administrativos. Los trabajos, que tendrán una duración de diez meses y cuentan con un presupuesto de 17,8 millones, 8,3 para Ceuta y 9,5 para Melilla, supondrán un refuerzo de la seguridad en toda la valla y permitirán la sustitución de las concertinas y las sirgas tridimensionales en todo el perímetro por otros elementos más seguros y menos lesivos.
Esta obra es una de las medidas del Plan de Refuerzo y Modernización del Sistema de Protección Fronteriza Terrestre en Ceuta y Melilla aprobado en Consejo de Ministros en enero de este año con una inversión total de 32 millones de euros.
El Ministerio del Interior ha encargado la ejecución de las obras a Tragsa, que llevará a cabo a partir de noviembre la recimentación del vallado y la sustitución de las concertinas así como la construcción de nuevos tramos en las zonas de mayor vulnerabilidad, con un incremento de altura de hasta diez metros.
Además de este refuerzo de la valla, ya que se han instalado sistemas de reconocimiento facial en los puestos fronterizos de Beni Enzar, Barrio Chino, Mariguari y Farhana en Melilla y se están llevando a cabo la instalación de una nueva red de fibra óptica y ampliación del sistema de circuito cerrado de televisión en el perímetro fronterizo de la ciudad.''',
  [O("Council of Ministers of Spain", "Consejo de Ministros"), O(MOI, "Ministerio del Interior"), O("Tragsa")],
  [M("32 millones de euros", 32000000, "EUR")],
  [C("Tragsa", "contract", MOI, "borders", None,
     "El Ministerio del Interior ha encargado la ejecución de las obras a Tragsa, que llevará a cabo a partir de noviembre la recimentación del vallado y la sustitución de las concertinas así como la construcción de nuevos tramos en las zonas de mayor vulnerabilidad, con un incremento de altura de hasta diez metros.")])

D("338-eldia-policia-coches-segunda-mano.txt",
  "https://eldia.es/nacional/2018-11-08/13-Policia-comprara-coches-segunda-mano-comisarias.htm",
  "Policia comprara coches segunda mano comisarias",
  r'''El Ministerio del Interior ha licitado la adquisición por valor de casi 250.000 euros de 100 vehículos de segunda mano equipados como coches patrullas de la Policía Nacional ante el "grave problema de operatividad en comisarías".

El contrato de adquisición lo firma el jefe de la División Económica y Técnica de la Policía Nacional y se ha publicado este jueves, 8 de noviembre, en el Boletín Oficial del Estado (BOE). Fuentes de la Dirección de la Policía han informado a Europa Press de que lo que se busca es adquirir a bajo coste vehículos ya equipados que en los últimos cuatro años han sido usados bajo un contrato de renting.

En la descripción del contrato se menciona la adquisición de "un mínimo de cien vehículos (55 monovolúmenes y 45 todocamino) de segunda mano, transformados y equipados como vehículos tipo Z, con destino al Cuerpo Nacional de Policía". El valor estimado del contrato es 247.934 euros.

Se informa asimismo de que el tipo de procedimiento es "abierto acelerado por pérdida de 224 vehículos de un contrato no prorrogado, que afecta gravemente a la operatividad de las comisarías y hace imprescindible la tramitación inmediata de un nuevo expediente".

El concurso se ha dividido en dos lotes, uno primero con "un mínimo de 55 monovolúmenes tipo Z" y un segundo con "un mínimo de 45 todocamino tipo Z", según consta en el contrato publicado en el BOE. El plazo para la recepción de ofertas expira a las 12.00 horas del 5 de diciembre de 2018.''',
  [O(MOI, "Ministerio del Interior"), O("Policía Nacional", "Policía Nacional", "Cuerpo Nacional de Policía"),
   O(DET, "División Económica y Técnica de la Policía Nacional"),
   O("Dirección General de la Policía", "Dirección de la Policía"), O("Europa Press")],
  [M("250.000 euros", 250000, "EUR"), M("247.934 euros", 247934, "EUR")],
  [])

# Batch 4: Latin American police and army purchases (Bersa for Argentina's Ministry of
# Security, Comasa and Pirecsa for Carabineros, Vertol for Colombia's Defence Ministry),
# Sedena's Pegasus reseller, Chile's prison concessions (Besalco-Astaldi-Sodexho; San
# José at Talca with no named buyer), an Interior tender at Melilla's fence.
BATCH = 4

D("339-tiemposur-bullrich-bersa-armas.txt",
  "https://tiemposur.com.ar/el-país/amp/bullrich-compro-mas-de-us-6-millones-en-armas-para-las-fuerzas-de-seguridad",
  "Bullrich compró más de US$ 6 millones en armas para las Fuerzas de Seguridad",
  r'''¿No hay plata?

Bullrich compró más de US$ 6 millones en armas para las Fuerzas de Seguridad

La compra incluye pistolas semiautomáticas doble acción calibre 9x19 mm y escopetas calibre 12 gauge destinadas a las Fuerzas Policiales y de Seguridad Federales y el negocio se llevó adelante a través de la contratación bajo el expediente 32796967.

11/07/2024 • 19:00

El Ministerio de Seguridad, encabezado por Patricia Bullrich, adjudicó una compra directa de pistolas semiautomáticas a la empresa Bersa S.A. por un total de 6.144.800 dólares.

La compra incluye pistolas semiautomáticas doble acción calibre 9x19 mm y escopetas calibre 12 gauge destinadas a las Fuerzas Policiales y de Seguridad Federales y el negocio se llevó adelante a través de la contratación bajo el expediente 32796967.

 

Argumentando la emergencia, el ministerio de Patricia Bullrich logra evitar que la mencionada compra sea "excluida del Control de Precios Testigo conforme lo establecido de la Sindicatura General de la Nación".

Las firmas que fueron desafectadas de la contratación gubernamental son Trompia y Buccello.

La medida se enmarca en la Resolución N° 107 del 8 de marzo de 2024, que convocó al Comité de Crisis para restablecer la seguridad en Rosario, y en la Resolución N° 409 del 21 de mayo de 2024 que autorizó la convocatoria de la contratación directa.

El financiamiento de la compra se imputará a la partida presupuestaria del Ministerio de Seguridad para el ejercicio 2024.''',
  [O("Argentine Ministry of Security", "Ministerio de Seguridad"),
   O("Fuerzas Policiales y de Seguridad Federales", "Fuerzas de Seguridad", "Fuerzas Policiales y de Seguridad Federales"),
   O("Bersa", "Bersa S.A."), O("Sindicatura General de la Nación"),
   O("Trompia"), O("Buccello"), O("Comité de Crisis")],
  [M("US$ 6 millones", 6000000, "USD"), M("6.144.800 dólares", 6144800, "USD")],
  [C("Bersa", "contract", "Argentine Ministry of Security", "policing", 2024,
     "El Ministerio de Seguridad, encabezado por Patricia Bullrich, adjudicó una compra directa de pistolas semiautomáticas a la empresa Bersa S.A. por un total de 6.144.800 dólares.",
     6144800, "USD")])

D("340-latercera-comasa-551-vehiculos-carabineros.txt",
  "https://www.latercera.com/mtonline/noticia/carabineros-551-vehiculos/350793-2/",
  "carabineros 551 vehiculos",
  r'''Tras una licitación de publicada en el portal Mercado Público el 4 de septiembre del año pasado por la dirección de Logística, la empresa Comercial Automotriz S.A. (Comasa) se adjudicó el concurso público por un monto de 30 millones de dólares y será la encargada de suministrar 551 vehículos nuevos a Carabineros de Chile.

La renovación de la flota de vehículos policiales, según informó el sitio infodefensa.com, se desglosa en 288 Dodge Charger (US$ 15,2 millones), 131 Dodge Durango 4×2 (US$ 7,2 millones) y 132 Dodge Durango 4×4 (US$ 5,9 millones).

Con esta gama de modelos, la institución avanza en su plan de modernización, la cual contempla "reemplazar de manera progresiva a vehículos comerciales adaptados como radiopatrullas y furgones policiales", se precisó en el medio online.

Entre los detalles de los vehículos adquiridos, se puede mencionar que cuentas con chasis reforzado para trabajo pesado, diversos asistentes de conducción como frenos ABS, control de estabilidad, de tracción y frenado de emergencia, por nombrar algunos.

Otro detalle importante en los vehículos de Carabineros es que disponen de blindaje kevlar nivel III-A en las puertas delantes, láminas de seguridad antibalas en las superficies acristaladas, luces led para patrullaje nocturno y barras de acero antifugas en la segunda fila de asientos, la que además está acondicionada como calabozo para el traslado de personas detenidas.

El modelo más deportivo, el Charger, además agrega cámaras que graban los operativos policiales, radar de velocidad Raptor que detecta la velocidad de otros autos, lector de placas patentes y GPS.

Cabe recordar, como se indica en infodefensa.com, que en 2014 había comenzado el proceso de renovación de su flota de vehículos, con la adquisición de 30 Charger. Al año siguiente sumó 484 vehículos por un total de US$ 25,1 millones y en 201''',
  [O("Dirección de Logística de Carabineros", "dirección de Logística"),
   O("Comasa", "Comercial Automotriz S.A.", "Comasa"),
   O("Carabineros de Chile", "Carabineros de Chile", "Carabineros"), O("Infodefensa", "infodefensa.com")],
  [M("30 millones de dólares", 30000000, "USD"), M("US$ 15,2 millones", 15200000, "USD"),
   M("US$ 7,2 millones", 7200000, "USD"), M("US$ 5,9 millones", 5900000, "USD"),
   M("US$ 25,1 millones", 25100000, "USD")],
  [C("Comasa", "contract", "Carabineros de Chile", "policing", None,
     "Tras una licitación de publicada en el portal Mercado Público el 4 de septiembre del año pasado por la dirección de Logística, la empresa Comercial Automotriz S.A. (Comasa) se adjudicó el concurso público por un monto de 30 millones de dólares y será la encargada de suministrar 551 vehículos nuevos a Carabineros de Chile.",
     30000000, "USD")])

D("341-radiouchile-carabineros-lanzagua-pirecsa.txt",
  "https://radio.uchile.cl/?p=150917",
  "radio.uchile.cl ?p=150917",
  r'''Un total de diez nuevos carros lanzagua sumará Carabineros a su indumentaria disuasiva, que estarán disponibles de manera gradual a partir de los primeros días de junio.
La compra significó que la institución desembolsara un total de 3 mil 200 millones de pesos, adquisición que, según el subdirector de Gestión y Control de Adquisiciones, Jorge Garrido, “no tiene relación con los incidentes ocurridos el año pasado”.
Sin embargo, la transacción ha generado suspicacias no sólo por el contexto en el que se da, sino porque se hizo de “trato directo” con la empresa Pirecsa. Respecto de ello, Garrido precisó que todo “se ha hecho en el marco de las normas jurídicas que regulan la materia. Aquí hubo llamados a licitación de carácter concursal que no prosperaron. Esta compra se está tratando de realizar desde 2008”.
Los nuevos vehículos cuentan con pitones de agua a los costados y en el frontis del carro para evitar que los manifestantes puedan trepar sobre ellos.''',
  [O("Carabineros de Chile", "Carabineros"), O("Pirecsa")],
  [M("3 mil 200 millones de pesos", 3200000000, "CLP")],
  [C("Pirecsa", "contract", "Carabineros de Chile", "policing", None,
     "Sin embargo, la transacción ha generado suspicacias no sólo por el contexto en el que se da, sino porque se hizo de “trato directo” con la empresa Pirecsa.",
     3200000000, "CLP")])

D("342-etcetera-sedena-antsua-pegasus.txt",
  "https://etcetera.com.mx/nacional/amlo-sedena-pago-empresa-vende-software-pegasus",
  "amlo sedena pago empresa vende software pegasus",
  r'''En 2019, durante el primer año de gobierno de Andrés Manuel López Obrador, la Secretaría de la Defensa Nacional (Sedena) efectuó dos pagos por un monto total de 60 millones 90 mil pesos a Comercializadora Antsua, S.A. de de C.V., empresa designada como representante exclusiva de la compañía israelí NSO Group, la que es propietaria del software de espionaje Pegasus, el cual, de acuerdo con recientes denuncias fue utilizado para espiar a periodistas y activistas durante el actual gobierno.
Los contratos, por “servicio de monitoreo de información remota”, se llevaron a cabo por adjudicación directa.
El pasado martes, tras la revelación de Proceso, Animal Político y Aristegui Noticias sobre el espionaje llevado a cabo bajo el gobierno de López Obrador, el presidente y la Sedena rechazaron las acusaciones, incluso la dependencia indicó en un comunicado que el software sólo se había contratado entre el 27 de junio de 2011 y el 24 de agosto de 2013, y “fue empleado única y exclusivamente para mantener la seguridad y capacidad operativa del Ejército y Fuerza Aérea Mexicanos”. Sin embargo, la información revelada este día por Proceso y Animal Político evidencia que la Sedena mintió una vez más.
En abril de 2019, la Defensa Nacional celebró el contrato DN-10 SAIT-1075/P/2019 con Comercializadora Antsua y pagó por el servicio de monitoreo de información remota que amparaba. Los pagos fueron autorizados por la Tesorería de la Federación (Tesofe), toda vez que les fueron asignados números de Cuentas Líquidas por Cobrar (CLC), término utilizado para el registro de pagos en contabilidad gubernamental.
Según escribe la reportera de Animal Político, Nayeli Roldán, la Sedena no reportó estas contrataciones en la Plataforma Nacional de Transparencia, como lo exige la ley. Asimismo, ocultó la información en respuesta a solicitudes de información ciudadana, a la propia Fiscalía General de la República (FGR) en el marco de una investigaci''',
  [O("Sedena", "Secretaría de la Defensa Nacional", "Sedena", "Defensa Nacional"),
   O("Comercializadora Antsua", "Comercializadora Antsua, S.A. de de C.V.", "Comercializadora Antsua"),
   O("NSO Group"), O("Proceso"), O("Animal Político"), O("Aristegui Noticias"),
   O("Government of Mexico", "gobierno de López Obrador"),
   O("Ejército y Fuerza Aérea Mexicanos"),
   O("Tesorería de la Federación", "Tesorería de la Federación", "Tesofe"),
   O("Fiscalía General de la República", "Fiscalía General de la República", "FGR")],
  [M("60 millones 90 mil pesos", 60090000, "MXN")],
  [C("Comercializadora Antsua", "contract", "Sedena", "surveillance", 2019,
     "En abril de 2019, la Defensa Nacional celebró el contrato DN-10 SAIT-1075/P/2019 con Comercializadora Antsua y pagó por el servicio de monitoreo de información remota que amparaba.",
     60090000, "MXN"),
   C("Comercializadora Antsua", "partnered", "NSO Group", "surveillance", None,
     "Comercializadora Antsua, S.A. de de C.V., empresa designada como representante exclusiva de la compañía israelí NSO Group")])

D("343-elfarodemelilla-interior-centro-mando-concurso.txt",
  "https://pruebas.elfarodemelilla.es/?p=75087",
  "pruebas.elfarodemelilla.es ?p=75087",
  r'''Interior ha sacado a concurso por medio millón de euros un nuevo centro de control con videograbadores más modernos. Las plicas se abrirán el próximo 27. Representantes de hasta once empresas han venido a Melilla, han visitado la valla y se han interesado por el proyecto que sacó a concurso el Ministerio del Interior el pasado 21 de agosto para suministrar e instalar los elementos necesarios para un nuevo Centro de Mando y Control en el perímetro fronterizo de Melilla con Marruecos. Así lo confirmaron ayer a este periódico fuentes de la Delegación del Gobierno en la ciudad.
La empresa que consiga el contrato de más de medio millón de euros (551.880 euros) deberá ocuparse de la actualización de los sistemas de cámaras y videograbadores CCVV en la frontera de Melilla con Marruecos. Los videograbadores CCVV son los que almacenan toda la información recogida durante la vigilancia.
Ahora hay 106 cámaras
Actualmente en la valla fronteriza de Melilla con Marruecos hay 106 cámaras de vigilancia instaladas de forma fija y con el nuevo contrato del Ministerio del Interior se quieren poner cámaras térmicas y Domo (con giro de 360 grados y una visión total), que tienen una mejor resolución y graban imágenes en color.
“Ahora mismo el sistema es completo, pero todo es mejorable”, explicaron desde la Delegación del Gobierno en Melilla.
Las ofertas para hacerse con el contrato de medio millón de euros, que Interior tramitó por la vía de urgencia debido a la presión migratoria que vivió la ciudad en agosto, cerró ayer, pero las plicas con las ofertas no se abrirán hasta el próximo día 27.
Una vez abiertas las plicas que se presenten en la Subdirección General de Gestión Económica y Patrimonial del Ministerio del Interior, el proyecto de modernización de las cámaras de vigilancia de la frontera melillense se adjudicará por la vía de diálogo competitivo, un sistema que se utilizó ya en la ciudad cuando se adjudicó el tendido de fibra ópti''',
  [O("Spanish Ministry of the Interior", "Interior", "Ministerio del Interior"),
   O("Delegación del Gobierno en Melilla", "Delegación del Gobierno en la ciudad", "Delegación del Gobierno en Melilla"),
   O("Subdirección General de Gestión Económica y Patrimonial")],
  [M("medio millón de euros", 500000, "EUR"), M("551.880 euros", 551880, "EUR")],
  [])

D("344-emol-besalco-astaldi-sodexho-carceles.txt",
  "http://emol.com/noticias/economia/2001/12/04/72974/besalco-astaldi-sodexho-gano-licitacion-de-primeras-carceles-concesionadas.html",
  "besalco astaldi sodexho gano licitacion de primeras carceles concesionadas",
  r'''SANTIAGO.- El consorcio Besalco-Astaldi-Sodexho se convirtió hoy en el primer ente privado en obtener la concesión para construir y semioperar un grupo carcelario en la historia de nuestro país, luego de presentar la mejor oferta económica por los nuevos penales de Alto Hospicio (I Región), La Serena (VI Región) y Rancagua (VI Región).
El grupo aventajó en la fase final del proceso a Torno-Mendes Junior y OHL, consorcios que fueron los dos únicos que además del vencedor presentaron ofertas por el proyecto a fines de octubre pasado, pero que no cumplieron los mínimos técnicos requeridos.
Según el programa diseñado por el Ministerio de Obras Públicas (MOP) y de Justicia, el grupo ganador deberá construir recintos presidarios para albergar a unos 1.600 reos cada uno, por un valor total de US$ 75 millones.
Las obras suponen mejoras sustanciales en la alimentación, la lavandería, la sanitización y el control de plagas, la salud, la reinserción social y la atención en el área social de los reclusos, entre otras. Sin embargo, asignan la vigilancia y el cumplimiento de las penas a Gendarmería.
El plazo proyectado de concesión es de 10 años para los servicios prestados a los presos y al personal, y de 20 años para reembolsar la edificación.
Se espera que el próximo 18 de diciembre el MOP reciba las ofertas técnico-económicas por el grupo número dos de cárceles. Este contempla la construcción de penales en Valdivia y Concepción, con una inversión cercana a los US$ 45 millones.
La adjudicación a privados de estas primeras tres cárceles constituyen el cuarto proyecto de concesión de la agenda 2001. Ya fueron licitados el embalse El Bato (US$ 37 millones), la Variante Melipilla ($ 19 millones) y el tramo sur de la avenida Américo Vespucio (US$ 280 millones).''',
  [O("Besalco"), O("Astaldi"), O("Sodexo", "Sodexho"), O("Torno-Mendes Junior"), O("OHL"),
   O("Chilean Ministry of Public Works", "Ministerio de Obras Públicas", "MOP"),
   O("Gendarmería de Chile", "Gendarmería")],
  [M("US$ 75 millones", 75000000, "USD"), M("US$ 45 millones", 45000000, "USD"),
   M("US$ 37 millones", 37000000, "USD"), M("$ 19 millones", 19000000, "CLP"),
   M("US$ 280 millones", 280000000, "USD")],
  [C(co, "contract", "Chilean Ministry of Public Works", "prisons", 2001,
     "El consorcio Besalco-Astaldi-Sodexho se convirtió hoy en el primer ente privado en obtener la concesión para construir y semioperar un grupo carcelario en la historia de nuestro país")
   for co in ("Besalco", "Astaldi", "Sodexo")]
  + [C(a, "partnered", b, "prisons", None, "El consorcio Besalco-Astaldi-Sodexho")
     for a, b in (("Besalco", "Astaldi"), ("Besalco", "Sodexo"), ("Astaldi", "Sodexo"))])

D("345-economiadigital-san-jose-carcel-talca.txt",
  "https://economiadigital.es/galicia/empresas/las-constructoras-gallegas-se-hacen-fuertes-en-las-carceles-de-lationamerica.html",
  "Las constructoras gallegas se hacen fuertes en las cárceles de Latinoamérica",
  r'''Las constructoras gallegas se hacen fuertes en las cárceles de Latinoamérica
Tras el contrato de Grupo Puentes en Ecuador, San José se adjudica la gestión de una cárcel en Chile por 60 millones de euros
Grupo San José se ha adjudicado un contrato en Chile para habilitar, operar y mantener el centro penitenciario de Talca, en la región de Maule, durante 15 años. La constructora de Jacinto Rey se hace con un contrato de 63 millones de dólares (unos 60 millones de euros) tras imponerse en la licitación a Sagsa, Conpass, Sodexo, Iafis y Newrest, que también presentaron oferta.
Es el segundo gran contrato vinculado a centros penitenciarios de una constructora gallega en lo que va de año. Antes que San José, Ecuador encargó a Grupo Puentes la construcción de la nueva prisión de Santa Elena por unos 50 millones de euros.
Un centro para más de 2.000 reclusos
La cárcel encargada a San José podría iniciar una apertura parcial este mismo año, lo que permitiría el ingreso máximo de aproximadamente 400 personas. Se estima que en 2026 el recinto esté abierto al completo con una capacidad máxima para 2.320 presos en una superficie total de cerca de 63.570 metros cuadrados y 14 módulos de reclusión de tres pisos.
El contrato de concesión considera la habilitación de todas las áreas destinadas a la prestación de los servicios, lo que incluye la provisión del equipamiento estándar y de seguridad y la ejecución de mejoras en todas las instalaciones. Asimismo, el proyecto incluye el mantenimiento y la conservación de la infraestructura y la prestación de los servicios penitenciarios, como el apoyo a la reinserción social o la atención de salud y alimentación, entre otros.
La prensa local califica esta cárcel como la más moderna de Sudamérica, al incluir sistemas de tecnovigilancia con más de 1.500 cámaras y sensores, una central de producción de alimentos, una franja de seguridad con 8 puestos de vigilancia y una unidad de salud penal.''',
  [O("Grupo Puentes"), O("Grupo San José", "Grupo San José", "San José"),
   O("Sagsa"), O("Conpass"), O("Sodexo"), O("Iafis"), O("Newrest")],
  [M("60 millones de euros", 60000000, "EUR"), M("63 millones de dólares", 63000000, "USD"),
   M("50 millones de euros", 50000000, "EUR")],
  [])

D("346-semana-vertol-helicopteros-rusos.txt",
  "https://www.semana.com/opinion/articulo/quien-esta-detras-del-fallido-contrato-de-mantenimiento-de-los-helicopteros-rusos/202539/",
  "quien esta detras del fallido contrato de mantenimiento de los helicopteros rusos",
  r'''A veces pareciera que Colombia está a merced de los criminales. Llegan noticias de atentados con drones, enfrentamientos entre grupos ilegales, ataques contra la Fuerza Pública. Y mientras los ataques crecen, la capacidad de respuesta de las Fuerzas Armadas parece reducirse. Tener solo el 40 por ciento de la flota de helicópteros Black Hawk operativa y solo 8 de las 19 aeronaves MI-17 de fabricación rusa en vuelo es realmente preocupante.

La situación de los helicópteros rusos es la más preocupante. Todo inició a finales de 2022, cuando se conoció que gran parte de la flota no estaba operando, debido a la escasez de repuestos y a la imposibilidad de firmar contratos con proveedores rusos para su mantenimiento. Tratando de encontrar una solución, en diciembre de 2024 el Ministerio de Defensa, en cabeza de Iván Velásquez, inició un proceso de contratación para el mantenimiento de estas aeronaves.

Es así como el 31 de diciembre de 2024 se decidió que la empresa estadounidense Vertol Systems Company haría el mantenimiento de 6 de las 19 aeronaves rusas, para lo cual se invertirían cerca de 32 millones de dólares (128.000 millones de pesos). Estos helicópteros ya hoy debían estar reparados, pues el próximo 15 de noviembre es el día en que termina el contrato. Pero a menos de un mes de esta fecha, el contratista solo hizo reparaciones a tres de las 8 aeronaves, ninguna de ellas de carácter estructural. Pero a pesar de haber ejecutado solo un 8 por ciento del contrato, el Ministerio de Defensa ya le desembolsó 16 millones de dólares como pago. Esta exorbitante cifra está a punto de perderse.

Todo es turbio alrededor de este contrato. El 30 de diciembre de 2024, el comité evaluador de la propuesta de Vertol Systems determinó que la compañía no cumplía con los requerimientos ni de experiencia ni financieros para hacer estos mantenimientos.''',
  [O("Fuerza Pública"), O("Colombian Armed Forces", "Fuerzas Armadas"),
   O("Colombian Ministry of National Defence", "Ministerio de Defensa"),
   O("Vertol Systems Company", "Vertol Systems Company", "Vertol Systems")],
  [M("32 millones de dólares", 32000000, "USD"), M("128.000 millones de pesos", 128000000000, "COP"),
   M("16 millones de dólares", 16000000, "USD")],
  [C("Vertol Systems Company", "contract", "Colombian Ministry of National Defence", "military", 2024,
     "Es así como el 31 de diciembre de 2024 se decidió que la empresa estadounidense Vertol Systems Company haría el mantenimiento de 6 de las 19 aeronaves rusas, para lo cual se invertirían cerca de 32 millones de dólares (128.000 millones de pesos).",
     32000000, "USD")])

# Batch 5: police buyers (Ceska Zbrojovka's Scorpions and the Nidec-Axon Taser UTE for the
# Policía Nacional, Saborit's Tasers for the Guardia Civil and three city councils,
# Vigatec's body cameras for Carabineros), Eulen at the Tarajal border post, Navantia's
# corvettes for the Saudi navy, Mexico's privately built federal prisons, and the prison
# body's payments to companies it does not name.
BATCH = 5

D("347-infodefensa-policia-scorpion-cz-taser.txt",
  "https://infodefensa.com/texto-diario/mostrar/4409879/policia-nacional-adquiere-nuevo-lote-subfusiles-scorpion-pistolas-taser",
  "La Policía Nacional adquiere un nuevo lote de subfusiles Scorpion y pistolas Taser",
  r'''La Policía Nacional gestiona la compra de nuevos subfusiles Scorpion EVO3 A1, un arma que ya están en servicio en el cuerpo, y ultima además la adquisición de un lote de al menos medio millar de pistolas inmovilizantes Taser T7, también utilizada por los agentes desde hace algún tiempo en las unidades.
Las licitaciones aparecen publicadas en la Plataforma de Contratación del Estado en fase de evaluación previa. La División Económica y Técnica, órgano responsable de compras de material en la Policía Nacional, ha recurrido al proceso negociado sin publicidad en ambos casos, por lo tanto, la información disponible es escasa. Tan solo aparece el importe.
En el caso de los subfusiles, el contrato está valorado en algo más de 850.000 euros y no se indica el número de unidades a comprar. Mientras que en las pistolas Taser el presupuesto ronda el millón de euros (955.800 euros) y se detalla que la previsión es comprar un mínimo de 500 unidades.
La Policía Nacional compró un primer lote de 460 subfusiles Scorpion más accesorios a la checa Ceska Zbrojovka (CZ) a finales de 2021 por 920.000 euros, como publicó Infodefensa.com. Si tenemos en cuenta el importe y el número de subfusiles de esta adjudicación, el nuevo pedido podría superar también las 400 unidades. Los subfusiles fueron entregados al personal policial de distintas unidades especializadas como las Unidades de Intervención Policial (UIP), Unidades de Prevención y Reacción (UPR), integrantes de la División de Cooperación Internacional en el desarrollo de misiones internacionales en zonas conflictivas, el Grupo Especial de Operaciones (GEO) y los Grupos de Operaciones Especiales (Goes).
Características del Scorpion EVO
El Scorpion EVO es un subfusil diseñado para unidades de intervención y de élite. El fabricante señala que sus principales ventajas son la ergonomía, alta precisión en todos los regímenes de disparo (tiro a tiro, ráfaga corta de tres disparos, y full auto) y seg''',
  [O("Policía Nacional"),
   O("División Económica y Técnica del Cuerpo Nacional de Policía", "División Económica y Técnica"),
   O("Ceska Zbrojovka", "Ceska Zbrojovka", "CZ"), O("Infodefensa", "Infodefensa.com"),
   O("Unidades de Intervención Policial", "Unidades de Intervención Policial", "UIP"),
   O("Unidades de Prevención y Reacción", "Unidades de Prevención y Reacción", "UPR"),
   O("División de Cooperación Internacional"),
   O("Grupo Especial de Operaciones", "Grupo Especial de Operaciones", "GEO"),
   O("Grupos de Operaciones Especiales", "Grupos de Operaciones Especiales", "Goes")],
  [M("850.000 euros", 850000, "EUR"), M("millón de euros", 1000000, "EUR"),
   M("955.800 euros", 955800, "EUR"), M("920.000 euros", 920000, "EUR")],
  [C("Ceska Zbrojovka", "contract", "Policía Nacional", "policing", 2021,
     "La Policía Nacional compró un primer lote de 460 subfusiles Scorpion más accesorios a la checa Ceska Zbrojovka (CZ) a finales de 2021 por 920.000 euros, como publicó Infodefensa.com.",
     920000, "EUR")])

D("348-elindependiente-policia-taser-ute-nidec-axon.txt",
  "https://www.elindependiente.com/espana/2020/12/03/pistolas-sin-municion-la-policia-nacional-compro-tan-solo-dos-cartuchos-por-taser/",
  "Pistolas sin munición: la Policía Nacional compró tan sólo dos cartuchos por Taser",
  r'''La Policía Nacional encargó tan sólo dos cartuchos por cada una de las ‘pistolas eléctricas’ que ha comprado, una dotación claramente insuficiente para el trabajo operativo y para llevar a cabo la formación teórico-práctica necesaria antes de que una parte de la plantilla empiecen a utilizar esta herramienta. De momento, aún no se ha incorporado al servicio.

La División Económica y Técnica del Cuerpo Nacional formalizó el pasado 25 de mayo el contrato por el que encargó a la UTE formada por Nidec SLU y Axon Public Safety Germany SL el suministro de 1.000 dispositivos electrónicos de control -del modelo Taser 7- por un importe de 2.099.350 euros. Según los términos del acuerdo, este año se entregarían 300 (servidas en octubre), otras 300 antes del 1 de junio de 2021 y las 400 restantes el 29 de febrero de 2022 como fecha tope.

Los pliegos que regularon el concurso establecían que el encargo incluía tan sólo dos cartuchos por pistola, una exigua proporción para cubrir las necesidades reales de cualquier Cuerpo. Ello ha motivado que, meses después, la Policía Nacional haya convocado un nuevo procedimiento para incrementar la dotación de cartuchos (de un solo uso).

La División Económica y Técnica ha publicado esta semana en la Plataforma de Contratación del Sector Público el anuncio para la contratación del "suministro de cartuchos para el dispositivo electrónico de control Taser T7" con destino al Servicio de Armamento y Equipamiento Policial. El presupuesto asciende a 82.880 euros, cantidad que se eleva hasta los 100.284,8 euros cuando se le repercute el 21 % de IVA.

Son los únicos datos que se han difundido hasta el momento sobre esta licitación, sin que haya trascendido el número de cartuchos que se podrán adquirir con dicha cuantía económica. Tomando como base los precios de venta que detalla el distribuidor Nidec en su web (70 euros el real y 84,99 euros el de simulación), la partida económica permitirá al Cuerpo''',
  [O("Policía Nacional", "Policía Nacional", "Cuerpo Nacional"),
   O("División Económica y Técnica del Cuerpo Nacional de Policía", "División Económica y Técnica"),
   O("Nidec", "Nidec SLU", "Nidec"), O("Axon Public Safety Germany", "Axon Public Safety Germany SL"),
   O("Servicio de Armamento y Equipamiento Policial")],
  [M("2.099.350 euros", 2099350, "EUR"), M("82.880 euros", 82880, "EUR"),
   M("100.284,8 euros", 100284.8, "EUR"), M("70 euros", 70, "EUR"), M("84,99 euros", 84.99, "EUR")],
  [C(co, "contract", "División Económica y Técnica del Cuerpo Nacional de Policía", "policing", None,
     "La División Económica y Técnica del Cuerpo Nacional formalizó el pasado 25 de mayo el contrato por el que encargó a la UTE formada por Nidec SLU y Axon Public Safety Germany SL el suministro de 1.000 dispositivos electrónicos de control -del modelo Taser 7- por un importe de 2.099.350 euros.",
     2099350, "EUR")
   for co in ("Nidec", "Axon Public Safety Germany")]
  + [C("Nidec", "partnered", "Axon Public Safety Germany", "policing", None,
       "La División Económica y Técnica del Cuerpo Nacional formalizó el pasado 25 de mayo el contrato por el que encargó a la UTE formada por Nidec SLU y Axon Public Safety Germany SL el suministro de 1.000 dispositivos electrónicos de control -del modelo Taser 7- por un importe de 2.099.350 euros.")])

SABORIT = ("Se trata de un pedido de 150 dispositivos que se ha adjudicado a Saborit International SL, un suministrador de material policial y militar que en lo que va de año ha recibido encargos similares de los ayuntamientos de Madrid (200 unidades), Valencia (10) y el granadino de Armilla (dos).")

D("349-guardiacivilpolicia-taser-saborit.txt",
  "http://guardiacivilpolicia.com.es/2021/11/la-guardia-civil-cierra-la-compra-de-su.html",
  "La Guardia Civil cierra la compra de su primera remesa de pistolas Taser",
  r'''El Instituto Armado adquiere 150 dispositivos de efectos eléctricos incapacitantes dotados con videocámaras tras invertir casi 455.000 euros | El proveedor tendrá que entregar el material durante el primer trimestre de 2022
La Dirección General de la Guardia Civil acaba de cerrar la compra de su primera remesa de pistolas de efectos eléctricos incapacitantes (conocidas como ‘Taser’), un arma no letal que permite reducir a una persona ocasionándole un menor daño y que desde hace años vienen demandando los agentes como parte de su dotación reglamentaria. La inversión asciende a 454.929,75 euros.
Se trata de un pedido de 150 dispositivos que se ha adjudicado a Saborit International SL, un suministrador de material policial y militar que en lo que va de año ha recibido encargos similares de los ayuntamientos de Madrid (200 unidades), Valencia (10) y el granadino de Armilla (dos). El modelo que servirá es la ‘Taser 7’, del fabricante estadounidense Axon.
La adjudicación se ha producido casi un año después''',
  [O("Guardia Civil", "Instituto Armado", "Dirección General de la Guardia Civil"),
   O("Saborit International", "Saborit International SL"),
   O("Ayuntamiento de Madrid", "ayuntamientos de Madrid"), O("Ayuntamiento de Valencia", "Valencia"),
   O("Ayuntamiento de Armilla", "Armilla"), O("Axon")],
  [M("455.000 euros", 455000, "EUR"), M("454.929,75 euros", 454929.75, "EUR")],
  [C("Saborit International", "contract", "Guardia Civil", "policing", None, SABORIT, 454929.75, "EUR")]
  + [C("Saborit International", "contract", cp, "policing", None, SABORIT)
     for cp in ("Ayuntamiento de Madrid", "Ayuntamiento de Valencia", "Ayuntamiento de Armilla")])

D("350-primeravoz-oadprs-pagos-penales.txt",
  "https://primeravoz.com.mx/dan-a-conocer-millonarios-pagos-a-empresas-por-servicios-a-ocho-penales/",
  "Dan a conocer millonarios pagos a empresas por servicios a ocho penales",
  r'''El Órgano Administrativo Desconcentrado de Prevención y Readaptación Social (OADPRS) destina 15 mil 400 millones de pesos al año, 70% de su presupuesto, para pagar a las empresas que construyeron y se encargan de los servicios de ocho penales federales, por lo que la dependencia revisará los contratos.

Bajo el esquema de contrato de prestación de servicios (CPS) se dieron convenios por adjudicación directa en 2010 a empresas para la construcción, equipamiento y operación de ocho centros penitenciarios con vigencia hasta 2032. A decir de Francisco Garduño Yáñez, comisionado del OADPRS, dichos contratos comprometen la vida de otros gobiernos, ya que es como si compraras una deuda.

El 30% restante del presupuesto es destinado a los otros penales federales de los que se encarga directamente; sin embargo, ahí también hay una deuda con la empresa que obtuvo la concesión para encargarse de los alimentos.

El gobierno de Felipe Calderón comenzó la privatización de los penales, pero el problema no está en sí en la participación de empresas, sino en contratos leoninos que no reúnen la menor ética de una empresa seria que invierta para poder sustentar empleos o inversión.

Los CPS proporcionan todos los servicios, así lo indica el contrato por 22 años, y el órgano administrativo atiende la seguridad y la gobernabilidad.

Los penales referidos son son: Cefereso 11 (Sonora), 12 (Guanajuato –los primeros que iniciaron actividad en 2012–, 13 (Oaxaca); 14 (Durango), 15 (Chiapas), 16 Femenil Morelos, 17 (Michoacán) y 18 (Coahuila).

De encargarse el OADPRS de los servicios en esos penales, Garduño asegura que podrían ahorrarse hasta 50% de lo que pagan a las empresas. “Vamos a revisar los contratos, platicar con los empresarios y decirles que no es posible, son leoninos los contratos”, enfatizó.''',
  [O("Órgano Administrativo Desconcentrado de Prevención y Readaptación Social",
     "Órgano Administrativo Desconcentrado de Prevención y Readaptación Social", "OADPRS"),
   O("Government of Mexico", "gobierno de Felipe Calderón")],
  [M("15 mil 400 millones de pesos", 15400000000, "MXN")],
  [])

D("351-rebelion-navantia-corbetas-arabia-saudi.txt",
  "https://rebelion.org/espana-vendio-armas-a-arabia-saudi-por-importe-de-2-700-millones-desde-2005",
  "España vendió armas a Arabia Saudí por importe de 2.700 millones desde 2005",
  r'''Navantia entregó hace ahora un mes a la Real Marina Saudí en los astilleros de San Fernando (Cádiz) la tercera de las cinco corbetas que la empresa pública ha construido para uno de sus mejores clientes. Unos días antes, Navantia había anunciado la firma de un memorando con el Ministerio de Defensa saudí y GAMI (Autoridad General de Industrias Militares, por sus siglas en inglés) para construir otros cinco buques cuyo destino será la Armada de la principal monarquía del Golfo. El contrato aún tendrá que firmarse este año, por lo que la compañía pública no hace público su importe, ni siquiera el tipo concreto de barco que han comprado los saudíes, sólo que se trata de “buques de combate multimisión”, de una complejidad similar a la de las corbetas ya construidas. El anterior contrato, firmado en 2018, ascendió a 1.813 millones de euros, por lo que se convirtió en el de mayor volumen de los suscritos por Navantia con un cliente extranjero hasta ese momento. De modo que el segundo recién anunciado puede igualar o superar esa marca.
De la magnitud de la operación da idea también el hecho de que representa buena parte del total de exportaciones de material bélico que España ha hecho a Arabia Saudí desde 2005, que es el año más antiguo del que el Ministerio de Industria y Comercio publica datos. Según sus informes anuales, España ha exportado a ladictadura saudímaterial de defensa por valor de 2.671,2 millones de euros a lo largo de los últimos 16 años. De esa cantidad, 253,18 millones corresponden a tecnologías de doble uso, aquellas que pueden destinarse a fines tanto civiles como militares. En esa suma no se incluyen las armas de caza, deportivas o para empleo de la policía, que también se venden a los saudíes, pero con importes obviamente más pequeños. De 2005 a 2021, España ha concedido 530 licencias de exportación de armas a la monarquía del Golfo. La mayoría, 315, son para tecnologías de doble uso.''',
  [O("Navantia"),
   O("Royal Saudi Naval Forces", "Real Marina Saudí", "Armada de la principal monarquía del Golfo"),
   O("Saudi Ministry of Defence", "Ministerio de Defensa saudí"),
   O("General Authority for Military Industries", "GAMI", "Autoridad General de Industrias Militares"),
   O("Spanish Ministry of Industry", "Ministerio de Industria y Comercio")],
  [M("1.813 millones de euros", 1813000000, "EUR"), M("2.671,2 millones de euros", 2671200000, "EUR")],
  [C("Navantia", "supplies", "Royal Saudi Naval Forces", "military", None,
     "Navantia entregó hace ahora un mes a la Real Marina Saudí en los astilleros de San Fernando (Cádiz) la tercera de las cinco corbetas que la empresa pública ha construido para uno de sus mejores clientes.")])

D("352-elfarodeceuta-eulen-vigilancia-tarajal.txt",
  "https://elfarodeceuta.es/eulen-se-lleva-contrato-vigilancia-frontera-tarajal",
  "Eulen se lleva el contrato de vigilancia de la frontera del Tarajal",
  r'''La empresa de seguridad Eulen se ha adjudicado por casi un millón de euros la vigilancia en la frontera del Tarajal, en Ceuta, durante un año. En concreto el montante es de 904.032,93 euros y ahora el contrato se encuentra en proceso de formalización.
La Ciudad está estudiando la viabilidad y solvencia económica para terminar de otorgar dicho contrato.
El servicio de vigilancia en el paso fronterizo quedó enquistado lo que llevó a que el Gobierno local tuviera que sacar a licitación en más de una ocasión un contrato del que depende no solo el control de acceso de personas, sino también de vehículos y mercancías.
De hecho, hasta en tres ocasiones se intentó adjudicar el servicio sin éxito lo que le llevó a estar prorrogando el contrato. Los problemas de presupuesto hicieron que hasta la fecha resultara imposible la adjudicación de ahí que se haya aprobado un incremento de la partida.
El servicio salió publicado de nuevo en marzo con un valor estimado de 3,6 millones de euros, buscando de esta manera solventar los problemas que habían dejado desierta la otra oferta al incrementar la partida en 200.000 euros. En ese montante se incluía la posibilidad de prórroga de hasta 4 años.
Eulen ha hecho ahora una oferta próxima al millón de euros para ofrecer este servicio con vigencia de un año, tal y como se recoge en la Plataforma de Contratación.
La institución municipal saca esta oferta que se considera clave para prestar apoyo a las fuerzas de seguridad que están destinadas en el paso fronterizo, tanto Guardia Civil como Policía Nacional.
Desde 2018 la Ciudad lleva realizando estas prestaciones heredadas de las que ejecutaba en el paso Tarajal II, creado para el tránsito de mercancías que salían de las naves del polígono y que se clausuró por imposición de Marruecos al ir aminorando el tipo de productos que aceptaba.
El contrato exige disponer de una plantilla mínima de profesionales para servir de apoyo a las fuerzas de seguridad, sien''',
  [O("Eulen"), O("Ciudad Autónoma de Ceuta", "La Ciudad", "la Ciudad", "Gobierno local", "La institución municipal"),
   O("Guardia Civil"), O("Policía Nacional")],
  [M("un millón de euros", 1000000, "EUR"), M("904.032,93 euros", 904032.93, "EUR"),
   M("3,6 millones de euros", 3600000, "EUR"), M("200.000 euros", 200000, "EUR")],
  [C("Eulen", "contract", "Ciudad Autónoma de Ceuta", "borders", None,
     "La empresa de seguridad Eulen se ha adjudicado por casi un millón de euros la vigilancia en la frontera del Tarajal, en Ceuta, durante un año.",
     904032.93, "EUR")])

D("353-estapasando-contraloria-vigatec-carabineros.txt",
  "https://estapasando.cl/nacional/contraloria-investiga-contratos-de-camaras-corporales-de-carabineros",
  "Contraloría investiga contratos de cámaras corporales de Carabineros",
  r'''Contraloría investiga contratos de cámaras corporales de Carabineros

Por Jesús Martínez

Periodista

Carabineros
FOTO: Sebastián Beltrán / Agencia UNO
La Contraloría inició una investigación por presuntas irregularidades en la adjudicación de cámaras corporales para personal de Carabineros.

Durante los últimos años las distintas licitaciones de cámaras corporales para los funcionarios de Carabineros se han visto manchadas por acusaciones de irregularidades en los procesos de adjudicación.

Un reportaje de Radio Bío Bío reveló que la Contraloría General de la República inició una investigación sobre la licitación de arriendo de cámaras adjudicada por la empresa chilena Vigatec. Las sospechas recaen en que las bases de la licitación fueron «hechas a medida» para la empresa.

Argumentan que los requerimientos son diferentes y menos estrictos que la normativa interna de Carabineros que fue aprobada en 2020. Además, acusan que han tenido problemas técnicos con el uso de las cámaras.

Lea también: «Enzo Bombazul» era parte de la banda delictual «Vaster Miller»

La investigación de la Contraloría comenzó tras una denuncia parlamentaria y tiene por objeto fiscalizar la adquisición de 1.969 cámaras entre el 1 de enero de 2022 y el 30 de junio de 2024.

También se está investigando la licitación en el Tribunal de Contrataciones Públicas (TCP) luego de una denuncia realizada por la empresa competidora de Vigatec.

En una segunda y tercera fase del proyecto de adquisición de cámaras corporales se consideraba el arriendo de 996 y 1.241 aparatos respectivamente. Aunque tras el inicio de las investigaciones podría verse truncada esta acción.

Entre los requerimientos técnicos que no calzan con la normativa impuesta por Carabineros están que las cámaras debiesen tener una autonomía mínima de 12 horas, «para cubrir un servicio policial completo en caso de ser patrullaje», mientras que en las bases de la l''',
  [O("Contraloría General de la República", "Contraloría", "Contraloría General de la República"),
   O("Carabineros de Chile", "Carabineros"), O("Agencia UNO"), O("Radio Bío Bío"), O("Vigatec"),
   O("Vaster Miller"),
   O("Tribunal de Contrataciones Públicas", "Tribunal de Contrataciones Públicas", "TCP")],
  [],
  [C("Vigatec", "contract", "Carabineros de Chile", "policing", None,
     "Un reportaje de Radio Bío Bío reveló que la Contraloría General de la República inició una investigación sobre la licitación de arriendo de cámaras adjudicada por la empresa chilena Vigatec.")])

D("354-forbes-mexico-carceles-constructoras.txt",
  "http://www.forbes.com.mx/carceles-el-negocio-que-se-les-fugo-a-las-constructoras/",
  "Cárceles, el negocio que se les fugó a las constructoras",
  r'''Durante el gobierno de Felipe Calderón se otorgaron contratos a 6 empresas para la construcción de nuevos centros penitenciarios; sin embargo, dos empresas han vendido o tratan de vender su participación y hay penales que no han terminado de construirse por problemas con el crimen organizado y conflictos laborales. Éste es el negocio de 32,000 mdp que se fugó de los portafolios de las constructoras.   La fuga del criminal Joaquín Chapo Guzmán del penal del Altiplano, además de ser un duro golpe al gobierno de Enrique Peña Nieto y a su estrategia de seguridad, puso de relieve los problemas estructurales que padece el sistema penitenciario mexicano. Durante la administración de Felipe Calderón se otorgaron contratos a seis empresas (ICA, Arendal, Prodemex, GIA, Homex y Tradeco) para construir y dar servicio a ocho prisiones, que juntas significaron una inversión de más de 32,000 millones de pesos (mdp). El objetivo, según la entonces Secretaría de Seguridad Pública (SSP), era liberar de costos administrativos y monetarios al Estado para disponer de infraestructura carcelaria. Pero los resultados han sido muy diferentes. De los ocho contratos otorgados, dos empresas han vendido o tratan de vender su participación y dos siguen sin terminar de construirse por problemas con el crimen organizado y conflictos laborales. Actualmente, las prisiones en México son espacios donde la corrupción, extorsión, abuso, arbitrariedad y desatención son la regla general. Pero el problema no es la falta de cárceles, sino el uso y abuso que se les da. El 42% de las personas privadas de la libertad no cuenta con sentencia condenatoria, indica Leslie Solís, investigadora de México Evalúa. La privatización de las cárceles tampoco sería una solución, ya que se generaría un incentivo perverso de ganancias asociadas al número de presos, lo que no ayudaría con el problema de sobrepoblación, alerta la especialista.   Ahorrar costos En noviembre de 2010, el gobie''',
  [O("Government of Mexico", "gobierno de Felipe Calderón", "gobierno de Enrique Peña Nieto",
     "administración de Felipe Calderón"),
   O("ICA"), O("Arendal"), O("Prodemex"), O("GIA"), O("Homex"), O("Tradeco"),
   O("Secretaría de Seguridad Pública", "Secretaría de Seguridad Pública", "SSP"), O("México Evalúa")],
  [M("32,000 millones de pesos", 32000000000, "MXN")],
  [C(co, "contract", "Government of Mexico", "prisons", None,
     "Durante la administración de Felipe Calderón se otorgaron contratos a seis empresas (ICA, Arendal, Prodemex, GIA, Homex y Tradeco) para construir y dar servicio a ocho prisiones, que juntas significaron una inversión de más de 32,000 millones de pesos (mdp).")
   for co in ("ICA", "Arendal", "Prodemex", "GIA", "Homex", "Tradeco")])
