package org.smilefactory.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoProgress;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;

/**
 * The generator writing into a real PostgreSQL through the real services. One hub gets the S
 * community once; cancellation runs on hubs of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataServiceTest {

    private static final String[] TYPE_TABLES = {"innovator_profiles", "business_investor_profiles", "mentor_profiles",
            "professional_profiles", "industry_expert_profiles", "academic_student_profiles",
            "academic_institution_profiles", "organisation_profiles"};

    private Backend backend;
    private Session admin;
    private CoreContext ctx;
    private boolean emptyBefore;
    private DemoDataResult result;
    private final List<DemoProgress> progress = new ArrayList<>();

    @BeforeAll
    void generateSmallCommunity() {
        backend = openEmptyHub();
        admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        ctx = ((LocalBackend) backend).context();
        emptyBefore = admin.demoData().hubIsEmpty();
        result = admin.demoData().generate(DemoSize.S, progress::add, () -> false);
    }

    @AfterAll
    void close() {
        backend.close();
    }

    @Test
    void createsTwoHundredMembersAndReportsProgress() {
        assertThat(emptyBefore).isTrue();
        assertThat(admin.demoData().hubIsEmpty()).isFalse();
        assertThat(result.membersCreated()).isEqualTo(200);
        assertThat(result.elapsed()).isPositive();
        assertThat(count("SELECT count(*) FROM personal_details WHERE role = 'user'")).isEqualTo(200);
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).satisfies(p -> {
            assertThat(p.done()).isEqualTo(200);
            assertThat(p.total()).isEqualTo(200);
            assertThat(p.fraction()).isEqualTo(1.0);
        });
        assertThat(progress).extracting(DemoProgress::done).isSorted();
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'demo.generate'")).isEqualTo(1);
    }

    @Test
    void everyTypeIsThereWithItsDetailsRow() {
        List<String> types = ctx.jdbc().sql("SELECT DISTINCT profile_type FROM personal_details WHERE profile_type IS NOT NULL")
                .query(String.class).list();
        assertThat(types).hasSize(8);
        for (int i = 0; i < TYPE_TABLES.length; i++) {
            String type = ProfileType.values()[i].name().toLowerCase();
            long members = count("SELECT count(*) FROM personal_details WHERE profile_type = '" + type + "'");
            long joined = count("SELECT count(*) FROM personal_details p JOIN " + TYPE_TABLES[i]
                    + " t ON t.user_id = p.user_id WHERE p.profile_type = '" + type + "'");
            assertThat(joined).as(TYPE_TABLES[i]).isEqualTo(members).isPositive();
        }
        long detailRows = 0;
        for (String table : TYPE_TABLES) {
            detailRows += count("SELECT count(*) FROM " + table);
        }
        assertThat(detailRows).as("no member has rows in two type tables")
                .isEqualTo(count("SELECT count(*) FROM personal_details WHERE profile_type IS NOT NULL"));
    }

    @Test
    void rowsMeetTheDirectoryRules() {
        assertThat(count("SELECT count(*) FROM personal_details WHERE profile_completion NOT BETWEEN 0 AND 100")).isZero();
        assertThat(count("SELECT count(*) FROM personal_details WHERE profile_type IS NOT NULL AND cardinality(focus_tags) = 0"))
                .isZero();
        assertThat(count("SELECT count(*) FROM personal_details WHERE role = 'user' AND search_vector IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM personal_details WHERE profile_state = 'PUBLISHED' AND profile_type IS NULL"))
                .isZero();
        assertThat(count("SELECT count(*) FROM personal_details WHERE profile_state = 'PUBLISHED' AND published_at IS NULL"))
                .isZero();
        assertThat(count("SELECT count(DISTINCT profile_completion) FROM personal_details WHERE role = 'user'"))
                .as("a spread of completion levels").isGreaterThan(10);
        assertThat(count("SELECT count(*) FROM personal_details WHERE profile_state = 'DRAFT' AND role = 'user'")).isPositive();
        assertThat(count("SELECT count(*) FROM personal_details WHERE profile_visibility = 'connections_only'")).isPositive();
        assertThat(count("SELECT count(*) FROM personal_details WHERE profile_visibility = 'private'")).isPositive();
        assertThat(count("SELECT count(*) FROM connections WHERE status = 'accepted'")).isGreaterThan(100);
        assertThat(count("SELECT count(*) FROM connections WHERE created_at < greatest("
                + "(SELECT created_at FROM personal_details WHERE user_id = requester_id),"
                + "(SELECT created_at FROM personal_details WHERE user_id = recipient_id))")).isZero();
    }

    @Test
    void storedFactsAreExactlyWhatSavingTheProfileComputes() {
        // Re-save a few members of every type through the profile service: nothing derived may change.
        List<UUID> sample = ctx.jdbc().sql("""
                SELECT user_id FROM (SELECT user_id, row_number() OVER (PARTITION BY profile_type ORDER BY email) AS n
                                     FROM personal_details WHERE role = 'user') s
                WHERE n <= 3
                """).query(UUID.class).list();
        assertThat(sample).hasSizeGreaterThanOrEqualTo(20);
        String facts = """
                SELECT profile_completion, focus_tags::text, headline, search_vector::text, first_name, last_name, bio,
                       location, profile_name, phone_number, profile_type, profile_visibility
                FROM personal_details WHERE user_id = ?
                """;
        for (UUID id : sample) {
            Map<String, Object> before = ctx.jdbc().sql(facts).param(id).query().singleRow();
            ProfileView view = admin.profiles().get(id);
            admin.profiles().save(new SaveProfile(id, view.version(), view.firstName(), view.lastName(), view.profileName(),
                    view.gender(), view.phoneCountryCode(), view.phoneNumber(), view.bio(), view.location(),
                    view.profileType(), view.visibility(), view.details()));
            Map<String, Object> after = ctx.jdbc().sql(facts).param(id).query().singleRow();
            assertThat(after).as("member %s", id).isEqualTo(before);
            assertThat(admin.profiles().get(id).details()).isEqualTo(view.details());
            assertThat(view.completion()).isEqualTo(admin.profiles().get(id).completion());
        }
    }

    @Test
    void demoMembersSignInAndFindEachOtherByName() {
        Session member = backend.signIn(firstPublicMember("innovator"), LocalDemoDataService.DEMO_PASSWORD);
        Map<String, Object> target = ctx.jdbc().sql("""
                SELECT user_id, full_name FROM personal_details
                WHERE profile_state = 'PUBLISHED' AND profile_visibility = 'public' AND profile_type = 'mentor'
                ORDER BY email LIMIT 1
                """).query().singleRow();
        List<DirectoryEntry> hits = member.profiles()
                .directory(new DirectoryQuery((String) target.get("full_name"), Set.of(), null, null, null, 20)).entries();
        assertThat(hits).extracting(DirectoryEntry::memberId).contains((UUID) target.get("user_id"));
    }

    @Test
    void aMemberWhoIsNotStaffIsRefused() {
        Session member = backend.signIn(firstPublicMember("academic_student"), LocalDemoDataService.DEMO_PASSWORD);
        assertThat(member.member().role()).isEqualTo(Role.USER);
        assertThatThrownBy(() -> member.demoData().generate(DemoSize.S, p -> { }, () -> false))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aHubWithMembersIsNotFilledAgain() {
        long before = count("SELECT count(*) FROM personal_details");
        assertThatThrownBy(() -> admin.demoData().generate(DemoSize.S, p -> { }, () -> false))
                .isInstanceOf(ConflictException.class)
                .hasMessage(Messages.get("demo.notEmpty"));
        assertThat(count("SELECT count(*) FROM personal_details")).isEqualTo(before);
    }

    @Test
    void cancellingAfterTheFirstBatchKeepsThatWholeBatchOnly() {
        try (Backend other = openEmptyHub()) {
            Session otherAdmin = other.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
            CoreContext otherCtx = ((LocalBackend) other).context();
            LocalDemoDataService service = new LocalDemoDataService(otherCtx,
                    new Actor(otherAdmin.member().id(), Role.ADMIN), DemoCommunity.DEFAULT_SEED, 50);
            AtomicBoolean cancel = new AtomicBoolean();
            DemoDataResult partial = service.generate(DemoSize.S, p -> cancel.set(p.done() > 0), cancel::get);

            assertThat(partial.membersCreated()).isEqualTo(50);
            assertThat(otherCtx.jdbc().sql("SELECT count(*) FROM personal_details WHERE role = 'user'")
                    .query(Long.class).single()).isEqualTo(50);
            long typed = otherCtx.jdbc().sql("SELECT count(*) FROM personal_details WHERE profile_type IS NOT NULL")
                    .query(Long.class).single();
            long detailRows = 0;
            for (String table : TYPE_TABLES) {
                detailRows += otherCtx.jdbc().sql("SELECT count(*) FROM " + table).query(Long.class).single();
            }
            assertThat(detailRows).isEqualTo(typed);

            // same seed, same people: the batch holds exactly the generator's first 50 members
            List<String> expected = new DemoCommunity(DemoCommunity.DEFAULT_SEED, Year.now().getValue()).people(0, 50)
                    .stream().map(DemoCommunity.Person::email).sorted().toList();
            assertThat(otherCtx.jdbc().sql("SELECT email FROM personal_details WHERE role = 'user'")
                    .query(String.class).list().stream().sorted().toList()).isEqualTo(expected);
        }
    }

    @Test
    void twoStaffStartingAtOnceFillTheHubOnce() throws Exception {
        try (Backend other = openEmptyHub()) {
            Session first = other.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
            Session second = Hubs.member(other, first, Role.STAFF, "Rudo", "Staff");
            CompletableFuture<DemoDataResult> a = CompletableFuture.supplyAsync(
                    () -> first.demoData().generate(DemoSize.S, p -> { }, () -> false));
            CompletableFuture<DemoDataResult> b = CompletableFuture.supplyAsync(
                    () -> second.demoData().generate(DemoSize.S, p -> { }, () -> false));
            List<Object> outcomes = new ArrayList<>();
            for (CompletableFuture<DemoDataResult> f : List.of(a, b)) {
                try {
                    outcomes.add(f.get().membersCreated());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause().getClass());
                }
            }
            assertThat(outcomes).containsExactlyInAnyOrder(200, ConflictException.class);
            assertThat(((LocalBackend) other).context().jdbc().sql("SELECT count(*) FROM personal_details WHERE role = 'user'")
                    .query(Long.class).single()).isEqualTo(200);
        }
    }

    @Test
    void theSameSeedGivesTheSameNamesInTheDatabase() {
        List<String> expected = new DemoCommunity(DemoCommunity.DEFAULT_SEED, Year.now().getValue()).people(0, 200)
                .stream().map(p -> p.profile().firstName() + " " + p.profile().lastName()).sorted().toList();
        assertThat(ctx.jdbc().sql("SELECT full_name FROM personal_details WHERE role = 'user'")
                .query(String.class).list().stream().sorted().toList()).isEqualTo(expected);
    }

    private String firstPublicMember(String type) {
        return ctx.jdbc().sql("""
                SELECT email FROM personal_details
                WHERE profile_state = 'PUBLISHED' AND profile_visibility = 'public' AND profile_type = ?
                ORDER BY email LIMIT 1
                """).param(type).query(String.class).single();
    }

    private long count(String sql) {
        return ctx.jdbc().sql(sql).query(Long.class).single();
    }

    private static Backend openEmptyHub() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }
}
