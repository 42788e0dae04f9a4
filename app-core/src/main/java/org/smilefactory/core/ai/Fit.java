package org.smilefactory.core.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.smilefactory.core.common.Messages;

/**
 * Structured fit, 0–1, with the reasons in plain words (messages.properties, {@code ai.reason.*}).
 * Each rule compares fields the two sides fill in; a criterion one side leaves empty scores 0 (an
 * unknown is no evidence of fit), so complete profiles rank above vague ones.
 */
final class Fit {

    final List<String> reasons = new ArrayList<>();
    private double score;
    private double weights;

    double value() {
        return weights == 0 ? 0 : score / weights;
    }

    private void add(double weight, double s, String reason) {
        weights += weight;
        score += weight * s;
        if (reason != null && s > 0) {
            reasons.add(reason);
        }
    }

    /** An innovator (startup) and an investor, from either side. */
    static Fit startupInvestor(MemberFacts startup, MemberFacts investor, boolean forStartup) {
        Fit f = new Fit();
        String stage = startup.stage();
        boolean stageMatch = stage != null && investor.stagePreferences().contains(stage);
        f.add(0.3, stageMatch ? 1 : 0, stageMatch ? Messages.get(forStartup ? "ai.reason.investorStage" : "ai.reason.startupStage",
                label(stage)) : null);
        BigDecimal need = startup.fundingNeeded();
        BigDecimal min = investor.ticketMin();
        BigDecimal max = investor.ticketMax();
        boolean ticket = need != null && need.signum() > 0 && (min != null || max != null)
                && (min == null || need.compareTo(min) >= 0) && (max == null || need.compareTo(max) <= 0);
        f.add(0.3, ticket ? 1 : 0, ticket ? Messages.get(forStartup ? "ai.reason.ticketCovers" : "ai.reason.ticketFits",
                money(min), money(max), money(need)) : null);
        String focus = startup.industry() == null ? null : firstMatch(investor.investmentFocus(), List.of(startup.industry()));
        f.add(0.25, focus != null ? 1 : 0, focus != null
                ? Messages.get(forStartup ? "ai.reason.investsInYourIndustry" : "ai.reason.inYourFocus", startup.industry()) : null);
        String region = regionMatch(investor.geographies(), startup.location());
        f.add(0.15, region != null ? 1 : 0, region != null
                ? Messages.get(forStartup ? "ai.reason.investsWhereYouAre" : "ai.reason.basedInYourRegion", region) : null);
        return f;
    }

    /** A mentor for someone working in {@code field} (an innovator's industry, a student's field of study). */
    static Fit mentor(MemberFacts me, MemberFacts mentor, String field) {
        Fit f = new Fit();
        List<String> mine = new ArrayList<>();
        if (field != null) {
            mine.add(field);
        }
        mine.addAll(me.topics());
        String match = firstMatch(mentor.expertise(), mine);
        f.add(0.7, match != null ? 1 : 0, match != null ? Messages.get("ai.reason.mentorExpertise", match) : null);
        boolean available = mentor.mentoringHours() != null && mentor.mentoringHours() > 0;
        f.add(0.15, available ? 1 : 0, available ? Messages.get("ai.reason.mentorHours", mentor.mentoringHours()) : null);
        boolean near = sameLocation(me.location(), mentor.location());
        f.add(0.15, near ? 1 : 0, near ? Messages.get("ai.reason.sameLocation", mentor.location()) : null);
        return f;
    }

    /** Someone to connect with: shared interests and place. */
    static Fit person(MemberFacts me, MemberFacts other) {
        Fit f = new Fit();
        String shared = firstMatch(other.topics(), me.topics());
        f.add(0.6, shared != null ? 1 : 0, shared != null ? Messages.get("ai.reason.sharedInterest", shared) : null);
        boolean near = sameLocation(me.location(), other.location());
        f.add(0.4, near ? 1 : 0, near ? Messages.get("ai.reason.sameLocation", other.location()) : null);
        return f;
    }

    /** An event, group, post or listing: its tags/category against the member's interests, and its place. */
    static Fit item(MemberFacts me, Collection<String> itemTopics, String itemLocation, double topicWeight) {
        Fit f = new Fit();
        String shared = firstMatch(itemTopics, me.topics());
        f.add(topicWeight, shared != null ? 1 : 0, shared != null ? Messages.get("ai.reason.aboutYourInterest", shared) : null);
        if (topicWeight < 1) {
            boolean near = sameLocation(me.location(), itemLocation);
            f.add(1 - topicWeight, near ? 1 : 0, near ? Messages.get("ai.reason.sameLocation", itemLocation) : null);
        }
        return f;
    }

    /** The first of {@code theirs} that equals or contains (either way) one of {@code mine}, ignoring case. */
    static String firstMatch(Collection<String> theirs, Collection<String> mine) {
        for (String t : theirs) {
            String a = norm(t);
            if (a.isEmpty()) {
                continue;
            }
            for (String m : mine) {
                String b = norm(m);
                if (!b.isEmpty() && (a.equals(b) || (a.length() >= 4 && b.contains(a)) || (b.length() >= 4 && a.contains(b)))) {
                    return t.strip();
                }
            }
        }
        return null;
    }

    private static String regionMatch(List<String> regions, String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String loc = norm(location);
        for (String r : regions) {
            String n = norm(r);
            if (!n.isEmpty() && (loc.contains(n) || n.contains(loc))) {
                return r.strip();
            }
        }
        return null;
    }

    static boolean sameLocation(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        String x = norm(a.split(",")[0]);
        String y = norm(b.split(",")[0]);
        return x.equals(y);
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String label(String dbValue) {
        return dbValue == null ? "" : dbValue.replace('_', ' ');
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
