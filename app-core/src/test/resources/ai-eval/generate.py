#!/usr/bin/env python3
"""Writes the AI evaluation set (profiles.json, queries.json) next to this script.

The set was written for SmileFactory Hub's matching (issue 6): 10 sectors of a Southern African
innovation community, hand-written vocabulary per sector, and profiles of all 8 types built from it
with a fixed seed, so the file is reproducible and reviewable. The known good matches of each query
are what a programme manager would pick by reading the profiles: the right sector AND a stage the
investor funds AND a ticket that covers the need (investors/startups), expertise in the member's
field (mentors). Run: python3 generate.py
"""
import json
import os
import random

R = random.Random(20261125)
HERE = os.path.dirname(os.path.abspath(__file__))

SECTORS = {
    "Agritech": ["soil moisture sensors for smallholder farmers", "drip irrigation kits for maize and tobacco growers",
                 "crop disease detection from phone photos", "cold storage for horticulture produce",
                 "livestock health tracking for cattle herders"],
    "Fintech": ["mobile money savings groups for market vendors", "credit scoring for informal traders",
                "remittance payments across the region", "point-of-sale terminals for small shops",
                "micro-insurance sold through mobile wallets"],
    "Healthtech": ["telemedicine consultations for rural clinics", "pharmacy stock tracking to stop medicine shortages",
                   "maternal health reminders by SMS", "diagnostic tests for malaria and TB",
                   "electronic patient records for district hospitals"],
    "Edtech": ["offline learning tablets for rural schools", "exam revision app for O-level and A-level students",
               "coding bootcamps for young people", "teacher training through short video lessons",
               "school fees management for parents"],
    "Clean energy": ["solar home systems paid as you go", "biogas digesters for farms and schools",
                     "solar-powered water pumps", "clean cooking stoves that cut charcoal use",
                     "mini-grids for villages off the national grid"],
    "Water": ["borehole monitoring for community water points", "water purification tablets and filters",
              "smart water meters for city councils", "rainwater harvesting tanks for households",
              "leak detection in municipal pipes"],
    "Logistics": ["last-mile delivery by motorbike in cities", "truck booking platform for cross-border freight",
                  "warehouse management for distributors", "cold-chain transport for vaccines and food",
                  "parcel lockers at fuel stations"],
    "Mining": ["safety training for small-scale gold miners", "mercury-free gold processing",
               "drone surveys of mine sites", "tracking of mineral supply chains", "equipment leasing for artisanal miners"],
    "Tourism": ["booking platform for safari lodges", "community tourism in rural villages",
                "virtual tours of heritage sites", "local guides marketplace for visitors", "eco-lodges powered by solar"],
    "Manufacturing": ["low-cost furniture from local timber", "recycled plastic building bricks",
                      "textile and clothing factory for school uniforms", "food processing of peanut butter and jams",
                      "3D printing of spare parts for machines"],
}
PLACES = [("Harare", "Zimbabwe"), ("Bulawayo", "Zimbabwe"), ("Mutare", "Zimbabwe"), ("Lusaka", "Zambia"),
          ("Gaborone", "Botswana"), ("Johannesburg", "South Africa"), ("Nairobi", "Kenya"), ("Maputo", "Mozambique")]
STAGES = ["idea", "prototype", "mvp", "early_traction", "growth", "scale"]
FIRST = ["Tariro", "Rudo", "Nyasha", "Tendai", "Farai", "Chipo", "Kudzai", "Tatenda", "Rumbi", "Tafadzwa", "Simba",
         "Ruvimbo", "Tinashe", "Nokuthula", "Sipho", "Thandiwe", "Blessing", "Precious", "Tapiwa", "Vimbai", "Kuda",
         "Mufaro", "Chenai", "Fadzai", "Anesu", "Takudzwa", "Ropafadzo", "Shingai", "Munashe", "Panashe"]
LAST = ["Moyo", "Ncube", "Dube", "Sibanda", "Mpofu", "Chikwanha", "Mutasa", "Banda", "Phiri", "Zulu", "Mhlanga",
        "Chirwa", "Gumbo", "Nyathi", "Marufu", "Chigumba", "Makoni", "Mushonga", "Ndlovu", "Tshuma"]

profiles = []
queries = []
seq = [0]


def person(ptype, sector, **extra):
    seq[0] += 1
    city, country = R.choice(PLACES)
    p = {"key": f"{ptype}-{seq[0]:03d}", "type": ptype, "firstName": R.choice(FIRST), "lastName": R.choice(LAST),
         "location": f"{city}, {country}", "sector": sector, "query": False}
    p.update(extra)
    profiles.append(p)
    return p


def ticket_band(band):
    return {"small": (10000, 100000), "mid": (100000, 1000000), "large": (1000000, 10000000)}[band]


# Investors: 4 per sector, differing in stage and ticket, so sector alone is not enough to fit.
INVESTOR_SHAPES = [(["idea", "prototype", "mvp"], "small"), (["mvp", "early_traction"], "mid"),
                   (["growth", "scale"], "large"), (["prototype", "mvp", "early_traction"], "small")]
for sector, topics in SECTORS.items():
    for stages, band in INVESTOR_SHAPES:
        lo, hi = ticket_band(band)
        other = R.choice([s for s in SECTORS if s != sector])
        person("business_investor", sector, focus=[sector, other] if R.random() < 0.4 else [sector], stages=stages,
               ticketMin=lo, ticketMax=hi, regions=[R.choice(PLACES)[1], "Zimbabwe"],
               bio=f"Investor in {sector.lower()} companies working on {R.choice(topics)} and {R.choice(topics)}.")

# Innovators: 4 per sector at different stages and funding needs.
INNOVATOR_SHAPES = [("prototype", 40000), ("mvp", 80000), ("early_traction", 400000), ("growth", 3000000)]
for sector, topics in SECTORS.items():
    for stage, need in INNOVATOR_SHAPES:
        topic = R.choice(topics)
        person("innovator", sector, stage=stage, funding=need,
               startup=f"{R.choice(['Mbeu', 'Zuva', 'Tsime', 'Hama', 'Dura', 'Nzira', 'Chiedza'])} {sector.split()[0]}",
               description=f"We build {topic}.", bio=f"Founder working on {topic}.")

# Mentors: 3 per sector.
for sector, topics in SECTORS.items():
    for _ in range(3):
        person("mentor", sector, expertise=[sector, R.choice(["Fundraising", "Sales", "Product", "Operations"])],
               hours=R.choice([4, 8, 12]), bio=f"I mentor founders in {sector.lower()}, especially {R.choice(topics)}.")

# The other five types, 2 (or so) per sector.
for sector, topics in SECTORS.items():
    for _ in range(2):
        person("professional", sector, jobTitle=R.choice(["Engineer", "Accountant", "Designer", "Sales lead"]),
               skills=[sector, R.choice(["Excel", "Java", "Marketing", "Design"])], bio=f"Professional in {sector.lower()}: {R.choice(topics)}.")
        person("industry_expert", sector, domains=[sector], bio=f"Consultant with 15 years in {sector.lower()}, advising on {R.choice(topics)}.")
        person("academic_student", sector, field=sector, bio=f"Student researching {R.choice(topics)}.")
    person("academic_institution", sector, research=[sector], bio=f"University department researching {R.choice(topics)}.")
    person("organisation", sector, interests=[sector], bio=f"Organisation that buys and funds {R.choice(topics)}.")
# a few more so the pool has over 200 profiles
for sector in list(SECTORS)[:5]:
    person("organisation", sector, interests=[sector], bio=f"Development partner funding {R.choice(SECTORS[sector]).lower()}.")
for sector in list(SECTORS)[5:]:
    person("academic_institution", sector, research=[sector], bio=f"Polytechnic training technicians in {R.choice(SECTORS[sector])}.")
    person("professional", sector, jobTitle="Project manager", skills=[sector], bio=f"Project manager delivering {R.choice(SECTORS[sector])}.")

investors = [p for p in profiles if p["type"] == "business_investor"]
innovators = [p for p in profiles if p["type"] == "innovator"]
mentors = [p for p in profiles if p["type"] == "mentor"]


def investor_fits(inv, sector, stage, need):
    return sector in inv["focus"] and stage in inv["stages"] and inv["ticketMin"] <= need <= inv["ticketMax"]


# Queries 1: 2 innovators per sector (not in the pool: drafts, so nobody else sees them) -> investors.
for sector, topics in SECTORS.items():
    for stage, need in [("mvp", 60000), ("early_traction", 500000)]:
        q = person("innovator", sector, query=True, stage=stage, funding=need, startup=f"Query {sector}",
                   description=f"We build {R.choice(topics)}.", bio=f"Founder looking for investors for {R.choice(topics)}.")
        relevant = [i["key"] for i in investors if investor_fits(i, sector, stage, need)]
        queries.append({"member": q["key"], "kind": "INVESTORS", "relevant": relevant})

# Queries 2: 1 innovator per sector -> mentors (the first innovator of each sector asks).
for sector in SECTORS:
    q = next(p for p in innovators if p["sector"] == sector and p["stage"] == "mvp")
    queries.append({"member": q["key"], "kind": "MENTORS",
                    "relevant": [m["key"] for m in mentors if sector in m["expertise"]]})

# Queries 3: 1 investor per sector -> startups that fit it.
for sector in SECTORS:
    inv = next(i for i in investors if i["sector"] == sector and "mvp" in i["stages"] and i["ticketMax"] <= 100000)
    rel = [p["key"] for p in innovators if investor_fits(inv, p["sector"], p["stage"], p["funding"])]
    queries.append({"member": inv["key"], "kind": "STARTUPS", "relevant": rel})

# Queries 4: 1 student per sector -> mentors.
for sector in SECTORS:
    st = next(p for p in profiles if p["type"] == "academic_student" and p["sector"] == sector)
    queries.append({"member": st["key"], "kind": "MENTORS", "relevant": [m["key"] for m in mentors if sector in m["expertise"]]})

queries = [q for q in queries if q["relevant"]]
with open(os.path.join(HERE, "profiles.json"), "w") as f:
    json.dump(profiles, f, indent=1)
with open(os.path.join(HERE, "queries.json"), "w") as f:
    json.dump(queries, f, indent=1)
print(len(profiles), "profiles,", len([p for p in profiles if not p["query"]]), "in the pool,", len(queries), "queries")
