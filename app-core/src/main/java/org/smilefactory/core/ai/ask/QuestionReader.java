package org.smilefactory.core.ai.ask;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a question without a language model: which kind of thing it asks for and the constraints
 * on it (stage, sector, place, dates, price), by whole-word phrases from a bundled vocabulary
 * ({@code questionwords.properties}; other languages are further bundles with the same keys). At
 * each word the longest phrase wins, so "venture capital" is an investor, not a venture.
 *
 * <p>Sectors and places come from a {@link FactWords} (the sector taxonomy and the place hierarchy),
 * so the assistant and the matcher understand "clean water" or "East Africa" the same way.
 */
public final class QuestionReader {

    private static final String BUNDLE = "org.smilefactory.core.ai.ask.questionwords";
    private static final Map<Locale, Vocabulary> VOCABULARIES = new ConcurrentHashMap<>();

    /** Sector and place words of a text: id → the words that named it, in order of appearance. */
    public interface FactWords {
        Map<String, String> sectors(List<String> words);

        Map<String, String> places(List<String> words);

        FactWords NONE = new FactWords() {
            @Override
            public Map<String, String> sectors(List<String> words) {
                return Map.of();
            }

            @Override
            public Map<String, String> places(List<String> words) {
                return Map.of();
            }
        };
    }

    private final Vocabulary words;
    private final FactWords facts;

    public QuestionReader(Locale locale, FactWords facts) {
        this.words = VOCABULARIES.computeIfAbsent(locale, Vocabulary::load);
        this.facts = facts;
    }

    /** A match of a phrase of a vocabulary entry: tokens [start, end). */
    private record Match(String key, int start, int end, String phrase) {
    }

    /** The words of a text: lower case, letters, digits and the marks inside words ("mini-grids", "i'm", "$500"). */
    public static List<String> tokens(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("(?<=\\d),(?=\\d{3})", "");
        String[] parts = t.split("[^\\p{L}\\p{N}'$.\\-]+");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String w = p.replaceAll("^['.\\-]+|['.\\-]+$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Reads {@code text} as asked at {@code now} in the hub's time zone. */
    public Question read(String text, ZonedDateTime now) {
        List<String> tokens = tokens(text);
        List<Match> kinds = words.find("kind.", tokens);
        Target target = null;
        int targetStart = -1;
        for (Match m : kinds) {
            if (!describesAsker(tokens, m.start())) {
                target = Target.valueOf(m.key().substring("kind.".length()).toUpperCase(Locale.ROOT));
                targetStart = m.start();
                break;
            }
        }
        Set<String> subtypes = new LinkedHashSet<>();
        if (target == Target.EVENT || target == Target.LISTING) {
            String prefix = "subtype." + target.key() + ".";
            for (Match m : words.find(prefix, tokens)) {
                if (!describesAsker(tokens, m.start())) {
                    subtypes.add(m.key().substring(prefix.length()));
                }
            }
        }
        Set<String> stages = new LinkedHashSet<>();
        List<String> stageWords = new ArrayList<>();
        for (Match m : words.findAll("stage.", tokens)) {
            stages.add(m.key().substring("stage.".length()));
            if (!stageWords.contains(m.phrase())) {
                stageWords.add(m.phrase());
            }
        }
        ZonedDateTime[] range = new ZonedDateTime[2];
        String dateWords = dates(tokens, now, range);
        boolean free = !words.find("price.free", tokens).isEmpty();
        BigDecimal maxPrice = maxPrice(tokens);
        // the words that named the kind are not sector or place words ("university" is no sector)
        List<String> rest = new ArrayList<>(tokens);
        List<Match> named = new ArrayList<>(kinds);
        named.addAll(words.find("stage.", tokens)); // "seed stage" is a stage, not agritech's seeds
        for (Match m : named) {
            for (int i = m.start(); i < m.end(); i++) {
                rest.set(i, "zzkind"); // a word of its own, so its neighbours do not become one phrase
            }
        }
        Map<String, String> sectors = facts.sectors(rest);
        Map<String, String> places = facts.places(rest);
        return new Question(text, target, subtypes, stages, stageWords,
                range[0] == null ? null : range[0].toInstant(), range[1] == null ? null : range[1].toInstant(), dateWords,
                free, maxPrice, new LinkedHashSet<>(sectors.keySet()), distinct(sectors.values()),
                new LinkedHashSet<>(places.keySet()), distinct(places.values()));
    }

    private static List<String> distinct(java.util.Collection<String> values) {
        return new ArrayList<>(new LinkedHashSet<>(values));
    }

    private boolean describesAsker(List<String> tokens, int start) {
        for (Match self : words.find("self", tokens)) {
            // "my startup", "my solar startup", "I am a student": the kind word follows within two words
            if (self.end() <= start && start - self.end() <= 2) {
                return true;
            }
        }
        return false;
    }

    private String dates(List<String> tokens, ZonedDateTime now, ZonedDateTime[] range) {
        ZoneId zone = now.getZone();
        LocalDate today = now.toLocalDate();
        for (Match m : words.find("date.", tokens)) {
            ZonedDateTime dayStart = today.atStartOfDay(zone);
            LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            switch (m.key()) {
                case "date.today" -> set(range, now, dayStart.plusDays(1));
                case "date.tomorrow" -> set(range, dayStart.plusDays(1), dayStart.plusDays(2));
                case "date.thisWeek" -> set(range, now, nextMonday.atStartOfDay(zone));
                case "date.nextWeek" -> set(range, nextMonday.atStartOfDay(zone), nextMonday.plusDays(7).atStartOfDay(zone));
                case "date.thisWeekend" -> {
                    LocalDate saturday = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.minusDays(1)
                            : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                    set(range, saturday.atStartOfDay(zone).isBefore(now) ? now : saturday.atStartOfDay(zone),
                            saturday.plusDays(2).atStartOfDay(zone));
                }
                case "date.thisMonth" -> set(range, now, today.withDayOfMonth(1).plusMonths(1).atStartOfDay(zone));
                case "date.nextMonth" -> {
                    LocalDate first = today.withDayOfMonth(1).plusMonths(1);
                    set(range, first.atStartOfDay(zone), first.plusMonths(1).atStartOfDay(zone));
                }
                default -> {
                    continue;
                }
            }
            return m.phrase();
        }
        Set<String> before = words.phrases("month.before");
        for (Match m : words.find("month.", tokens)) {
            if (m.key().equals("month.before") || m.start() == 0 || !before.contains(tokens.get(m.start() - 1))) {
                continue;
            }
            int month = Integer.parseInt(m.key().substring("month.".length()));
            LocalDate first = LocalDate.of(today.getYear(), month, 1);
            if (month < today.getMonthValue()) {
                first = first.plusYears(1);
            }
            ZonedDateTime start = first.atStartOfDay(zone);
            set(range, start.isBefore(now) ? now : start, first.plusMonths(1).atStartOfDay(zone));
            return tokens.get(m.start() - 1) + " " + m.phrase();
        }
        return null;
    }

    private static void set(ZonedDateTime[] range, ZonedDateTime from, ZonedDateTime until) {
        range[0] = from;
        range[1] = until;
    }

    private BigDecimal maxPrice(List<String> tokens) {
        for (Match m : words.find("price.under", tokens)) {
            for (int i = m.end(); i < Math.min(tokens.size(), m.end() + 2); i++) {
                BigDecimal amount = amount(tokens.get(i));
                if (amount != null) {
                    return amount;
                }
            }
        }
        return null;
    }

    /** "$500", "500", "2.5k", "10k" as an amount, else null. */
    static BigDecimal amount(String token) {
        String t = token.replace("$", "").replace("usd", "");
        BigDecimal factor = BigDecimal.ONE;
        if (t.endsWith("k")) {
            factor = BigDecimal.valueOf(1000);
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            factor = BigDecimal.valueOf(1_000_000);
            t = t.substring(0, t.length() - 1);
        }
        if (!t.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(t).multiply(factor);
    }

    /** A vocabulary: every phrase of every key, as token lists. */
    private static final class Vocabulary {
        private final Map<String, List<List<String>>> byKey = new LinkedHashMap<>();
        private final Map<String, Set<String>> phrases = new HashMap<>();

        static Vocabulary load(Locale locale) {
            ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
            Vocabulary v = new Vocabulary();
            List<String> keys = new ArrayList<>(b.keySet());
            Collections.sort(keys);
            for (String key : keys) {
                List<List<String>> list = new ArrayList<>();
                Set<String> set = new LinkedHashSet<>();
                for (String phrase : b.getString(key).split(",")) {
                    List<String> t = tokens(phrase);
                    if (!t.isEmpty()) {
                        list.add(t);
                        set.add(String.join(" ", t));
                    }
                }
                v.byKey.put(key, list);
                v.phrases.put(key, set);
            }
            return v;
        }

        Set<String> phrases(String key) {
            return phrases.getOrDefault(key, Set.of());
        }

        /**
         * The matches of the keys starting with {@code prefix}, in order of position: at each word
         * the longest phrase of any of those keys wins, and the scan goes on after it.
         */
        List<Match> find(String prefix, List<String> tokens) {
            List<Match> out = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                Match best = null;
                for (Map.Entry<String, List<List<String>>> e : byKey.entrySet()) {
                    if (!e.getKey().startsWith(prefix)) {
                        continue;
                    }
                    for (List<String> p : e.getValue()) {
                        if ((best == null || p.size() > best.end() - best.start()) && matchesAt(tokens, i, p)) {
                            best = new Match(e.getKey(), i, i + p.size(), String.join(" ", p));
                        }
                    }
                }
                if (best == null) {
                    i++;
                } else {
                    out.add(best);
                    i = best.end();
                }
            }
            return out;
        }

        /** As {@link #find}, but every key whose phrase matches the longest phrase at a word counts ("seed" is three stages). */
        List<Match> findAll(String prefix, List<String> tokens) {
            List<Match> out = new ArrayList<>();
            for (Match m : find(prefix, tokens)) {
                List<String> phrase = Arrays.asList(m.phrase().split(" "));
                for (Map.Entry<String, List<List<String>>> e : byKey.entrySet()) {
                    if (e.getKey().startsWith(prefix) && e.getValue().contains(phrase)) {
                        out.add(new Match(e.getKey(), m.start(), m.end(), m.phrase()));
                    }
                }
            }
            return out;
        }

        private static boolean matchesAt(List<String> tokens, int i, List<String> p) {
            if (i + p.size() > tokens.size()) {
                return false;
            }
            for (int j = 0; j < p.size(); j++) {
                if (!tokens.get(i + j).equals(p.get(j))) {
                    return false;
                }
            }
            return true;
        }
    }
}
