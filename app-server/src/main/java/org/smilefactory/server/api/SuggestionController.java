package org.smilefactory.server.api;

import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ai.AiSettings;
import org.smilefactory.core.api.ai.IndexStatus;
import org.smilefactory.core.api.ai.SaveAiSettings;
import org.smilefactory.core.api.ai.SuggestionKind;
import org.smilefactory.core.api.ai.SuggestionQuery;
import org.smilefactory.core.api.ai.Suggestions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.ai.SuggestionService} over HTTP. */
@RestController
@RequestMapping("/api/v1/ai")
public class SuggestionController {

    /** Suggestions for the caller, or (staff) for {@code memberId}; {@code kinds} may repeat. */
    @GetMapping("/suggestions")
    public Suggestions suggest(Session session,
                               @RequestParam(required = false) UUID memberId,
                               @RequestParam(required = false) Set<SuggestionKind> kinds,
                               @RequestParam(defaultValue = "" + SuggestionQuery.DEFAULT_LIMIT) int limit) {
        return session.suggestions().suggest(new SuggestionQuery(memberId, kinds, limit));
    }

    @GetMapping("/index")
    public IndexStatus index(Session session) {
        return session.suggestions().indexStatus();
    }

    @GetMapping("/settings")
    public AiSettings settings(Session session) {
        return session.suggestions().settings();
    }

    @PutMapping("/settings")
    public AiSettings saveSettings(Session session, @RequestBody SaveAiSettings body) {
        return session.suggestions().saveSettings(body);
    }
}
