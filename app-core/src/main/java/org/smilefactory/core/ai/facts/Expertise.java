package org.smilefactory.core.ai.facts;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.smilefactory.core.ai.EmbeddingProvider;

/**
 * Functional areas of expertise ({@code expertise.tsv}): regulation, go-to-market, fundraising...
 * — what a founder asks a mentor for, as opposed to the sector they work in. {@link #needs} reads
 * a founder's stated needs from free text: only sentences that ask for something ("we need help
 * with regulation", "looking for go-to-market advice") count, so a bio that merely mentions sales
 * states no need.
 */
public final class Expertise extends Vocabulary {

    private static volatile Expertise shared;

    /** Words that make a sentence a request rather than a description. */
    private static final Pattern ASKS = Pattern.compile(
            "\\b(need|needs|needed|help|helps|looking for|seek|seeking|want|wants|advice|guidance|support|struggl\\w*|"
                    + "stuck|mentor(ing)? (on|in|for)|learn|lack|gap)\\b", Pattern.CASE_INSENSITIVE);

    public Expertise(EmbeddingProvider embedder) {
        super("expertise.tsv", embedder);
    }

    public static Expertise shared() {
        Expertise s = shared;
        if (s == null) {
            synchronized (Expertise.class) {
                s = shared;
                if (s == null) {
                    shared = s = new Expertise(new SectorTaxonomy.LazyMiniLm());
                }
            }
        }
        return s;
    }

    /** The areas a text asks for help with, in the order first asked. */
    public Set<String> needs(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        for (String sentence : text.split("(?<=[.!?;])\\s+|\\n+")) {
            if (ASKS.matcher(sentence).find()) {
                out.addAll(mentions(sentence));
            }
        }
        return out;
    }
}
