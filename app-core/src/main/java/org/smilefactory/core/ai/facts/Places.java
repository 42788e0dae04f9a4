package org.smilefactory.core.ai.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The place hierarchy (city → country → region/bloc → Sub-Saharan Africa → Africa → Global) from
 * the bundled {@code africa-places.tsv}: all 54 African countries, the African Union's five
 * regions, SADC/EAC/ECOWAS, and the cities of the hub's members. A location or a geographic focus
 * is read by whole-word names and aliases, longest first, so "South Africa" is the country and
 * never the continent, and "Pan-African" is the continent.
 */
public final class Places {

    /** Broadest first; {@link #rank()} orders specificity. */
    public enum Level {
        WORLD, CONTINENT, SUBCONTINENT, BLOC, REGION, COUNTRY, CITY;

        int rank() {
            return ordinal();
        }
    }

    public record Place(String name, Level level, List<String> parents) {
    }

    /** How close two locations are, closest first; {@code shared} is the place they have in common. */
    public enum Closeness {
        SAME_CITY(1.0), SAME_COUNTRY(0.75), SAME_REGION(0.5), SAME_CONTINENT(0.25), FAR(0), UNKNOWN(0);

        public final double score;

        Closeness(double score) {
            this.score = score;
        }
    }

    public record Relation(Closeness closeness, Place shared) {
    }

    private static final int MAX_WORDS = 6;
    private static volatile Places shared;

    private final Map<String, Place> byName = new LinkedHashMap<>();
    private final Map<String, Place> byKey = new HashMap<>();

    private Places(String resource) {
        try (InputStream in = Places.class.getResourceAsStream(resource)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<String> parents = new ArrayList<>();
                for (String p : f[3].split(";")) {
                    if (!p.isBlank()) {
                        parents.add(p.strip());
                    }
                }
                Place place = new Place(f[1].strip(), Level.valueOf(f[0].strip().toUpperCase(Locale.ROOT)), List.copyOf(parents));
                byName.put(place.name(), place);
                byKey.put(Text.key(place.name()), place);
                for (String a : f[2].split(";")) {
                    if (!a.isBlank()) {
                        byKey.putIfAbsent(Text.key(a), place);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Place p : byName.values()) {
            for (String parent : p.parents()) {
                if (!byName.containsKey(parent)) {
                    throw new IllegalStateException(resource + ": " + p.name() + " has unknown parent " + parent);
                }
            }
        }
    }

    public static Places shared() {
        Places p = shared;
        if (p == null) {
            synchronized (Places.class) {
                p = shared;
                if (p == null) {
                    shared = p = new Places("africa-places.tsv");
                }
            }
        }
        return p;
    }

    public Place place(String name) {
        return byName.get(name);
    }

    public List<Place> all(Level level) {
        return byName.values().stream().filter(p -> p.level() == level).toList();
    }

    /** Every place a text names, in order, by whole words and the longest name first. */
    public List<Place> mentioned(String text) {
        List<Place> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<String> w = Text.words(text);
        int i = 0;
        while (i < w.size()) {
            int matched = 0;
            for (int n = Math.min(MAX_WORDS, w.size() - i); n >= 1; n--) {
                Place p = byKey.get(String.join(" ", w.subList(i, i + n)));
                if (p != null) {
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                    matched = n;
                    break;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    /** The most specific place a text names ("Harare, Zimbabwe" → Harare), or null. */
    public Place resolve(String text) {
        Place best = null;
        for (Place p : mentioned(text)) {
            if (best == null || p.level().rank() > best.level().rank()) {
                best = p;
            }
        }
        return best;
    }

    /** The place and all that contain it, nearest first. */
    public Set<Place> ancestorsOrSelf(Place p) {
        Set<Place> out = new LinkedHashSet<>();
        List<Place> todo = new ArrayList<>(List.of(p));
        while (!todo.isEmpty()) {
            Place x = todo.remove(0);
            if (out.add(x)) {
                x.parents().forEach(n -> todo.add(byName.get(n)));
            }
        }
        return out;
    }

    /** Whether {@code scope} (a focus: "Southern Africa", "Pan-African", "Zimbabwe") contains {@code location}. */
    public boolean covers(String scope, String location) {
        Place s = resolve(scope);
        Place l = resolve(location);
        return s != null && l != null && ancestorsOrSelf(l).contains(s);
    }

    /** The first of {@code scopes} that contains {@code location}, as written by the member, or null. */
    public String covering(Collection<String> scopes, String location) {
        Place l = resolve(location);
        if (l == null) {
            return null;
        }
        Set<Place> up = ancestorsOrSelf(l);
        for (String s : scopes) {
            Place p = resolve(s);
            if (p != null && up.contains(p)) {
                return s.strip();
            }
        }
        return null;
    }

    /**
     * How close two locations are: same city, same country, same region or bloc (SADC, Southern
     * Africa...), same continent (Sub-Saharan Africa counts as continent-wide), far, or unknown
     * when either names no place the table knows.
     */
    public Relation relation(String a, String b) {
        Place x = resolve(a);
        Place y = resolve(b);
        if (x == null || y == null) {
            return new Relation(Closeness.UNKNOWN, null);
        }
        Set<Place> ux = ancestorsOrSelf(x);
        Set<Place> uy = ancestorsOrSelf(y);
        Place best = null;
        for (Place p : ux) {
            if (uy.contains(p) && (best == null || p.level().rank() > best.level().rank())) {
                best = p;
            }
        }
        if (best == null) {
            return new Relation(Closeness.FAR, null);
        }
        Closeness c = switch (best.level()) {
            case CITY -> Closeness.SAME_CITY;
            case COUNTRY -> Closeness.SAME_COUNTRY;
            case REGION, BLOC -> Closeness.SAME_REGION;
            case SUBCONTINENT, CONTINENT -> Closeness.SAME_CONTINENT;
            case WORLD -> Closeness.FAR;
        };
        return new Relation(c, best);
    }
}
