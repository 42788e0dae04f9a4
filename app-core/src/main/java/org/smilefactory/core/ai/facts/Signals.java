package org.smilefactory.core.ai.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts the profile schema has no column for, read from what members write (decision 0030):
 * whether a mentor takes mentees and works with students, and the level a job listing is for.
 * Each reader answers only when the text says so explicitly; silence is {@code null}/UNSTATED,
 * never a guess, so an unknown never disqualifies.
 */
public final class Signals {

    private Signals() {
    }

    /** The level a listing is written for. */
    public enum JobLevel {
        /** Internship, attachment, graduate trainee, entry level: open to students. */
        ENTRY,
        /** Junior roles, up to two years of experience. */
        JUNIOR,
        /** Senior, lead, head, manager roles, or three years' experience and more. */
        SENIOR,
        UNSTATED
    }

    private static final Pattern NO_MENTEES = Pattern.compile(
            "\\b(not|no longer) (taking|accepting|available for) (any )?(new )?mentee|\\bfully booked\\b|\\bno (new )?mentees\\b"
                    + "|\\bno capacity\\b|\\bnot mentoring\\b|\\bno longer mentor", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_STUDENTS = Pattern.compile(
            "\\b(not|never|no) (with )?(students|undergraduates)\\b|\\bfounders only\\b|\\bonly (work with |mentor |coach )?"
                    + "(founders|ceos|executives|experienced|established)\\b|\\bnot (for|with) students\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STUDENTS = Pattern.compile(
            "\\b(students?|undergraduates?|graduates?|young people|youth|early[- ]career|first job|campus)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTRY = Pattern.compile(
            "\\b(intern|interns|internship|internships|attachment|industrial attachment|trainee|traineeship|graduate programme|"
                    + "graduate program|graduate trainee|entry[- ]level|no experience (required|needed)|final[- ]year students?|"
                    + "for students|student)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENIOR = Pattern.compile(
            "\\b(senior|lead|principal|head of|director|chief|manager|vp|executive)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern JUNIOR = Pattern.compile("\\b(junior|associate)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile(
            "\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\\+? (or more )?years?'?( of)?"
                    + "( relevant| proven| professional| working| work)? experience", Pattern.CASE_INSENSITIVE);
    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    /** False when a mentor says they take no mentees; null when they do not say. Zero hours is checked by the caller. */
    public static Boolean takesMentees(String text) {
        return text != null && NO_MENTEES.matcher(text).find() ? Boolean.FALSE : null;
    }

    /** True when a mentor says they work with students, false when they say they do not, null when silent. */
    public static Boolean worksWithStudents(String text) {
        if (text == null) {
            return null;
        }
        if (NO_STUDENTS.matcher(text).find()) {
            return Boolean.FALSE;
        }
        return STUDENTS.matcher(text).find() ? Boolean.TRUE : null;
    }

    /**
     * The level a job listing asks for: stated years of experience win (three or more is senior),
     * then senior titles, then internship/graduate wording, then junior wording.
     */
    public static JobLevel jobLevel(String text) {
        if (text == null || text.isBlank()) {
            return JobLevel.UNSTATED;
        }
        Matcher y = YEARS.matcher(text);
        int years = -1;
        while (y.find()) {
            years = Math.max(years, number(y.group(1)));
        }
        if (years >= 3) {
            return JobLevel.SENIOR;
        }
        if (SENIOR.matcher(text).find() && !ENTRY.matcher(text).find()) {
            return JobLevel.SENIOR;
        }
        if (ENTRY.matcher(text).find()) {
            return JobLevel.ENTRY;
        }
        if (JUNIOR.matcher(text).find() || years >= 1) {
            return JobLevel.JUNIOR;
        }
        return years == 0 ? JobLevel.ENTRY : JobLevel.UNSTATED;
    }

    private static int number(String s) {
        for (int i = 0; i < NUMBERS.length; i++) {
            if (NUMBERS[i].equalsIgnoreCase(s)) {
                return i;
            }
        }
        if ("twelve".equalsIgnoreCase(s)) {
            return 12;
        }
        if ("fifteen".equalsIgnoreCase(s)) {
            return 15;
        }
        return Integer.parseInt(s);
    }
}
