package org.smilefactory.core.ai;

import java.util.List;
import org.smilefactory.core.api.ai.ResponseStyle;
import org.smilefactory.core.common.Messages;

/**
 * The answer without a language model: the retrieved items, numbered like the citations, each
 * with what it is and why it came up, and an honest line that this is retrieval, not a written
 * answer.
 */
final class BuiltInAnswer {

    private BuiltInAnswer() {
    }

    static String write(String question, List<LocalAssistantService.Retrieved> items, ResponseStyle style, boolean modelConfigured) {
        StringBuilder sb = new StringBuilder();
        if (items.isEmpty()) {
            sb.append(Messages.get("ai.builtin.nothing", question));
        } else {
            sb.append(Messages.get("ai.builtin.intro", items.size(), question)).append("\n\n");
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
}
