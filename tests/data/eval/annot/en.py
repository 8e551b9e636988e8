from common import O, M, C

LANG = "en"
DOCS = []
# Which collection round a document came from (see ../README.md, "Batches"): each
# batch is split into tune and check on its own, so adding documents never moves
# one already in a half.
BATCH = 1


def D(doc, url, title, text, orgs, money, claims):
    DOCS.append({"doc": doc, "url": url, "lang": LANG, "title": title, "text": text,
                 "orgs": orgs, "money": money, "claims": claims, "batch": BATCH})


D("101-enmnews-switchblade-ukraine.txt",
  "https://www.enmnews.com/2022/05/06/defense-department-announces-18m-contract-for-drones-being-sent-to-ukraine/",
  "Defense Department announces $18M contract for drones being sent to Ukraine",
  r'''Defense Department announces $18M contract for drones being sent to Ukraine

The Department of Defense will award a $17.8 million contract for the industry to manufacture and send Switchblade drones to Ukraine, a Pentagon official told reporters on Friday.

The soon-to-be-announced contract comes as the U.S. is working to refill its military stocks that have been depleted as a result of the military packages sent to Ukraine while it fends off Russia’s invasion.''',
  [O("U.S. Department of Defense", "Defense Department", "Department of Defense", "Pentagon")],
  [M("$18M", 18000000, "USD"), M("$17.8 million", 17800000, "USD")],
  [])

D("102-gcn-diu-drone-awards.txt",
  "https://gcn.com/articles/2020/07/16/diu-dpa-drone-awards.aspx",
  "DIU issues drone contracts to support domestic suppliers",
  r'''Army drone (U.S. Army Photo / Albert C Vogel/Dugway Proving Ground Public Affairs)

DIU issues drone contracts to support domestic suppliers

The Defense Department’s innovation arm has issued $13.4 million in small-drone support contracts under the Defense Production Act. The funds awarded through DPA Title III support the domestic small unmanned aerial systems (sUAS) industry and aim to improve mission planning, analysis, drone traffic management and autonomy.

The Defense Innovation Unit used CARES Act funds to make award to five U.S. firms:

AirMap: $3.3M for product development and engineering support for integration of sUAS mission planning, post-mission analysis and unmanned traffic management software.

ModalAI: $3M to develop its next-generation U.S.-made flight controller that will enable advanced autonomy, including GPS-denied navigation and all-environment obstacle avoidance.

Skydio: $4M to improve the flight controller hardware/software and data link for its sUAS so that components can be purchased and used in government unmanned systems.

Graffiti Enterprises: $1.5M to modify its commercial data link to meet DOD requirements, including operation in restricted frequency bands, limitations in the size, weight, and power of the hardware, and software developments that improve the security and resiliency of the data link.

Obsidian Sensors: $1.6M to build a low-cost, dual-thermal sUAS camera that can be mounted onto a stabilization gimbal and then integrated and flown on small, packable, surveillance drones.

Together, the contracts are designed to help with “situational awareness, improve human-machine teaming, and provide engineering support” to better integrate drone capabilities into DOD’s programs, according to a July 10 news release announcing the contracts.

The contracts also “saved 14 jobs, created 20 new positions and will support continued advancement of capabilities providing the companies additional paths for recurring revenue,”''',
  [O("U.S. Army", "U.S. Army"), O("Dugway Proving Ground", "Dugway Proving Ground"),
   O("Defense Innovation Unit", "Defense Innovation Unit", "DIU"),
   O("U.S. Department of Defense", "Defense Department", "DOD"),
   O("AirMap"), O("ModalAI"), O("Skydio"), O("Graffiti Enterprises"), O("Obsidian Sensors")],
  [M("$13.4 million", 13400000, "USD"), M("$3.3M", 3300000, "USD"), M("$3M", 3000000, "USD"),
   M("$4M", 4000000, "USD"), M("$1.5M", 1500000, "USD"), M("$1.6M", 1600000, "USD")],
  [C("AirMap", "contract", "Defense Innovation Unit", "military", None,
     "AirMap: $3.3M for product development and engineering support for integration of sUAS mission planning, post-mission analysis and unmanned traffic management software.", 3300000, "USD"),
   C("ModalAI", "contract", "Defense Innovation Unit", "military", None,
     "ModalAI: $3M to develop its next-generation U.S.-made flight controller", 3000000, "USD"),
   C("Skydio", "contract", "Defense Innovation Unit", "military", None,
     "Skydio: $4M to improve the flight controller hardware/software and data link for its sUAS", 4000000, "USD"),
   C("Graffiti Enterprises", "contract", "Defense Innovation Unit", "military", None,
     "Graffiti Enterprises: $1.5M to modify its commercial data link to meet DOD requirements", 1500000, "USD"),
   C("Obsidian Sensors", "contract", "Defense Innovation Unit", "military", None,
     "Obsidian Sensors: $1.6M to build a low-cost, dual-thermal sUAS camera", 1600000, "USD")])

D("103-washtech-army-aerial-target.txt",
  "http://washingtontechnology.com/Articles/2018/05/24/Army-Unmanned-Aerial-Target.aspx?p=1",
  "Army hands down $93M unmanned target contract",
  r'''Army hands down $93M unmanned target contract

Four companies get spots on a $93.4 million contract to help the Army research and develop unmanned aerial target systems.

Four companies have received positions on a five-year, $93.4 million contract to help the Army research and develop unmanned aerial target systems.

Griffon Aerospace, Kord TechnologiesKratos Defense and Security Solutions and Trideum will vie for orders under the contract that also includes test and evaluation services.

The Defense Department said in its Tuesday awards digest they were the lone bidders for the Aerial Target Systems 2 contract that is a full-and-open program. Griffon, Kord and Trideum are small businesses.

Griffon and Kratos will continue as incumbents, while ASI and Boeing did not bid this time.

Publicly-traded Kratos has been on a winning streak in the unmanned domain recently as it is a partner with Dynetics on the “Gremlins” program for the Defense Advanced Research Projects Agency.

The Dynetics-Kratos team upset General Atomics in April for the potential $64 million program to build unmanned aerial drones that can be launched and retrieved from an aircraft in-flight.

Unmanned is one of four priority areas for Kratos along with its satellite, training and microwave electronics businesses. The company is selling its public safety business in order to focus on those four areas.''',
  [O("U.S. Army", "Army"), O("Griffon Aerospace", "Griffon Aerospace", "Griffon"),
   O("Kord Technologies", "Kord Technologies", "Kord"),
   O("Kratos Defense and Security Solutions", "Kratos Defense and Security Solutions", "Kratos"),
   O("Trideum"), O("U.S. Department of Defense", "Defense Department"), O("ASI"), O("Boeing"),
   O("Dynetics"), O("Defense Advanced Research Projects Agency"), O("General Atomics")],
  [M("$93M", 93000000, "USD"), M("$93.4 million", 93400000, "USD"), M("$64 million", 64000000, "USD")],
  [C("Griffon Aerospace", "contract", "U.S. Army", "military", None,
     "Griffon Aerospace, Kord TechnologiesKratos Defense and Security Solutions and Trideum will vie for orders under the contract that also includes test and evaluation services."),
   C("Kord Technologies", "contract", "U.S. Army", "military", None,
     "Griffon Aerospace, Kord TechnologiesKratos Defense and Security Solutions and Trideum will vie for orders under the contract that also includes test and evaluation services."),
   C("Kratos Defense and Security Solutions", "contract", "U.S. Army", "military", None,
     "Griffon Aerospace, Kord TechnologiesKratos Defense and Security Solutions and Trideum will vie for orders under the contract that also includes test and evaluation services."),
   C("Trideum", "contract", "U.S. Army", "military", None,
     "Griffon Aerospace, Kord TechnologiesKratos Defense and Security Solutions and Trideum will vie for orders under the contract that also includes test and evaluation services."),
   C("Kratos Defense and Security Solutions", "partnered", "Dynetics", "military", None,
     "it is a partner with Dynetics on the “Gremlins” program for the Defense Advanced Research Projects Agency."),
   C("Dynetics", "contract", "Defense Advanced Research Projects Agency", "military", None,
     "The Dynetics-Kratos team upset General Atomics in April for the potential $64 million program to build unmanned aerial drones"),
   C("Kratos Defense and Security Solutions", "contract", "Defense Advanced Research Projects Agency", "military", None,
     "The Dynetics-Kratos team upset General Atomics in April for the potential $64 million program to build unmanned aerial drones")])

D("104-urdupoint-socom-drone-contracts.txt",
  "https://www.urdupoint.com/en/world/us-awards-1bln-in-drone-contracts-to-support-957904.html",
  "US Awards $1Bln In Drone Contracts To Support Special Forces - Pentagon",
  r'''US Awards $1Bln In Drone Contracts To Support Special Forces - Pentagon

Muhammad Irfan 2 minutes ago Fri 26th June 2020 | 03:40 AM

US Awards $1Bln in Drone Contracts to Support Special Forces - Pentagon

WASHINGTON (UrduPoint News / Sputnik - 26th June, 2020) The US military awarded six contracts worth nearly $1 billion combined for spy drone services for Special Forces, the Defense Department said in a statement.

"Six... contracts [were awarded] with a maximum combined ceiling of $975,000,000 for Mid-Endurance Unmanned Aircraft Systems IV intelligence, surveillance and reconnaissance (ISR) services in support of US Special Operations Command enterprise requirements worldwide," the release said on Thursday.

The contracts were awarded to L3, Textron, Precision Integrated Programs, Arcturus UAV, Insitu, and Wildflower International.

Special Operations Command in Tampa in the US state of Florida is the contracting activity for the awards, the Defense Department said.''',
  [O("U.S. Department of Defense", "Pentagon", "Defense Department"), O("UrduPoint News", "UrduPoint News"),
   O("Sputnik"), O("United States Armed Forces", "US military"),
   O("U.S. Special Operations Command", "US Special Operations Command", "Special Operations Command"),
   O("L3"), O("Textron"), O("Precision Integrated Programs"), O("Arcturus UAV"), O("Insitu"),
   O("Wildflower International")],
  [M("$1 billion", 1000000000, "USD"), M("$975,000,000", 975000000, "USD")],
  [C(co, "contract", "U.S. Special Operations Command", "military", None,
     "The contracts were awarded to L3, Textron, Precision Integrated Programs, Arcturus UAV, Insitu, and Wildflower International.")
   for co in ("L3", "Textron", "Precision Integrated Programs", "Arcturus UAV", "Insitu", "Wildflower International")])

D("105-privacyintl-firestorm-usaf.txt",
  "https://privacyinternational.org/examples/5525/us-air-force-awards-100-million-contract-firestorm-supply-drones",
  "US Air Force Awards $100-million Contract to Firestorm for Supply of Drones",
  r'''US Air Force Awards $100-million Contract to Firestorm for Supply of Drones


The contract will run until 2031, and will provide the US Air Force with drones (Unmanned Aerial Vehicles) which can serve multiple purposes, including mimicking enemy drones, data collection, and military strikes. These drones will enable enhanced surveillance by the US military. Firestorm will be using their pre-existing drone technology as well as developing drones with new capabilities.

Publication: Defence Blog

Writer: Colton Jones''',
  [O("U.S. Air Force", "US Air Force"), O("Firestorm"), O("United States Armed Forces", "US military"),
   O("Defence Blog")],
  [M("$100-million", 100000000, "USD")],
  [C("Firestorm", "contract", "U.S. Air Force", "military", None,
     "US Air Force Awards $100-million Contract to Firestorm for Supply of Drones", 100000000, "USD")])

D("106-fool-2014-general-atomics-textron.txt",
  "https://www.fool.com/investing/general/2014/03/19/pentagon-awards-118-million-in-defense-contracts-w.aspx",
  "Pentagon awards $118 million in defense contracts",
  r'''The Department of Defense awarded a total of only five defense contracts Wednesday, worth $117.5 million combined.
The largest of these contracts went to privately held "drone" specialist General Atomics Aeronautical Systems, recipient of a $57.5 million delivery order to supply the U.S. Air Force with 234 Ground Control Station kits; seven containerized dual control segment kits; 25 Squadron Operations Center, or SOC, low density kits; five Creech SOC low density kits; six Creech SOC high density kits; 24 relay kits; 71 relay circuit to packet kits; three Creech wide-area network, or WAN, kits; one Cannon WAN kit; 26 WAN LD kits; two Cannon SOC kits; 17 relay rack kits; 10 network management kits; and related spares and support equipment -- all equipment used to remotely control unmanned aerial vehicles manufactured by the company. Delivery is due Dec. 17, 2015.
As for publicly traded firms, only one won a contract today, Bell Helicopter Textron (TXT -0.10%). Textron's award, a $12.3 million contract modification, calls upon the company to supply hardware and software upgrades for the U.S. Marine Corps' H-1 Upgrade Program, and to perform software and hardware upgrades on Marine Corps "Huey" helicopters by December.''',
  [O("U.S. Department of Defense", "Department of Defense"),
   O("General Atomics Aeronautical Systems"), O("U.S. Air Force"),
   O("Bell Helicopter Textron", "Bell Helicopter Textron", "Textron"),
   O("U.S. Marine Corps", "U.S. Marine Corps", "Marine Corps")],
  [M("$117.5 million", 117500000, "USD"), M("$57.5 million", 57500000, "USD"), M("$12.3 million", 12300000, "USD")],
  [C("General Atomics Aeronautical Systems", "contract", "U.S. Air Force", "military", None,
     "General Atomics Aeronautical Systems, recipient of a $57.5 million delivery order to supply the U.S. Air Force with 234 Ground Control Station kits", 57500000, "USD"),
   C("Bell Helicopter Textron", "contract", "U.S. Marine Corps", "military", None,
     "Textron's award, a $12.3 million contract modification, calls upon the company to supply hardware and software upgrades for the U.S. Marine Corps' H-1 Upgrade Program", 12300000, "USD")])

D("107-sdut-general-atomics-army-uav.txt",
  "http://www.sandiegouniontribune.com/news/2011/jan/03/general-atomics-gets-85-million-uav-contract/",
  "General Atomics gets $85 million UAV contract",
  r'''General Atomics gets $85 million UAV contract

Archive image of the Sky Warrior UAV being developed by General Atomics Aeronautical Systems of Poway. — General Atomics Aeronautical Systems

The Defense Department says it has awarded $85 million to General Atomics Aeronautical Systems of Poway to provide logistical support for its Warrior A/Warrior Block 0 unmanned aerial vehicle (UAV), which is being developed for the Army. The work will be performed in Poway but represents support to four unnamed sites outside of the continental United States. The company still refers to the UAV as Warrior, although it is technically known as the MQ-1C Grey Eagle. The aircraft is a refined version of the company's well known MQ-1 Predator drone, and is part of the Army's Extended-Range Multi-Purpose UAV program.''',
  [O("General Atomics Aeronautical Systems", "General Atomics Aeronautical Systems", "General Atomics"),
   O("U.S. Department of Defense", "Defense Department"), O("U.S. Army", "Army")],
  [M("$85 million", 85000000, "USD")],
  [C("General Atomics Aeronautical Systems", "contract", "U.S. Department of Defense", "military", None,
     "The Defense Department says it has awarded $85 million to General Atomics Aeronautical Systems of Poway to provide logistical support for its Warrior A/Warrior Block 0 unmanned aerial vehicle (UAV)", 85000000, "USD")])

D("108-fool-2013-uclass-navy.txt",
  "https://www.fool.com/investing/general/2013/08/14/pentagon-awards-multiple-contracts-for-new-robotic.aspx",
  "Pentagon awards multiple contracts for new robotic warplane",
  r'''The U.S. Department of Defense announced a total of 21, mostly smallish, new contracts Monday, worth a combined value of $350.8 million. Most notable among a mass of disparate awards for cargo transportation, bridge-building, and "basic life support," though, was a series of four nearly identical, $15 million contracts for work on a new type of unmanned aerial vehicle.

The U.S. Navy awarded the four contracts to defense contractors Northrop Grumman (NYSE:NOC), Lockheed Martin (NYSE:LMT), Boeing (NYSE:BA), and privately held General Atomics, maker of the Predator drone. Each of these companies won a separate $15 million firm-fixed-price contract to prepare a design of a new Unmanned Carrier Launched Airborne Surveillance and Strike (UCLASS) Air Vehicle for "preliminary design review assessment."

As the Pentagon explained in its announcements, "the objective of the UCLASS system is to enhance aircraft carrier/air wing operations by providing a responsive, worldwide presence via an organic, sea-based Unmanned Aerial System, with persistent intelligence, surveillance, reconnaissance, and targeting, and strike capabilities." In other words, what the Pentagon is looking for is a carrier-based, carrier-landing, armed robotic warplane. All four contracts are due for completion in June 2014.''',
  [O("U.S. Department of Defense", "U.S. Department of Defense", "Pentagon"), O("U.S. Navy"),
   O("Northrop Grumman"), O("Lockheed Martin"), O("Boeing"), O("General Atomics"),
   O("New York Stock Exchange", "NYSE")],
  [M("$350.8 million", 350800000, "USD"), M("$15 million", 15000000, "USD")],
  [C(co, "contract", "U.S. Navy", "military", None,
     "The U.S. Navy awarded the four contracts to defense contractors Northrop Grumman (NYSE:NOC), Lockheed Martin (NYSE:LMT), Boeing (NYSE:BA), and privately held General Atomics, maker of the Predator drone.",
     15000000, "USD")
   for co in ("Northrop Grumman", "Lockheed Martin", "Boeing", "General Atomics")])

D("109-correctionalnews-geo-ice-karnes.txt",
  "http://correctionalnews.com/2010/12/10/geo-nabs-immigration-detainee-contract/?quicktabs_1=0",
  "GEO Nabs Immigration Detainee Contract",
  r'''GEO Nabs Immigration Detainee Contract

BOCA RATON, Fla. — Private prison operator The GEO Group was awarded a contract for the housing of up to 600 immigration detainees by the United States Immigration and Customs Enforcement Service, or ICE. Officials in Karnes County Texas officials awarded the contract, and GEO Group expects to generate $15 million in annual revenues.

The inmates will be housed at GEO’s yet-to-be-built 600-bed Civil Detention Center that will be located in Kames City, Texas. The $32 million center will be financed, developed and managed by GEO Group and is expected to be completed by the fourth quarter of 2011.

“We appreciate the confidence placed in our company by Karnes County and U.S. Immigration and Customs Enforcement,” said George C. Zoley, chairman and CEO at GEO, in a statement. “This important project will be the first Civil Detention Center for immigration detainees in the United States. We look forward to this new public-private partnership with Karnes County and U.S. Immigration and Customs Enforcement.”''',
  [O("GEO Group", "The GEO Group", "GEO Group", "GEO"),
   O("U.S. Immigration and Customs Enforcement", "United States Immigration and Customs Enforcement Service", "ICE", "U.S. Immigration and Customs Enforcement"),
   O("Karnes County", "Karnes County")],
  [M("$15 million", 15000000, "USD"), M("$32 million", 32000000, "USD")],
  [C("GEO Group", "contract", "U.S. Immigration and Customs Enforcement", "prisons", None,
     "Private prison operator The GEO Group was awarded a contract for the housing of up to 600 immigration detainees by the United States Immigration and Customs Enforcement Service, or ICE."),
   C("GEO Group", "contract", "Karnes County", "prisons", None,
     "Officials in Karnes County Texas officials awarded the contract, and GEO Group expects to generate $15 million in annual revenues.")])

D("110-washexam-geo-ice-north-lake.txt",
  "https://washexam.com/news/3080777/new-ice-detention-center-to-open-in-former-michigan-prison",
  "New ICE detention center to open in former Michigan prison",
  r'''The GEO Group, a private prison operator, announced Thursday it entered into a contract with Immigration and Customs Enforcement for a 1,800-bed facility in Baldwin, Michigan, at the former North Lake Correctional Facility.
The contract came as mass deportations have prompted the Trump administration to use Guantanamo Bay and El Salvador’s Terrorism Confinement Center, among other detention centers, to detain illegal immigrants.
GEO anticipated the facility to generate $70 million a year in revenue as it will provide security, maintenance, food services, medical care, legal counsel, and access to recreational amenities. ICE will exclusively use the center. Its contract is multiyear, but the company did not disclose how long it could last.
“We expect that our company-owned North Lake Facility in Michigan will play an important role in helping meet the need for increased federal immigration processing center bed space,” GEO Group Executive Chairman George C. Zoley said in a statement. “We are proud of our 40-year public-private partnership with ICE, and we stand ready to continue to help the federal government meet its expanded immigration enforcement priorities.”
JUDGE WHO BLOCKED DEPORTATION FLIGHTS ‘DEFIES LOGIC’: TOM HOMAN
ICE has been focusing on detaining immigrants on student visas over their anti-Israel sentiment, including Badar Khan Suri, a Georgetown student from India whose Palestinian wife’s father is a Hamas political adviser. ICE also arrested Syrian national Mahmoud Khalil, who had his green card revoked over his participation in several anti-Israel protests in which Hamas propaganda was distributed.
There are an estimated 1.3 million illegal immigrants with outstanding deportation orders.''',
  [O("GEO Group", "The GEO Group", "GEO Group", "GEO"),
   O("U.S. Immigration and Customs Enforcement", "Immigration and Customs Enforcement", "ICE"),
   O("United States Government", "Trump administration"), O("Hamas"),
   O("Georgetown University", "Georgetown")],
  [M("$70 million", 70000000, "USD")],
  [C("GEO Group", "contract", "U.S. Immigration and Customs Enforcement", "prisons", None,
     "The GEO Group, a private prison operator, announced Thursday it entered into a contract with Immigration and Customs Enforcement for a 1,800-bed facility in Baldwin, Michigan")])

D("111-westword-geo-aurora-ice.txt",
  "https://www.westword.com/news/geo-group-facing-revenue-hit-from-loss-of-federal-contracts-11904857",
  "GEO Group's Aurora ICE Facility Faces Uncertain Financial Future",
  r'''GEO Group's Aurora ICE Facility Faces Uncertain Financial Future

Private prison company GEO Group runs the Aurora Detention Facility through a contract with ICE.
Private prison company GEO Group runs the Aurora Detention Facility through a contract with ICE. Anthony Camera
In a late-October earnings call, George Zoley, CEO of private-prison company GEO Group, responded to a question regarding whether the company will continue to get business from Immigration and Customs Enforcement, regardless of who won the presidential race.

"As long as there's a policy of border enforcement, we will...continue to play a role in supporting that policy," Zoley responded.

But recent Biden administration actions, as well as the just-announced fourth-quarter financial results for GEO Group, which runs the Aurora Contract Detention Facility under a contract with ICE, raise more questions.

"The tone of the statement very clearly expressed concerns about the private-prison companies' financial stability in light of the shifting political climate," César Cuauhtémoc García Hernández, a University of Denver law professor, says of a recent release from GEO Group announcing fourth-quarter results.

Those concerns stem, in part, from the Biden administration's announcement that it will stop renewing Department of Justice contracts with private-prison companies. Contracts with the U.S. Marshals Service and the Bureau of Prisons represented one-quarter of GEO Group's revenue at the end of 2020.

However, much to the disappointment of immigration-rights advocates, Biden's executive order did not address ICE's contracts with private-prison companies.

"ICE is still permitted to contract with private prison companies like the GEO Group, so there’s no public indication from the Biden administration to suggest that ICE will not continue partnering with the GEO Group or other private-prison companies," says García Hernández, who wrote the book Migrating to Prison: America’s Obsession W''',
  [O("GEO Group", "GEO Group", "the GEO Group"),
   O("U.S. Immigration and Customs Enforcement", "ICE", "Immigration and Customs Enforcement"),
   O("United States Government", "Biden administration"), O("University of Denver"),
   O("U.S. Department of Justice", "Department of Justice"), O("U.S. Marshals Service"),
   O("Federal Bureau of Prisons", "Bureau of Prisons")],
  [],
  [C("GEO Group", "contract", "U.S. Immigration and Customs Enforcement", "prisons", None,
     "Private prison company GEO Group runs the Aurora Detention Facility through a contract with ICE."),
   C("GEO Group", "contract", "U.S. Marshals Service", "prisons", 2020,
     "Contracts with the U.S. Marshals Service and the Bureau of Prisons represented one-quarter of GEO Group's revenue at the end of 2020."),
   C("GEO Group", "contract", "Federal Bureau of Prisons", "prisons", 2020,
     "Contracts with the U.S. Marshals Service and the Bureau of Prisons represented one-quarter of GEO Group's revenue at the end of 2020.")])

D("112-sunsentinel-geo-detention-boom.txt",
  "https://www.sun-sentinel.com/business/fl-bz-geo-immigrant-detention-20190510-ayfkaumrlvhdbfxypxgvgwy3qi-story.html",
  "Trump’s immigration crackdown becomes boon for detention-center company based in Boca",
  r'''Trump’s immigration crackdown becomes boon for detention-center company based in Boca

The soccer field at Broward Transition Center in Deerfield Beach, one of the Geo Group's detention centers for illegal immigrants. Geo's detention center contracts from Immigration and Customs Enforcement are increasing.
- Original Credit: Courtesy of Geo Group
- Original Source: Geo Group

Geo Group, a company that’s encountered strong criticism and opposition over how it operates its prisons and detention centers, is poised to rake in more revenue on detention centers amid a crackdown on illegal immigration under President Donald Trump.

The Boca Raton-based company is one of the nation’s largest detention contractors, recently striking new agreements with Immigration and Customs Enforcement and the Marshals Service. Geo operates detention centers across the country from Washington to Florida, including the Broward Transitional Center in Deerfield Beach.


Geo also operates the Karnes Family Residential Center in Karnes City, Texas, which holds mothers and children. While Geo’s Boca Raton headquarters has been the subject of protests about detaining children, the company says none are unaccompanied in its detention centers.

Trump has been a driving force behind the uptick in immigration-related arrests after rolling back the Obama administration’s directives limiting who ICE should prioritize detaining. Arrests of undocumented immigrants have surged. Those entering the U.S. illegally are from countries such as Mexico, Honduras, El Salvador and Guatemala, with some escaping life-threatening situations in their countries, immigration advocates say.


Geo Group is on track to thrive this year amid the demand. It generated $2.3 billion in revenue last year, and because of new contracts, the company’s first quarter has been “the best in our history,” Geo Group’s CEO George Zoley said in a recent conference call about the company’s earnings.

The company has seen''',
  [O("GEO Group", "Geo Group", "Geo"),
   O("U.S. Immigration and Customs Enforcement", "Immigration and Customs Enforcement", "ICE"),
   O("U.S. Marshals Service", "Marshals Service"), O("United States Government", "Obama administration")],
  [M("$2.3 billion", 2300000000, "USD")],
  [C("GEO Group", "contract", "U.S. Immigration and Customs Enforcement", "prisons", None,
     "Geo's detention center contracts from Immigration and Customs Enforcement are increasing."),
   C("GEO Group", "contract", "U.S. Marshals Service", "prisons", None,
     "recently striking new agreements with Immigration and Customs Enforcement and the Marshals Service")])

D("113-houstonpress-geo-care-ice.txt",
  "https://www.houstonpress.com/news/ice-awards-contract-to-private-prison-company-that-was-just-slammed-in-federal-report-7785696",
  "ICE Awards Contract to Private Prison Company That Was Just Slammed in Federal Report",
  r'''ICE Awards Contract to Private Prison Company That Was Just Slammed in Federal Report

Last Thursday, the U.S. Commission on Civil Rights issued a report admonishing government officials over the treatment of immigrants held at private prisons that contract with federal immigration authorities. Detailed in the report were a litany of alleged abuses at those detention centers, many of which are in Texas, from denying immigrants proper medical care to retaliation from prison staff and possible constitutional rights violations.

Yet on that very same day, U.S. Immigration and Customs Enforcement announced a new multimillion-dollar contract with one of the companies accused of holding immigrants in “inhumane” conditions that are “inconsistent with American values.” Advocates and immigration attorneys say they fear the new contract, for a pilot program to test a probation-like system for immigrant families released from lockup, only further expands the private prison industry's reach in the U.S. immigration system.

On its face, ICE's $11 million-per-year contract with Geo Care LLC, a subsidiary of one of the largest private prison companies in the world, gives immigrant rights advocates exactly what they've been demanding for years. As immigration enforcement and detention have boomed in the past decade, groups like the ACLU, MALDEF, the American Bar Association and many others have argued that way too many immigrants are being detained in prison-like conditions and for long periods of time while they wait for their day in immigration court. ICE even resorted to putting asylum-seeking women and children, many of them refugees fleeing violence in Central America and Mexico, in multimillion-dollar "family detention centers" built by private prison companies Corrections Corporation of America and the Geo Group in the isolated South Texas towns of Dilley and Karnes. (The federal civil rights commission last week urged government officials to immediately release all''',
  [O("U.S. Commission on Civil Rights", "U.S. Commission on Civil Rights"),
   O("U.S. Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement", "ICE"),
   O("Geo Care LLC"), O("ACLU"), O("MALDEF"), O("American Bar Association"),
   O("CoreCivic", "Corrections Corporation of America"), O("GEO Group", "Geo Group")],
  [M("$11 million", 11000000, "USD")],
  [C("Geo Care LLC", "contract", "U.S. Immigration and Customs Enforcement", "borders", None,
     "ICE's $11 million-per-year contract with Geo Care LLC", 11000000, "USD"),
   C("CoreCivic", "contract", "U.S. Immigration and Customs Enforcement", "prisons", None,
     "ICE even resorted to putting asylum-seeking women and children, many of them refugees fleeing violence in Central America and Mexico, in multimillion-dollar \"family detention centers\" built by private prison companies Corrections Corporation of America and the Geo Group"),
   C("GEO Group", "contract", "U.S. Immigration and Customs Enforcement", "prisons", None,
     "ICE even resorted to putting asylum-seeking women and children, many of them refugees fleeing violence in Central America and Mexico, in multimillion-dollar \"family detention centers\" built by private prison companies Corrections Corporation of America and the Geo Group")])

D("114-techxplore-nypd-surveillance-contracts.txt",
  "https://techxplore.com/news/2021-08-nypd-flouts-law-requiring-disclosure.html",
  "NYPD flouts law requiring disclosure of surveillance technology, according to advocates",
  r'''NYPD flouts law requiring disclosure of surveillance technology, according to advocates

The NYPD is not revealing enough information about how it's spending tax dollars on surveillance technology, two advocacy groups say.

The Surveillance Technology Oversight Project (STOP) and the Legal Aid Society obtained paperwork on five NYPD contracts for worth $15 million over the past eight years. The documents, which the groups received through a Freedom of Information Law request, is heavily redacted.

That flouts the Public Oversight of Surveillance Technology Act, which the City Council passed last year, the advocates say. The new law mandated the NYPD reveal surveillance-related expenses, how it uses the technology to keep watch on New Yorkers and how it protects the information collected.

The contracts and related expenses had previously been exempt from and were classified as "special expenses" in the NYPD's budget.

The contracts do reveal the companies providing the NYPD with cutting-edge technology. Morpho Trak, which specializes in biometrics—such as and iris scanning—has an $11.4 million deal with the NYPD.

The Harris Corp. has a two-year, $1.2 million contract with the NYPD for Stingrays, which give precise locations of cell phones. The contract was signed in 2013.

The NYPD noted Monday that the contracts obtained by STOP and Legal Aid were released before the Public Oversight of Surveillance Technology Act went into effect and that it is in compliance with the new law.''',
  [O("New York Police Department", "NYPD"),
   O("Surveillance Technology Oversight Project", "Surveillance Technology Oversight Project", "STOP"),
   O("Legal Aid Society", "Legal Aid Society", "Legal Aid"), O("New York City Council", "City Council"),
   O("Morpho Trak"), O("Harris Corp.", "Harris Corp.")],
  [M("$15 million", 15000000, "USD"), M("$11.4 million", 11400000, "USD"), M("$1.2 million", 1200000, "USD")],
  [C("Morpho Trak", "contract", "New York Police Department", "policing", None,
     "Morpho Trak, which specializes in biometrics—such as and iris scanning—has an $11.4 million deal with the NYPD.", 11400000, "USD"),
   C("Harris Corp.", "contract", "New York Police Department", "policing", 2013,
     "The Harris Corp. has a two-year, $1.2 million contract with the NYPD for Stingrays, which give precise locations of cell phones.", 1200000, "USD")])

D("115-qctimes-vievu-taser-phoenix.txt",
  "http://qctimes.com/business/technology-company-files-lawsuit-over-phoenix-body-cams/article_566df499-1603-5ea6-bae6-5eb425303b95.html",
  "Technology company files lawsuit over Phoenix body cams",
  r'''PHOENIX (AP) — A rival company is suing Taser International over the loss of the Phoenix police force's body camera contract.
The Arizona Republic reports (http://bit.ly/2lbQUAu ) that Phoenix announced in September that police technology company VieVu won a $3.6 million contract to outfit the city's police force with body cameras. But City Council members delayed the vote that would have made the deal official and scrapped the agreement altogether in January.
City officials say they will soon redo the bidding process to allow the new Phoenix police chief a say in the process.
Attorneys for VieVu, however, say the Scottsdale-based Taser company launched an aggressive outreach campaign to convince Phoenix officials to reconsider the contract.
Taser says it does not comment on potential or pending litigation. Phoenix city officials also declined to comment.''',
  [O("Associated Press", "AP"), O("Axon Enterprise", "Taser International", "Taser"),
   O("The Arizona Republic", "The Arizona Republic"), O("VieVu"),
   O("Phoenix City Council", "City Council")],
  [M("$3.6 million", 3600000, "USD")],
  [])

D("116-rawstory-axon-police-lobbying.txt",
  "https://www.rawstory.com/police-conference-recordings-revealed/",
  "Recordings from law enforcement conferences reveal how tech companies are lobbying cops for contracts",
  r'''Recordings from law enforcement conferences reveal how tech companies are lobbying cops for contracts
Police officer is holding with a rifle Shutterstock

Vice News tech reporter Joseph Cox walked around the National Sheriffs' Association (NSA) conference in Washington, D.C. and what he overheard was astounding.

Reporting Wednesday, Cox recalled the moment he overheard a representative of a tech company talking to law enforcement officers about ways to get their chiefs on board. The Axon tech rep promised a hunting trip for the chief and other senior law enforcement members so he could pitch them. Axon produces tasers, smart weapons, body cameras and other related tools.

"You guys have boatloads of money and if it was me, and I worked for you, I would contact that farm and have a hunting day” with the chief, Vice quoted an officer. “You’d have him all to yourself on a farm with a dog squad. You know, bang, bang, bang. Bring the chiefs up. I’ll tell you right now, you might as well bring the contracts up with you and it’s a done deal."

So, essentially, the company can lobby law enforcement directly and get those departments to request the implementation of expensive technologies. Axon thanked the officer for the information.''',
  [O("Shutterstock"), O("Vice News", "Vice News", "Vice"),
   O("National Sheriffs' Association", "National Sheriffs' Association", "NSA"),
   O("Axon Enterprise", "Axon")],
  [],
  [])

D("117-marketrealist-geo-ice-facilities.txt",
  "https://marketrealist.com/p/what-prisons-does-geo-group-own/",
  "What prisons does GEO Group own?",
  r'''Besides prisons, the GEO Group also operates several U.S. Immigration and Customs Enforcement facilities. ICE contracts were the GEO Group’s single largest source of income in 2019, reports the American Friends Service Committee (AFSC). The company is also the largest ICE facility operator in the U.S. As of March 2019, the company had 14 ICE detention facilities with a capacity of 14,966, according to AFSC reports.''',
  [O("GEO Group", "GEO Group"),
   O("U.S. Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement", "ICE"),
   O("American Friends Service Committee", "American Friends Service Committee", "AFSC")],
  [],
  [C("GEO Group", "contract", "U.S. Immigration and Customs Enforcement", "prisons", 2019,
     "ICE contracts were the GEO Group’s single largest source of income in 2019")])

D("118-defencetalk-blackwater-denies-smuggling.txt",
  "https://defencetalk.com/blackwater-denies-smuggling-weapons-to-iraq-13290",
  "Blackwater denies smuggling weapons to Iraq",
  r'''Agence France-Presse,
WASHINGTON (AFP): US military contractor Blackwater USA rejected Saturday allegations that it had been shipping unlicensed automatic weapons and military equipment to Iraq.
Blackwater's denial came as the security firm has been embroiled in controversy over a fatal shooting incident in Baghdad last Sunday that resulted in the deaths of 10 people.
“Allegations that Blackwater was in any way associated or complicit in unlawful arms activities are baseless,” Blackwater, which guards US embassy officials in Iraq, said in a statement.
“The company has no knowledge of any employee improperly exporting weapons,” said the company based in Moyock, North Carolina.
The News & Observer newspaper, published in Raleigh, North Carolina, reported that two former Blackwater employees have pleaded guilty in Greenville to weapons charges and are cooperating with federal officials investigating Blackwater.
Two sources familiar with the investigation said that prosecutors are looking at whether Blackwater lacked permits for dozens of automatic weapons used at its training grounds in Moyock, the report said.
The investigation is also looking into whether Blackwater was shipping weapons, night-vision scopes, armor, gun kits and other military goods to Iraq without the required permits, according to the paper.
Blackwater said in a statement that it immediately fired the two employees when an internal probe uncovered that they “were stealing from the company.”
It added that it also invited the Bureau of Alcohol, Tobacco, Firearms and Explosives, a US federal agency, to “conduct a thorough investigation.”
The weapons-smuggling investigation was mentioned in a letter sent Tuesday to State Department Inspector General Howard Krongard by Democratic Representative Henry Waxman, The News & Observer said.
The congressman charged that Krongard was impeding the investigation “into whether a large private security contractor working for the State Department was''',
  [O("Agence France-Presse", "Agence France-Presse", "AFP"), O("Blackwater USA", "Blackwater USA", "Blackwater"),
   O("The News & Observer"), O("Bureau of Alcohol, Tobacco, Firearms and Explosives"),
   O("U.S. Department of State", "State Department")],
  [],
  [])

D("119-wanderingraven-manroy-libya-denial.txt",
  "https://wanderingraven.wordpress.com/2011/03/28/if-manroy-didnt-sell-machine-guns-to-libya-who-did-they-sell-them-to/",
  "If Manroy Didn’t Sell Machine Guns to Libya, Who DID They Sell Them To?",
  r'''If Manroy Didn’t Sell Machine Guns to Libya, Who DID They Sell Them To?

Reuters reports British machine gun maker Manroy Engineering has denied that Libya is the customer for £1.3 million in spare parts that Manroy announced recently to buoy its stock offering on the AIM stock exchange. Manroy has recently sold £6 million worth of M2 heavy machine guns to an unnamed ‘Middle Eastern country’.

While Manroy denies that that country is Libya, it declines to disclose the actual customer, only stating that it does not sell weapons to regimes in the region who are ’embargoed’ by the UK government. From its report of its 2011 Annual General Meeting:

The Board notes the press report on 17 March 2011 concerning the recent turmoil in the Middle East and North Africa. The Board states categorically that the Company has never undertaken any arms sales to Libya or to other embargoed countries in the region. Manroy prides itself as having been a key supplier to the UK MoD for 25 years. Manroy adheres strictly to UK legislation concerning the sale of armaments and weapons to foreign countries and governments. Additionally, where the Company sells any of its products overseas, such sales are undertaken in strict adherence to UK Government export regulations and approvals and are only undertaken after all appropriate UK Government licences have been granted.

Which begs the question ‘Who did they sell them to?’

Certainly Israel is a potential customer, as Israel was in the market for a ‘lighter’ machine gun in 2009, as reported on Israel Military Net blog.

What public interest is served by keeping Manroy’s sales secret?''',
  [O("Reuters"), O("Manroy Engineering", "Manroy Engineering", "Manroy"),
   O("Government of the United Kingdom", "UK government", "UK Government"),
   O("UK Ministry of Defence", "UK MoD"), O("Israel Military Net")],
  [M("£1.3 million", 1300000, "GBP"), M("£6 million", 6000000, "GBP")],
  [C("Manroy Engineering", "supplies", "UK Ministry of Defence", "military", None,
     "Manroy prides itself as having been a key supplier to the UK MoD for 25 years.")])

D("120-zik-ukrinmash-denies-south-sudan.txt",
  "https://zik.ua/en/news/2017/09/26/ukraine_denies_sale_of_weapons_to_south_sudan_1174307",
  "Ukraine denies sale of weapons to South Sudan",
  r'''Tuesday, 26 September, 2017, 8:52 Politics
Ukraine denies sale of weapons to South Sudan

The state-run Ukrinmash Co. has never supplies weapons to S. Sudan, and the Amnesty International claim is ungrounded, Ukrinmash rep told Ukrayinska Pravda Sept. 25.

The contract with S.Sudan was signed but was not implemented. We even didn’t receive an export license, Ukrinmash says.

The documents provided by the Amnesty International do not confirm the fact of supplies. Such documents are always drawn up ahead of supplies, Ukrinmash says.

In summer, AI requested information about the contract and Ukrinmash provided it in full, the company says.''',
  [O("Ukrinmash", "Ukrinmash Co.", "Ukrinmash"), O("Amnesty International", "Amnesty International", "AI"),
   O("Ukrayinska Pravda")],
  [],
  [])

D("121-pravda-tula-design-bureau-denies-iraq.txt",
  "https://english.pravda.ru/news/russia/47619-n/",
  "Russian weapon producers reject US accusations",
  r'''Russian weapon producers reject US accusations

The Russian state unitary enterprise Equipment Design Bureau, located in Tula, announced it had not signed contracts with Iraq for supplies of the Kornet anti-tank guided missile system or any other types of weapons. The company's General Designer Alexander Shipunov made this announcement and noted that they had not even negotiated this issue. He believes that the USA has brought these accusations to excuse failures of the US Armed Forces at the initial stage of military action in Iraq.

In 2002, the US government introduced sanctions against some Russian companies, including Equipment Design Bureau, for reportedly registered supplies of anti-tank systems to Lybia, Syria and Sudan.''',
  [O("Equipment Design Bureau"), O("United States Armed Forces", "US Armed Forces"),
   O("United States Government", "US government")],
  [],
  [])


# Batch 2 (see ../README.md, "Batches").
BATCH = 2
CBP = "U.S. Customs and Border Protection"
ICE = "U.S. Immigration and Customs Enforcement"

D("122-einpresswire-cbp-granite-border-wall.txt",
  "https://www.einpresswire.com/article/794416755/cbp-awards-first-border-wall-contract-of-president-trump-s-second-term",
  "CBP awards first border wall contract of President Trump’s second term",
  r'''WASHINGTON – U.S. Customs and Border Protection (CBP) awarded the first border wall contract of President Trump’s second term in office to Granite Construction Co. for $70,285,846 to construct approximately seven miles of new border wall in Hidalgo County, Texas, within the U.S. Border Patrol’s (USBP) Rio Grande Valley (RGV) Sector. This contract is funded with CBP’s Fiscal Year 2021 funds and will close critical openings in the border wall that were left incomplete due to cancelled contracts during the Biden Administration.

The RGV Sector is an area of high-illegal entry and experiences large numbers of individuals and narcotics being smuggled into the country illegally. Completing the border wall in these locations will support the Department of Homeland Security’s (DHS) ability to impede and deny illegal border crossings and the drug- and human-smuggling activities of cartels.

DHS is working to implement President Trump’s Executive Orders titled “Securing our Borders” and “Declaring a National Emergency at the Southern Border of the United States” – which directs the DHS Secretary to take all appropriate actions to deploy and construct physical barriers to ensure complete operational control of the southern border of the United States.''',
  [O(CBP, "U.S. Customs and Border Protection", "CBP"), O("Granite Construction", "Granite Construction Co."),
   O("U.S. Border Patrol", "U.S. Border Patrol", "USBP"),
   O("U.S. Department of Homeland Security", "Department of Homeland Security", "DHS")],
  [M("$70,285,846", 70285846, "USD")],
  [C("Granite Construction", "contract", CBP, "borders", None,
     "U.S. Customs and Border Protection (CBP) awarded the first border wall contract of President Trump’s second term in office to Granite Construction Co. for $70,285,846 to construct approximately seven miles of new border wall in Hidalgo County, Texas",
     70285846, "USD")])

D("123-constructiondive-border-gates-gideon-slsco-barnard.txt",
  "https://constructiondive.com/news/construction-begins-on-texas-border-gates/543476",
  "Construction begins on Texas border gates",
  r'''Dive Brief:
- U.S. Customs and Border Protection, along with the Army Corps of Engineers, announced the start of construction at another section of the U.S.-Mexico border wall, with the latest contract worth up to $5.7 million. San Antonio, Texas-based Gideon Contracting will install automated border wall gates at areas where there are gaps in an existing pedestrian wall.
- Gideon will erect seven gates within the U.S. Border Patrol’s Rio Grande Valley sector in Cameron County, Texas, for $3.7 million. Construction of the seven gates was scheduled to begin Nov. 30. Gideon’s contract also includes a $1.9 million option for four additional gates.
- The CBP plans to install a total of 35 gates, along with related equipment and site upgrades, at the end of or along existing levee ramps close to the U.S. International Boundary and Water Commission levee. Completion of the gates will still grant access to the river to property owners, federal agencies, emergency personnel and other officials but will make it more difficult for smugglers to get across the border.
Dive Insight:
Border wall construction and repairs are ongoing, despite a resistance on the part of many lawmakers to commit to additional funding. President Donald Trump managed to squeak $1.6 billion in border wall funds out of Congress in the last spending bill and wants a reported $5 billion more. The federal government could be headed for a shutdown later this month if the president and lawmakers can’t reach an agreement on the issue.
Despite money squabbles, the CBP has announced hundreds of millions of border wall construction contracts in the past few months. During Thanksgiving week, the agency awarded contracts totaling $491 million to Galveston, Texas-based SLSCO Ltd. ($167 million) and Bozeman, Montana-based contractor Barnard Construction Co. ($324 million) for levee wall and pedestrian replacement walls in Texas and Arizona, respectively.
Earlier last month, CBP also announced it had given SLSC''',
  [O(CBP, "U.S. Customs and Border Protection", "CBP"),
   O("U.S. Army Corps of Engineers", "Army Corps of Engineers"),
   O("Gideon Contracting", "Gideon Contracting", "Gideon"), O("U.S. Border Patrol"),
   O("U.S. International Boundary and Water Commission"), O("U.S. Congress", "Congress"),
   O("SLSCO", "SLSCO Ltd."), O("Barnard Construction", "Barnard Construction Co.")],
  [M("$5.7 million", 5700000, "USD"), M("$3.7 million", 3700000, "USD"), M("$1.9 million", 1900000, "USD"),
   M("$1.6 billion", 1600000000, "USD"), M("$5 billion", 5000000000, "USD"),
   M("$491 million", 491000000, "USD"), M("$167 million", 167000000, "USD"),
   M("$324 million", 324000000, "USD")],
  [C("Gideon Contracting", "contract", CBP, "borders", None,
     "San Antonio, Texas-based Gideon Contracting will install automated border wall gates at areas where there are gaps in an existing pedestrian wall.",
     5700000, "USD"),
   C("SLSCO", "contract", CBP, "borders", None,
     "During Thanksgiving week, the agency awarded contracts totaling $491 million to Galveston, Texas-based SLSCO Ltd. ($167 million) and Bozeman, Montana-based contractor Barnard Construction Co. ($324 million) for levee wall and pedestrian replacement walls in Texas and Arizona, respectively.",
     167000000, "USD"),
   C("Barnard Construction", "contract", CBP, "borders", None,
     "During Thanksgiving week, the agency awarded contracts totaling $491 million to Galveston, Texas-based SLSCO Ltd. ($167 million) and Bozeman, Montana-based contractor Barnard Construction Co. ($324 million) for levee wall and pedestrian replacement walls in Texas and Arizona, respectively.",
     324000000, "USD")])

D("124-thelocal-ap1-ap3-cluster-bomb-plans.txt",
  "https://www.thelocal.se/20080915/14340/",
  "Pension funds divest from cluster bomb firms",
  r'''Pension funds divest from cluster bomb firms

Pension funds divest from cluster bomb firms
Two of Sweden’s public pension funds announced plans on Monday to sell their holdings in companies involved in the manufacturing of cluster bombs.

Both the First and the Third National Pension Funds (AP1 and AP3) are going ahead with the sale following a recommendation from the Ethical Council of the Swedish National Pension Funds.

“The issue concerns inhuman weapons that often injure innocent civilians, an issue that demands action which now has the support of a convention that bans such weapons,” said Carl Rosén, chair of the Ethical Council, in a statement.

In May, Sweden endorsed an international convention banning cluster munitions, prompting many to question whether it was appropriate for the country’s state pension funds to invest in companies that manufactured the weapons.

The Ethical Council ultimately found that the companies contravene the convention and recommended that the First to Fourth Swedish National Pension Funds exclude a number of defence companies from their investment portfolios.

Among the companies to be excluded are several large American defence contractors, including Alliant Techsystems, General Dynamics, Lockheed Martin, L-3 Communications, and Raytheon.

Two South Korean firms, Hanwha Corporation and Poongsan, are also included in the ban.''',
  [O("AP1"), O("AP3", "Third National Pension Funds", "AP3"),
   O("Ethical Council of the Swedish National Pension Funds", "Ethical Council of the Swedish National Pension Funds",
     "Ethical Council"),
   O("Alliant Techsystems"), O("General Dynamics"), O("Lockheed Martin"), O("L-3 Communications"),
   O("Raytheon"), O("Hanwha Corporation"), O("Poongsan")],
  [],
  [])

D("125-avonpensionfund-remain-invested-defence.txt",
  "https://avonpensionfund.org.uk/news/2025/committee-votes-remain-invested-aerospace-defence",
  "Committee votes to remain invested in Aerospace & Defence",
  r'''Committee votes to remain invested in Aerospace & Defence

In a public meeting in Bath on 28 March, the Avon Pension Fund Committee voted to maintain its current approach to investing in Aerospace & Defence. 

The pension fund invests £18m or 0.3% of its £6 billion assets in companies involved with defence*, which primarily supply NATO partners and the UK government.

The pension fund doesn’t manage the investments directly. Brunel Pension Partnership hold the investments on the Fund’s behalf in highly diversified funds which invest in many different companies globally.

The Committee considered two possible approaches to the Aerospace & Defence sector: A) stop investing in Aerospace & Defence, B) continue to invest in companies which comply with UK and other laws in all sectors, including Aerospace & Defence.

As part of its decision, the Committee considered multiple inter-related factors:  financial returns, local employment in defence, the role of Aerospace & Defence companies in UK & NATO defence, the impact of the current exclusion approach, petitioners’ views on the Israel-Palestine conflict and the Committee’s desire to hear the views of the pension fund members.

The Committee noted that divestment – and establishing a new fund excluding Aerospace & Defence companies – would have cost the Fund c. £1.5 million** in one-off and ongoing costs, shared across multiple employers in the Fund. 

The Committee also heard that its investments in Aerospace & Defence comply with UK laws and that companies in which the Fund invests include Bae Systems and GE Aerospace, which both provide Ukraine with defence products. 

The pension fund’s approach to investments in Aerospace & Defence is underpinned by selective exclusions around controversial weapons and heightened risk assessments for companies operating in the sector.''',
  [O("Avon Pension Fund"), O("NATO"), O("Government of the United Kingdom", "UK government"),
   O("Brunel Pension Partnership"), O("BAE Systems", "Bae Systems"), O("GE Aerospace")],
  [M("£18m", 18000000, "GBP"), M("£6 billion", 6000000000, "GBP"), M("£1.5 million", 1500000, "GBP")],
  [C("Avon Pension Fund", "invested", co, "military", None,
     "companies in which the Fund invests include Bae Systems and GE Aerospace, which both provide Ukraine with defence products.")
   for co in ("BAE Systems", "GE Aerospace")])

D("126-seekingalpha-corecivic-adams-county-ice.txt",
  "https://seekingalpha.com/news/3496274-corecivic-gets-new-ice-contract-mississippi-facility",
  "CoreCivic gets new ICE contract at Mississippi facility",
  r'''CoreCivic (NYSE:CXW) gets a new contract under an intergovernmental agreement between Adams County, MS, and Immigration and Customs Enforcement (ICE) at CoreCivic's 2,232-bed Adams County Correctional Center in Adams County, MS.

The new management started on Aug. 29, 2019 and has an initial five-year term, with unlimited extension options thereafter upon mutual agreement.

Upon normalized utilization of the Adams County facility the new contract is expected to generate ~$50M-$60M in annualized revenue.

CoreCivic was already caring for ~600 adult ICE detainees at the facility under an amended contract with the Federal Bureau of Prisons that expired on Aug. 30, 2019, and anticipates ICE will begin utilizing additional capacity at the facility under the new contract.''',
  [O("CoreCivic"), O("New York Stock Exchange", "NYSE"), O("Adams County", "Adams County, MS"),
   O(ICE, "Immigration and Customs Enforcement", "ICE"), O("Federal Bureau of Prisons")],
  [M("$60M", 60000000, "USD")],
  [C("CoreCivic", "contract", ICE, "prisons", 2019,
     "CoreCivic (NYSE:CXW) gets a new contract under an intergovernmental agreement between Adams County, MS, and Immigration and Customs Enforcement (ICE) at CoreCivic's 2,232-bed Adams County Correctional Center in Adams County, MS."),
   C("CoreCivic", "contract", "Federal Bureau of Prisons", "prisons", 2019,
     "CoreCivic was already caring for ~600 adult ICE detainees at the facility under an amended contract with the Federal Bureau of Prisons that expired on Aug. 30, 2019")])

D("127-emporianews-corecivic-leavenworth-ice.txt",
  "https://emporianews.com/corecivic-secures-new-ice-contract-amid-kansas-prison-legal-uncertainty",
  "CoreCivic secures new ICE contract amid Kansas prison legal uncertainty",
  r'''CoreCivic has entered into a new $60 million annual contract with Immigration and Customs Enforcement (ICE) to house migrant detainees at its Leavenworth, Kansas, facility. However, the deal cannot be activated until pending legal disputes are resolved.
The contract, which was officially announced on September 7, replaces a temporary six-month ICE agreement that began on March 7.
Contract Structure and Facility Capacity
The updated contract includes a fixed monthly payment, along with additional revenue determined by the number of detainees held at the facility. The Leavenworth center has a maximum capacity of 1,033 detainees.
According to CoreCivic’s statement, the agreement will only begin once the temporary injunction issued by a Kansas district court is lifted.
Ongoing Legal Battle with the City of Leavenworth
At the center of the dispute is whether CoreCivic, based in Nashville, Tennessee, must comply with the city’s development process and apply for a special use permit before reopening the detention facility.
A court order has temporarily blocked the company from accepting detainees until the legal matter is resolved. CoreCivic has filed an appeal against the ruling.
The company noted it cannot determine when or if these legal issues will be settled.
Expansion Beyond Kansas: California Facility Contract
In addition to the Leavenworth deal, CoreCivic also announced a separate ICE contract for its 2,560-bed California City Immigration Processing Center in Kern County, California. Like the Leavenworth site, this facility has been vacant in recent years.
CoreCivic President and COO Patrick Swindle stated:
“Once both facilities are fully operational, we anticipate a combined annual revenue of nearly $200 million. While the intake process at the Midwest Regional Reception Center is delayed, we are offering new employees redeployment opportunities at other active facilities until legal hurdles are resolved.”
The $60 million ICE contract signals CoreCivic’s''',
  [O("CoreCivic"), O(ICE, "Immigration and Customs Enforcement", "ICE"),
   O("City of Leavenworth", "City of Leavenworth"), O("Kansas district court")],
  [M("$60 million", 60000000, "USD"), M("$200 million", 200000000, "USD")],
  [C("CoreCivic", "contract", ICE, "prisons", None,
     "CoreCivic has entered into a new $60 million annual contract with Immigration and Customs Enforcement (ICE) to house migrant detainees at its Leavenworth, Kansas, facility.",
     60000000, "USD")])

D("128-govtech-viisage-massachusetts-police.txt",
  "http://www.govtech.com/security/Massachusetts-Police-Departments-to-Use-Facial.html",
  "Massachusetts Police Departments to Use Facial Recognition Solution",
  r'''Massachusetts Police Departments to Use Facial Recognition Solution

A collaboration of Massachusetts's cities has awarded a contract to Viisage Technology to implement its facial recognition solution.

MASSACHUSETTS - The Massachusetts Cities Collaborative, a group of law enforcement agencies in the area, will deploy facial recognition technology to help identify known terrorists and drug dealers and monitor gang activity.

The group awarded a $1 million contract to Viisage Technology to implement its FaceEXPLORER face recognition solution to help the police departments during the investigative and booking processes. The contract was awarded by the New Bedford Massachusetts Police Department, representing the group that included police departments in Auburn, Brockton, Fall River, Fitchburg and Littleton.

The solution will network image databases between the participating cities, allowing law enforcement to share information in real time. The project will include the design, development and implementation of a networked, state-of-the-art, scalable face recognition image capture system to meet the operational needs of the multiple law enforcement agencies. The system will be patterned after similar systems from Viisage already in use independently by the Auburn, Police Department and the Pinellas County Sheriff's Office in Florida.

The effort to deploy facial recognition software received strong support from Congress last year from the Massachusetts delegation led by Sen. Ted Kennedy. The result was a $1million appropriation to the state's police departments.''',
  [O("Viisage Technology", "Viisage Technology", "Viisage"), O("Massachusetts Cities Collaborative"),
   O("New Bedford Police Department", "New Bedford Massachusetts Police Department"),
   O("Auburn Police Department", "Auburn, Police Department"),
   O("Pinellas County Sheriff's Office"), O("U.S. Congress", "Congress")],
  [M("$1 million", 1000000, "USD")],
  [C("Viisage Technology", "contract", "Massachusetts Cities Collaborative", "policing", None,
     "The group awarded a $1 million contract to Viisage Technology to implement its FaceEXPLORER face recognition solution to help the police departments during the investigative and booking processes.",
     1000000, "USD"),
   C("Viisage Technology", "supplies", "Auburn Police Department", "policing", None,
     "The system will be patterned after similar systems from Viisage already in use independently by the Auburn, Police Department and the Pinellas County Sheriff's Office in Florida."),
   C("Viisage Technology", "supplies", "Pinellas County Sheriff's Office", "policing", None,
     "The system will be patterned after similar systems from Viisage already in use independently by the Auburn, Police Department and the Pinellas County Sheriff's Office in Florida.")])

D("129-newschannel6-wfpd-vigilant-solutions.txt",
  "http://www.newschannel6now.com/story/36787895/facial-recognition-technology-a-tap-away-for-wfpd/",
  "Facial recognition technology a tap away for WFPD",
  r'''Facial recognition technology a tap away for WFPD

WICHITA FALLS, TX (KAUZ) - Wichita Falls City Council approved spending $59,000 in grant money for a facial recognition program for two years for the WFPD.

WFPD received the grant from the Office of the Governor, Homeland Security Program last week.

The money will be used to buy an app from a facial recognition company, Vigilant Solutions.

Using the app on their phones, officers will be able to take photos of suspects or of surveillance video and those photos will go to the cloud to compare it with thousands of suspects in WFPD's system.

Police Chief Manuel Borrego said it will help identify uncooperative suspects or suspects that give false identities.

"We feel it's going to be very important and very advantageous to our officers on the street and detectives as they try to clear some of these cases."

Chief Borrego said they still need to buy camera systems that will enhance the project.

WFPD will receive training from Vigilant Solutions before they begin to use the system Borrego said.

Copyright 2017 KAUZ All Rights Reserved''',
  [O("Wichita Falls Police Department", "WFPD"), O("KAUZ"), O("Wichita Falls City Council"),
   O("Office of the Governor of Texas", "Office of the Governor"), O("Vigilant Solutions")],
  [M("$59,000", 59000, "USD")],
  [C("Vigilant Solutions", "supplies", "Wichita Falls Police Department", "policing", None,
     "The money will be used to buy an app from a facial recognition company, Vigilant Solutions.")])

D("130-documentedny-corecivic-ice-contracts.txt",
  "https://documentedny.com/?p=11755",
  "CoreCivic",
  r'''Corrections Corporation of America, now known as CoreCivic, is the second largest private corrections company in the country. Reporting $1.98 billion in revenue in 2019, CoreCivic owns and operates private prisons and immigration detention centers across the U.S. in contract with federal and state governments. As of 2019, CoreCivic operated 50 correctional and detention facilities, of which 12 are primarily contracted with ICE. CoreCivic’s contracts with ICE totaled $579.4 million dollars, amounting to 29% of their total revenue in 2019, U.S. Securities and Exchange Commission filings reveal.
The individual contracts awarded to CoreCivic for detention centers can be massive. In the summer of 2016, the Obama administration awarded CoreCivic a $1 billion deal to build and operate a detention facility for women and children seeking asylum primarily from Central America. CoreCivic was also awarded a nearly $2.1 billion five-year contract with ICE to operate a San Diego detention facility in 2019.
ICE detention centers contracted with CoreCivic have faced multiple allegations of civil rights abuses, including providing inadequate mental health care, guards abusing detainees who ask for medical care, and guards using pepper spray on detainees protesting a lack of adequate coronavirus precautions.''',
  [O("CoreCivic", "Corrections Corporation of America", "CoreCivic"), O(ICE, "ICE"),
   O("U.S. Securities and Exchange Commission"), O("Obama administration")],
  [M("$1.98 billion", 1980000000, "USD"), M("$579.4 million", 579400000, "USD"),
   M("$1 billion", 1000000000, "USD"), M("$2.1 billion", 2100000000, "USD")],
  [C("CoreCivic", "contract", ICE, "prisons", 2019,
     "CoreCivic was also awarded a nearly $2.1 billion five-year contract with ICE to operate a San Diego detention facility in 2019.",
     2100000000, "USD"),
   C("CoreCivic", "contract", "Obama administration", "prisons", 2016,
     "In the summer of 2016, the Obama administration awarded CoreCivic a $1 billion deal to build and operate a detention facility for women and children seeking asylum primarily from Central America.",
     1000000000, "USD")])

D("131-defensenews-palantir-dcgs-a-army.txt",
  "https://www.defensenews.com/land/2019/03/29/palantir-who-successfully-sued-the-army-just-won-a-major-army-contract/",
  "Palantir, who successfully sued the Army, just won a major Army contract",
  r'''WASHINGTON — Silicon Valley-based Palantir, who sued the U.S. Army several years ago over the service’s procurement strategy of an intelligence analysis system, has won an Army contract to provide just that.

Palantir beat out Raytheon in a head-to-head competition to provide the Army a new tactical version of its Distributed Common Ground System—Army, or DGCS-A, The Washington Post first reported.

The contract to provide a new system — a “capability drop 1” version — is worth $876 million over 10 years. But the first delivery order is just for $20 million, according to an industry source.

Palantir sued the Army in 2016 in the U.S. Court of Federal Claims for what it says was an unlawful procurement solicitation for the service’s next iteration of DCGS-A that shut the company’s commercial offering out of the competition.

The lawsuit argued the Army should be stopped from moving forward on an unlawful and risk-prone software development project that would reinvent the wheel at a very high price.

The court ruled in favor of Palantir in October 2016 and upheld Palantir’s central legal argument that the Army violated a 1994 law — the Federal Acquisition Streamlining Act — by not conducting the market research needed to determine if commercially available items could meet its needs with or without modification.

The judge ordered the Army seriously look at whether commercial products existed to meet its needs.

The Army’s previous internal development path for its intelligence software suite has long been marred in controversy. As the service spent billions to develop DCGS-A, actual users of the system in theater complained that it had problems and was too complicated. Some units had been given Palantir technology instead through an urgent request to map improvised explosive devices on the battlefield and track associated intelligence. When more units asked for it, the Army blocked those orders.

The controversy bled onto Capitol Hill in 201''',
  [O("Palantir Technologies", "Palantir"), O("U.S. Army", "U.S. Army", "Army"), O("Raytheon"),
   O("The Washington Post"), O("U.S. Court of Federal Claims")],
  [M("$876 million", 876000000, "USD"), M("$20 million", 20000000, "USD")],
  [C("Palantir Technologies", "contract", "U.S. Army", "military", None,
     "Silicon Valley-based Palantir, who sued the U.S. Army several years ago over the service’s procurement strategy of an intelligence analysis system, has won an Army contract to provide just that.",
     876000000, "USD")])

D("132-hstoday-cbp-fisher-laredo-wall.txt",
  "https://www.hstoday.us/industry/cbp-awards-border-wall-system-contract/",
  "CBP Awards Border Wall System Contract",
  r'''U.S. Customs and Border Protection (CBP) has awarded a contract to construct approximately 17 miles of contiguous new border wall system within U.S. Border Patrol’s Laredo Sector located in Webb County, Texas. Construction will occur where no barriers currently exist.

The contract was awarded to Fisher Sand and Gravel Company, DBA Fisher Industries, for a total contract value including options of $289,500,000.00. This project is funded by CBP’s Fiscal Year (FY) 2020 appropriations.

The Laredo Sector is an area of high illegal activity, with over 21,750 illegal alien apprehensions and over 30,150 pounds of drugs seized this FY to date. The majority of activity is occurring in areas where Laredo Sector lacks infrastructure, access and mobility, and technology. These projects will improve Laredo Sector’s ability to impede and deny illegal border crossings and the drug and human smuggling activities of transnational criminal organizations.''',
  [O(CBP, "U.S. Customs and Border Protection", "CBP"), O("U.S. Border Patrol"),
   O("Fisher Sand and Gravel Company", "Fisher Sand and Gravel Company", "Fisher Industries")],
  [M("$289,500,000.00", 289500000, "USD")],
  [C("Fisher Sand and Gravel Company", "contract", CBP, "borders", None,
     "The contract was awarded to Fisher Sand and Gravel Company, DBA Fisher Industries, for a total contract value including options of $289,500,000.00.",
     289500000, "USD")])

# Batch 3: other outlets and bodies (Anduril's towers for CBP, Frontex's first aerial
# surveillance contract, a state pension fund selling GEO Group, UK MoD contracts,
# ShotSpotter for two cities), annotated from the text alone before the extractor
# was run on them.
BATCH = 3
UKMOD = "UK Ministry of Defence"

D("133-fcw-cbp-anduril-surveillance-towers.txt",
  "https://fcw.com/articles/2020/07/02/rockwell-cbp-surveillance-anduril.aspx",
  "CBP taps Anduril for virtual border sentinel system",
  r'''Customs and Border Protection plans to deploy up to 200 autonomous surveillance towers as it expands its work with the portable, off-the-grid systems into a program of record.

The towers, supplied by contractor Anduril, are designed as unmanned sentinels along the Southern border with Mexico that operate autonomously in remote areas where grid power is not available.

The agency has been testing the technology for a couple of years. CBP tested four of the towers in the San Diego region in early 2018, and has bought 56 additional towers since, it said in its statement. Ultimately, CBP wants to procure and deploy 140 more in fiscal 2021 and 2022.

In prepared testimony at a February appropriations hearing, acting DHS chief Chad Wolf said that CBP was looking for a $28 million increase to support the rollout of 30 autonomous surveillance towers.

Under questioning at the same hearing, Wolf said the plan called for the eventual deployment of 200 such towers.

Sen. Jon Tester (D-Mont.) spoke approvingly of the technological approach and questioned the necessity of a physical border wall.

"Because 10 or 20 years from now, there will be different challenges and you'll be able to change that technology to meet the 21st century challenges that a wall is not going to be able to meet," Tester said. "Mark my word, if I live long enough, there will be somebody standing in front of that wall, some president, that will say, 'Tear down this wall,' because it's much more effective utilizing technology, and it's a fact."

In a statement to FCW, a CBP spokesperson stressed the autonomous towers will supplement, not replace, existing Remote Video Surveillance System (RVSS) and Integrated Fixed Towers (IFT) already in border sections in Arizona and Texas, as well as''',
  [O(CBP, "Customs and Border Protection", "CBP"), O("Anduril Industries", "Anduril"),
   O("U.S. Department of Homeland Security", "DHS"), O("FCW")],
  [M("$28 million", 28000000, "USD")],
  [C("Anduril Industries", "supplies", CBP, "borders", None,
     "The towers, supplied by contractor Anduril, are designed as unmanned sentinels along the Southern border with Mexico that operate autonomously in remote areas where grid power is not available.\n\nThe agency has been testing the technology for a couple of years. CBP tested four of the towers in the San Diego region in early 2018, and has bought 56 additional towers since, it said in its statement.")])

D("134-statewatch-frontex-aerial-surveillance-dea.txt",
  "http://www.statewatch.org/news/2014/aug/frontex-aerial-surveillance.htm",
  "Frontex presses on with aerial surveillance projects",
  r'''Frontex presses on with aerial surveillance projects

EU border agency Frontex has made progress in its attempts to acquire and deploy aerial surveillance technology, with the completion of a pilot project at the Bulgaria-Turkey border in early July. According to the agency, the project has outlined "new approaches in Frontex policy for future acquisition of operational assets and services."

Eye in the sky

The pilot project began on 26 May and ended on 4 July. During this time 35 flights of a manned surveillance aircraft took place, notching up a total flight time of 115 hours.

Frontex told Statewatch that the project had "two specific objectives":

  • To contract a complete service for aerial border surveillance; and
  • To assess the preparedness (the reaction time) of the potential contractor in order to establish future Frontex policy for contracting surveillance services. [1]

Further aims were to:

"[A]ssess the operational effectiveness and cost-efficiency of the surveillance service, as well as to identify possible challenges related to the specifics of the national regulations at the country of deployment and neighbouring third countries."

The "main conclusion" was that:

"[A]mong the economic operators exists enough capacity to provide aerial surveillance service for Frontex Joint Operations. This service is accessible, qualitative, effective and cost efficient, which stipulates new approaches in Frontex policy for future acquisition of operational assets and services."

The project also found that the "huge amount of data transfer over Internet" required "made the access to high speed, wide band Internet an important issue for the project implementation." This finding makes "the Internet providers important stakeholders in purchase of surveillance services."

The contract for the pilot project was worth €270,000 and was awarded to UK-based company Diamond Executive Aviation (DEA), which acknowledged it with a post on their website:''',
  [O("Frontex"), O("Statewatch"), O("Diamond Executive Aviation", "Diamond Executive Aviation", "DEA")],
  [M("€270,000", 270000, "EUR")],
  [C("Diamond Executive Aviation", "contract", "Frontex", "borders", None,
     "The contract for the pilot project was worth €270,000 and was awarded to UK-based company Diamond Executive Aviation (DEA)",
     270000, "EUR")])

D("135-pionline-new-jersey-pension-geo-group.txt",
  "https://www.pionline.com/article/20180831/ONLINE/180839963/new-jersey-pension-fund-divests-1-3-million-stake-in-private-prison-company",
  "new jersey pension fund divests 1 3 million stake in private prison company",
  r'''New Jersey Pension Fund, Trenton, has sold its $1.3 million stake in private prison company Geo Group, confirmed Jennifer Sciortino, a spokeswoman for the state Department of the Treasury, whose division of investment manages investments for the $78.6 billion pension fund.
"Our division of investment reviewed the investment merits, including consideration of environmental, social and governance issues, and consistent with its fiduciary responsibility elected to sell the security," Ms. Sciortino wrote in an email Friday. The sale was completed Aug. 23.
"Issues such as this underscore the need to have a formalized ESG policy in place to help inform investment decisions," Ms. Sciortino added. "We expect the State Investment Council to adopt this policy the next time it meets." The council, which formulates policies for the division of investment, is scheduled to meet Sept. 27.
The New Jersey Pension Fund is one of several public pension funds that have announced plans to sell stakes in private prison companies or have already divested.
Two weeks ago, for example, the $9.8 billion Chicago Public School Teachers' Pension & Retirement Fund placed on its prohibited investment list private prison companies and businesses that operate immigration child detention centers. The pension fund had announced Aug. 17 that it would divest holdings of about $548,000 in these companies.
In July, the $206.9 billion New York State Common Retirement Fund, Albany, announced divestitures of its private prison holdings of $9.6 million.''',
  [O("New Jersey Pension Fund"), O("GEO Group", "Geo Group"),
   O("New Jersey Department of the Treasury", "Department of the Treasury"),
   O("New Jersey Division of Investment", "division of investment"),
   O("New Jersey State Investment Council", "State Investment Council"),
   O("Chicago Public School Teachers' Pension & Retirement Fund"),
   O("New York State Common Retirement Fund")],
  [M("$1.3 million", 1300000, "USD"), M("$78.6 billion", 78600000000, "USD"),
   M("$9.8 billion", 9800000000, "USD"), M("$548,000", 548000, "USD"),
   M("$206.9 billion", 206900000000, "USD"), M("$9.6 million", 9600000, "USD")],
  [C("New Jersey Pension Fund", "divested", "GEO Group", "prisons", None,
     "New Jersey Pension Fund, Trenton, has sold its $1.3 million stake in private prison company Geo Group",
     1300000, "USD")])

D("136-heart-np-aerospace-army-contract.txt",
  "https://www.heart.co.uk/westmids/news/local/coventry-company-wins-63m-army-contract/",
  "Coventry Company Wins £63m Army Contract",
  r'''Coventry Company Wins £63m Army Contract

The Ministry of Defence has announced a 63-million pound contract for a Coventry company to maintain the Army's cutting-edge fleet of armoured vehicles.

NP Aerospace in Foleshill will be in charge of the upkeep, updating and upgrading of almost 2-and-a-half thousand vehicles.

The contract will support approximately 100 jobs in Coventry and 250 jobs across the UK.

Defence Minister Stuart Andrew, said: "Armoured vehicles save lives on the battlefield and this contract will ensure they are repaired, upgraded and returned to the frontline as quickly as possible.

"This vital contract demonstrates how the MOD benefits every region of the UK by providing hundreds of skilled jobs and multi-million-pound investment to the West Midlands."



Director Land Equipment for DE&S, Major General Colin McClean said: "The Protected Mobility fleet has been hugely important for defence over the last 15 years, saving numerous lives on operations. It is vital that we continue to invest in our battle-winning capabilities, ensuring that they are always ready for training or operational purposes.

Given its significant role now and in the future, I am pleased we are partnering with NP Aerospace to deliver this contract".''',
  [O(UKMOD, "Ministry of Defence", "MOD"), O("British Army", "Army"), O("NP Aerospace"),
   O("Defence Equipment and Support", "DE&S")],
  [M("£63m", 63000000, "GBP")],
  [C("NP Aerospace", "contract", UKMOD, "military", None,
     "The Ministry of Defence has announced a 63-million pound contract for a Coventry company to maintain the Army's cutting-edge fleet of armoured vehicles.\n\nNP Aerospace in Foleshill will be in charge of the upkeep, updating and upgrading of almost 2-and-a-half thousand vehicles.",
     63000000, "GBP")])

D("137-parallelparliament-mod-contracts-100-500m.txt",
  "https://parallelparliament.co.uk/question/100922/defence-procurement",
  "Defence: Procurement",
  r'''Defence: Procurement

(asked on 17th December 2025) - View Source

Question to the Ministry of Defence:

To ask the Secretary of State for Defence, pursuant to the Answer of 27 November 2025 to Question 93964 on Defence: Contracts, what the 177 contracts valued between £100 million and £500 million are for.


Answered by
Luke Pollard Portrait
Luke Pollard
Minister of State (Ministry of Defence)
This question was answered on 5th January 2026

The Department confirms that there were only twenty-six contracts valued between £100 million and £500 million. Details of these contracts are provided below.

The Department is withholding information on six of these contracts for the purposes of safeguarding national security.

1. SODEXO LTD - OPC Cyprus Soft Facilities Management. The OPC SFM contract refers to the UK Ministry of Defence's (MOD) Soft Facilities Management (SFM) services on an overseas estate.

2. RHEINMETALL BAE SYSTEMS LAND LIMITED - Heavy Armour Post Design Services (Land Common Pillar.)

3. BRIGGS MARINE CONTRACTORS LIMITED - DMS Supply and Maintenance of Authority Moorings, Markers and Targets. The Contract covers the following services: the maintenance of moorings, target moorings and navigation marks owned by the Authority, the replacement of moorings and navigation marks and the sourcing, storage and supply of moorings and navigation mark components.

4. SERCO LIMITED – Defence Marine Services Offshore Support to Military Training and Exercises. The contract will provide discrete Defence services for Offshore Support to Military Training and Exercises in UK waters and select overseas territories.

5. GENERAL ATOMICS AERONAUTICAL SYSTEMS, INC. - Protector Availability Support Solution (PASS.) The provision of spares and logistics support to the Protector Air Vehicle

6. BAE SYSTEMS SURFACE SHIPS LIMITED - In Service Support for Combat Management Systems (CMS) SI and Networks. This Contract provides In Service Support (ISS) of CMS, BAES Shared Infr''',
  [O(UKMOD, "Ministry of Defence", "UK Ministry of Defence", "MOD", "Department"),
   O("Sodexo", "SODEXO LTD"), O("Rheinmetall BAE Systems Land", "RHEINMETALL BAE SYSTEMS LAND LIMITED"),
   O("Briggs Marine Contractors", "BRIGGS MARINE CONTRACTORS LIMITED"), O("Serco", "SERCO LIMITED"),
   O("General Atomics Aeronautical Systems", "GENERAL ATOMICS AERONAUTICAL SYSTEMS, INC."),
   O("BAE Systems Surface Ships", "BAE SYSTEMS SURFACE SHIPS LIMITED")],
  [M("£100 million", 100000000, "GBP"), M("£500 million", 500000000, "GBP")],
  [C(co, "contract", UKMOD, "military", None, ev) for co, ev in (
      ("Sodexo", "1. SODEXO LTD - OPC Cyprus Soft Facilities Management. The OPC SFM contract refers to the UK Ministry of Defence's (MOD) Soft Facilities Management (SFM) services on an overseas estate."),
      ("Rheinmetall BAE Systems Land", "2. RHEINMETALL BAE SYSTEMS LAND LIMITED - Heavy Armour Post Design Services (Land Common Pillar.)"),
      ("Briggs Marine Contractors", "3. BRIGGS MARINE CONTRACTORS LIMITED - DMS Supply and Maintenance of Authority Moorings, Markers and Targets."),
      ("Serco", "4. SERCO LIMITED – Defence Marine Services Offshore Support to Military Training and Exercises."),
      ("General Atomics Aeronautical Systems", "5. GENERAL ATOMICS AERONAUTICAL SYSTEMS, INC. - Protector Availability Support Solution (PASS.)"),
      ("BAE Systems Surface Ships", "6. BAE SYSTEMS SURFACE SHIPS LIMITED - In Service Support for Combat Management Systems (CMS) SI and Networks."))])

D("138-capegirardeau-shotspotter-resolution.txt",
  "https://capegirardeau.novusagenda.com/agendapublic/CoverSheet.aspx?ItemID=9052&MeetingID=356",
  "Item Coversheet",
  r'''AGENDA REPORT
Cape Girardeau City Council

22-09



SUBJECT
A resolution authorizing the city manager to enter into a contract with ShotSpotter for the purposes of providing subscription-based gunshot detection technology. 

EXECUTIVE SUMMARY

ShotSpotter Respond is an innovative technology designed to identify, locate, and track active gunfire within a defined area. Using this technology, officers of the Cape Girardeau Police Department will be able to more effectively and efficiently respond to reports of gunshots within the program's targeted area. ShotSpotter will deploy networked gunshot detection sensors in a proposed 1.2 square mile area (depicted in the attached proposal). These sensors will detect and locate outdoor gunshot activity inside the coverage area and send that information to ShotSpotter's Incident Review Center (IRC). That information will be analyzed through a two-factor review process designed to filter out incidents determined not to be gunfire. Incidents determined to be gunfire will be disseminated to the Cape Girardeau 911 Communications Center and patrol officers' in-vehicle tablets. From a gunshot to dispatch, this process is designed to occur within 60 seconds.

The proposed ShotSpotter technology will provide the opportunity for officers to more accurately and quickly respond directly to shooting scenes. The decrease in response time will allow for a better chance of arriving before a shooter flees a scene or witnesses have dispersed. Additionally, pinpointing precise locations of gunfire increase the likelihood of locating evidence upon an officer's arrival.

The proposed service agreement includes an annual subscription fee of $59,400 per year to cover a 1.2 square mile radius. The contract terms are for three (3) years for a total of $178,200. Federal American Rescue Plan (ARP) grants are the proposed funding source for the ShotSpotter project.''',
  [O("Cape Girardeau City Council"), O("ShotSpotter"), O("Cape Girardeau Police Department"),
   O("Cape Girardeau 911 Communications Center")],
  [M("$59,400", 59400, "USD"), M("$178,200", 178200, "USD")],
  [])

D("139-upmatters-detroit-council-shotspotter.txt",
  "https://www.upmatters.com/news/michigan-news/detroit-council-approves-traffic-light-camera-contract/",
  "detroit council approves traffic light camera contract",
  r'''DETROIT (AP) — The Detroit City Council has approved contracts for traffic light-mounted surveillance cameras and software that helps police pinpoint areas where guns have been fired.
The Detroit News reports Tuesday that the city will spend nearly $4 million on the 215 surveillance cameras and technology which officials said will provide notifications of power outages from bad weather or traffic crashes.
Officials said the cameras can be used by police to gather information but cannot identify people or license plates.
The city also will spend $1.5 million over four years on ShotSpotter, a sound sensor software system expected to be used early next year in two police precincts.''',
  [O("Associated Press", "AP"), O("Detroit City Council"), O("The Detroit News"), O("ShotSpotter")],
  [M("$4 million", 4000000, "USD"), M("$1.5 million", 1500000, "USD")],
  [C("ShotSpotter", "contract", "Detroit City Council", "policing", None,
     "The city also will spend $1.5 million over four years on ShotSpotter, a sound sensor software system expected to be used early next year in two police precincts.",
     1500000, "USD")])

D("140-aicio-chicago-teachers-divest-private-prisons.txt",
  "https://www.ai-cio.com/news/chicago-teachers-divest-private-prisons-immigration-detention-centers/",
  "Chicago Teachers to Divest Private Prisons, Immigration Detention Centers",
  r'''Chicago Teachers to Divest Private Prisons, Immigration Detention Centers

The fund is also barred from making any future investments in these industries.

The $10.8 billion Chicago Teachers’ Pension Fund Board of Trustees voted Friday to sell stocks in private prisons and immigrant detention centers worth more than $500,000.

The board also voted against any future investments in such businesses. The fund’s investment managers must unload these holdings as soon as “reasonably practical,” according to a statement.

Jay C. Rehak, the president of the CTPF Board of Trustees, said the prisons and detainment centers “deliberately outsource public services and foster unsafe working and living conditions.” The two companies targeted, CoreCivic (the teachers’ fund has 7,900 shares) and Geo Group (a heftier 13,825), house both domestic prisoners and immigrants.

The teachers’ pension plan has $548,000 invested in these companies, and indicated the money would be re-allocated to other stocks or bonds.

“We know these institutions disproportionately incarcerate people of color and those who live below the poverty line, house immigrant children and perpetuate the separation of immigrant families,” Rehak said. Further, he added, they “put at risk unprotected, low-wage employees, while lacking fiscal and operational transparency.”

This comes at a time where public pension funds are beginning to remove themselves from correctional facilities. Last year, the $194 billion New York City Pension Funds became the first to divest completely from private prisons, with the rest of the state following the move last month. The $228 billion California State Teachers’ Retirement System (CalSTRS) is also currently evaluating its penitentiary holdings.

Public pensions funds “represent diverse memberships and the amount of assets can be used as leverage” against the likes of Core Civic and Geo, said Angela Miller May, Chicago Teachers’ chief investment off''',
  [O("Chicago Teachers' Pension Fund", "Chicago Teachers’ Pension Fund", "CTPF"),
   O("CoreCivic", "CoreCivic", "Core Civic"), O("GEO Group", "Geo Group", "Geo"),
   O("New York City Pension Funds"),
   O("CalSTRS", "California State Teachers’ Retirement System", "CalSTRS")],
  [M("$10.8 billion", 10800000000, "USD"), M("$500,000", 500000, "USD"),
   M("$548,000", 548000, "USD"), M("$194 billion", 194000000000, "USD"),
   M("$228 billion", 228000000000, "USD")],
  [C("Chicago Teachers' Pension Fund", "invested", co, "prisons", None,
     "The two companies targeted, CoreCivic (the teachers’ fund has 7,900 shares) and Geo Group (a heftier 13,825), house both domestic prisoners and immigrants.")
   for co in ("CoreCivic", "GEO Group")])

# Batch 4: pension funds and the UN settlements list (ABP), Italy's boats for the Libyan
# coast guard, county electronic monitoring (BI), a city council and Clearview AI,
# Kongsberg and Hanwha Aerospace; two documents with no claim.
BATCH = 4

D("141-ipe-abp-divests-un-listed-caterpillar.txt",
  "https://www.ipe.com/news/abp-divests-from-un-listed-companies-involved-with-israeli-settlements/10132908.article",
  "abp divests from un listed companies involved with israeli settlements",
  r'''Dutch civil service scheme ABP has sold all its equity stakes in the 158 companies identified by the United Nations’ Human Rights Council as contributing to illegal Israeli settlements in the Occupied Palestinian Territories. It has also divested from Caterpillar, a supplier of armoured bulldozers to Israel’s army.
The changes in the investment portfolio became public today (Wednesday, 1 October), when the pension fund published the quarterly update of its investment portfolio on its website.
This showed the fund, the largest in the Netherlands with €520bn in assets under management, had sold its €368m stake in Caterpillar in the second quarter of 2025.
With the sale, the fund followed the example of the other four largest pension funds in the country. PFZW, PME, PMT and Bpf Bouw all sold their stakes in Caterpillar over the past year. Caterpillar was identified by the UN in 2024 as one of the suppliers of the Israeli army (IDF), making it responsible for human rights violations by the IDF.

UN Human Rights Council
An ABP spokesperson declined to comment on the reasons for the Caterpillar divestment. However, Caterpillar was not the only company sold by the pension fund.
On 26 September, the UN Human Rights Council published a list of 158 additional companies that supply goods or services to illegal Israeli settlements in the Occupied Palestinian Territories.
According to ABP’s updated portfolio of listed stocks, the pension fund no longer invests in any of these companies.
In the second quarter of 2025, it sold a €65m stake in Booking.com, which lists hotels and properties in illegal Israeli settlements on its website.
It also sold its €48m holding in the German construction company Heidelberg Cement and its €22m stake in Altice, a telecoms firm that is also on the UN list.
An ABP spokesperson declined to confirm the exact reason why the companies in question were sold, but noted that human rights have a more prominent place in the fund’s investme''',
  [O("ABP"), O("UN Human Rights Council", "United Nations’ Human Rights Council", "UN Human Rights Council"),
   O("United Nations", "UN"), O("Caterpillar"),
   O("Israel Defense Forces", "Israel’s army", "Israeli army", "IDF"),
   O("PFZW"), O("PME"), O("PMT"), O("Bpf Bouw"), O("Booking.com"),
   O("HeidelbergCement", "Heidelberg Cement"), O("Altice")],
  [M("€520bn", 520000000000, "EUR"), M("€368m", 368000000, "EUR"), M("€65m", 65000000, "EUR"),
   M("€48m", 48000000, "EUR"), M("€22m", 22000000, "EUR")],
  [C("ABP", "divested", "Caterpillar", "military", 2025,
     "This showed the fund, the largest in the Netherlands with €520bn in assets under management, had sold its €368m stake in Caterpillar in the second quarter of 2025.",
     368000000, "EUR"),
   C("Caterpillar", "supplies", "Israel Defense Forces", "military", None,
     "Caterpillar was identified by the UN in 2024 as one of the suppliers of the Israeli army (IDF), making it responsible for human rights violations by the IDF."),
   C("ABP", "divested", "Booking.com", "occupation", 2025,
     "In the second quarter of 2025, it sold a €65m stake in Booking.com, which lists hotels and properties in illegal Israeli settlements on its website.",
     65000000, "EUR"),
   C("ABP", "divested", "HeidelbergCement", "occupation", None,
     "It also sold its €48m holding in the German construction company Heidelberg Cement and its €22m stake in Altice, a telecoms firm that is also on the UN list.",
     48000000, "EUR"),
   C("ABP", "divested", "Altice", "occupation", None,
     "It also sold its €48m holding in the German construction company Heidelberg Cement and its €22m stake in Altice, a telecoms firm that is also on the UN list.",
     22000000, "EUR")]
  + [C(f, "divested", "Caterpillar", "military", None,
       "PFZW, PME, PMT and Bpf Bouw all sold their stakes in Caterpillar over the past year.")
     for f in ("PFZW", "PME", "PMT", "Bpf Bouw")])

D("142-sicilylab-messina-boats-libyan-coast-guard.txt",
  "https://sicilylab.com/messina-italian-government-delivers-two-ships-to-the-libyan-coast-guard/?amp=1",
  "Messina: Italian government delivers two ships to the Libyan coast guard",
  r'''Messina: Italian government delivers two ships to the Libyan coast guard

As part of the EU project “Support to integrated Border and Migration Management in Libya Sibmmil,” two naval units called “Class Currubia” were delivered to the Libyan Coast Guard technical delegation at the Military Arsenal in Messina. The two boats, which were refurbished by the Defense Industries Agency, are part of a technical agreement between the Ministry of the Interior – Department of Public Security – Central Directorate for Immigration and Border Police and the Defense Industries Agency. These boats will be used by the Libyan Coast Guard to support European operations in securing the Mediterranean waters and combatting illegal migration.''',
  [O("Government of Italy", "Italian government"),
   O("Libyan Coast Guard", "Libyan coast guard", "Libyan Coast Guard"),
   O("European Union", "EU"), O("Defense Industries Agency"),
   O("Italian Ministry of the Interior", "Ministry of the Interior"),
   O("Department of Public Security"),
   O("Central Directorate for Immigration and Border Police")],
  [],
  [C("Government of Italy", "supplies", "Libyan Coast Guard", "borders", None,
     "Messina: Italian government delivers two ships to the Libyan coast guard"),
   C("Defense Industries Agency", "contract", "Italian Ministry of the Interior", "borders", None,
     "The two boats, which were refurbished by the Defense Industries Agency, are part of a technical agreement between the Ministry of the Interior – Department of Public Security – Central Directorate for Immigration and Border Police and the Defense Industries Agency.")])

D("143-baltimoresun-carroll-county-bi-monitoring.txt",
  "https://www.baltimoresun.com/maryland/carroll/news/cc-carroll-detention-center-electronic-monitoring-20230724-lgdykivbpne7znkt6ymg22zhae-story.html",
  "cc carroll detention center electronic monitoring",
  r'''Officials last week renewed an annual contract for Carroll County’s Offender Diversion Unit’s detainee monitoring system, used to supervise individuals who the courts have released into the community before trial.

The Board of Carroll County Commissioners Thursday unanimously approved a $263,150 annual contract with BI, Incorporated, a Colorado-based manufacturer of electronic monitoring devices for individuals on parole, probation, or pretrial release.

The devices are placed on inmates’ ankles in the Carroll County Detention Center for monitoring when they are out on work release or under house detention and need community supervision.

“The contract is effective through May 3, 2027, with renewals available to extend until May 3, 2029,” a county briefing paper states. “The amount was approved in the FY24 budget and no other funds should be necessary.”

The sheriff’s office said BI, Inc., is “reliable and their customer service (is) readily responsive,” the briefing paper said.

Commissioners made little comment when approving the renewal of the contract.

Vicky McDonold, director of Administrative Services for the Carroll County Sheriff’s Office, said electronic monitoring is for pre-sentenced individuals who the courts want to closely monitor, and helps to ensure that they appear in court. Monitoring is also used for inmates who are sentenced to Drug Court and work release, which allows inmates to maintain employment while serving a sentence imposed by the court.''',
  [O("Offender Diversion Unit"), O("Board of Carroll County Commissioners"),
   O("BI Incorporated", "BI, Incorporated", "BI, Inc."),
   O("Carroll County Detention Center"),
   O("Carroll County Sheriff's Office", "sheriff’s office", "Carroll County Sheriff’s Office")],
  [M("$263,150", 263150, "USD")],
  [C("BI Incorporated", "contract", "Board of Carroll County Commissioners", "prisons", None,
     "The Board of Carroll County Commissioners Thursday unanimously approved a $263,150 annual contract with BI, Incorporated, a Colorado-based manufacturer of electronic monitoring devices for individuals on parole, probation, or pretrial release.",
     263150, "USD")])

D("144-kgou-oklahoma-city-clearview.txt",
  "https://www.kgou.org/criminal-justice/2025-07-22/oklahoma-city-council-approves-ai-facial-comparison-software-for-police-department",
  "Oklahoma City Council approves AI facial comparison software for police department",
  r'''Oklahoma City Council approves AI facial comparison software for police department

KGOU | By Hannah France
Published July 22, 2025 at 3:38 AM CDT
Wardlow, Jennifer K

Last week, the Oklahoma City Council approved the police department’s request to purchase AI facial comparison technology. The company providing the technology has been involved in a nationwide class-action lawsuit over biometric privacy.

A memo written by Oklahoma City staff says the Oklahoma City Police Department is seeking facial comparison software that allows investigators to identify suspects in videos. Of the three companies the department contacted, Clearview AI provided the only product that met its specifications.

Earlier this year, Clearview AI was involved in a nationwide class-action settlement stemming from allegations the company scraped billions of facial images from the internet and sold that information without consent.

Oklahoma City Councilwoman JoBeth Hamon, one of the two councilmembers who voted against approving the police department’s request, called the AI facial comparison software a “new frontier of technology” and said more comprehensive vetting systems are needed.

"I just have grave privacy concerns for our residents and just can't support spending public dollars on this kind of technology," she said.

The City Council ultimately approved more than $37,000 for Clearview AI’s facial comparison analysis through July of next year.''',
  [O("KGOU"), O("Oklahoma City Council", "Oklahoma City Council", "City Council"),
   O("Oklahoma City Police Department", "police department", "Oklahoma City Police Department"),
   O("Clearview AI")],
  [M("$37,000", 37000, "USD")],
  [C("Clearview AI", "contract", "Oklahoma City Council", "policing", None,
     "The City Council ultimately approved more than $37,000 for Clearview AI’s facial comparison analysis through July of next year.",
     37000, "USD")])

D("145-kenoshanews-council-defers-vigilant.txt",
  "https://www.kenoshanews.com/news/local/govt-and-politics/city-council-defers-vote-on-license-plate-reader-technology/article_d10e05cf-dd63-5f78-9439-706a8f6606e1.html",
  "city council defers vote on license plate reader technology",
  r'''Civil liberties, cost issues

Ald. Anthony Kennedy, who initiated the request for deferral on the Finance Committee, said he had several concerns in considering the contract with Vigilant.

Based on the contract that was presented before the committee he said he didn’t understand what the city would be purchasing as the enterprise agreement listed a number of packages with different pricing levels. The contract itself does not make a specific recommendation.

“So, that’s one. Two, I’ve got a lot of questions about civil liberty issues. Three, I have questions in reference to why this was needed…and why it was wanted,” Kennedy said. “I think those are two different questions that need to be answered by police administration.”

Kennedy wondered what police would be gaining from the use of the automated technology, which had options for “face recognition.” He also wanted to know the total costs involved.

“I don’t want to hamper my police department and their ability to do their job to protect my constituents, my family and my friends,” he said. “I have to be able to answer these questions in a way that if I say yes, I want to be able to stand behind it.''',
  [O("Kenosha Finance Committee", "Finance Committee"), O("Vigilant Solutions", "Vigilant")],
  [],
  [])

D("146-norwaytoday-kongsberg-nsm-us-navy.txt",
  "https://norwaytoday.info/finance/billion-kroner-contract-norwegian-weapons-united-states/",
  "Billion kroner contract for Norwegian weapons in the United States",
  r'''Billion kroner contract for Norwegian weapons in the United States

Kongeberg Group has won a contract worth NOK 6.9 billion to deliver Norwegian-developed NSM missiles to the US Navy.


It is through its American partner, Raytheon, that the Kongsberg Group were awarded the contract. ‘’There are many years of work behind this,’’ wrote E24 newspaper. Naval Strike Missile’s will form part of what the US Navy calls “Over the Horizon Weapon Systems” on US frigates.

The Kongsberg Group gave the news in a stock exchange announcement late on Thursday night, but there is otherwise sparse information. An announcement by the US Department of Defence indicated that the contract has a fixed portion of $14.86 million, equivalent to NOK 114 million.Furthermore, options are worth $847.6 million, approximately NOK 6.9 billion.

It was further stated that 78% of the rocket work will take place in Norway,75% at the Kongsberg Group itself and 3% at Raufoss. The rest will take place in the United States and Germany.

The agreement may also open for further deliveries to future US frigates, wrote E24.''',
  [O("Kongsberg Gruppen", "Kongeberg Group", "Kongsberg Group"), O("U.S. Navy", "US Navy"),
   O("Raytheon"), O("E24"), O("U.S. Department of Defense", "US Department of Defence"),
   O("Raufoss")],
  [M("NOK 6.9 billion", 6900000000, "NOK"), M("$14.86 million", 14860000, "USD"),
   M("NOK 114 million", 114000000, "NOK"), M("$847.6 million", 847600000, "USD")],
  [C("Kongsberg Gruppen", "contract", "U.S. Navy", "military", None,
     "Kongeberg Group has won a contract worth NOK 6.9 billion to deliver Norwegian-developed NSM missiles to the US Navy.",
     6900000000, "NOK"),
   C("Kongsberg Gruppen", "partnered", "Raytheon", "military", None,
     "It is through its American partner, Raytheon, that the Kongsberg Group were awarded the contract.")])

D("147-openkorea-hanwha-k9-india.txt",
  "https://openkorea.org/feeds/hanwha-aerospace-signs-254-million-deal-to-supply-k9-howitzers-to-india",
  "hanwha aerospace signs 254 million deal to supply k9 howitzers to india",
  r'''Hanwha Aerospace Co., a leading South Korean defense company, said on Thursday it has signed a 370 billion won ($254 million) deal to supply K9 self-propelled howitzers to India.
The defense affiliate of Korea’s chemicals-to-defense conglomerate Hanwha Group will deliver the artillery systems to the Indian Ministry of Defense in collaboration with Indian engineering and manufacturing company Larsen & Toubro (L&T).
The deal follows a 770 billion won contract in 2017, under which Hanwha supplied 100 units of the K9 howitzers to the Indian Army through 2020.
The Korean defense firm attributed the latest contract to its strong track record of K9 howitzer sales in international markets.
“With proven performance in Eastern Europe, Hanwha’s K9 self-propelled howitzer is now expanding its footprint in the Asian defense market,” said a company official.

SECOND BATCH
Although Hanwha didn’t reveal the number of the K9 howitzers it supplies to India, sources said last December that India will acquire 100 units of the K9 howitzers from Hanwha’s Indian partner L&T in an $850 million deal.
Sources said L&T will supply to the Indian Army the K9 Vajra-T – a 155 mm, 52-caliber tracked self-propelled artillery platform – adapted from Hanwha’s howitzer K9 Thunder.
The K9 Vajra-T was jointly developed by L&T and Hanwha Aerospace to meet the special requirements of the Indian Army for operations in varied terrain, including deserts, plains and high-altitude regions.
K9 Vajra-T howitzers will be manufactured in cooperation with Hanwha Aerospace at L&T’s plant in Hazira, Gujarat state.
The deal’s value agreed to between the Indian Army and L&T is estimated at 72.69 billion rupees ($850 million), of which about half will likely go to Hanwha Aerospace, given the Korean company’s role in joint production and its technology transfer, sources said.

MORE INDIAN DEALS LIKELY
Hanwha expects additional defense contracts from India as it is in talks over air defense system''',
  [O("Hanwha Aerospace", "Hanwha Aerospace Co.", "Hanwha Aerospace", "Hanwha"),
   O("Hanwha Group"), O("Indian Ministry of Defense"),
   O("Larsen & Toubro", "Larsen & Toubro", "L&T"), O("Indian Army")],
  [M("370 billion won", 370000000000, "KRW"), M("$254 million", 254000000, "USD"),
   M("770 billion won", 770000000000, "KRW"), M("$850 million", 850000000, "USD"),
   M("72.69 billion rupees", 72690000000, "INR")],
  [C("Hanwha Aerospace", "supplies", "Indian Ministry of Defense", "military", None,
     "The defense affiliate of Korea’s chemicals-to-defense conglomerate Hanwha Group will deliver the artillery systems to the Indian Ministry of Defense in collaboration with Indian engineering and manufacturing company Larsen & Toubro (L&T).",
     370000000000, "KRW"),
   C("Hanwha Aerospace", "partnered", "Larsen & Toubro", "military", None,
     "The defense affiliate of Korea’s chemicals-to-defense conglomerate Hanwha Group will deliver the artillery systems to the Indian Ministry of Defense in collaboration with Indian engineering and manufacturing company Larsen & Toubro (L&T)."),
   C("Hanwha Group", "owns", "Hanwha Aerospace", "military", None,
     "The defense affiliate of Korea’s chemicals-to-defense conglomerate Hanwha Group"),
   C("Hanwha Aerospace", "supplies", "Indian Army", "military", 2017,
     "The deal follows a 770 billion won contract in 2017, under which Hanwha supplied 100 units of the K9 howitzers to the Indian Army through 2020.",
     770000000000, "KRW"),
   C("Larsen & Toubro", "contract", "Indian Army", "military", None,
     "The deal’s value agreed to between the Indian Army and L&T is estimated at 72.69 billion rupees ($850 million)",
     72690000000, "INR")])

D("148-kongsberg-nsm-serial-production-storting.txt",
  "https://kongsberg.com/newsroom/news-archive/2007/serial-production-of-the-new-naval-strike-missile",
  "serial production of the new naval strike missile",
  r'''The Norwegian Cabinet adopted today a decision to recommend to the Storting the procurement of the new Naval Strike Missile (NSM) as part of the Armed Forces' investment proposition (Recommendation No. 78 (2006-2007): "On investments by the Armed Forces"). In its quarterly report for Q1 2007, KONGSBERG stated that a contract for production of the NSM was expected to be signed in Q2 2007.
The recommendation deals with the serial production and procurement of the new Naval Strike Missile (NSM) for the Norwegian Navy, and it is based on a contract negotiated between Kongsberg Defence & Aerospace and the Armed Forces' Logistics Organisation. The contract will result in new orders for KONGSBERG valued at approximately NOK 2.5 billion.
Pending the Storting's approval, the final contract will be signed after completion of the parliamentary process.''',
  [O("Norwegian Cabinet"), O("Storting"), O("Norwegian Armed Forces", "Armed Forces"),
   O("Kongsberg Gruppen", "KONGSBERG"), O("Royal Norwegian Navy", "Norwegian Navy"),
   O("Kongsberg Defence & Aerospace"), O("Armed Forces' Logistics Organisation")],
  [M("NOK 2.5 billion", 2500000000, "NOK")],
  [])

# Batch 5: Canada's PSP and CalPERS selling CoreCivic and GEO Group, Serco's new prison
# for the MoJ and its prisoner-transport deal beside GEO and Amey's joint venture, CBP's
# border cameras (Tactical Micro after Mistral's withdrawn award, the IST towers, Northrop
# Grumman's 2006 pilot), and a city council's Flock contract still to be voted.
BATCH = 5

D("149-thestar-psp-sells-corecivic-geo.txt",
  "https://www.thestar.com/business/2021/03/15/canadas-largest-public-sector-pension-sells-off-stakes-in-two-us-private-prison-giants.html?rf",
  "Canada’s largest public sector pension sells off stakes in two U.S. private prison giants",
  r'''Canada’s largest public sector pension sells off stakes in two U.S. private prison giants

Public Sector Pension Investment Fund sells off shares in CoreCivic and the Geo Group, days after the Toronto Star reported the purchase of more than 600,000 shares.

A Canadian Crown corporation has sold off its entire stake in the American private prison industry following a public campaign by the union that represents the majority of federal employees.

The Public Sector Pension Investment Fund (PSP) bought more than 600,000 shares of CoreCivic and the Geo Group, two of the largest providers of private prisons, jails and immigration detention centres in the United States, in the last half of 2020.

In late February, days after a Toronto Star story exposed those acquisitions, PSP moved to sell off its shares in the two companies, according to a letter signed by PSP president and CEO Neil Cunningham.

“We believe it’s a victory,” said James Infantino, the pensions and disability insurance officer at the Public Service Alliance of Canada (PSAC). “We got out of an investment that our members abhor, so that’s in itself something to note and hopefully, it’s something that we can buil''',
  [O("Public Sector Pension Investment Fund", "Canada’s largest public sector pension",
     "Public Sector Pension Investment Fund", "PSP"),
   O("CoreCivic"), O("GEO Group", "Geo Group"), O("Toronto Star"),
   O("Public Service Alliance of Canada", "Public Service Alliance of Canada", "PSAC",
     "union that represents the majority of federal employees")],
  [],
  [C("Public Sector Pension Investment Fund", "divested", co, "prisons", None,
     "Public Sector Pension Investment Fund sells off shares in CoreCivic and the Geo Group, days after the Toronto Star reported the purchase of more than 600,000 shares.")
   for co in ("CoreCivic", "GEO Group")]
  + [C("Public Sector Pension Investment Fund", "invested", co, "prisons", 2020,
       "The Public Sector Pension Investment Fund (PSP) bought more than 600,000 shares of CoreCivic and the Geo Group, two of the largest providers of private prisons, jails and immigration detention centres in the United States, in the last half of 2020.")
     for co in ("CoreCivic", "GEO Group")])

D("150-fortune-calpers-sells-corecivic-geo.txt",
  "https://fortune.com/2019/10/22/why-americas-largest-pension-fund-cutting-private-prisons-ties/",
  "Why America’s Largest Pension Fund Is Cutting Ties with Private Prisons",
  r'''Following on the heels of other U.S. pension fund giants, the California Public Employees’ Retirement System has sold its stake in two controversial private prison operators that have recently been in the headlines for their treatment of immigrants.

CalPERS, the nation’s largest pension fund, confirmed to Fortune that it had sold off its stakes in for-profit private detention companies CoreCivic and Geo Group. Both companies closed higher on Monday, but shares in the two prison operators are trading more than 35% below their 52-week highs.

CalPERS emphasized the divestment was not a turn against the industry as a whole, but as part of Chief Investment Officer Ben Meng’s goal to reduce risk and reach a 7% annual return. CalPERS conducted a review that narrowed the scope of its investments “based on factors such as materiality, liquidity, geography, and governance rights” and both CoreCivic and GeoGroup were part of some 217 companies that did not make the cut. The value of the stake was roughly $8.86 million at the time.

“CalPERS does not own shares of CoreCivic or GeoGroup anymore,” a company representative wrote in an email Monday, summing up the move as “an investment decision.”

The share sale comes after other U.S. pension funds have divested from private prisons following reports raising concerns about the treatment of immigrants in private facilities after President Trump dramatically stepped up detention of undocumented individuals cro''',
  [O("CalPERS", "California Public Employees’ Retirement System", "CalPERS", "nation’s largest pension fund"),
   O("Fortune"), O("CoreCivic"), O("GEO Group", "Geo Group", "GeoGroup")],
  [M("$8.86 million", 8860000, "USD")],
  [C("CalPERS", "divested", co, "prisons", None,
     "CalPERS, the nation’s largest pension fund, confirmed to Fortune that it had sold off its stakes in for-profit private detention companies CoreCivic and Geo Group.")
   for co in ("CoreCivic", "GEO Group")])

D("151-fmj-serco-fosse-way-prison.txt",
  "https://www.fmj.co.uk/serco-awarded-300m-deal-to-run-new-prison/",
  "Serco awarded £300m deal to run new prison",
  r'''Serco awarded £300m deal to run new prison

Serco has been awarded a contract by the UK Ministry of Justice (MoJ) to run Her Majesty’s Prison and Young Offender Institute (HMP & YOI) Fosse Way, previously known as Glen Parva.

The contract has an estimated value of more than £300 million over a 10-year term and the MoJ has the option to extend the contract for a further two one-year terms.

HMP & YOI Fosse Way is a new build Category ‘C’ resettlement prison near Leicester, which will house up to 1,715 prisoners. It is expected to open in early 2023. As a resettlement prison, HMP & YOI Fosse Way will have a strong focus on rehabilitation with an emphasis on safety, security and decency and will have a range of fully integrated services designed to reduce re-offending and prepare prisoners for release and transition back into the community.

Post completion of the build, Serco will be responsible for management, operation and maintenance of the prison. In the coming months Serco will be recruiting a new workforce of around 550 employees from the Leicestershire and Midlands catchment areas.

Serco has a strong 25-year track record of successfully running prisons. This currently includes five in England, one in Scotland, one in New Zealand and four in Australia.

Commenting on the award, Heath Chapple, Managing Director of Serco’s Justice and Immigration business, said: “Serco is delighted to have been awarded a contract to run this new prison for the Ministry of Justice. Based on our experience of managing prisons in the UK, Australia and New Zealand, Serco will be able to provide a secure, safe and decent environment aimed at reducing re-offending through education, employment, respect, equality and inclusion. We have a strong management team with an excellent track record, and we look forward with confidence to providing an establishment of which the Ministry of Justice,''',
  [O("Serco"), O("UK Ministry of Justice", "UK Ministry of Justice", "MoJ", "Ministry of Justice"),
   O("HMP & YOI Fosse Way", "Her Majesty’s Prison and Young Offender Institute (HMP & YOI) Fosse Way",
     "HMP & YOI Fosse Way", "Glen Parva"),
   O("Serco Justice and Immigration", "Justice and Immigration business")],
  [M("£300 million", 300000000, "GBP")],
  [C("Serco", "contract", "UK Ministry of Justice", "prisons", None,
     "Serco has been awarded a contract by the UK Ministry of Justice (MoJ) to run Her Majesty’s Prison and Young Offender Institute (HMP & YOI) Fosse Way, previously known as Glen Parva.",
     300000000, "GBP"),
   C("Serco", "owns", "Serco Justice and Immigration", "prisons", None,
     "Heath Chapple, Managing Director of Serco’s Justice and Immigration business")])

D("152-defensedaily-cbp-tactical-micro-mvss.txt",
  "https://www.defensedaily.com/cbp-awards-tactical-micro-50m-for-mvss-after-year-long-delay/uncategorized/",
  "CBP awards Tactical Micro $50M for MVSS after year-long delay",
  r'''Customs and Border Protection (CBP) in late October awarded Tactical Micro a potential $50 million contract to provide a mobile surveillance system for border security under the Mobile Video Surveillance System (MVSS) program, more than a year after the agency originally awarded the contract to another company.

Tactical Micro, part of Secure Technology Company, received an initial $596,000 for deliver of two MVSS units, along with a year of contractor maintenance and logistics support. The initial order also includes associated program management activities.

An MVSS consists of day and night camera systems fitted on telescopic poles mounted on Border Patrol 4 x 4 vehicles. The systems will be used mostly for nighttime operations but daytime use will occur.

The systems will be deployed to provide surveillance when intelligence indicators signal that items of interest are in or approaching an area, CBP says. They will also be used to augment fixed surveillance systems that have line-of-sight coverage gaps caused by existing infrastructure, terrain, or vegetation.

The RFP for the MVSS was issued in 2013 and stated that the systems would be deployed in Texas long the border with Mexico, beginning with the Rio Grande Valley Sector.

The award to Tactical Micro is a small business set aside. CBP originally awarded the MVSS contract to Mistral, Inc. in July 2014 but following a protest by a losing bidder the agency decided to withdraw the contract and redo the procurement.  The award to Tactical Micro was also protested but was ultimately rejected.

Tactical Micro did not return phone calls for comment about the MVSS contract. On its website, Tactical Micro features its Eagle MVSS system that mounts in the bed of standard and full-size pick-up trucks. Fully extended, the mast can reach up to 30 feet and handle a 100-pound payload, the company says.

The MVSS system is part of a tailored approach CBP is taking to providing border security technology, particularly along''',
  [O("U.S. Customs and Border Protection", "Customs and Border Protection", "CBP"),
   O("Tactical Micro"), O("Secure Technology Company"), O("U.S. Border Patrol", "Border Patrol"),
   O("Mistral, Inc.")],
  [M("$50 million", 50000000, "USD"), M("$596,000", 596000, "USD")],
  [C("Tactical Micro", "contract", "U.S. Customs and Border Protection", "borders", None,
     "Customs and Border Protection (CBP) in late October awarded Tactical Micro a potential $50 million contract to provide a mobile surveillance system for border security under the Mobile Video Surveillance System (MVSS) program, more than a year after the agency originally awarded the contract to another company.",
     50000000, "USD"),
   C("Secure Technology Company", "owns", "Tactical Micro", "borders", None,
     "Tactical Micro, part of Secure Technology Company, received an initial $596,000 for deliver of two MVSS units, along with a year of contractor maintenance and logistics support."),
   C("Mistral, Inc.", "contract", "U.S. Customs and Border Protection", "borders", 2014,
     "CBP originally awarded the MVSS contract to Mistral, Inc. in July 2014 but following a protest by a losing bidder the agency decided to withdraw the contract and redo the procurement.")])

D("153-defensedaily-cbp-ist-towers-elbit-gd-ats.txt",
  "https://defensedaily.com/cbp-plans-to-spend-1-8-billion-on-new-border-surveillance-towers/homeland-security",
  "CBP plans to spend $1.8 billion on new border surveillance towers",
  r'''Customs and Border Protection (CBP) last week said it plans to spend up to $1.8 billion to acquire new border security surveillance towers and upgrade existing ones under the Integrated Surveillance Tower (IST) Consolidated Tower and Surveillance Equipment (CTSE) program awarded to three contractors earlier this month.
The initial awards to Advanced Technology Systems Company, General Dynamics [GD], and Elbit America are for a combined $67.8 million. The contract has an 18-month base period and four options that could potentially extend the work out 14 years.
“There will be future delivery orders under the CTSE contract depending on availability of funds and U.S. Border Patrol priorities,” a CBP spokesperson told Defense Daily last Friday.
Each vendor will deliver their respective sensor suites to the common operating picture for integration within 180 days after the award, the spokesperson said.
Current plans call for CBP to acquire about 277 new IST towers to be deployed in 53 separate Border Patrol areas of operation (AoRs) and upgrade about 191 legacy surveillance towers in 31 AoRs. The towers, which will be equipped with various sensors, include fixed and relocatable systems for short-, medium-, and long-range operations along the northern and southern borders and for maritime awareness.
Elbit America, a U.S.-based subsidiary of Israel’s Elbit Systems [ESLT], previously deployed the long-range Integrated Fixed Tower systems for CBP. GD supplied the short- and medium-range Remote Video Surveillance Systems (RVSS).
The IFTs include cameras for day and night sensing, radar, and related communications. The RVSS systems include day and night cameras that Border Patrol agents control remotely.
The spokesperson said that CBP will upgrade legacy RVSS towers based on operational needs and Border Patrol priorities.
Each vendor will supply five towers and related sensors under the initial delivery order and then compete for any new deployments or tower upgrades, the''',
  [O("U.S. Customs and Border Protection", "Customs and Border Protection", "CBP"),
   O("Advanced Technology Systems Company"), O("General Dynamics", "General Dynamics", "GD"),
   O("Elbit Systems of America", "Elbit America"), O("Elbit Systems"),
   O("U.S. Border Patrol", "U.S. Border Patrol", "Border Patrol"), O("Defense Daily")],
  [M("$1.8 billion", 1800000000, "USD"), M("$67.8 million", 67800000, "USD")],
  [C(co, "contract", "U.S. Customs and Border Protection", "borders", None,
     "The initial awards to Advanced Technology Systems Company, General Dynamics [GD], and Elbit America are for a combined $67.8 million.")
   for co in ("Advanced Technology Systems Company", "General Dynamics", "Elbit Systems of America")]
  + [C("Elbit Systems", "owns", "Elbit Systems of America", "borders", None,
       "Elbit America, a U.S.-based subsidiary of Israel’s Elbit Systems [ESLT], previously deployed the long-range Integrated Fixed Tower systems for CBP.")])

D("154-culvercity-council-flock-alpr-agenda.txt",
  "https://culver-city.legistar.com/LegislationDetail.aspx?ID=6194781&GUID=33253AAF-9CD7-423A-B048-E9DC9970320A&Options=&Search=&FullText=1",
  "Flock Automated License Plate Recognition (ALPR)",
  r'''File #: 23-907    Version: 1 Name: Flock Automated License Plate Recognition (ALPR)
Type: Minute Order Status: Action Item
File created: 4/26/2023 In control: City Council Meeting Agenda
On agenda: 5/8/2023 Final action:
Title: CC - ACTION ITEM: (1) Approval of a Five-Year Contract with Flock Safety Group to Provide an Automated License Plate Recognition (ALPR) System in an Amount Not-To-Exceed $668,200; and (2) Discussion of the Police Department's Automated License Plate Recognition Policy.
Attachments: 1. 2023-05-08_ATT-CCPD ALPR Policy, 2. 2023-05-08_ATT-Sole Source Service Provider Letter


CC - ACTION ITEM: (1) Approval of a Five-Year Contract with Flock Safety Group to Provide an Automated License Plate Recognition (ALPR) System in an Amount Not-To-Exceed $668,200; and (2) Discussion of the Police Department’s Automated License Plate Recognition Policy.



Meeting Date: May 8, 2023


Contact Person/Dept.: Lieutenant Andrew Bellante/ Police Department

Phone Number:  (310) 253-6321


Fiscal Impact:  Yes [X]    No []                                          General Fund:  Yes [X]     No []


Attachments:   Yes [X]     No []   


Public Notification: (E-Mail) Meetings and Agendas - City Council (05/03/2023)  


Department Approval:  Jason Sims, Interim Police Chief (04/26/2023)






Staff recommends the City Council (1) approve a five-year agreement with Flock Safety Group to provide an automated license plate recognition (ALPR) system in an amount not-to-exceed $668,200; and (2) discuss the Police Department’s Automated License Plate Recognition Policy.





With the evolving advancement of technology, Automated License Plate Readers (ALPRs) have become a modern-day investigatory''',
  [O("Flock Safety", "Flock Safety Group", "Flock"), O("Culver City Council", "City Council"),
   O("Culver City Police Department", "Police Department", "CCPD")],
  [M("$668,200", 668200, "USD")],
  [])

D("155-gcn-cbp-northrop-grumman-border-pilot.txt",
  "https://gcn.com/articles/2006/08/29/customs-awards-contract-for-border-security-pilot.aspx",
  "Customs awards contract for border security pilot",
  r'''Customs awards contract for border security pilot

The Homeland Security Department has awarded Northrop Grumman Corp. a five-year, $33.7 million contract to set up a pilot project for a border security surveillance system that eventually may be integrated into the upcoming Secure Border Initiative Network.

While the award, made by DHS' Customs and Border Protection agency, is for a pilot project at 40 land ports, it is being billed as an adjunct to the estimated $2 billion SBI-Net comprehensive border surveillance network for the U.S. borders with Mexico and Canada, which is scheduled to be awarded by Sept. 30. Northrop Grumman leads one of five teams competing for that award.'This pilot program is another investment in DHS' Secure Border Initiative and an adjunct to the SBI-Net acquisition, responsible for integrating personnel, technology, infrastructure and rapid response capability into a comprehensive border protection system,' Kirk Evans, acting executive director for CBP's SBI Program Management Office, said in a news release.'The pilot will be evaluated and based on performance results, may be integrated into the SBInet solution set,' he said.Evans also confirmed that the SBI-Net award will be made in September.Under the agency's Border Security Development Program, Northrop Grumman will establish a surveillance system along more than 40 land border ports along the southern border with Mexico. The program already exists at 124 northern points of entry along the U.S.-Canada border.Northrop Grumman's team for the pilot project includes New Technology Management Inc., Reston, Va.; CLMS LLC, Arlington, Va.; and GRW, Inc., Muskogee, Okla.The pilot project contract would enhance current capabilities by adding new technologies, including digital imagery, motion detection, and remote monitoring, the press release said.As part of the contract, Northrop Grumman's Information Technology unit will design and install the surveillance solution, train personnel and desig''',
  [O("U.S. Department of Homeland Security", "Homeland Security Department", "DHS"),
   O("Northrop Grumman", "Northrop Grumman Corp.", "Northrop Grumman"),
   O("U.S. Customs and Border Protection", "Customs and Border Protection", "CBP"),
   O("SBI Program Management Office"),
   O("New Technology Management Inc."), O("CLMS LLC"), O("GRW, Inc."),
   O("Northrop Grumman Information Technology", "Information Technology unit")],
  [M("$33.7 million", 33700000, "USD"), M("$2 billion", 2000000000, "USD")],
  [C("Northrop Grumman", "contract", "U.S. Department of Homeland Security", "borders", None,
     "The Homeland Security Department has awarded Northrop Grumman Corp. a five-year, $33.7 million contract to set up a pilot project for a border security surveillance system that eventually may be integrated into the upcoming Secure Border Initiative Network.",
     33700000, "USD")]
  + [C("Northrop Grumman", "partnered", co, "borders", None,
       "Northrop Grumman's team for the pilot project includes New Technology Management Inc., Reston, Va.; CLMS LLC, Arlington, Va.; and GRW, Inc., Muskogee, Okla.")
     for co in ("New Technology Management Inc.", "CLMS LLC", "GRW, Inc.")]
  + [C("Northrop Grumman", "owns", "Northrop Grumman Information Technology", "borders", None,
       "Northrop Grumman's Information Technology unit will design and install the surveillance solution")])

D("156-standard-serco-geo-amey-prisoner-transport.txt",
  "https://standard.co.uk/business/serco-wins-in-new-tender-for-prison-transport-6578092.html",
  "Serco wins in new tender for prison transport",
  r'''Serco wins in new tender for prison transport

Contracted: many criminal and justice services are contracted out to private companies
11 April 2012

The Government awarded four new multi-million pound contracts today for moving prisoners around courts, but only one went to a British firm.
Outsourcer Serco, which already does the work in London, won a seven-year deal worth up to £420 million to transport criminals throughout the east of England.
Another three big contracts were all awarded to a joint venture run by US firm Geo and Amey, owned by Spain's Ferrovial. The Ministry of Justice said the contracts, which cover inter-prison transfers, cross-border moves and extradition, will cut costs by a fifth.''',
  [O("Serco"), O("Government of the United Kingdom", "The Government"),
   O("GEO Group", "Geo"), O("Amey"), O("Ferrovial"), O("UK Ministry of Justice", "Ministry of Justice")],
  [M("£420 million", 420000000, "GBP")],
  [C("Serco", "contract", "Government of the United Kingdom", "prisons", 2012,
     "Outsourcer Serco, which already does the work in London, won a seven-year deal worth up to £420 million to transport criminals throughout the east of England.",
     420000000, "GBP")]
  + [C(co, "contract", "Government of the United Kingdom", "prisons", 2012,
       "Another three big contracts were all awarded to a joint venture run by US firm Geo and Amey, owned by Spain's Ferrovial.")
     for co in ("GEO Group", "Amey")]
  + [C("GEO Group", "partnered", "Amey", "prisons", None,
       "Another three big contracts were all awarded to a joint venture run by US firm Geo and Amey, owned by Spain's Ferrovial."),
     C("Ferrovial", "owns", "Amey", "prisons", None,
       "Another three big contracts were all awarded to a joint venture run by US firm Geo and Amey, owned by Spain's Ferrovial.")])
