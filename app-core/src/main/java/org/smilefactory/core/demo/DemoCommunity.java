package org.smilefactory.core.demo;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import net.datafaker.Faker;
import org.smilefactory.core.api.profiles.Availability;
import org.smilefactory.core.api.profiles.CommunicationMethod;
import org.smilefactory.core.api.profiles.ConsultingAvailability;
import org.smilefactory.core.api.profiles.DegreeLevel;
import org.smilefactory.core.api.profiles.Gender;
import org.smilefactory.core.api.profiles.IndustryExpertDetails;
import org.smilefactory.core.api.profiles.InnovationStage;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.InstitutionDetails;
import org.smilefactory.core.api.profiles.InstitutionType;
import org.smilefactory.core.api.profiles.InvestorDetails;
import org.smilefactory.core.api.profiles.MentorDetails;
import org.smilefactory.core.api.profiles.OrganisationDetails;
import org.smilefactory.core.api.profiles.OrganisationSize;
import org.smilefactory.core.api.profiles.OrganisationType;
import org.smilefactory.core.api.profiles.ProfessionalDetails;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.profiles.Seeking;
import org.smilefactory.core.api.profiles.StudentDetails;
import org.smilefactory.core.demo.DemoWords.Industry;
import org.smilefactory.core.demo.DemoWords.Institution;
import org.smilefactory.core.demo.DemoWords.Job;
import org.smilefactory.core.demo.DemoWords.Place;
import org.smilefactory.core.demo.DemoWords.Region;

/**
 * A demo community of a Southern-African innovation hub: many innovators and students, fewer
 * mentors, professionals and experts, a handful of investors, organisations and institutions,
 * mostly in Zimbabwe. Profiles range from complete to barely started; most are published and
 * public, some are drafts, connections-only or private; members are connected to earlier members.
 *
 * <p>Deterministic: member {@code i} depends only on the seed, {@code i} and the current year, so
 * the same seed gives the same people whatever the size (S is the first 200 of L) and however the
 * run is split into batches. Not thread-safe: one instance per run.
 */
public final class DemoCommunity {

    /** Zimbabwe's dialling code. */
    public static final long DEFAULT_SEED = 263L;
    public static final String EMAIL_DOMAIN = "demo.smilefactory.africa";

    /** Members join over this many days before the generation. */
    static final int JOIN_SPAN_DAYS = 540;

    /**
     * One generated member. {@code profile.memberId()} is null: the writer assigns ids.
     * {@code joinedAgo} is how long before the generation the member joined.
     */
    public record Person(int index, String email, SaveProfile profile, ProfileState state, Duration joinedAgo,
                         List<Link> links) {

        public SaveProfile profileWithId(UUID id) {
            SaveProfile p = profile;
            return new SaveProfile(id, 0, p.firstName(), p.lastName(), p.profileName(), p.gender(), p.phoneCountryCode(),
                    p.phoneNumber(), p.bio(), p.location(), p.profileType(), p.visibility(), p.details());
        }
    }

    /**
     * A connection between this member and the earlier member {@code other}: requested by this
     * member when {@code outgoing}, accepted or still pending, made {@code after} the later of the
     * two joined.
     */
    public record Link(int other, boolean outgoing, boolean accepted, Duration after) {
    }

    private record Weighted<T>(T value, int weight) {
    }

    /** Profile types by share of the community (per mille); null is a member who has not chosen one yet. */
    private static final List<Weighted<ProfileType>> TYPES = List.of(
            new Weighted<>(ProfileType.INNOVATOR, 300),
            new Weighted<>(ProfileType.ACADEMIC_STUDENT, 220),
            new Weighted<>(ProfileType.PROFESSIONAL, 130),
            new Weighted<>(ProfileType.MENTOR, 90),
            new Weighted<>(ProfileType.INDUSTRY_EXPERT, 80),
            new Weighted<>(ProfileType.BUSINESS_INVESTOR, 55),
            new Weighted<>(ProfileType.ORGANISATION, 60),
            new Weighted<>(ProfileType.ACADEMIC_INSTITUTION, 35),
            new Weighted<>(null, 30));

    private static final Set<String> ZIMBABWE_CITIES = DemoWords.PLACES.stream()
            .filter(p -> p.region() == Region.ZIMBABWE).map(Place::city).collect(Collectors.toUnmodifiableSet());

    private final long seed;
    private final int currentYear;
    private final Random random = new Random();
    private final Faker faker = new Faker(Locale.forLanguageTag("en-ZA"), random);

    /** How likely each optional field of the member being generated is filled in. */
    private double fill;

    public DemoCommunity(long seed, int currentYear) {
        this.seed = seed;
        this.currentYear = currentYear;
    }

    /** Members {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Person> people(int from, int to) {
        List<Person> people = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            people.add(person(i));
        }
        return people;
    }

    /** Member number {@code index} (from 0). */
    public Person person(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index " + index);
        }
        random.setSeed(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
        // The first eight members are one of each type, so even a tiny community shows them all.
        ProfileType type = index < ProfileType.values().length ? ProfileType.values()[index]
                : weighted(TYPES, Weighted::weight).value();
        double f = random.nextDouble();
        fill = f < 0.55 ? 1.0 : f < 0.80 ? 0.8 : f < 0.92 ? 0.55 : 0.3;

        Place place = weighted(DemoWords.PLACES, Place::weight);
        Gender gender = gender();
        String first = firstName(place.region(), gender);
        String last = lastName(place.region());
        String email = email(first, last, index);
        Duration joinedAgo = Duration.ofMinutes(random.nextInt(JOIN_SPAN_DAYS * 24 * 60));
        List<Link> links = links(index);

        if (type == null) {
            // Signed up, never chose a type: a "new" member with a bare draft.
            SaveProfile bare = new SaveProfile(null, 0, first, last, null, maybe(gender), null, null, null,
                    maybe(place.label()), null, null, null);
            return new Person(index, email, bare, ProfileState.DRAFT, joinedAgo, links);
        }

        Industry industry = pick(DemoWords.INDUSTRIES);
        Typed typed = switch (type) {
            case INNOVATOR -> innovator(place, industry);
            case BUSINESS_INVESTOR -> investor(place, industry);
            case MENTOR -> mentor(place, industry);
            case PROFESSIONAL -> professional(place);
            case INDUSTRY_EXPERT -> expert(place);
            case ACADEMIC_STUDENT -> student(place, industry);
            case ACADEMIC_INSTITUTION -> institution(place);
            case ORGANISATION -> organisation(place);
        };
        String phone = maybe(faker.numerify(pick(place.phonePatterns())));
        double v = random.nextDouble();
        ProfileVisibility visibility = v < 0.80 ? ProfileVisibility.PUBLIC
                : v < 0.92 ? ProfileVisibility.CONNECTIONS_ONLY : ProfileVisibility.PRIVATE;
        double draftChance = fill < 0.6 ? 0.4 : 0.07;
        ProfileState state = random.nextDouble() < draftChance ? ProfileState.DRAFT : ProfileState.PUBLISHED;

        SaveProfile profile = new SaveProfile(null, 0, first, last, maybe(typed.profileName()), maybe(gender),
                phone == null ? null : place.dialCode(), phone, maybe(typed.bio()), maybe(place.label()), type,
                visibility, typed.details());
        return new Person(index, email, profile, state, joinedAgo, links);
    }

    private record Typed(ProfileDetails details, String profileName, String bio) {
    }

    // ---------------------------------------------------------------------------------------------
    // the eight types; the field each type's directory tags come from is always filled
    // ---------------------------------------------------------------------------------------------

    private Typed innovator(Place place, Industry industry) {
        String startup = brand(industry);
        InnovationStage stage = weighted(List.of(
                new Weighted<>(InnovationStage.IDEA, 20), new Weighted<>(InnovationStage.PROTOTYPE, 20),
                new Weighted<>(InnovationStage.MVP, 25), new Weighted<>(InnovationStage.EARLY_TRACTION, 20),
                new Weighted<>(InnovationStage.GROWTH, 10), new Weighted<>(InnovationStage.SCALE, 5)), Weighted::weight).value();
        int s = stage.ordinal();
        long[][] funding = {{5_000, 25_000}, {10_000, 60_000}, {25_000, 150_000}, {50_000, 350_000},
                {200_000, 1_500_000}, {1_000_000, 5_000_000}};
        int[][] team = {{1, 3}, {2, 5}, {3, 8}, {5, 15}, {10, 40}, {30, 120}};
        long amount = roundTo(between(funding[s][0], funding[s][1]), 1_000);
        DemoWords.Venture venture = pick(industry.ventures());
        String product = venture.product();
        String customers = venture.customers();
        String problem = venture.problem();
        String description = startup + " builds " + product + " for " + customers + " in " + marketArea(place) + ". "
                + capitalise(problem) + ", and we want to change that.";
        String job = lowerFirst(pick(DemoWords.JOBS).title());
        String background = pick(List.of(
                "Before starting " + startup + " I worked as " + article(job) + " " + job + " for " + between(3, 12) + " years.",
                "I studied " + pick(DemoWords.FIELDS_OF_STUDY) + " before going full time on the venture.",
                "I previously ran the family hardware business in " + place.city() + ".",
                "I spent five years in banking in Johannesburg before coming home to build this.",
                "I taught mathematics at a rural secondary school for four years.",
                "We started the company in our final year at university."));
        String bio = "Founder of " + startup + ", " + article(stageAdjective(stage)) + " " + stageAdjective(stage) + " "
                + lowerFirst(industry.label()) + " venture in " + place.city() + ". " + capitalise(problem)
                + ", so we are building " + product + ". " + background;
        InnovatorDetails details = new InnovatorDetails(industry.label(), maybe(stage), maybe(startup), maybe(description),
                maybe(BigDecimal.valueOf(amount)), maybe(between(team[s][0], team[s][1])),
                maybe(pick(DemoWords.BUSINESS_MODELS)), maybe(capitalise(customers) + " in " + marketArea(place)),
                maybe(pick(DemoWords.ADVANTAGES)));
        return new Typed(details, "Founder, " + startup, bio);
    }

    private Typed investor(Place place, Industry industry) {
        int kind = weighted(List.of(new Weighted<>(0, 45), new Weighted<>(1, 30), new Weighted<>(2, 15), new Weighted<>(3, 10)),
                Weighted::weight).value();
        // angel, seed fund, venture capital, development finance: minimum ranges lie below maximum ranges
        long[][] min = {{2_000, 10_000}, {25_000, 50_000}, {100_000, 250_000}, {500_000, 1_000_000}};
        long[][] max = {{15_000, 50_000}, {100_000, 250_000}, {500_000, 2_000_000}, {2_000_000, 10_000_000}};
        long ticketMin = roundTo(between(min[kind][0], min[kind][1]), 1_000);
        long ticketMax = roundTo(between(max[kind][0], max[kind][1]), 5_000);
        List<String> focus = new ArrayList<>(List.of(industry.label()));
        focus.addAll(distinct(DemoWords.INDUSTRIES.stream().map(Industry::label).toList(), between(1, 3)));
        focus = focus.stream().distinct().toList();
        InnovationStage[] all = InnovationStage.values();
        int firstStage = new int[] {0, 1, 3, 3}[kind] + random.nextInt(2);
        List<InnovationStage> stages = new ArrayList<>();
        for (int i = firstStage; i < Math.min(all.length, firstStage + between(2, 3)); i++) {
            stages.add(all[i]);
        }
        List<String> portfolio = new ArrayList<>();
        int companies = kind == 0 ? between(0, 4) : between(2, 8);
        for (int i = 0; i < companies; i++) {
            portfolio.add(brand(pick(DemoWords.INDUSTRIES)));
        }
        String fund = pick(DemoWords.COMPANY_ROOTS) + " " + pick(DemoWords.FUND_KINDS);
        List<String> geo = distinct(DemoWords.GEO_FOCUS, between(1, 3));
        String criteria = pick(List.of("A founding team that is full time", "Paying customers, however few",
                "A clear path to US$ revenue", "Local founders solving a problem they have lived")) + "; "
                + pick(List.of("a market of at least 100,000 customers", "gross margins above 40%",
                        "a product that works offline", "impact we can measure")) + ".";
        String diligence = pick(List.of(
                "Two meetings, a visit to customers, then a four-week review of the books and contracts.",
                "A call, a site visit and a reference check with three customers; a decision within six weeks.",
                "Investment committee after a 90-day review covering legal, financial and impact checks.",
                "Co-investment only, following the due diligence of a lead investor we trust."));
        InvestorDetails details = new InvestorDetails(focus, maybe(stages), maybe(BigDecimal.valueOf(ticketMin)),
                maybe(BigDecimal.valueOf(ticketMax)), maybe(geo), portfolio.isEmpty() ? null : maybe(portfolio),
                maybe(criteria), maybe(diligence));
        String range = "US$" + money(ticketMin) + " to US$" + money(ticketMax);
        String stagesText = joinAnd(stages.stream().map(DemoCommunity::stageLabel).toList())
                + (stages.size() > 1 ? " stages" : " stage");
        String focusText = joinAnd(focus.stream().map(DemoCommunity::lowerFirst).toList());
        String bio = kind == 0
                ? "Angel investor based in " + place.city() + ". After " + between(10, 25) + " years in "
                        + lowerFirst(pick(DemoWords.SECTORS)) + " I back " + focusText + " founders at the " + stagesText
                        + ". Typical cheque " + range + "."
                : "Partner at " + fund + ". We invest " + range + " in " + focusText + " companies at the " + stagesText
                        + " across " + joinAnd(geo) + ".";
        return new Typed(details, kind == 0 ? "Angel investor" : fund, bio);
    }

    private Typed mentor(Place place, Industry industry) {
        List<String> areas = distinct(DemoWords.EXPERTISE_AREAS, between(2, 4));
        int years = between(2, 30);
        List<CommunicationMethod> methods = distinct(List.of(CommunicationMethod.values()), between(1, 3));
        String approach = pick(List.of("Monthly one-hour sessions with homework in between.",
                "Short weekly check-ins over WhatsApp, and a longer review every quarter.",
                "I work through one concrete problem at a time, from first customer to first hire.",
                "Office hours at the hub on Fridays; founders book a slot."));
        String stories = years < 5 ? null : "Mentored " + brand(industry) + " from " + pick(List.of("prototype", "idea", "MVP"))
                + " to " + pick(List.of("its first 1,000 paying customers", "a seed round", "break-even",
                        "a contract with a national retailer")) + ".";
        String philosophy = pick(List.of("Founders learn fastest from their customers, not from me.",
                "Ask the hard questions early; it is cheaper than failing later.",
                "Every founder deserves someone who has made the same mistakes.",
                "Small, steady steps beat big plans."));
        MentorDetails details = new MentorDetails(areas, maybe(years), maybe(approach), maybe(between(2, 20)),
                maybe(methods), maybe(stories), maybe(philosophy));
        String bio = years + " years in " + lowerFirst(pick(DemoWords.SECTORS)) + ", based in " + place.city()
                + ". I mentor founders on " + joinAnd(areas.stream().map(DemoCommunity::lowerFirst).toList())
                + ", especially in " + lowerFirst(industry.label()) + ". " + philosophy;
        return new Typed(details, "Mentor in " + lowerFirst(areas.get(0)), bio);
    }

    private Typed professional(Place place) {
        Job job = pick(DemoWords.JOBS);
        String company = company();
        List<String> skills = distinct(job.skills(), between(2, Math.min(5, job.skills().size())));
        List<String> services = distinct(job.services(), between(1, job.services().size()));
        int years = between(1, 25);
        Availability availability = weighted(List.of(new Weighted<>(Availability.FULL_TIME, 25),
                new Weighted<>(Availability.PART_TIME, 15), new Weighted<>(Availability.CONTRACT, 20),
                new Weighted<>(Availability.FREELANCE, 30), new Weighted<>(Availability.NOT_AVAILABLE, 10)),
                Weighted::weight).value();
        ProfessionalDetails details = new ProfessionalDetails(maybe(job.title()), maybe(company), skills, maybe(services),
                maybe(years), maybe(availability));
        String bio = job.title() + " at " + company + " in " + place.city() + " with " + years + " years of experience. "
                + "Skilled in " + joinAnd(skills) + ". "
                + (availability == Availability.NOT_AVAILABLE ? "Happy to advise startups informally."
                        : "Open to " + availability.name().toLowerCase(Locale.ROOT).replace('_', '-') + " work with startups.");
        return new Typed(details, job.title() + " at " + company, bio);
    }

    private Typed expert(Place place) {
        List<String> domains = distinct(DemoWords.EXPERT_DOMAINS, between(1, 3));
        int years = between(8, 35);
        ConsultingAvailability availability = weighted(List.of(new Weighted<>(ConsultingAvailability.AVAILABLE, 45),
                new Weighted<>(ConsultingAvailability.LIMITED, 40), new Weighted<>(ConsultingAvailability.UNAVAILABLE, 15)),
                Weighted::weight).value();
        List<String> publications = new ArrayList<>();
        for (int i = between(0, 4); i > 0; i--) {
            String topic = pick(DemoWords.PUBLICATION_TOPICS);
            int year = currentYear - between(1, 15);
            publications.add(pick(List.of(capitalise(topic) + ": lessons from " + place.country() + " (" + year + ")",
                    "Policy brief on " + topic + " (" + year + ")",
                    capitalise(topic) + ", a field study (" + year + ")")));
        }
        IndustryExpertDetails details = new IndustryExpertDetails(domains, maybe(years), maybe(availability),
                maybe(BigDecimal.valueOf(roundTo(between(25, 250), 5))), publications.isEmpty() ? null : maybe(publications));
        String bio = capitalise(joinAnd(domains.stream().map(DemoCommunity::lowerFirst).toList())) + " specialist with "
                + years + " years of experience, based in " + place.city() + ". I have advised "
                + pick(List.of("government ministries", "mining houses", "banks and micro-lenders",
                        "development partners", "co-operatives and farmer unions", "telecom operators"))
                + " and now help startups that work in the same field.";
        return new Typed(details, "Consultant in " + lowerFirst(domains.get(0)), bio);
    }

    private Typed student(Place place, Industry industry) {
        Institution school = institutionNear(place, true);
        boolean polytechnic = school.type() == InstitutionType.POLYTECHNIC;
        String field = pick(polytechnic ? DemoWords.POLYTECHNIC_FIELDS : DemoWords.FIELDS_OF_STUDY);
        DegreeLevel degree = weighted(polytechnic
                ? List.of(new Weighted<>(DegreeLevel.DIPLOMA, 70), new Weighted<>(DegreeLevel.CERTIFICATE, 30))
                : List.of(new Weighted<>(DegreeLevel.BACHELOR, 75), new Weighted<>(DegreeLevel.MASTER, 14),
                        new Weighted<>(DegreeLevel.DOCTORATE, 5), new Weighted<>(DegreeLevel.DIPLOMA, 6)),
                Weighted::weight).value();
        int graduation = currentYear + between(0, degree == DegreeLevel.DOCTORATE ? 5 : 4);
        List<Seeking> seeking = distinct(List.of(Seeking.values()), between(1, 3));
        StudentDetails details = new StudentDetails(maybe(school.name()), field, maybe(degree), maybe(graduation), maybe(seeking));
        String bio = capitalise(degreeLabel(degree)) + " student in " + field + " at " + the(school.name()) + ", graduating in "
                + graduation + ". Looking for " + joinAnd(seeking.stream().map(DemoCommunity::seekingLabel).toList())
                + ". Interested in " + lowerFirst(industry.label()) + ".";
        return new Typed(details, field + " student, " + school.shortName(), bio);
    }

    private Typed institution(Place place) {
        Institution inst = institutionNear(place, false);
        String role = pick(List.of("Innovation hub coordinator", "Technology transfer officer", "Dean of Engineering",
                "Industry liaison officer", "Research director", "Head of the Entrepreneurship Centre"));
        // polytechnics teach diplomas and certificates, universities degrees, research institutes nothing
        List<String> offered = DemoWords.PROGRAMMES.stream()
                .filter(p -> (p.contains("Diploma") || p.contains("Certificate")) == (inst.type() == InstitutionType.POLYTECHNIC))
                .toList();
        List<String> programmes = inst.type() == InstitutionType.RESEARCH_INSTITUTE ? null
                : distinct(offered, between(2, Math.min(5, offered.size())));
        List<String> research = distinct(DemoWords.RESEARCH_AREAS, between(2, 4));
        List<String> partnerships = distinct(DemoWords.PARTNERSHIP_INTERESTS, between(1, 3));
        InstitutionDetails details = new InstitutionDetails(maybe(inst.name()), maybe(inst.type()), maybe(programmes),
                research, maybe(partnerships), inst.students() == 0 ? null : maybe(inst.students()));
        String bio = "I am the " + lowerFirst(role) + " at " + the(inst.name()) + ". We work on "
                + joinAnd(research.stream().map(DemoCommunity::lowerFirst).toList()) + " and are looking for partners for "
                + joinAnd(partnerships.stream().map(DemoCommunity::lowerFirst).toList()) + ".";
        return new Typed(details, role + ", " + inst.shortName(), bio);
    }

    private Typed organisation(Place place) {
        OrganisationType type = weighted(List.of(new Weighted<>(OrganisationType.CORPORATE, 45),
                new Weighted<>(OrganisationType.NGO, 25), new Weighted<>(OrganisationType.GOVERNMENT, 15),
                new Weighted<>(OrganisationType.DEVELOPMENT_PARTNER, 15)), Weighted::weight).value();
        String root = pick(DemoWords.COMPANY_ROOTS);
        String name;
        String sector;
        OrganisationSize size;
        switch (type) {
            case CORPORATE -> {
                sector = pick(List.of("Banking", "Telecommunications", "Mining", "Retail", "Energy", "Insurance",
                        "Manufacturing", "Agriculture", "Logistics"));
                name = root + " " + pick(DemoWords.COMPANY_KINDS);
                size = pick(List.of(OrganisationSize.values()));
            }
            case NGO -> {
                sector = pick(List.of("Education", "Health", "Agriculture", "International development"));
                name = root + " " + pick(List.of("Trust", "Foundation", "Youth Trust", "Community Initiative"));
                size = pick(List.of(OrganisationSize.S_1_10, OrganisationSize.S_11_50, OrganisationSize.S_51_200));
            }
            case GOVERNMENT -> {
                sector = "Public sector";
                name = pick(List.of(place.city() + " City Council", "District Development Office, " + place.city(),
                        "Provincial Innovation Office, " + place.city()));
                size = pick(List.of(OrganisationSize.S_51_200, OrganisationSize.S_201_1000, OrganisationSize.S_1000_PLUS));
            }
            default -> {
                sector = "International development";
                name = root + " " + pick(List.of("Development Programme", "Resilience Facility", "Growth Programme"));
                size = pick(List.of(OrganisationSize.S_11_50, OrganisationSize.S_51_200));
            }
        }
        List<String> interests = distinct(DemoWords.INDUSTRIES.stream().map(Industry::label).toList(), between(2, 4));
        String procurement = "We buy " + pick(List.of("software and IT services", "packaging and printing",
                "solar equipment", "fresh produce", "logistics services", "training services"))
                + " and want local innovators who can " + pick(List.of("cut our costs", "reach rural customers",
                "digitise paper processes", "measure our impact", "supply us reliably in US dollars")) + ".";
        OrganisationDetails details = new OrganisationDetails(maybe(name), maybe(type), sector, maybe(size),
                maybe(interests), maybe(procurement));
        String role = pick(List.of("Innovation manager", "Head of partnerships", "Programme officer",
                "Corporate social investment lead", "Procurement manager"));
        String bio = role + " at " + name + ". We are looking for innovators working on "
                + joinAnd(interests.stream().map(DemoCommunity::lowerFirst).toList()) + ".";
        return new Typed(details, name, bio);
    }

    // ---------------------------------------------------------------------------------------------
    // people, places, connections
    // ---------------------------------------------------------------------------------------------

    private Gender gender() {
        double g = random.nextDouble();
        return g < 0.48 ? Gender.FEMALE : g < 0.96 ? Gender.MALE : g < 0.98 ? Gender.PREFER_NOT_TO_SAY : null;
    }

    private String firstName(Region region, Gender gender) {
        DemoWords.Names names = DemoWords.names(region);
        boolean female = gender == Gender.FEMALE || (gender != Gender.MALE && random.nextBoolean());
        return pick(female ? names.female() : names.male());
    }

    private String lastName(Region region) {
        List<String> last = DemoWords.names(region).last();
        // South African surnames come from Datafaker's en-ZA locale (Afrikaans, English, Nguni, Sotho...).
        return last.isEmpty() ? faker.name().lastName() : pick(last);
    }

    /** {@code first.last.N@demo.smilefactory.africa}, ASCII only; N makes it unique. */
    static String email(String first, String last, int index) {
        return ascii(first) + "." + ascii(last) + "." + (index + 1) + "@" + EMAIL_DOMAIN;
    }

    private static String ascii(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String word = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return word.isEmpty() ? "member" : word;
    }

    private List<Link> links(int index) {
        if (index == 0) {
            return List.of();
        }
        int count = weighted(List.of(new Weighted<>(0, 30), new Weighted<>(1, 25), new Weighted<>(2, 20),
                new Weighted<>(4, 20), new Weighted<>(8, 5)), Weighted::weight).value();
        Set<Integer> others = new LinkedHashSet<>();
        for (int tries = 0; others.size() < Math.min(count, index) && tries < count * 4; tries++) {
            // half among recent members (people who joined around the same time), half anyone earlier
            int other = random.nextBoolean() ? index - 1 - random.nextInt(Math.min(index, 200)) : random.nextInt(index);
            others.add(other);
        }
        List<Link> links = new ArrayList<>(others.size());
        for (int other : others) {
            links.add(new Link(other, random.nextBoolean(), random.nextDouble() < 0.85,
                    Duration.ofMinutes(random.nextInt(45 * 24 * 60))));
        }
        return Collections.unmodifiableList(links);
    }

    private Institution institutionNear(Place place, boolean teaching) {
        List<Institution> candidates = DemoWords.INSTITUTIONS.stream()
                .filter(i -> !teaching || i.type() != InstitutionType.RESEARCH_INSTITUTE)
                .toList();
        List<Institution> local = candidates.stream().filter(i -> i.city().equals(place.city())).toList();
        if (!local.isEmpty() && random.nextDouble() < 0.85) {
            return pick(local);
        }
        List<Institution> zimbabwean = candidates.stream().filter(i -> ZIMBABWE_CITIES.contains(i.city())).toList();
        return place.region() == Region.ZIMBABWE || local.isEmpty() ? pick(zimbabwean) : pick(candidates);
    }

    private String marketArea(Place place) {
        if (place.region() != Region.ZIMBABWE) {
            return place.country() + " and the wider SADC region";
        }
        return pick(List.of("Mashonaland East and Manicaland", "Matabeleland North and South", "the Midlands",
                "Harare and Chitungwiza", "Masvingo province", "all ten provinces of Zimbabwe", "Zimbabwe and Zambia"));
    }

    private String brand(Industry industry) {
        String root = pick(industry.brandRoots());
        String suffix = pick(DemoWords.BRAND_SUFFIXES);
        // "MundaSense", but "Green Acre Labs" rather than "Green AcreSense"
        return root.contains(" ") && !suffix.isEmpty() && !suffix.startsWith(" ") ? root + " " + suffix : root + suffix;
    }

    private String company() {
        return pick(DemoWords.COMPANY_ROOTS) + " " + pick(DemoWords.COMPANY_KINDS);
    }

    // ---------------------------------------------------------------------------------------------
    // randomness (all through the one seeded Random that Datafaker also draws from)
    // ---------------------------------------------------------------------------------------------

    private <T> T maybe(T value) {
        return random.nextDouble() < fill ? value : null;
    }

    private <T> T pick(List<T> values) {
        return values.get(faker.random().nextInt(values.size()));
    }

    private int between(int min, int max) {
        return faker.number().numberBetween(min, max + 1);
    }

    private long between(long min, long max) {
        return faker.number().numberBetween(min, max + 1);
    }

    private <T> List<T> distinct(List<T> values, int count) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }

    private <T> T weighted(List<T> values, ToIntFunction<T> weight) {
        int total = values.stream().mapToInt(weight).sum();
        int r = random.nextInt(total);
        for (T v : values) {
            r -= weight.applyAsInt(v);
            if (r < 0) {
                return v;
            }
        }
        throw new IllegalStateException("weights");
    }

    // ---------------------------------------------------------------------------------------------
    // words
    // ---------------------------------------------------------------------------------------------

    private static long roundTo(long value, long step) {
        return Math.max(step, Math.round((double) value / step) * step);
    }

    private static String money(long amount) {
        return String.format(Locale.ROOT, "%,d", amount);
    }

    static String stageLabel(InnovationStage stage) {
        return switch (stage) {
            case IDEA -> "idea";
            case PROTOTYPE -> "prototype";
            case MVP -> "MVP";
            case EARLY_TRACTION -> "early traction";
            case GROWTH -> "growth";
            case SCALE -> "scale-up";
        };
    }

    /** "an idea-stage venture", "an early-traction venture". */
    static String stageAdjective(InnovationStage stage) {
        return switch (stage) {
            case EARLY_TRACTION -> "early-traction";
            case SCALE -> "scale-up";
            default -> stageLabel(stage) + "-stage";
        };
    }

    /** "the University of Zimbabwe", but "NUST" and "Harare Polytechnic" as they are. */
    private static String the(String institution) {
        return institution.startsWith("University") ? "the " + institution : institution;
    }

    private static String degreeLabel(DegreeLevel degree) {
        return switch (degree) {
            case CERTIFICATE -> "certificate";
            case DIPLOMA -> "diploma";
            case BACHELOR -> "undergraduate";
            case MASTER -> "master's";
            case DOCTORATE -> "doctoral";
        };
    }

    private static String seekingLabel(Seeking seeking) {
        return switch (seeking) {
            case INTERNSHIP -> "an internship";
            case MENTORSHIP -> "a mentor";
            case JOB -> "a job";
            case CO_FOUNDER -> "a co-founder";
        };
    }

    private static String article(String word) {
        return "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 || word.startsWith("MVP") ? "an" : "a";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "Agritech" to "agritech", but "AI and data" stays as it is. */
    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String joinAnd(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
