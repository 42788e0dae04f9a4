#!/usr/bin/env python3
"""Writes the suggestion evaluation set of issue 18 (profiles.json, listings.json, queries.json).

Written for this purpose, independently of the matcher's code and vocabulary files. Every
generated member first gets HIDDEN ground-truth attributes (true sector, true place, stage, ticket
range, hours, whether they take students, job level, stated need); the visible profile is then
RENDERED from them as a member would write it: sector labels in varied wording (many share no
word with the sector's name), bios that paraphrase the work, and planted keyword traps (the
asker's words on a candidate that does not fit). The graded relevance of each query comes from
the hidden attributes by the RUBRIC below, never from any text, so the set does not grade the
matcher by its own rules of thumb.

Query classes: INVESTORS (innovators), STARTUPS (investors), MENTORS (innovators with a stated
need, and students), INTERNSHIPS (students), PEOPLE (professionals, experts). Geography is
graded by region: an investor's scope may be a country, "Southern Africa", "East Africa",
"West Africa", "Sub-Saharan Africa", "Pan-African" or "Africa".

RUBRIC (grades 0-3; gain 2^g - 1 in nDCG; "relevant" for P@5 and MRR means grade >= 1;
a "breaker" breaks a hard rule and must never be in a top 5):
  A NEIGHBOURING sector (NEIGHBOURS below) is never a breaker, only grade 0: a near fit.
  INVESTORS / STARTUPS: breaker if the investor's true sectors do not include the startup's
    sector (nor a neighbour of it), or its stages do not include the startup's stage, or the need lies outside
    [ticket_min / 3, ticket_max * 3]. Otherwise grade 1, +1 if the need is inside the ticket
    range, +1 if the startup's place is inside the investor's scope.
  MENTORS (innovator): breaker if the mentor has 0 hours or is not taking mentees, or knows only
    sectors (no functional area) and not the founder's. Otherwise grade = 2 if the mentor's areas
    include the founder's stated need, +1 if the mentor's sectors include the founder's
    (capped at 3); 0 if neither.
  MENTORS (student): breaker as above, or if the mentor does not take students. Otherwise grade
    2 if the mentor's sectors include the student's field, +1 if the mentor takes students
    (said so); 0 without the field.
  INTERNSHIPS: breaker if the role is senior, or its sector is not the student's field.
    Otherwise grade 1, +1 if entry level, +1 if in the student's region.
  PEOPLE: grade 2 if they share a true sector, +1 if in the same country; 0 otherwise; no breakers.
Location alone never earns a grade: a member in the wrong field next door is not a good match.
Run: python3 generate.py  (deterministic: fixed seed)
"""
import json
import os
import random

R = random.Random(20261207)
HERE = os.path.dirname(os.path.abspath(__file__))

# --- hidden truth: sectors, with how members word them (labels) and what they describe (work) ---
SECTORS = {
    "agri": {"labels": ["Agritech", "Livestock and dairy", "Smallholder farming", "Horticulture exports", "Poultry and eggs",
                        "Agri-food value chains", "Crop science", "Animal husbandry"],
             "work": ["helping maize growers keep their harvest from rotting after picking",
                      "tracking the health of cattle herds on communal grazing land",
                      "selling drip kits so vegetable growers use less water per bed",
                      "connecting chicken producers with supermarkets that buy eggs weekly"]},
    "fin": {"labels": ["Fintech", "Mobile money", "Digital payments", "Microfinance", "Savings and lending", "Insurtech"],
            "work": ["letting market vendors save small amounts from their phones",
                     "scoring informal traders so they can borrow without a payslip",
                     "sending money home across borders for a fraction of the usual fee",
                     "selling funeral cover by USSD for a dollar a month"]},
    "health": {"labels": ["Healthtech", "Telemedicine", "Primary healthcare", "Pharmacy supply", "Maternal care"],
               "work": ["putting rural clinics in touch with doctors by video",
                        "keeping medicine shelves stocked in district pharmacies",
                        "reminding expectant mothers of their antenatal visits by SMS"]},
    "edu": {"labels": ["Edtech", "Education", "E-learning", "School improvement", "Tutoring"],
            "work": ["getting revision lessons onto cheap tablets for rural pupils",
                     "training teachers through short videos they watch offline",
                     "running coding clubs for teenagers after school"]},
    "energy": {"labels": ["Cleantech", "Solar energy", "Off-grid power", "Renewables", "Clean cooking", "Mini-grids"],
               "work": ["renting rooftop panels to households on a pay-as-you-go plan",
                        "building village power networks far from the national grid",
                        "replacing charcoal stoves with cleaner burners"]},
    "water": {"labels": ["Water and sanitation", "WASH", "Borehole services", "Water treatment"],
              "work": ["keeping community pumps running with sensor alerts",
                       "selling filters that make river water safe to drink",
                       "building latrines and hand-washing points for schools"]},
    "mining": {"labels": ["Mining", "Mineral processing", "Small-scale gold mining", "Geology services"],
               "work": ["teaching artisanal diggers to recover gold without mercury",
                        "surveying claims with drones before any digging starts"]},
    "logistics": {"labels": ["Logistics", "Freight and haulage", "Last-mile delivery", "Supply chain services"],
                  "work": ["booking trucks for cross-border loads through an app",
                           "delivering parcels by motorbike across the city"]},
    "tourism": {"labels": ["Tourism", "Hospitality", "Safari lodges", "Travel booking"],
                "work": ["filling rooms at small lodges near the national parks",
                         "matching visitors with local guides for village walks"]},
    "creative": {"labels": ["Creative industries", "Music and film", "Fashion design", "Crafts"],
                 "work": ["selling recorded music from local artists online",
                          "making school uniforms and fashion from local cotton"]},
}
SECTOR_IDS = list(SECTORS)
# neighbouring sectors are never used as the "wrong sector" of a trap: their partial credit is fair either way
NEIGHBOURS = {("agri", "water"), ("fin", "logistics"), ("tourism", "creative"), ("energy", "water")}


def neighbours(a, b):
    return (a, b) in NEIGHBOURS or (b, a) in NEIGHBOURS


def other_sector(s):
    return R.choice([x for x in SECTOR_IDS if x != s and not neighbours(x, s)])


# --- hidden truth: places ---
CITIES = [("Harare", "Zimbabwe"), ("Bulawayo", "Zimbabwe"), ("Mutare", "Zimbabwe"), ("Lusaka", "Zambia"), ("Ndola", "Zambia"),
          ("Gaborone", "Botswana"), ("Johannesburg", "South Africa"), ("Cape Town", "South Africa"), ("Maputo", "Mozambique"),
          ("Lilongwe", "Malawi"), ("Nairobi", "Kenya"), ("Mombasa", "Kenya"), ("Kigali", "Rwanda"), ("Kampala", "Uganda"),
          ("Dar es Salaam", "Tanzania"), ("Lagos", "Nigeria"), ("Accra", "Ghana"), ("Dakar", "Senegal"), ("Cairo", "Egypt"),
          ("Casablanca", "Morocco")]
REGION = {"Zimbabwe": "Southern Africa", "Zambia": "Southern Africa", "Botswana": "Southern Africa",
          "South Africa": "Southern Africa", "Mozambique": "Southern Africa", "Malawi": "Southern Africa",
          "Kenya": "East Africa", "Rwanda": "East Africa", "Uganda": "East Africa", "Tanzania": "East Africa",
          "Nigeria": "West Africa", "Ghana": "West Africa", "Senegal": "West Africa", "Egypt": "North Africa",
          "Morocco": "North Africa"}
NORTH = {"Egypt", "Morocco"}
# most members live in Southern Africa, as in the hub
CITY_WEIGHTS = [8, 5, 3, 4, 2, 3, 3, 2, 2, 2, 3, 1, 2, 1, 1, 2, 1, 1, 1, 1]


def city():
    return R.choices(CITIES, weights=CITY_WEIGHTS)[0]


def in_scope(place, scope):
    c = place[1]
    if scope in ("Africa", "Pan-African"):
        return True
    if scope == "Sub-Saharan Africa":
        return c not in NORTH
    return scope == c or scope == REGION[c]


SCOPES = ["Zimbabwe", "Zambia", "Kenya", "Nigeria", "South Africa", "Southern Africa", "Southern Africa", "East Africa",
          "West Africa", "Sub-Saharan Africa", "Pan-African", "Africa"]

STAGES = ["idea", "prototype", "mvp", "early_traction", "growth", "scale"]
NEED = {"idea": (5, 25), "prototype": (15, 60), "mvp": (40, 200), "early_traction": (150, 600), "growth": (500, 3000),
        "scale": (2000, 9000)}  # thousands of dollars
STAGE_WORDS = {"idea": "still an idea on paper", "prototype": "a working prototype", "mvp": "a first product with users",
               "early_traction": "paying customers and early traction", "growth": "a growing business", "scale": "expanding to new countries"}

# functional needs and how founders word them (no shared keywords with the mentors' labels needed)
NEEDS = {
    "regulation": {"ask": ["We need help getting through the regulator's approvals.", "We need advice on licences and compliance before launch."],
                   "labels": ["Legal and compliance", "Regulatory affairs", "Licensing and permits"]},
    "go_to_market": {"ask": ["We are looking for help finding our first paying customers.", "We need guidance on go-to-market and pricing."],
                     "labels": ["Go-to-market strategy", "Sales", "Marketing and branding"]},
    "fundraising": {"ask": ["We need help preparing to raise our seed round.", "Looking for advice on pitching to investors."],
                    "labels": ["Fundraising", "Pitching", "Investor readiness"]},
    "finance": {"ask": ["We need help with bookkeeping and cash flow.", "Looking for guidance on our financial model."],
                "labels": ["Financial modelling", "Accounting", "Cash flow management"]},
    "people": {"ask": ["We need help hiring our first team.", "Looking for advice on leadership as we grow."],
               "labels": ["Hiring and team building", "Leadership", "Recruitment"]},
}
NEED_IDS = list(NEEDS)

FIRST = ["Tariro", "Rudo", "Nyasha", "Tendai", "Farai", "Chipo", "Kudzai", "Tatenda", "Rumbi", "Tafadzwa", "Simba", "Ruvimbo",
         "Tinashe", "Nokuthula", "Sipho", "Thandiwe", "Blessing", "Precious", "Tapiwa", "Vimbai", "Wanjiru", "Otieno", "Amina",
         "Kwame", "Ngozi", "Chanda", "Mwila", "Neo", "Kagiso", "Aline"]
LAST = ["Moyo", "Ncube", "Dube", "Sibanda", "Mpofu", "Chikwanha", "Mutasa", "Banda", "Phiri", "Zulu", "Mhlanga", "Chirwa",
        "Gumbo", "Nyathi", "Marufu", "Kamau", "Okafor", "Mensah", "Uwimana", "Molefe"]

profiles = []
listings = []
seq = [0]


def new(ptype, query=False, **truth):
    seq[0] += 1
    p = {"key": f"{ptype}-{seq[0]:03d}", "type": ptype, "firstName": R.choice(FIRST), "lastName": R.choice(LAST),
         "query": query, "truth": truth}
    profiles.append(p)
    return p


def label(sector):
    return R.choice(SECTORS[sector]["labels"])


def work(sector):
    return R.choice(SECTORS[sector]["work"])


def loc(place):
    return f"{place[0]}, {place[1]}"


# --- renderers: truth -> what the member writes ---
def render_investor(p, trap_words=None):
    t = p["truth"]
    p["location"] = loc(t["place"])
    p["focus"] = [label(s) for s in t["sectors"]]
    p["stages"] = t["stages"]
    p["ticketMin"], p["ticketMax"] = t["ticket"]
    p["regions"] = t["scopes"]
    p["tags"] = p["focus"][:1]
    bio = f"We back founders {work(t['sectors'][0])}."
    if trap_words:
        bio += f" We often meet teams {trap_words}, but that is not where we put money."
    p["bio"] = bio


def render_innovator(p, trap=None):
    t = p["truth"]
    p["location"] = loc(t["place"])
    p["industry"] = label(t["sector"])
    p["stage"] = t["stage"]
    p["funding"] = t["need"]
    p["startup"] = R.choice(["Zuva", "Munda", "Mari", "Tsime", "Rwendo", "Hutano", "Funda", "Dombo", "Mosi", "Ngoma"]) + " " + \
        R.choice(["Labs", "Systems", "Africa", "Works", "Hub"])
    p["description"] = f"We are {work(t['sector'])}. We have {STAGE_WORDS[t['stage']]}."
    bio = f"Founder based in {t['place'][0]}."
    if t.get("need_area"):
        bio += " " + R.choice(NEEDS[t["need_area"]]["ask"])
    if trap:
        bio += " " + trap
    p["bio"] = bio
    p["tags"] = [p["industry"]]


def render_mentor(p, trap_words=None):
    t = p["truth"]
    p["location"] = loc(t["place"])
    labels = [label(s) for s in t["sectors"]] + [R.choice(NEEDS[a]["labels"]) for a in t["areas"]]
    p["expertise"] = labels
    p["hours"] = t["hours"]
    bits = [f"I have spent years {work(t['sectors'][0])}." if t["sectors"] else "I have run three companies."]
    if t["students"] is True:
        bits.append(R.choice(["I enjoy working with students and graduates.", "Many of my mentees are university students."]))
    elif t["students"] is False:
        bits.append(R.choice(["I work with founders only, not students.", "I only mentor experienced founders."]))
    if t.get("full"):
        bits.append("I am not taking new mentees this year.")
    if trap_words:
        bits.append(f"People often ask me about {trap_words}, which I know little about.")
    p["bio"] = " ".join(bits)
    p["tags"] = labels[:1]


def render_student(p, trap=None):
    t = p["truth"]
    p["location"] = loc(t["place"])
    p["field"] = R.choice(STUDY[t["sector"]])
    bio = f"Student in {t['place'][0]}, looking for my first job and a mentor."
    if trap:
        bio += " " + trap
    p["bio"] = bio
    p["tags"] = [p["field"]]


STUDY = {"agri": ["Agricultural engineering", "Animal science", "Agronomy", "Soil science"],
         "fin": ["Banking and finance", "Actuarial science", "Accounting and finance"],
         "health": ["Nursing", "Pharmacy", "Public health"], "edu": ["Education", "Teacher training"],
         "energy": ["Electrical engineering (power systems)", "Renewable energy engineering"],
         "water": ["Civil and Water Engineering", "Hydrology", "Water resources engineering"],
         "mining": ["Mining engineering", "Geology", "Metallurgy"], "logistics": ["Supply chain management", "Transport studies"],
         "tourism": ["Tourism and hospitality management", "Hotel management"], "creative": ["Fashion design", "Film and media studies"]}


def render_other(p):
    t = p["truth"]
    p["location"] = loc(t["place"])
    s = t["sectors"][0]
    lab = label(s)
    p["tags"] = [lab]
    p["bio"] = f"I work on {work(s)}."
    if p["type"] == "professional":
        p["jobTitle"] = R.choice(["Consultant", "Analyst", "Engineer", "Project manager"])
        p["skills"] = [lab]
    elif p["type"] == "industry_expert":
        p["domains"] = [lab]
    elif p["type"] == "academic_institution":
        p["research"] = [lab]
    else:
        p["interests"] = [lab]
        p["orgSector"] = lab


def ticket_for(stages):
    lo = min(NEED[s][0] for s in stages) * 1000
    hi = max(NEED[s][1] for s in stages) * 1000
    return [lo, hi]


def add_investor(sectors, stages, ticket, scopes, place=None, trap_words=None):
    p = new("business_investor", sectors=sectors, stages=stages, ticket=ticket, scopes=scopes, place=place or city())
    render_investor(p, trap_words)
    return p


def add_innovator(sector, stage, need, place, need_area=None, query=False, trap=None):
    p = new("innovator", query=query, sector=sector, stage=stage, need=need, place=place, need_area=need_area)
    render_innovator(p, trap)
    return p


def add_mentor(sectors, areas, hours, students, place=None, full=False, trap_words=None):
    p = new("mentor", sectors=sectors, areas=areas, hours=hours, students=students, place=place or city(), full=full)
    render_mentor(p, trap_words)
    return p


def add_listing(sector, level, place, trap=None):
    titles = {"entry": ["Intern", "Graduate trainee", "Industrial attachment student", "Entry-level assistant"],
              "junior": ["Junior officer", "Junior analyst"],
              "senior": ["Senior specialist (8 years' experience)", "Head of operations", "Lead engineer, 10+ years of experience",
                         "Internship programme manager (5 years' experience)"]}
    lab = label(sector)
    title = f"{R.choice(titles[level])} – {lab}"
    desc = f"Join a team {work(sector)}."
    if trap:
        desc += " " + trap
    listings.append({"key": f"listing-{len(listings) + 1:03d}", "title": title, "description": desc, "category": lab,
                     "tags": [lab], "location": loc(place), "truth": {"sector": sector, "level": level, "place": place}})


# --- build the pool and the queries ---
queries = []

# INVESTORS: 16 innovators; around each, planted investors of every class plus the others' plants
for i in range(16):
    s = SECTOR_IDS[i % len(SECTOR_IDS)]
    stage = R.choice(STAGES[:5])
    need = R.randint(*NEED[stage]) * 1000
    place = city()
    wrong = other_sector(s)
    trap = f"Our customers include people {work(wrong)}." if i % 2 == 0 else None
    q = add_innovator(s, stage, need, place, query=True, trap=trap)
    q["kind"] = "INVESTORS"
    covering = R.choice([sc for sc in SCOPES if in_scope(place, sc)])
    elsewhere = R.choice([sc for sc in SCOPES if not in_scope(place, sc)])
    near = [STAGES[max(0, STAGES.index(stage) - 1)], stage]
    add_investor([s], near, ticket_for(near), [covering])                              # fits fully
    add_investor([s, other_sector(s)], [stage, STAGES[min(5, STAGES.index(stage) + 1)]], [need // 2, need * 2], [elsewhere])  # fits, elsewhere
    add_investor([s], [stage], [int(need * 1.5), need * 5], [covering])                 # need just under the range
    add_investor([other_sector(s), s], STAGES[:4] if stage in STAGES[:4] else STAGES[3:], [need // 4, need * 3],
                 [R.choice(["Pan-African", "Sub-Saharan Africa", REGION[place[1]]])])       # fits, regional or continental scope
    add_investor([s], [stage], [need // 3, int(need * 1.2)], [REGION[place[1]]])        # fits, by region
    add_investor([s], [stage], [max(1000, need // 40), max(3000, need // 12)], [covering])  # trap: ticket 12-40x too small
    other_stages = [x for x in STAGES if x != stage][-2:] if stage in STAGES[:3] else STAGES[:2]
    add_investor([s], other_stages, ticket_for(other_stages), [covering])               # trap: invests only at other stages
    add_investor([wrong], [stage], [need // 2, need * 2], [covering], place=place, trap_words=work(s))  # trap: right words, wrong sector

# background investors
for _ in range(14):
    st = sorted(R.sample(STAGES, 2), key=STAGES.index)
    add_investor(R.sample(SECTOR_IDS, 2), st, ticket_for(st), [R.choice(SCOPES)])

# STARTUPS: 10 investors asking; pool innovators planted around each, plus the innovators of other plants
for i in range(10):
    s = SECTOR_IDS[(i * 3) % len(SECTOR_IDS)]
    st = sorted(R.sample(STAGES[:5], 2), key=STAGES.index)
    ticket = ticket_for(st)
    scope = R.choice(SCOPES)
    q = new("business_investor", query=True, sectors=[s], stages=st, ticket=ticket, scopes=[scope], place=city())
    render_investor(q)
    q["kind"] = "STARTUPS"
    inside = [c for c in CITIES if in_scope(c, scope)] or CITIES
    for _ in range(5):
        stage = R.choice(st)
        add_innovator(s, stage, R.randint(*NEED[stage]) * 1000, R.choice(inside))
    outside = [c for c in CITIES if not in_scope(c, scope)] or CITIES
    add_innovator(s, st[0], R.randint(*NEED[st[0]]) * 1000, R.choice(outside))
    wrong_stage = "scale" if "scale" not in st else "idea"
    add_innovator(s, wrong_stage, R.randint(*NEED[wrong_stage]) * 1000, R.choice(inside))       # trap: stage
    add_innovator(s, st[0], ticket[1] * 12, R.choice(inside))                                   # trap: needs 12x the ticket
    wrong = other_sector(s)
    add_innovator(wrong, st[0], R.randint(*NEED[st[0]]) * 1000, R.choice(inside), trap=f"We work closely with teams {work(s)}.")

# MENTORS for innovators with a stated need: 12
for i in range(12):
    s = SECTOR_IDS[(i * 7) % len(SECTOR_IDS)]
    need_area = NEED_IDS[i % len(NEED_IDS)]
    stage = R.choice(STAGES[:4])
    place = city()
    q = add_innovator(s, stage, R.randint(*NEED[stage]) * 1000, place, need_area=need_area, query=True)
    q["kind"] = "MENTORS"
    far = R.choice([c for c in CITIES if c[1] != place[1]])
    add_mentor([s], [need_area], R.choice([4, 6, 10]), None, place=far)                        # field and need, far away
    add_mentor([], [need_area], R.choice([4, 8]), None, place=far)                             # need only (paraphrased label)
    add_mentor([s], [], R.choice([2, 5]), None)                                                 # field only
    add_mentor([s], [need_area], 0, None, place=place)                                          # trap: 0 hours
    add_mentor([s], [need_area], 6, None, full=True)                                            # trap: not taking mentees
    add_mentor([other_sector(s)], [], 8, None, place=place, trap_words=work(s))                 # trap: next door, wrong field, right words

# MENTORS for students: 10
for i in range(10):
    s = SECTOR_IDS[(i * 3 + 1) % len(SECTOR_IDS)]
    place = city()
    q = new("academic_student", query=True, sector=s, place=place)
    render_student(q, trap=f"I am curious about people {work(other_sector(s))}." if i % 2 else None)
    q["kind"] = "MENTORS"
    add_mentor([s], [R.choice(NEED_IDS)], 6, True, place=R.choice(CITIES))                     # field, takes students
    add_mentor([s], [], 4, None)                                                                # field, silent on students
    add_mentor([s, other_sector(s)], [R.choice(NEED_IDS)], 5, True)
    add_mentor([s], [], 6, False, place=place)                                                  # trap: founders only
    add_mentor([s], [], 0, True)                                                                # trap: 0 hours
    add_mentor([other_sector(s)], [], 6, True, place=place, trap_words=work(s))                # trap: wrong field next door

# INTERNSHIPS for students: 10
for i in range(10):
    s = SECTOR_IDS[(i * 7 + 3) % len(SECTOR_IDS)]
    place = city()
    q = new("academic_student", query=True, sector=s, place=place)
    render_student(q)
    q["kind"] = "INTERNSHIPS"
    region_mates = [c for c in CITIES if REGION[c[1]] == REGION[place[1]]]
    add_listing(s, "entry", R.choice(region_mates))
    add_listing(s, "entry", R.choice(CITIES))
    add_listing(s, "junior", R.choice(region_mates))
    add_listing(s, "entry", R.choice([c for c in CITIES if REGION[c[1]] != REGION[place[1]]]))
    add_listing(s, "junior", R.choice(CITIES))
    add_listing(s, "senior", place, trap="Great for someone who started as an intern with us years ago.")   # trap: senior
    add_listing(other_sector(s), "entry", place, trap=f"No background in {R.choice(STUDY[s]).lower()} needed.")  # trap: wrong field

for _ in range(15):
    add_listing(R.choice(SECTOR_IDS), R.choice(["entry", "junior", "senior"]), city())

# PEOPLE: 8 professionals/experts asking; the whole pool is graded
for i in range(8):
    s = SECTOR_IDS[(i * 3 + 2) % len(SECTOR_IDS)]
    q = new(R.choice(["professional", "industry_expert"]), query=True, sectors=[s], place=city())
    render_other(q)
    q["kind"] = "PEOPLE"
    # a same-city member of another field, who shares the asker's words
    o = new("professional", sectors=[other_sector(s)], place=q["truth"]["place"])
    render_other(o)
    o["bio"] += f" I sometimes write about {work(s)}."

# other members (people pool, listing sellers)
for _ in range(40):
    p = new(R.choice(["professional", "industry_expert", "organisation", "academic_institution"]),
            sectors=[R.choice(SECTOR_IDS)], place=city())
    render_other(p)
for _ in range(10):
    p = new("academic_student", sector=R.choice(SECTOR_IDS), place=city())
    render_student(p)


# --- the rubric ---
def grade(q, c):
    """(grade, breaker) of candidate c for query q, from hidden attributes only."""
    kind, qt, ct = q["kind"], q["truth"], c["truth"]
    if kind in ("INVESTORS", "STARTUPS"):
        startup, inv = (qt, ct) if kind == "INVESTORS" else (ct, qt)
        lo, hi = inv["ticket"]
        if startup["stage"] not in inv["stages"] or not (lo / 3 <= startup["need"] <= hi * 3):
            return 0, True
        if startup["sector"] not in inv["sectors"]:
            return 0, not any(neighbours(startup["sector"], x) for x in inv["sectors"])
        g = 1 + (1 if lo <= startup["need"] <= hi else 0) + (1 if any(in_scope(startup["place"], s) for s in inv["scopes"]) else 0)
        return g, False
    if kind == "MENTORS":
        student = q["type"] == "academic_student"
        field = qt["sector"]
        if ct["hours"] == 0 or ct.get("full") or (student and ct["students"] is False) \
                or (not ct["areas"] and field not in ct["sectors"] and not any(neighbours(field, x) for x in ct["sectors"])):
            return 0, True
        if student:
            if field not in ct["sectors"]:
                return 0, False
            return 2 + (1 if ct["students"] is True else 0), False
        g = (2 if qt.get("need_area") in ct["areas"] else 0) + (1 if field in ct["sectors"] else 0)
        return min(3, g), False
    if kind == "INTERNSHIPS":
        if ct["level"] == "senior":
            return 0, True
        if ct["sector"] != qt["sector"]:
            return 0, not neighbours(ct["sector"], qt["sector"])
        return 1 + (1 if ct["level"] == "entry" else 0) + (1 if REGION[ct["place"][1]] == REGION[qt["place"][1]] else 0), False
    if kind == "PEOPLE":
        mine = set(qt["sectors"]) if "sectors" in qt else {qt["sector"]}
        theirs = set(ct["sectors"]) if "sectors" in ct else {ct["sector"]}
        if not (mine & theirs):
            return 0, False
        return 2 + (1 if ct["place"][1] == qt["place"][1] else 0), False
    raise ValueError(kind)


POOL_TYPE = {"INVESTORS": ["business_investor"], "STARTUPS": ["innovator"], "MENTORS": ["mentor"]}
out_queries = []
for q in [p for p in profiles if p["query"]]:
    kind = q["kind"]
    if kind == "INTERNSHIPS":
        pool = listings
    else:
        pool = [p for p in profiles if not p["query"] and (kind == "PEOPLE" or p["type"] in POOL_TYPE[kind])]
    grades, breakers = {}, []
    for c in pool:
        g, b = grade(q, c)
        if g > 0:
            grades[c["key"]] = g
        if b:
            breakers.append(c["key"])
    fitting = len(pool) - len(breakers)
    assert grades, q["key"]
    assert fitting >= 5, (q["key"], fitting)
    out_queries.append({"member": q["key"], "kind": kind, "asker": q["type"], "grades": grades, "breakers": breakers})


def public(p):
    out = {k: v for k, v in p.items() if k != "truth"}
    t = p["truth"]
    # hidden attributes travel along for the report, in a field the loader never reads into the hub
    out["hidden"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in t.items()}
    return out


with open(os.path.join(HERE, "profiles.json"), "w") as f:
    json.dump([public(p) for p in profiles], f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "listings.json"), "w") as f:
    json.dump([public(p) for p in listings], f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "queries.json"), "w") as f:
    json.dump(out_queries, f, indent=1)
n_pool = sum(1 for p in profiles if not p["query"])
print(f"profiles={len(profiles)} (pool {n_pool}) listings={len(listings)} queries={len(out_queries)}")
for k in ["INVESTORS", "STARTUPS", "MENTORS", "INTERNSHIPS", "PEOPLE"]:
    print(k, sum(1 for q in out_queries if q["kind"] == k))
