package org.smilefactory.ui.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.profiles.DirectoryPage;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.profiles.UserState;

/** An in-memory profile service for ViewModel tests: one member, saves recorded, failures injectable. */
public final class FakeProfileService implements ProfileService {

    public final List<SaveProfile> saves = new ArrayList<>();
    public final List<DirectoryQuery> queries = new ArrayList<>();
    public ProfileView stored;
    public RuntimeException nextFailure;
    public Function<DirectoryQuery, DirectoryPage> directory = q -> new DirectoryPage(List.of(), null);

    public FakeProfileService(ProfileView stored) {
        this.stored = stored;
    }

    public static ProfileView newMember(UUID id) {
        return new ProfileView(id, 1, "ada@example.org", "Ada", "Moyo", null, null, null, null, null, null,
                null, ProfileVisibility.PUBLIC, ProfileState.DRAFT, 13, UserState.NEW, false, null,
                List.of("profileName", "gender", "phoneNumber", "bio", "location", "profileType"), Instant.now());
    }

    private void failIfAsked() {
        RuntimeException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
    }

    @Override
    public ProfileView mine() {
        failIfAsked();
        return stored;
    }

    @Override
    public ProfileView get(UUID memberId) {
        failIfAsked();
        if (!stored.memberId().equals(memberId)) {
            throw new NotFoundException("No such member");
        }
        return stored;
    }

    @Override
    public ProfileView save(SaveProfile c) {
        failIfAsked();
        saves.add(c);
        stored = new ProfileView(c.memberId(), stored.version() + 1, stored.email(), c.firstName(), c.lastName(),
                c.profileName(), c.gender(), c.phoneCountryCode(), c.phoneNumber(), c.bio(), c.location(),
                c.profileType(), c.visibility(), stored.state(), 50,
                c.profileType() == null ? UserState.NEW : UserState.INCOMPLETE, false, c.details(), List.of(),
                Instant.now());
        return stored;
    }

    @Override
    public ProfileView publish(UUID memberId, long expectedVersion) {
        failIfAsked();
        stored = withState(ProfileState.PUBLISHED);
        return stored;
    }

    @Override
    public ProfileView unpublish(UUID memberId, long expectedVersion) {
        failIfAsked();
        stored = withState(ProfileState.DRAFT);
        return stored;
    }

    private ProfileView withState(ProfileState state) {
        ProfileView s = stored;
        return new ProfileView(s.memberId(), s.version() + 1, s.email(), s.firstName(), s.lastName(), s.profileName(),
                s.gender(), s.phoneCountryCode(), s.phoneNumber(), s.bio(), s.location(), s.profileType(),
                s.visibility(), state, s.completion(), s.userState(), s.verified(), s.details(), s.missingFields(),
                s.updatedAt());
    }

    @Override
    public DirectoryPage directory(DirectoryQuery query) {
        failIfAsked();
        queries.add(query);
        return directory.apply(query);
    }
}
