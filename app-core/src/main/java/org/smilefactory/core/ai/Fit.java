package org.smilefactory.core.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smilefactory.core.ai.facts.ConceptMatch;
import org.smilefactory.core.ai.facts.Expertise;
import org.smilefactory.core.ai.facts.Places;
import org.smilefactory.core.ai.facts.SectorTaxonomy;
import org.smilefactory.core.ai.facts.Signals;
import org.smilefactory.core.ai.facts.Vocabulary;
import org.smilefactory.core.common.Messages;

/**
 * Structured fit, 0–1, with the reasons in plain words (messages.properties, {@code ai.reason.*}
 * and {@code ai.mismatch.*}), decision 0030. Sectors and expertise are compared through the
 * curated taxonomy, places through the place hierarchy, never as substrings. A hard mismatch
 * (ticket far from the need, a stage the investor does not invest at, a mentor taking no mentees,
 * a senior role for a student, no sector in common where the sector is the point) marks the fit
 * {@link #disqualified()}: the matcher ranks it below every fitting candidate and the mismatch is
 * its first reason. A soft mismatch lowers the score and, when it is the largest loss, is named too.
 * A criterion one side leaves empty scores 0 (an unknown is no evidence of fit) and never disqualifies.
 */
final class Fit {

    /** A need outside [min / 3, max × 3] of a ticket range is "far" (disqualifies); inside that but outside the range is "near". */
    static final double TICKET_FACTOR = 3;

    final List<String> reasons = new ArrayList<>();
    private double score;
    private double weights;
    private String hardMismatch;
    private String softMismatch;
    private double softLoss;

    double value() {
        return weights == 0 ? 0 : score / weights;
    }

    boolean disqualified() {
        return hardMismatch != null;
    }

    /** The main mismatch, if any: the first hard one, else the soft one that cost the most. */
    String mismatch() {
        return hardMismatch != null ? hardMismatch : softMismatch;
    }

    /** What the member sees: the main mismatch first, then what fits. */
    List<String> shown() {
        List<String> out = new ArrayList<>();
        if (mismatch() != null) {
            out.add(mismatch());
        }
        out.addAll(reasons);
        return out;
    }

    private void add(double weight, double s, String reason) {
        weights += weight;
        score += weight * s;
        if (reason != null && s > 0) {
            reasons.add(reason);
        }
    }

    private void hard(String message) {
        if (hardMismatch == null) {
            hardMismatch = message;
        }
    }

    private void soft(double loss, String message) {
        if (loss > softLoss) {
            softLoss = loss;
            softMismatch = message;
        }
    }

    private static SectorTaxonomy sectors() {
        return SectorTaxonomy.shared();
    }

    private static Places places() {
        return Places.shared();
    }

    /** An innovator (startup) and an investor, from either side. */
    static Fit startupInvestor(MemberFacts startup, MemberFacts investor, boolean forStartup) {
        Fit f = new Fit();
        // sector: the point of a match; none in common (and no "any sector" investor) disqualifies
        List<String> mySectors = startup.industry() != null ? List.of(startup.industry()) : List.copyOf(startup.topics());
        ConceptMatch sector = sectors().match(mySectors, investor.investmentFocus());
        boolean agnostic = investor.investmentFocus().stream().anyMatch(Fit::anySector);
        if (sector.exact()) {
            String reason = Vocabulary.sameLabel(sector.mine(), sector.theirs())
                    ? Messages.get(forStartup ? "ai.reason.investsInYourIndustry" : "ai.reason.inYourFocus", sector.mine())
                    : Messages.get(forStartup ? "ai.reason.investsInYourSector" : "ai.reason.inYourFocusSector",
                    sector.theirs(), sector.mine());
            f.add(0.35, 1, reason);
        } else if (sector.any()) {
            f.add(0.35, sector.score(), Messages.get(forStartup ? "ai.reason.investsNearYourSector" : "ai.reason.nearYourFocus",
                    sector.theirs(), sector.mine()));
            f.soft(0.35 * (1 - sector.score()), Messages.get(forStartup ? "ai.mismatch.sectorNear" : "ai.mismatch.sectorNearStartup",
                    sector.theirs(), sector.mine()));
        } else if (agnostic) {
            f.add(0.35, 0.6, Messages.get("ai.reason.anySector"));
        } else {
            f.add(0.35, 0, null);
            boolean known = !sectors().classifyAll(mySectors).isEmpty() && !sectors().classifyAll(investor.investmentFocus()).isEmpty();
            if (known) {
                f.hard(Messages.get(forStartup ? "ai.mismatch.sector" : "ai.mismatch.sectorStartup",
                        String.join(", ", investor.investmentFocus()), String.join(", ", mySectors)));
            }
        }
        // stage: an investor who lists stages invests only at those
        String stage = startup.stage();
        List<String> prefs = investor.stagePreferences();
        boolean stageMatch = stage != null && prefs.contains(stage);
        f.add(0.25, stageMatch ? 1 : 0, stageMatch ? Messages.get(forStartup ? "ai.reason.investorStage" : "ai.reason.startupStage",
                label(stage)) : null);
        if (stage != null && !prefs.isEmpty() && !stageMatch) {
            f.hard(Messages.get(forStartup ? "ai.mismatch.stage" : "ai.mismatch.stageStartup", stages(prefs), label(stage)));
        }
        // ticket: covered, near (within a factor of 3) or far
        BigDecimal need = startup.fundingNeeded();
        BigDecimal min = investor.ticketMin();
        BigDecimal max = investor.ticketMax();
        if (need != null && need.signum() > 0 && (min != null || max != null)) {
            double n = need.doubleValue();
            double lo = min == null ? 0 : min.doubleValue();
            double hi = max == null ? Double.MAX_VALUE : max.doubleValue();
            if (n >= lo && n <= hi) {
                f.add(0.25, 1, Messages.get(forStartup ? "ai.reason.ticketCovers" : "ai.reason.ticketFits", money(min), money(max), money(need)));
            } else if (n >= lo / TICKET_FACTOR && n <= hi * TICKET_FACTOR) {
                f.add(0.25, 0.4, null);
                f.soft(0.25 * 0.6, Messages.get(forStartup ? "ai.mismatch.ticketNear" : "ai.mismatch.ticketNearStartup",
                        money(min), money(max), money(need)));
            } else {
                f.add(0.25, 0, null);
                f.hard(Messages.get(forStartup ? "ai.mismatch.ticketFar" : "ai.mismatch.ticketFarStartup", money(min), money(max), money(need)));
            }
        } else {
            f.add(0.25, 0, null);
        }
        // geography: inside the investor's focus (a city, country, region or the continent), else how close
        if (!investor.geographies().isEmpty() && startup.location() != null) {
            String covering = places().covering(investor.geographies(), startup.location());
            if (covering != null) {
                f.add(0.15, 1, Messages.get(forStartup ? "ai.reason.investsWhereYouAre" : "ai.reason.basedInYourRegion", covering));
            } else {
                f.add(0.15, 0, null);
                if (places().resolve(startup.location()) != null) {
                    f.soft(0.15, Messages.get(forStartup ? "ai.mismatch.geography" : "ai.mismatch.geographyStartup",
                            String.join(", ", investor.geographies()), startup.location()));
                }
            }
        } else {
            f.add(0.15, 0, null);
        }
        return f;
    }

    private static boolean anySector(String label) {
        return Vocabulary.sameLabel(label, "sector agnostic") || Vocabulary.sameLabel(label, "any sector")
                || Vocabulary.sameLabel(label, "all sectors") || Vocabulary.sameLabel(label, "generalist");
    }

    /**
     * A mentor for someone working in {@code field} (an innovator's industry, a student's field of
     * study): the field against the mentor's expertise by meaning (the most weight), the needs the
     * member states in what they wrote against the mentor's areas, for students whether the mentor
     * works with students, hours, and place (the least weight: a mentor in the right field elsewhere
     * beats one in the wrong field next door).
     */
    static Fit mentor(MemberFacts me, MemberFacts mentor, String field) {
        Fit f = new Fit();
        boolean student = "academic_student".equals(me.type());
        List<String> mine = new ArrayList<>();
        if (field != null && !field.isBlank()) {
            mine.add(field);
        } else {
            mine.addAll(me.topics());
        }
        if (mentor.mentoringHours() != null && mentor.mentoringHours() == 0 || Signals.takesMentees(mentor.writing()) == Boolean.FALSE) {
            f.hard(Messages.get("ai.mismatch.noMentees"));
        }
        Boolean withStudents = Signals.worksWithStudents(mentor.writing());
        if (student && withStudents == Boolean.FALSE) {
            f.hard(Messages.get("ai.mismatch.noStudents"));
        }
        Expertise expertise = Expertise.shared();
        Set<String> needs = expertise.needs(me.writing());
        Set<String> mentorAreas = expertise.classifyAll(mentor.expertise());
        ConceptMatch sector = sectors().match(mine, mentor.expertise());
        if (sector.exact()) {
            f.add(0.5, 1, Vocabulary.sameLabel(sector.mine(), sector.theirs())
                    ? Messages.get("ai.reason.mentorExpertise", sector.theirs())
                    : Messages.get("ai.reason.mentorSector", sector.theirs(), sector.mine()));
        } else if (sector.any()) {
            f.add(0.5, sector.score(), Messages.get("ai.reason.mentorRelated", sector.theirs(), sector.mine()));
        } else {
            f.add(0.5, 0, null);
        }
        ConceptMatch need = needs.isEmpty() ? ConceptMatch.NONE : expertise.matchIds(needs, mentor.expertise());
        if (!needs.isEmpty()) {
            f.add(0.25, need.score(), need.any() ? Messages.get("ai.reason.mentorNeed", need.theirs(), need.concept().label()) : null);
            if (!need.any()) {
                f.soft(0.25, Messages.get("ai.mismatch.mentorNeed", expertise.concept(needs.iterator().next()).label()));
            }
        }
        if (!sector.any()) {
            Set<String> mentorSectors = sectors().classifyAll(mentor.expertise());
            boolean known = !mentorSectors.isEmpty() && !sectors().classifyAll(mine).isEmpty();
            // a mentor who knows only other sectors, with no functional area the member could use, is no mentor for them
            if (known && mentorAreas.isEmpty() && !need.any()) {
                f.hard(Messages.get("ai.mismatch.mentorField", String.join(", ", mentor.expertise()), String.join(", ", mine)));
            } else if (known || !mentorAreas.isEmpty()) {
                f.soft(0.5, Messages.get("ai.mismatch.mentorFieldSoft", String.join(", ", mentor.expertise()), String.join(", ", mine)));
            }
        }
        if (student) {
            f.add(0.1, withStudents == Boolean.TRUE ? 1 : 0.3, withStudents == Boolean.TRUE ? Messages.get("ai.reason.mentorStudents") : null);
        }
        boolean available = mentor.mentoringHours() != null && mentor.mentoringHours() > 0;
        f.add(0.05, available ? 1 : 0, available ? Messages.get("ai.reason.mentorHours", mentor.mentoringHours()) : null);
        f.place(0.1, me.location(), mentor.location());
        return f;
    }

    /** Someone to connect with: shared interests by meaning (most weight) and how near they are. */
    static Fit person(MemberFacts me, MemberFacts other) {
        Fit f = new Fit();
        f.topics(0.7, me.topics(), other.topics(), "ai.reason.sharedInterest");
        f.place(0.3, me.location(), other.location());
        return f;
    }

    /** An event, group, post or listing: its tags/category against the member's interests, and its place. */
    static Fit item(MemberFacts me, Collection<String> itemTopics, String itemLocation, double topicWeight) {
        Fit f = new Fit();
        f.topics(topicWeight, me.topics(), itemTopics, "ai.reason.aboutYourInterest");
        if (topicWeight < 1) {
            f.place(1 - topicWeight, me.location(), itemLocation);
        }
        return f;
    }

    /**
     * A job listing for a student: the field of study against the listing's sector (by meaning),
     * its level (a senior role, or one asking three years' experience and more, is no internship
     * and disqualifies), and place.
     */
    static Fit internship(MemberFacts me, Collection<String> itemTopics, String title, String description, String itemLocation) {
        Fit f = new Fit();
        Signals.JobLevel level = Signals.jobLevel(title);
        if (level == Signals.JobLevel.UNSTATED) {
            level = Signals.jobLevel(description);
        }
        if (level == Signals.JobLevel.SENIOR) {
            f.hard(Messages.get("ai.mismatch.seniorRole"));
        }
        List<String> mine = me.fieldOfStudy() != null ? List.of(me.fieldOfStudy()) : List.copyOf(me.topics());
        List<String> theirs = new ArrayList<>(itemTopics);
        // the title counts only when the tags and category name no sector: "Industrial attachment student – Dairy" is not edtech
        if (sectors().classifyAll(theirs).isEmpty()) {
            sectors().mentions(title).forEach(id -> theirs.add(sectors().concept(id).label()));
        }
        ConceptMatch sector = sectors().match(mine, theirs);
        if (sector.exact()) {
            f.add(0.55, 1, Messages.get("ai.reason.internshipField", sector.concept().label(), sector.mine()));
        } else if (sector.any()) {
            f.add(0.55, sector.score(), Messages.get("ai.reason.internshipNearField", sector.theirs(), sector.mine()));
        } else {
            f.add(0.55, 0, null);
            if (!sectors().classifyAll(mine).isEmpty() && !sectors().classifyAll(theirs).isEmpty()) {
                f.hard(Messages.get("ai.mismatch.internshipField", String.join(", ", theirs), String.join(", ", mine)));
            }
        }
        double lv = switch (level) {
            case ENTRY -> 1;
            case JUNIOR -> 0.5;
            case UNSTATED -> 0.3;
            case SENIOR -> 0;
        };
        f.add(0.25, lv, level == Signals.JobLevel.ENTRY ? Messages.get("ai.reason.internshipLevel") : null);
        f.place(0.2, me.location(), itemLocation);
        return f;
    }

    /** Topic overlap by meaning: the same sector counts fully, a related one partly; identical labels (skills) count fully. */
    private void topics(double weight, Collection<String> mine, Collection<String> theirs, String reasonKey) {
        String same = Vocabulary.sameLabelIn(mine, theirs);
        if (same != null) {
            add(weight, 1, Messages.get(reasonKey, same));
            return;
        }
        ConceptMatch m = sectors().match(mine, theirs);
        add(weight, m.score(), m.any() ? Messages.get(reasonKey, m.exact() ? m.concept().label() : m.theirs()) : null);
    }

    /** Nearness by the place hierarchy: same city 1, country 0.75, region 0.5, continent 0.25. */
    private void place(double weight, String mine, String theirs) {
        Places.Relation r = places().relation(mine, theirs);
        String reason = switch (r.closeness()) {
            case SAME_CITY -> Messages.get("ai.reason.sameLocation", theirs);
            case SAME_COUNTRY -> Messages.get("ai.reason.sameCountry", theirs, r.shared().name());
            case SAME_REGION -> Messages.get("ai.reason.sameRegion", theirs, r.shared().name());
            default -> null;
        };
        add(weight, r.closeness().score, reason);
    }

    static boolean sameLocation(String a, String b) {
        return places().relation(a, b).closeness() == Places.Closeness.SAME_CITY;
    }

    static String label(String dbValue) {
        return dbValue == null ? "" : dbValue.replace('_', ' ');
    }

    private static String stages(List<String> stages) {
        Set<String> out = new LinkedHashSet<>();
        stages.forEach(s -> out.add(label(s)));
        return String.join(", ", out);
    }

    /** $20k, $1.5M, $800. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "?";
        }
        double v = amount.doubleValue();
        if (v >= 1_000_000) {
            return "$" + trim(BigDecimal.valueOf(v / 1_000_000).setScale(1, RoundingMode.HALF_UP)) + "M";
        }
        if (v >= 1_000) {
            return "$" + trim(BigDecimal.valueOf(v / 1_000).setScale(1, RoundingMode.HALF_UP)) + "k";
        }
        return "$" + trim(amount.setScale(0, RoundingMode.HALF_UP));
    }

    private static String trim(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
