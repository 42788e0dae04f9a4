package org.smilefactory.server.api;

import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.profiles.DirectoryPage;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.remote.wire.VersionRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.profiles.ProfileService} over HTTP. */
@RestController
@RequestMapping("/api/v1/profiles")
public class ProfileController {

    /** The directory: every filter optional; {@code types} may repeat. */
    @GetMapping
    public DirectoryPage directory(Session session,
                                   @RequestParam(required = false) String text,
                                   @RequestParam(required = false) Set<ProfileType> types,
                                   @RequestParam(required = false) String location,
                                   @RequestParam(required = false) String focus,
                                   @RequestParam(required = false) String cursor,
                                   @RequestParam(defaultValue = "" + DirectoryQuery.DEFAULT_LIMIT) int limit) {
        return session.profiles().directory(
                new DirectoryQuery(text, types == null ? Set.of() : types, location, focus, cursor, limit));
    }

    @GetMapping("/me")
    public ProfileView mine(Session session) {
        return session.profiles().mine();
    }

    @GetMapping("/{memberId}")
    public ProfileView get(Session session, @PathVariable UUID memberId) {
        return session.profiles().get(memberId);
    }

    /** Creates or updates the profile named by the body's {@code memberId}, at its {@code expectedVersion}. */
    @PutMapping
    public ProfileView save(Session session, @RequestBody SaveProfile command) {
        return session.profiles().save(command);
    }

    @PostMapping("/{memberId}/publish")
    public ProfileView publish(Session session, @PathVariable UUID memberId, @RequestBody VersionRequest body) {
        return session.profiles().publish(memberId, body.expectedVersion());
    }

    @PostMapping("/{memberId}/unpublish")
    public ProfileView unpublish(Session session, @PathVariable UUID memberId, @RequestBody VersionRequest body) {
        return session.profiles().unpublish(memberId, body.expectedVersion());
    }
}
