package org.smilefactory.server.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.api.events.KioskStart;
import org.smilefactory.core.remote.wire.SignedInResponse;
import org.smilefactory.server.security.SignIns;
import org.smilefactory.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The hub's status and first-run setup (public: the connection screen needs them before sign-in). */
@RestController
@RequestMapping("/api/v1/hub")
public class HubController {

    private final Backend backend;
    private final SignIns signIns;

    HubController(Backend backend, SignIns signIns) {
        this.backend = backend;
        this.signIns = signIns;
    }

    @GetMapping
    public HubStatus status() {
        return backend.hubStatus();
    }

    /**
     * Before sign-in, for a door laptop started with {@code --kiosk EVENT-ID}: the event's title and
     * times when it is published and has a kiosk account; 404 for any other id.
     */
    @GetMapping("/kiosk-event")
    public KioskStart kioskEvent(@RequestParam UUID id) {
        return backend.kioskStart(id).orElseThrow(() -> Problems.notFound("events.noKioskFor"));
    }

    /** Sets up an empty hub and signs its first admin in; needs the one-time setup code the server printed at start. */
    @PostMapping("/setup")
    @ResponseStatus(HttpStatus.CREATED)
    public SignedInResponse setup(@RequestBody FirstRunSetup setup, HttpServletRequest request) {
        return signIns.completeSetup(setup, request);
    }
}
