package org.smilefactory.core.demo;

import java.util.List;
import org.smilefactory.core.api.profiles.InstitutionType;

/**
 * The vocabulary of the demo community: places, names, industries, institutions. Datafaker has no
 * Zimbabwean locale, so the Southern-African texture (Shona and Ndebele names, our cities, our
 * universities) lives here; Datafaker supplies the randomness, number patterns and South African
 * surnames. Company, fund and startup names are invented: demo data must not put words in the
 * mouths of real firms. Public universities and colleges are named as they are, since members
 * really do study there.
 */
final class DemoWords {

    private DemoWords() {
    }

    enum Region { ZIMBABWE, SOUTH_AFRICA, ZAMBIA, KENYA, BOTSWANA, MOZAMBIQUE, MALAWI, RWANDA }

    /** A city members live in, with its weight in the community (most are Zimbabwean). */
    record Place(String city, String country, Region region, String dialCode, List<String> phonePatterns, int weight) {

        String label() {
            return city + ", " + country;
        }
    }

    private static final List<String> ZW_PHONES = List.of("77# ### ###", "78# ### ###", "71# ### ###", "73# ### ###");
    private static final List<String> ZA_PHONES = List.of("82 ### ####", "83 ### ####", "72 ### ####", "61 ### ####");

    static final List<Place> PLACES = List.of(
            new Place("Harare", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 330),
            new Place("Bulawayo", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 140),
            new Place("Mutare", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 55),
            new Place("Gweru", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 50),
            new Place("Masvingo", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 35),
            new Place("Chinhoyi", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 22),
            new Place("Kwekwe", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 18),
            new Place("Kadoma", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 15),
            new Place("Marondera", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 15),
            new Place("Bindura", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 12),
            new Place("Victoria Falls", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 12),
            new Place("Chitungwiza", "Zimbabwe", Region.ZIMBABWE, "+263", ZW_PHONES, 20),
            new Place("Johannesburg", "South Africa", Region.SOUTH_AFRICA, "+27", ZA_PHONES, 60),
            new Place("Pretoria", "South Africa", Region.SOUTH_AFRICA, "+27", ZA_PHONES, 15),
            new Place("Cape Town", "South Africa", Region.SOUTH_AFRICA, "+27", ZA_PHONES, 20),
            new Place("Durban", "South Africa", Region.SOUTH_AFRICA, "+27", ZA_PHONES, 8),
            new Place("Lusaka", "Zambia", Region.ZAMBIA, "+260", List.of("97# ### ###", "96# ### ###", "95# ### ###"), 35),
            new Place("Ndola", "Zambia", Region.ZAMBIA, "+260", List.of("97# ### ###", "96# ### ###"), 8),
            new Place("Nairobi", "Kenya", Region.KENYA, "+254", List.of("7## ### ###", "11# ### ###"), 35),
            new Place("Gaborone", "Botswana", Region.BOTSWANA, "+267", List.of("71 ### ###", "72 ### ###", "74 ### ###"), 22),
            new Place("Francistown", "Botswana", Region.BOTSWANA, "+267", List.of("71 ### ###", "73 ### ###"), 6),
            new Place("Maputo", "Mozambique", Region.MOZAMBIQUE, "+258", List.of("84 ### ####", "82 ### ####"), 14),
            new Place("Lilongwe", "Malawi", Region.MALAWI, "+265", List.of("99# ### ###", "88# ### ###"), 10),
            new Place("Blantyre", "Malawi", Region.MALAWI, "+265", List.of("99# ### ###", "88# ### ###"), 6),
            new Place("Kigali", "Rwanda", Region.RWANDA, "+250", List.of("78# ### ###", "72# ### ###"), 12));

    /** First names by region: female, male (names used for both appear in both). */
    record Names(List<String> female, List<String> male, List<String> last) {
    }

    /** The most common surnames (Moyo, Ncube, Dube) are listed twice: they are that much more common. */
    static final Names ZIMBABWE_NAMES = new Names(
            List.of("Tendai", "Rutendo", "Chipo", "Nyasha", "Tatenda", "Rumbidzai", "Tsitsi", "Farai", "Tariro",
                    "Ruvimbo", "Vimbai", "Fadzai", "Kudzai", "Tafadzwa", "Chiedza", "Rudo", "Nokuthula", "Thandiwe",
                    "Sibongile", "Nomvula", "Sithembile", "Precious", "Memory", "Blessing", "Tanaka", "Nyarai",
                    "Shingai", "Ropafadzo", "Mufaro", "Anesu", "Tinotenda", "Makanaka", "Ratidzo", "Danai",
                    "Gamuchirai", "Yeukai", "Zanele", "Nothando", "Busisiwe", "Thembelihle", "Charity", "Patience",
                    "Loveness", "Primrose", "Natasha", "Panashe", "Ruramai", "Tsungai", "Kundai", "Mazvita"),
            List.of("Tendai", "Tatenda", "Farai", "Tinashe", "Simbarashe", "Tapiwa", "Kudakwashe", "Tawanda",
                    "Takudzwa", "Tafadzwa", "Nyasha", "Kudzai", "Tonderai", "Munyaradzi", "Tichaona", "Tafara",
                    "Blessing", "Brian", "Kelvin", "Tanaka", "Panashe", "Tinotenda", "Mandla", "Sipho", "Sibusiso",
                    "Bongani", "Themba", "Nkosana", "Mthokozisi", "Sifiso", "Lovemore", "Innocent", "Prosper",
                    "Tendekai", "Anesu", "Ngonidzashe", "Kudzanai", "Tapiwanashe", "Rufaro", "Tavonga", "Mufaro",
                    "Shingirai", "Fungai", "Tonde", "Clive", "Trust", "Godknows", "Learnmore", "Admire", "Arthur"),
            List.of("Moyo", "Ncube", "Sibanda", "Dube", "Mpofu", "Ndlovu", "Nyathi", "Chikore", "Mutasa", "Chiweshe",
                    "Mhlanga", "Marufu", "Chigumba", "Makoni", "Gumbo", "Mabhena", "Zhou", "Shumba", "Mlambo",
                    "Chidzambwa", "Mukanya", "Nyoni", "Khumalo", "Mazarura", "Chiwenga", "Muchena", "Mapfumo",
                    "Mutendi", "Chinembiri", "Madziva", "Mushonga", "Nhamo", "Chikwanha", "Matongo", "Mavhunga",
                    "Mangwende", "Chirwa", "Masuku", "Tshuma", "Ngwenya", "Moyo", "Dube", "Ncube", "Sithole",
                    "Mudzingwa", "Chitando", "Mupfumira", "Kasukuwere", "Makumbe", "Zvobgo", "Chimombe", "Hove",
                    "Gono", "Mawere", "Musariri", "Machingura", "Zinyemba", "Mutambara", "Chakanetsa", "Nyamande"));

    static final Names SOUTH_AFRICA_NAMES = new Names(
            List.of("Lerato", "Thandeka", "Nomsa", "Zanele", "Ayanda", "Palesa", "Naledi", "Nandi", "Busisiwe",
                    "Mbali", "Refilwe", "Karabo", "Lindiwe", "Sarah", "Megan", "Amahle", "Zinhle", "Keabetswe"),
            List.of("Sipho", "Thabo", "Bongani", "Lwazi", "Mandla", "Kagiso", "Sizwe", "Lungelo", "Karabo", "Themba",
                    "Ayanda", "Tshepo", "Andile", "Pieter", "Johan", "Ryan", "Siyabonga", "Mpho"),
            List.of()); // surnames come from Datafaker's en-ZA locale

    static final Names ZAMBIA_NAMES = new Names(
            List.of("Chanda", "Mutale", "Natasha", "Mwape", "Chileshe", "Bupe", "Musonda", "Thandiwe", "Mwila", "Namukolo"),
            List.of("Chanda", "Mwansa", "Kondwani", "Mulenga", "Bwalya", "Chisomo", "Mutale", "Kabwe", "Lubinda", "Musonda"),
            List.of("Mwila", "Chanda", "Mulenga", "Bwalya", "Banda", "Phiri", "Tembo", "Zulu", "Mwansa", "Lungu",
                    "Sakala", "Mumba", "Chileshe", "Kapembwa", "Musonda", "Ngoma"));

    static final Names KENYA_NAMES = new Names(
            List.of("Wanjiru", "Achieng", "Wambui", "Njeri", "Faith", "Mercy", "Akinyi", "Nyambura", "Wairimu", "Atieno"),
            List.of("Kamau", "Otieno", "Brian", "Kevin", "Kipchoge", "Mwangi", "Ochieng", "Kiprono", "Njoroge", "Baraka"),
            List.of("Kamau", "Otieno", "Mwangi", "Odhiambo", "Wanjiku", "Njoroge", "Ochieng", "Mutua", "Kiptoo",
                    "Wafula", "Kariuki", "Omondi", "Chebet", "Mutiso", "Onyango"));

    static final Names BOTSWANA_NAMES = new Names(
            List.of("Onalenna", "Boitumelo", "Masego", "Lesego", "Neo", "Kelebogile", "Naledi", "Tebogo"),
            List.of("Kagiso", "Kabelo", "Tumelo", "Neo", "Thato", "Oratile", "Tebogo", "Mpho"),
            List.of("Molefe", "Mogae", "Kgosi", "Tau", "Modise", "Seretse", "Motsumi", "Kgari", "Sebego", "Mothibi"));

    static final Names MOZAMBIQUE_NAMES = new Names(
            List.of("Ana", "Lurdes", "Graça", "Celeste", "Luísa", "Anabela", "Inês"),
            List.of("João", "Celso", "Tomás", "Armando", "Nelson", "Edson", "Hélder"),
            List.of("Macuácua", "Cossa", "Sitoe", "Mabunda", "Nhantumbo", "Chissano", "Tembe", "Langa", "Muianga"));

    static final Names MALAWI_NAMES = new Names(
            List.of("Chikondi", "Thoko", "Mphatso", "Tiwonge", "Madalitso", "Chisomo"),
            List.of("Limbani", "Mphatso", "Kondwani", "Chimwemwe", "Madalitso", "Yamikani"),
            List.of("Banda", "Phiri", "Mwale", "Chirwa", "Kumwenda", "Nyirenda", "Gondwe", "Mhango", "Kaunda"));

    static final Names RWANDA_NAMES = new Names(
            List.of("Aline", "Claudine", "Diane", "Grace", "Solange", "Josiane"),
            List.of("Eric", "Jean Paul", "Patrick", "Olivier", "Emmanuel", "Innocent"),
            List.of("Uwimana", "Mugisha", "Habimana", "Niyonzima", "Nshimiyimana", "Mukamana", "Ndayisaba", "Iradukunda"));

    static Names names(Region region) {
        return switch (region) {
            case ZIMBABWE -> ZIMBABWE_NAMES;
            case SOUTH_AFRICA -> SOUTH_AFRICA_NAMES;
            case ZAMBIA -> ZAMBIA_NAMES;
            case KENYA -> KENYA_NAMES;
            case BOTSWANA -> BOTSWANA_NAMES;
            case MOZAMBIQUE -> MOZAMBIQUE_NAMES;
            case MALAWI -> MALAWI_NAMES;
            case RWANDA -> RWANDA_NAMES;
        };
    }

    /** What a venture builds, for whom, and the problem it answers. */
    record Venture(String product, String customers, String problem) {
    }

    /** An industry, the roots founders name their ventures after, and typical ventures. */
    record Industry(String label, List<String> brandRoots, List<Venture> ventures) {
    }

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("Agritech", List.of("Munda", "Mbeu", "Chirimo", "Kurima", "Harvest", "Green Acre", "Zunde", "Mwaka"), List.of(
                    new Venture("solar-powered cold rooms for horticulture", "horticulture co-operatives",
                            "smallholders lose up to a third of their harvest after picking"),
                    new Venture("SMS-based irrigation scheduling", "irrigation schemes",
                            "irregular rainfall makes every planting decision a gamble"),
                    new Venture("soil sensors linked to a WhatsApp advisory bot", "smallholder farmers",
                            "extension officers cannot visit every farm"),
                    new Venture("a marketplace linking smallholders to supermarkets", "smallholder farmers",
                            "farmers sell to middlemen at whatever price they are offered"),
                    new Venture("drone spraying for tobacco and cotton", "tobacco growers",
                            "pests destroy crops before farmers notice them"),
                    new Venture("weather-indexed crop insurance", "smallholder farmers",
                            "one failed season can wipe out a family's savings"),
                    new Venture("poultry feed formulated from local crops", "poultry farmers",
                            "imported feed makes up most of a broiler farmer's costs"))),
            new Industry("Fintech", List.of("Mari", "Pfuma", "Kashe", "Mukando", "Ledger", "Imali", "Chengeto"), List.of(
                    new Venture("a digital ledger for mukando savings groups", "savings groups",
                            "savings groups keep their books in exercise books that get lost"),
                    new Venture("credit scoring from mobile-money histories", "informal traders",
                            "banks see no credit history for informal traders"),
                    new Venture("multi-currency point-of-sale for informal traders", "market vendors",
                            "traders juggle US dollars, ZiG and mobile money with no records"),
                    new Venture("remittance payouts through rural agents", "diaspora families",
                            "sending money home still costs too much"),
                    new Venture("invoice financing for small suppliers", "small suppliers",
                            "small suppliers wait 90 days to be paid"),
                    new Venture("micro-insurance sold over USSD", "rural shop owners",
                            "most families have no insurance at all"))),
            new Industry("Healthtech", List.of("Hutano", "Utano", "MediLink", "Mushonga", "Care", "Rapano"), List.of(
                    new Venture("telemedicine for rural clinics over low-bandwidth links", "rural clinics",
                            "patients travel for a day to see a doctor"),
                    new Venture("stock tracking that prevents pharmacy stock-outs", "community pharmacies",
                            "clinics run out of essential medicines"),
                    new Venture("maternal-health reminders by SMS", "expectant mothers",
                            "too many mothers miss their antenatal visits"),
                    new Venture("drone delivery of blood samples to district labs", "district hospitals",
                            "lab results take weeks to come back"),
                    new Venture("an electronic patient record that works offline", "health workers",
                            "paper records get lost between visits"))),
            new Industry("Edtech", List.of("Dzidzo", "Funda", "Ruzivo", "Learn", "Chikoro", "Ulwazi"), List.of(
                    new Venture("an offline-first revision app for ZIMSEC O and A level", "secondary-school learners",
                            "data costs keep learners offline"),
                    new Venture("coding bootcamps for school leavers", "school leavers",
                            "school leavers lack job-ready digital skills"),
                    new Venture("STEM kits for rural schools", "rural schools",
                            "rural schools teach science without laboratories"),
                    new Venture("radio lessons with SMS quizzes", "primary-school learners",
                            "textbooks are shared by five learners"),
                    new Venture("teacher training on tablets", "teachers",
                            "teachers have little access to training"))),
            new Industry("Cleantech", List.of("Zuva", "Ilanga", "Simba", "Mhepo", "Chiedza", "Spark"), List.of(
                    new Venture("pay-as-you-go solar home systems", "off-grid households",
                            "load-shedding leaves homes dark for up to 18 hours a day"),
                    new Venture("biogas digesters for schools and farms", "boarding schools",
                            "firewood is getting scarce and costly"),
                    new Venture("briquettes made from sawdust and maize cobs", "urban households",
                            "firewood is getting scarce and costly"),
                    new Venture("solar irrigation pumps", "irrigating farmers",
                            "diesel pumps eat the margins of small farms"),
                    new Venture("battery swapping for electric motorbikes", "delivery riders",
                            "fuel is the biggest cost of every delivery"),
                    new Venture("energy audits for factories", "small factories",
                            "diesel generators eat the margins of small businesses"))),
            new Industry("Mining tech", List.of("Dombo", "Goldfield", "Ore", "Ngoda", "Dyke", "Shaft"), List.of(
                    new Venture("safety sensors for small-scale gold mines", "small-scale miners",
                            "shaft collapses go unnoticed until it is too late"),
                    new Venture("mercury-free gold processing", "mining co-operatives",
                            "artisanal miners still use mercury"),
                    new Venture("drone surveys for exploration", "exploration companies",
                            "ground surveys take months"),
                    new Venture("equipment rental for small mines", "small-scale miners",
                            "small miners cannot afford their own equipment"))),
            new Industry("Logistics", List.of("Rwendo", "Kombi", "Haulage", "Zambezi", "Route", "Tora"), List.of(
                    new Venture("route optimisation for kombi operators", "transport operators",
                            "kombis burn fuel circling for passengers"),
                    new Venture("cross-border freight matching at Beitbridge", "transporters",
                            "trucks return empty from South Africa"),
                    new Venture("last-mile delivery by motorbike", "online shops",
                            "deliveries outside the city centre take days"),
                    new Venture("cold-chain tracking for fresh produce", "fresh-produce exporters",
                            "perishables spoil while they wait at the border"))),
            new Industry("Creative industries", List.of("Ngoma", "Muchato", "Jacaranda Studio", "Mbira", "Chisi", "Kwaito"), List.of(
                    new Venture("a streaming platform for Zimbabwean music", "musicians",
                            "artists earn little from streaming"),
                    new Venture("an animation studio for African stories", "broadcasters",
                            "children's television is almost all imported"),
                    new Venture("a marketplace for local fashion designers", "fashion designers",
                            "local designers cannot reach buyers abroad"),
                    new Venture("a ticketing app for live events", "event organisers",
                            "fake tickets and cash sales cost organisers a fifth of their takings"))),
            new Industry("Water & sanitation", List.of("Mvura", "Amanzi", "Tsime", "Chitubu"), List.of(
                    new Venture("borehole monitoring with IoT sensors", "rural communities",
                            "boreholes break down and stay broken for months"),
                    new Venture("prepaid water kiosks", "town councils",
                            "households queue for hours for water"),
                    new Venture("low-cost ceramic water filters", "rural households",
                            "unsafe water still causes cholera outbreaks"))),
            new Industry("E-commerce", List.of("Musika", "Tengesa", "Bhero", "Shop", "Kiya"), List.of(
                    new Venture("WhatsApp storefronts for small retailers", "small retailers",
                            "small shops have no way to sell beyond their street"),
                    new Venture("group buying for township shops", "tuck-shop owners",
                            "small shops pay more for stock than supermarkets"),
                    new Venture("grocery delivery in Harare and Bulawayo", "urban households",
                            "families lose half a day a week shopping"))),
            new Industry("Tourism tech", List.of("Mosi", "Kariba", "Safari", "Nyanga"), List.of(
                    new Venture("a booking platform for community lodges", "community lodges",
                            "community lodges depend on foreign booking sites"),
                    new Venture("audio guides for heritage sites", "tour operators",
                            "visitors leave Great Zimbabwe knowing little of its story"),
                    new Venture("a local-experience marketplace for Victoria Falls", "domestic tourists",
                            "domestic tourists cannot find affordable things to do"))),
            new Industry("AI & data", List.of("Pfungwa", "Data", "Njere", "Insight"), List.of(
                    new Venture("Shona and Ndebele speech recognition", "call centres",
                            "voice services ignore local languages"),
                    new Venture("crop disease detection from phone photos", "agronomists",
                            "crop diseases are spotted too late to save the harvest"),
                    new Venture("fraud detection for micro-lenders", "micro-lenders",
                            "fraud eats the thin margins of small lenders"),
                    new Venture("demand forecasting for retailers", "retailers",
                            "retailers over-stock and write off fresh produce"))),
            new Industry("Manufacturing", List.of("Kopje", "Msasa", "Forge", "Chimanimani"), List.of(
                    new Venture("3D-printed spare parts for farm machinery", "farm-machinery owners",
                            "spare parts take weeks to import"),
                    new Venture("local assembly of solar inverters", "solar installers",
                            "imported inverters are costly and hard to repair"),
                    new Venture("building blocks made from recycled plastic", "builders",
                            "plastic waste clogs the drains of our towns"),
                    new Venture("small-batch food processing", "food processors",
                            "farmers cannot sell their surplus before it rots"))));

    static final List<String> BRAND_SUFFIXES = List.of("", "", " Tech", " Labs", " Africa", " Connect", " Hub", " Systems",
            " Solutions", " Works", "Sense", "Go", " Zimbabwe", " Co");

    static final List<String> BUSINESS_MODELS = List.of(
            "Monthly subscription of US$5 per user, paid by mobile money",
            "Commission of 3% on every transaction through the platform",
            "Pay-as-you-go instalments over 18 months via EcoCash and OneMoney",
            "Freemium app with paid premium features for institutions",
            "Annual licence per site, with installation and training as a paid service",
            "Hardware sold at cost, recurring revenue from data and maintenance contracts",
            "B2B contracts with co-operatives and NGOs, priced per beneficiary",
            "Margin on products sold, plus a delivery fee");

    static final List<String> ADVANTAGES = List.of(
            "Works offline and on basic phones, which our competitors' apps do not",
            "An exclusive distribution agreement with 120 retailers across the country",
            "Our team has lived the problem: three of us worked in this industry for years",
            "Costs a third of the imported alternative because we assemble locally",
            "Content in Shona, Ndebele and English",
            "First mover in the region with regulatory approval already granted",
            "A data set collected over four seasons that nobody else has");

    /** Universities, colleges and research bodies, by city (a student mostly studies near home). */
    record Institution(String name, String shortName, String city, InstitutionType type, int students) {
    }

    static final List<Institution> INSTITUTIONS = List.of(
            new Institution("University of Zimbabwe", "UZ", "Harare", InstitutionType.UNIVERSITY, 20_000),
            new Institution("Harare Institute of Technology", "HIT", "Harare", InstitutionType.UNIVERSITY, 5_000),
            new Institution("Women's University in Africa", "WUA", "Harare", InstitutionType.UNIVERSITY, 4_000),
            new Institution("Catholic University of Zimbabwe", "CUZ", "Harare", InstitutionType.UNIVERSITY, 3_000),
            new Institution("Harare Polytechnic", "Harare Poly", "Harare", InstitutionType.POLYTECHNIC, 6_000),
            new Institution("Scientific and Industrial Research and Development Centre", "SIRDC", "Harare",
                    InstitutionType.RESEARCH_INSTITUTE, 0),
            new Institution("National University of Science and Technology", "NUST", "Bulawayo", InstitutionType.UNIVERSITY, 9_000),
            new Institution("Lupane State University", "LSU", "Bulawayo", InstitutionType.UNIVERSITY, 3_000),
            new Institution("Bulawayo Polytechnic", "Bulawayo Poly", "Bulawayo", InstitutionType.POLYTECHNIC, 5_000),
            new Institution("Africa University", "AU", "Mutare", InstitutionType.UNIVERSITY, 2_500),
            new Institution("Mutare Polytechnic", "Mutare Poly", "Mutare", InstitutionType.POLYTECHNIC, 3_000),
            new Institution("Midlands State University", "MSU", "Gweru", InstitutionType.UNIVERSITY, 22_000),
            new Institution("Gweru Polytechnic", "Gweru Poly", "Gweru", InstitutionType.POLYTECHNIC, 4_000),
            new Institution("Great Zimbabwe University", "GZU", "Masvingo", InstitutionType.UNIVERSITY, 8_000),
            new Institution("Chinhoyi University of Technology", "CUT", "Chinhoyi", InstitutionType.UNIVERSITY, 10_000),
            new Institution("Bindura University of Science Education", "BUSE", "Bindura", InstitutionType.UNIVERSITY, 6_000),
            new Institution("Marondera University of Agricultural Sciences and Technology", "MUAST", "Marondera",
                    InstitutionType.UNIVERSITY, 2_000),
            new Institution("Kwekwe Polytechnic", "Kwekwe Poly", "Kwekwe", InstitutionType.POLYTECHNIC, 2_500),
            new Institution("Zimbabwe Open University", "ZOU", "Harare", InstitutionType.UNIVERSITY, 15_000),
            new Institution("University of the Witwatersrand", "Wits", "Johannesburg", InstitutionType.UNIVERSITY, 40_000),
            new Institution("University of Johannesburg", "UJ", "Johannesburg", InstitutionType.UNIVERSITY, 50_000),
            new Institution("University of Pretoria", "UP", "Pretoria", InstitutionType.UNIVERSITY, 53_000),
            new Institution("University of Cape Town", "UCT", "Cape Town", InstitutionType.UNIVERSITY, 29_000),
            new Institution("University of KwaZulu-Natal", "UKZN", "Durban", InstitutionType.UNIVERSITY, 45_000),
            new Institution("University of Zambia", "UNZA", "Lusaka", InstitutionType.UNIVERSITY, 30_000),
            new Institution("Copperbelt University", "CBU", "Ndola", InstitutionType.UNIVERSITY, 12_000),
            new Institution("University of Nairobi", "UoN", "Nairobi", InstitutionType.UNIVERSITY, 60_000),
            new Institution("Strathmore University", "Strathmore", "Nairobi", InstitutionType.UNIVERSITY, 8_000),
            new Institution("University of Botswana", "UB", "Gaborone", InstitutionType.UNIVERSITY, 15_000),
            new Institution("Botswana International University of Science and Technology", "BIUST", "Francistown",
                    InstitutionType.UNIVERSITY, 3_000),
            new Institution("Eduardo Mondlane University", "UEM", "Maputo", InstitutionType.UNIVERSITY, 40_000),
            new Institution("University of Malawi", "UNIMA", "Blantyre", InstitutionType.UNIVERSITY, 10_000),
            new Institution("Lilongwe University of Agriculture and Natural Resources", "LUANAR", "Lilongwe",
                    InstitutionType.UNIVERSITY, 8_000),
            new Institution("University of Rwanda", "UR", "Kigali", InstitutionType.UNIVERSITY, 30_000));

    static final List<String> FIELDS_OF_STUDY = List.of("Computer Science", "Software Engineering", "Information Systems",
            "Agricultural Engineering", "Agronomy", "Accounting", "Economics", "Electrical Engineering",
            "Mechanical Engineering", "Mining Engineering", "Medicine", "Pharmacy", "Biotechnology", "Food Science",
            "Environmental Science", "Graphic Design", "Marketing", "Business Management", "Data Science",
            "Civil Engineering", "Financial Engineering", "Journalism and Media Studies");

    /** Polytechnics teach certificates and diplomas in applied fields. */
    static final List<String> POLYTECHNIC_FIELDS = List.of("Information Technology", "Electrical Power Engineering",
            "Mechanical Engineering", "Accountancy", "Marketing", "Graphic Design", "Food Technology",
            "Civil Engineering", "Automotive Engineering", "Applied Science", "Mass Communication");

    static final List<String> PROGRAMMES = List.of("BSc Computer Science", "BEng Electrical Engineering",
            "BSc Agriculture", "BCom Accounting", "MBA", "BSc Mining Engineering", "National Diploma in Information Technology",
            "MSc Data Science", "BSc Biotechnology", "National Certificate in Electrical Power Engineering",
            "BSc Food Science and Technology", "PhD in Development Studies", "BTech Software Engineering",
            "Diploma in Fashion Design", "MPH Public Health", "National Diploma in Accountancy",
            "National Certificate in Automotive Engineering", "Higher National Diploma in Civil Engineering");

    static final List<String> RESEARCH_AREAS = List.of("Climate-smart agriculture", "Renewable energy", "Mineral processing",
            "Public health", "Natural language processing for African languages", "Water resources",
            "Food security", "Materials science", "Financial inclusion", "Biodiversity and wildlife management",
            "Medicinal plants", "Smart cities");

    static final List<String> PARTNERSHIP_INTERESTS = List.of("Industrial attachments for students",
            "Joint research grants", "Commercialising university research", "Incubation of student startups",
            "Guest lectures by practitioners", "Shared laboratory equipment", "Hackathons and innovation challenges");

    static final List<String> EXPERTISE_AREAS = List.of("Fundraising", "Go-to-market strategy", "Financial modelling",
            "Product management", "Software architecture", "Digital marketing", "Legal and compliance",
            "Export readiness", "Leadership", "UX design", "Supply chain", "Agronomy", "Public health",
            "Sales", "Hiring and team building", "Impact measurement", "Grant writing", "Pitching");

    static final List<String> EXPERT_DOMAINS = List.of("Mining engineering", "Renewable energy policy",
            "Agricultural value chains", "Banking regulation", "Public health systems", "Telecommunications",
            "Tourism and hospitality", "Tax and customs", "Intellectual property", "Water engineering",
            "Cybersecurity", "Monitoring and evaluation", "Manufacturing quality systems", "Mobile money regulation");

    /** A job with the skills and services people in it list. */
    record Job(String title, List<String> skills, List<String> services) {
    }

    static final List<Job> JOBS = List.of(
            new Job("Software engineer", List.of("Java", "Kotlin", "Python", "React", "SQL", "Cloud infrastructure", "Agile delivery"),
                    List.of("Website and app development", "API integration", "Technical due diligence")),
            new Job("Mobile developer", List.of("Android development", "Flutter", "Kotlin", "USSD applications", "Firebase"),
                    List.of("Mobile app development", "USSD and SMS services")),
            new Job("Data analyst", List.of("SQL", "Power BI", "Python", "Excel modelling", "Survey design", "Machine learning"),
                    List.of("Data dashboards", "Market research", "Impact data analysis")),
            new Job("Accountant", List.of("IFRS reporting", "Tax compliance", "Bookkeeping", "Payroll", "Excel modelling"),
                    List.of("Bookkeeping for startups", "Tax returns", "Financial statements")),
            new Job("Financial analyst", List.of("Financial modelling", "Valuation", "Excel modelling", "Investment memos"),
                    List.of("Financial projections for pitch decks", "Business plan writing")),
            new Job("Graphic designer", List.of("Adobe Illustrator", "Figma", "Brand identity", "Packaging design", "Photography"),
                    List.of("Brand identity design", "Pitch deck design", "Packaging design")),
            new Job("UX researcher", List.of("User research", "Figma", "Usability testing", "Service design"),
                    List.of("User interviews and testing", "Service design workshops")),
            new Job("Lawyer", List.of("Contract law", "Company registration", "Intellectual property", "Employment law"),
                    List.of("Company registration and contracts", "Trademark registration", "Shareholder agreements")),
            new Job("Agronomist", List.of("Soil science", "Irrigation design", "Crop protection", "Horticulture", "Farmer training"),
                    List.of("Farm planning", "Irrigation scheduling", "Farmer training")),
            new Job("Electrical engineer", List.of("Solar PV design", "AutoCAD", "Power systems", "Electrical installations"),
                    List.of("Solar installation design", "Electrical compliance certificates")),
            new Job("Civil engineer", List.of("AutoCAD", "Structural design", "Site supervision", "Water engineering"),
                    List.of("Building plans", "Borehole and water system design")),
            new Job("Marketing manager", List.of("Digital marketing", "Social media", "Copywriting", "Brand strategy", "Market research"),
                    List.of("Social media management", "Go-to-market plans", "Copywriting")),
            new Job("Project manager", List.of("PRINCE2", "Agile delivery", "Budgeting", "Stakeholder management"),
                    List.of("Project management", "Donor project reporting")),
            new Job("Procurement officer", List.of("Procurement", "Supplier audits", "Contract management", "Public tenders"),
                    List.of("Tender preparation", "Supplier registration support")),
            new Job("Network engineer", List.of("Networking", "Cybersecurity", "Linux", "Cloud infrastructure"),
                    List.of("IT support", "Network installation", "Security reviews")),
            new Job("HR consultant", List.of("Recruitment", "Labour law", "Performance management", "Payroll"),
                    List.of("Recruitment support", "HR policies for small firms")),
            new Job("Supply chain manager", List.of("Logistics planning", "Inventory management", "Cross-border trade", "Procurement"),
                    List.of("Import and export advice", "Warehouse set-up")),
            new Job("Business analyst", List.of("Process mapping", "SQL", "Requirements analysis", "Excel modelling"),
                    List.of("Business process reviews", "System requirements", "Business plan writing")));

    static final List<String> COMPANY_ROOTS = List.of("Zvakanaka", "Msasa", "Kopje", "Jacaranda", "Chimanimani", "Mazowe",
            "Limpopo", "Zambezi", "Kariba", "Nyanga", "Matobo", "Great Dyke", "Sabi", "Runde", "Hwange", "Borrowdale",
            "Avondale", "Hillside", "Mukuvisi", "Save Valley");

    static final List<String> COMPANY_KINDS = List.of("Systems", "Consulting", "Engineering", "Holdings", "Digital",
            "Advisory", "Foods", "Logistics", "Energy", "Partners", "Technologies", "Group");

    static final List<String> FUND_KINDS = List.of("Capital", "Ventures", "Angels", "Growth Fund", "Impact Fund",
            "Capital Partners", "Investment Network");

    static final List<String> GEO_FOCUS = List.of("Zimbabwe", "Southern Africa", "SADC", "East Africa", "Africa",
            "South Africa", "Zambia");

    static final List<String> SECTORS = List.of("Banking", "Telecommunications", "Agriculture", "Mining", "Retail",
            "Energy", "Health", "Education", "Manufacturing", "Public sector", "International development",
            "Insurance", "Logistics");

    static final List<String> PUBLICATION_TOPICS = List.of("smallholder irrigation in semi-arid Zimbabwe",
            "mobile money and financial inclusion in SADC", "artisanal gold mining and mercury use",
            "solar mini-grids for rural electrification", "public procurement reform", "tobacco value chains",
            "telemedicine adoption in district hospitals", "water tariffs in Zimbabwean towns",
            "youth unemployment and digital skills", "cross-border trade at Beitbridge");
}
