package org.smilefactory.core.contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.ai.IndexStatus;
import org.smilefactory.core.api.profiles.*;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the AI contracts share: members with real profiles, and the hub's database for the kinds of
 * item whose services live on other branches (groups, events, listings, blocks), written as those
 * services would write them.
 */
public abstract class AiFixture extends ContractFixture {

    /** The hub database behind the backend (the server's, for the remote runner). */
    protected abstract JdbcClient jdbc();

    protected Session member(String first, String last, ProfileDetails details, ProfileVisibility visibility, String location,
                             String bio) {
        Session s = Hubs.member(backend, admin, Role.USER, first, last);
        ProfileView current = s.profiles().mine();
        ProfileView saved = s.profiles().save(new SaveProfile(current.memberId(), current.version(), first, last,
                first + " " + last, Gender.FEMALE, "+263", "77 123 4567", bio, location, details.type(), visibility, details));
        s.profiles().publish(saved.memberId(), saved.version());
        return s;
    }

    protected static InnovatorDetails agritechStartup() {
        return new InnovatorDetails("Agritech", InnovationStage.MVP, "Mbeu Labs", "Low-cost soil moisture sensors for smallholder farmers",
                new BigDecimal("50000.00"), 4, "Subscription", "Smallholder farmers", "Cheap hardware and SMS alerts");
    }

    protected static InvestorDetails investor(List<String> focus, List<InnovationStage> stages, String min, String max,
                                              List<String> regions) {
        return new InvestorDetails(focus, stages, new BigDecimal(min), new BigDecimal(max), regions, List.of(),
                "Teams solving real problems", "Two meetings and a data room");
    }

    protected static MentorDetails mentor(List<String> expertise) {
        return new MentorDetails(expertise, 10, "Weekly calls", 8, List.of(CommunicationMethod.VIDEO), "Three exits", "Ask why");
    }

    protected void block(UUID a, UUID b) {
        jdbc().sql("""
                INSERT INTO connections (connection_id, requester_id, recipient_id, status, blocked_by, created_at, updated_at)
                VALUES (?, ?, ?, 'blocked', ?, now(), now())""").params(Ids.next(), a, b, a).update();
    }

    protected void connect(UUID a, UUID b) {
        jdbc().sql("""
                INSERT INTO connections (connection_id, requester_id, recipient_id, status, created_at, updated_at)
                VALUES (?, ?, ?, 'accepted', now(), now())""").params(Ids.next(), a, b).update();
    }

    protected UUID group(UUID creator, String name, String description, String visibility) {
        UUID id = Ids.next();
        jdbc().sql("""
                INSERT INTO groups (id, name, description, category, visibility, created_by, tags, location)
                VALUES (?, ?, ?, 'Agritech', ?, ?, ARRAY['agritech', 'farming'], 'Harare')""")
                .params(id, name, description, visibility, creator).update();
        return id;
    }

    protected void joinGroup(UUID group, UUID member) {
        jdbc().sql("INSERT INTO group_memberships (id, group_id, user_id, status) VALUES (?, ?, ?, 'active')")
                .params(Ids.next(), group, member).update();
    }

    protected UUID event(UUID organiser, String title, String status) {
        UUID id = Ids.next();
        jdbc().sql("""
                INSERT INTO events (id, title, description, event_type, start_date_time, end_date_time, location, organizer_id,
                    status, tags) VALUES (?, ?, 'Hands-on session on soil sensors and irrigation for farmers', 'workshop',
                    now() + interval '10 days', now() + interval '10 days 3 hours', 'Harare', ?, ?, ARRAY['agritech'])""")
                .params(id, title, organiser, status).update();
        return id;
    }

    protected UUID listing(UUID seller, String title, String type, String status) {
        UUID id = Ids.next();
        jdbc().sql("""
                INSERT INTO marketplace_listings (id, title, description, category, listing_type, seller_id, status, location, tags)
                VALUES (?, ?, 'Internship for a student in agricultural engineering and sensors', 'Agritech', ?, ?, ?, 'Harare',
                    ARRAY['agritech'])""").params(id, title, type, seller, status).update();
        return id;
    }

    /** Waits until the background worker has embedded everything queued. */
    protected void awaitIndexed(Session s) {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        IndexStatus status = s.suggestions().indexStatus();
        while (status.pending() > 0 && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            status = s.suggestions().indexStatus();
        }
        if (status.pending() > 0) {
            throw new AssertionError("index not drained: " + status);
        }
    }
}
