package org.smilefactory.server.api;

import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.admin.RetentionResult;
import org.smilefactory.core.api.admin.RetentionSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.admin.RetentionService} over HTTP. */
@RestController
@RequestMapping("/api/v1/retention")
public class RetentionController {

    @GetMapping("/settings")
    public RetentionSettings settings(Session session) {
        return session.retention().settings();
    }

    @PutMapping("/settings")
    public RetentionSettings save(Session session, @RequestBody RetentionSettings body) {
        return session.retention().save(body);
    }

    /** Applies the periods now and answers what was deleted (the run is audited by the service). */
    @PostMapping("/runs")
    public RetentionResult run(Session session) {
        return session.retention().runNow();
    }
}
