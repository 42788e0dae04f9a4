package org.smilefactory.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.testsupport.Hubs;

/**
 * Acceptance (issue 7): one profile edited offline on two computers. The first to sync wins; the
 * second gets a CONFLICT that its held changes show with both versions, and a person resolves it
 * either way — keep mine (the server ends with mine) or take theirs (the server keeps theirs, the
 * outbox is empty, the replica shows theirs). Afterwards server and both replicas hold the same rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentProfileEditsTest {

    private SyncHub hub;
    private MemberAccount ana;
    private MemberAccount ben;

    @BeforeAll
    void start() {
        hub = SyncHub.inProcess();
        ana = hub.staff("Ana", "Admin").member();
        ben = hub.staff("Ben", "Backoffice").member();
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    private record Setup(Client a, Client b, UUID memberId, HeldChange held) {
    }

    /** Both edit the bio of one member offline; A syncs first, B gets the conflict. */
    private Setup conflict(String tag) {
        Session member = hub.member(org.smilefactory.core.api.accounts.Role.USER, "Rudo", tag);
        UUID memberId = member.member().id();
        Client a = Client.open("Ana's laptop", hub.proxy.uri(), ana.email(), Hubs.MEMBER_PASSWORD);
        Client b = Client.open("Ben's laptop", hub.proxy.uri(), ben.email(), Hubs.MEMBER_PASSWORD);
        a.sync();
        b.sync();

        hub.proxy.goDown();
        a.offline().profiles().save(Mutations.edit(a.offline().profiles().get(memberId), "Theirs: edited on Ana's laptop"));
        b.offline().profiles().save(Mutations.edit(b.offline().profiles().get(memberId), "Mine: edited on Ben's laptop"));
        hub.proxy.comeBack();

        a.sync();
        assertThat(member.profiles().mine().bio()).isEqualTo("Theirs: edited on Ana's laptop");
        b.sync();
        assertThat(member.profiles().mine().bio()).as("the second sync does not overwrite").isEqualTo("Theirs: edited on Ana's laptop");

        List<HeldChange> held = b.heldChanges();
        assertThat(held).hasSize(1);
        HeldChange h = held.get(0);
        assertThat(h.outcome()).isEqualTo(MutationOutcome.CONFLICT);
        assertThat(h.kind()).isEqualTo(MutationKinds.PROFILE_SAVE);
        assertThat(h.entityId()).isEqualTo(memberId);
        assertThat(h.reason()).isNotBlank();
        assertThat(h.summary()).contains("Rudo");
        assertThat(h.mine()).contains("Mine: edited on Ben's laptop");
        assertThat(h.theirs()).contains("Theirs: edited on Ana's laptop");
        assertThat(b.pending()).isZero();
        assertThat(a.heldChanges()).isEmpty();
        return new Setup(a, b, memberId, h);
    }

    @Test
    void keepMineEndsWithMineOnTheServer() {
        Setup s = conflict("Keep");
        try (Client a = s.a(); Client b = s.b()) {
            b.keepMine(s.held().mutationId());
            assertThat(b.heldChanges()).isEmpty();
            assertThat(b.pending()).isEqualTo(1);
            b.sync();
            a.sync();
            assertThat(b.outboxSize()).isZero();
            assertThat(hub.admin.profiles().get(s.memberId()).bio()).isEqualTo("Mine: edited on Ben's laptop");
            assertThat(a.offline().profiles().get(s.memberId()).bio()).isEqualTo("Mine: edited on Ben's laptop");
            assertThat(b.offline().profiles().get(s.memberId()).bio()).isEqualTo("Mine: edited on Ben's laptop");
            TableSnapshot server = TableSnapshot.of("server", hub.db());
            a.snapshot().assertSameAs(server);
            b.snapshot().assertSameAs(server);
        }
    }

    @Test
    void takeTheirsKeepsTheirsAndEmptiesTheOutbox() {
        Setup s = conflict("Take");
        try (Client a = s.a(); Client b = s.b()) {
            // the conflict reply carried the server's row: the replica shows theirs before anything else happens
            assertThat(b.offline().profiles().get(s.memberId()).bio()).isEqualTo("Theirs: edited on Ana's laptop");
            b.takeTheirs(s.held().mutationId());
            assertThat(b.heldChanges()).isEmpty();
            assertThat(b.outboxSize()).isZero();
            assertThat(b.offline().profiles().get(s.memberId()).bio()).isEqualTo("Theirs: edited on Ana's laptop");
            b.sync();
            a.sync();
            assertThat(hub.admin.profiles().get(s.memberId()).bio()).isEqualTo("Theirs: edited on Ana's laptop");
            TableSnapshot server = TableSnapshot.of("server", hub.db());
            a.snapshot().assertSameAs(server);
            b.snapshot().assertSameAs(server);
        }
    }
}
