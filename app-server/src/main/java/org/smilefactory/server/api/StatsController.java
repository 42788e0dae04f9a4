package org.smilefactory.server.api;

import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.stats.HubStats;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.stats.HubStatsService} over HTTP (staff only, enforced by the service). */
@RestController
@RequestMapping("/api/v1/stats")
public class StatsController {

    @GetMapping
    public HubStats load(Session session,
                         @RequestParam(defaultValue = "12") int weeks,
                         @RequestParam(defaultValue = "10") int events) {
        return session.stats().load(weeks, events);
    }
}
