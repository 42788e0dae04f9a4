package org.smilefactory.server.api;

import java.util.Set;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.core.api.search.SearchQuery;
import org.smilefactory.core.api.search.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.search.SearchService} over HTTP. */
@RestController
@RequestMapping("/api/v1/search")
public class SearchController {

    /** {@code kinds} may repeat; none means every kind. */
    @GetMapping
    public SearchResults search(Session session,
                                @RequestParam(required = false) String text,
                                @RequestParam(required = false) Set<SearchKind> kinds,
                                @RequestParam(defaultValue = "0") int limit) {
        return session.search().search(new SearchQuery(text, kinds, limit));
    }
}
