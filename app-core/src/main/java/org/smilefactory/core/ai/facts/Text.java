package org.smilefactory.core.ai.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word-level normalisation shared by the taxonomy and the place table: lower case, accents
 * removed, split on anything that is not a letter or digit, simple plural folding. Matching is
 * always on whole words, never on substrings ("Africa" is not part of "South Africa" here).
 */
final class Text {

    private Text() {
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replace('&', ' ').replace("e-", "e");
    }

    /** The words of {@code s}, folded and with a trailing plural "s" removed ("crops" → "crop"). */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : fold(s).split("[^\\p{L}\\p{Nd}]+")) {
            if (!w.isEmpty()) {
                out.add(stem(w));
            }
        }
        return out;
    }

    static String stem(String w) {
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static String key(String s) {
        return String.join(" ", words(s));
    }
}
