package org.smilefactory.server.api;

import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.settings.ConnectionCheck;
import org.smilefactory.core.api.settings.HubBasics;
import org.smilefactory.core.api.settings.HubSettings;
import org.smilefactory.core.api.settings.SaveHubSettings;
import org.smilefactory.core.api.settings.TestAiEndpoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.settings.HubSettingsService} over HTTP (decision 0025). */
@RestController
@RequestMapping("/api/v1/hub-settings")
public class HubSettingsController {

    @GetMapping("/basics")
    public HubBasics basics(Session session) {
        return session.hubSettings().basics();
    }

    @GetMapping
    public HubSettings settings(Session session) {
        return session.hubSettings().settings();
    }

    @PutMapping
    public HubSettings save(Session session, @RequestBody SaveHubSettings body) {
        return session.hubSettings().save(body);
    }

    /** Calls the endpoint from the server (where the stored key is), answering what it found. */
    @PostMapping("/connection-tests")
    public ConnectionCheck test(Session session, @RequestBody TestAiEndpoint body) {
        return session.hubSettings().testConnection(body);
    }
}
