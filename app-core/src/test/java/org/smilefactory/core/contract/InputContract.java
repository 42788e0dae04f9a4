package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.content.FeedOrder;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.events.EventQuery;
import org.smilefactory.core.api.groups.GroupQuery;
import org.smilefactory.core.api.marketplace.ListingQuery;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.testsupport.Hubs;

/**
 * Bad input on any backend (decision 0020): text the database cannot store, page sizes out of range
 * and unsafe e-mail addresses are validation errors naming the field, and nothing is written — the
 * same for the desktop's local backend as through the server.
 */
public abstract class InputContract extends ContractFixture {

    private static final String NUL = "a\u0000b";

    @Test
    void aNulInAnyTextIsAValidationErrorOnThatField() {
        Session member = Hubs.member(backend, admin, Role.USER, "Nul", "Char");
        refused(() -> backend.signIn("x\u0000@example.org", Hubs.MEMBER_PASSWORD), "email");
        refused(() -> member.profiles().directory(new DirectoryQuery(NUL, Set.of(), null, null, null, 0)), "text");
        refused(() -> member.profiles().directory(new DirectoryQuery(null, Set.of(), NUL, null, null, 0)), "location");
        refused(() -> member.profiles().directory(new DirectoryQuery(null, Set.of(), null, NUL, null, 0)), "focus");
        refused(() -> member.content().feed(new FeedQuery(FeedOrder.LATEST, Set.of(), null, null, Set.of(), NUL, null, 0)), "tag");
        refused(() -> member.groups().joinWithCode(NUL), "inviteCode");
        refused(() -> member.groups().list(new GroupQuery(NUL, null, false, null, 0)), "text");
        ProfileView before = member.profiles().mine();
        refused(() -> member.profiles().save(new SaveProfile(before.memberId(), before.version(), NUL, "Char", null, null,
                null, null, null, null, null, ProfileVisibility.PUBLIC, null)), "firstName");
        assertThat(member.profiles().mine().version()).isEqualTo(before.version());
        assertThat(member.profiles().mine().firstName()).isEqualTo("Nul");
    }

    @Test
    void aNegativeOrTooLargeLimitIsAValidationErrorOnEveryList() {
        Session member = Hubs.member(backend, admin, Role.USER, "Neg", "Limit");
        for (int limit : new int[] {-1, Integer.MIN_VALUE, 100_000}) {
            List<ThrowingCallable> lists = List.of(
                    () -> member.profiles().directory(new DirectoryQuery(null, Set.of(), null, null, null, limit)),
                    () -> member.content().feed(new FeedQuery(FeedOrder.LATEST, Set.of(), null, null, Set.of(), null, null, limit)),
                    () -> member.content().myPosts(null, null, limit),
                    () -> member.content().bookmarks(null, limit),
                    () -> member.connections().connections(null, limit),
                    () -> member.messaging().conversations(null, limit),
                    () -> member.notifications().list(null, limit),
                    () -> member.events().list(new EventQuery(Set.of(), Set.of(), null, null, null, limit)),
                    () -> member.groups().list(new GroupQuery(null, null, false, null, limit)),
                    () -> member.marketplace().browse(new ListingQuery(null, Set.of(), null, null, null, null, false, null, limit)));
            for (ThrowingCallable list : lists) {
                refused(list, "limit");
            }
        }
        // 0 still means "the list's default", as the server's parameters send it
        assertThat(member.profiles().directory(new DirectoryQuery(null, Set.of(), null, null, null, 0)).entries()).isNotNull();
    }

    @Test
    void anEmailAddressWithMarkupIsRefused() {
        for (String email : new String[] {"<script>alert(1)</script>x@x.org", "\"quoted\"@x.org", "a b@x.org", "x@x.org<",
                "x@-x.org", "x@x", "x@x.o"}) {
            refused(() -> admin.accounts().createMember(new CreateMember(email, Hubs.MEMBER_PASSWORD, "Mark", "Up", Role.USER)),
                    "email");
        }
        // ordinary addresses still pass
        String fine = Hubs.uniqueEmail("o'brien.tendai+hub");
        assertThat(admin.accounts().createMember(new CreateMember(fine, Hubs.MEMBER_PASSWORD, "Fine", "Address", Role.USER)))
                .isNotNull();
    }

    private static void refused(ThrowingCallable call, String field) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call);
        assertThat(e).as("expected a validation error on " + field).isNotNull();
        Consumer<Violation> named = v -> assertThat(v.message()).isNotBlank();
        assertThat(e.violationOf(field)).as(field + " in " + e.violations()).hasValueSatisfying(named);
    }
}
