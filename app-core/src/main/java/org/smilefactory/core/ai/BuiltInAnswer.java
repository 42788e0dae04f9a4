package org.smilefactory.core.ai;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.smilefactory.core.ai.ask.Question;
import org.smilefactory.core.api.ai.ResponseStyle;
import org.smilefactory.core.common.Messages;

/**
 * The answer without a language model: the retrieved items, numbered like the citations, each
 * with what it is and why it came up, and an honest line that this is retrieval, not a written
 * answer. When the question asked for a kind of thing or named constraints, the answer says what
 * it looked for, and says plainly when nothing the member can see fits.
 */
final class BuiltInAnswer {

    private BuiltInAnswer() {
    }

    static String write(String question, Question understood, List<LocalAssistantService.Retrieved> items, ResponseStyle style,
                        boolean modelConfigured) {
        boolean targeted = understood.target() != null || understood.constrained();
        StringBuilder sb = new StringBuilder();
        if (items.isEmpty()) {
            sb.append(targeted ? Messages.get("ai.ask.none", describe(understood)) : Messages.get("ai.builtin.nothing", question));
        } else {
            sb.append(targeted ? Messages.get("ai.ask.found", items.size(), describe(understood))
                    : Messages.get("ai.builtin.intro", items.size(), question)).append("\n\n");
            int snippet = style == ResponseStyle.CONCISE ? 0 : style == ResponseStyle.DETAILED ? 400 : 160;
            for (int i = 0; i < items.size(); i++) {
                LocalAssistantService.Retrieved r = items.get(i);
                sb.append(i + 1).append(". ").append(r.title()).append(" (")
                        .append(Messages.get("ai.kind." + r.kind().name().toLowerCase())).append(") — ")
                        .append(Messages.get("ai.builtin.match", Math.round(r.similarity() * 100)));
                if (snippet > 0) {
                    String body = r.body();
                    String text = body.length() <= snippet ? body : body.substring(0, snippet - 1) + "…";
                    sb.append("\n   ").append(text);
                }
                sb.append('\n');
            }
        }
        sb.append('\n').append(Messages.get(modelConfigured ? "ai.builtin.fallback" : "ai.builtin.honest"));
        return sb.toString().strip();
    }

    /** What was looked for, as words of the bundle: "investors at seed stage in Agritech". */
    static String describe(Question q) {
        StringBuilder sb = new StringBuilder(Messages.get("ai.ask.kind." + (q.target() == null ? "any" : q.target().key())));
        if (!q.stageWords().isEmpty() && q.target() != null
                && (q.target().name().equals("INVESTOR") || q.target().name().equals("INNOVATOR"))) {
            sb.append(Messages.get("ai.ask.stage", String.join(", ", q.stageWords())));
        }
        if (!q.sectorWords().isEmpty()) {
            sb.append(Messages.get("ai.ask.sector", String.join(Messages.get("ai.ask.or"), q.sectorWords())));
        }
        if (!q.placeWords().isEmpty()) {
            sb.append(Messages.get("ai.ask.place", String.join(Messages.get("ai.ask.or"), q.placeWords())));
        }
        if (q.dateWords() != null) {
            sb.append(Messages.get("ai.ask.date", q.dateWords()));
        }
        if (q.free()) {
            sb.append(Messages.get("ai.ask.free"));
        }
        if (q.maxPrice() != null) {
            sb.append(Messages.get("ai.ask.maxPrice", NumberFormat.getNumberInstance(Locale.getDefault()).format(q.maxPrice())));
        }
        return sb.toString();
    }
}
