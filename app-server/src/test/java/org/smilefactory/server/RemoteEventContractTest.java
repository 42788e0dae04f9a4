package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.contract.EventContract;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The events contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteEventContractTest extends EventContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    @Override
    protected JdbcClient database() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().jdbc();
    }

    private RawHttp http() {
        return new RawHttp(((TestServer.ServerBackend) backend).server().uri());
    }

    /** The edit body an outside client builds from what {@code GET /events/{id}} answered, unchanged. */
    private static ObjectNode editFrom(JsonNode got) {
        ObjectNode put = ContractJson.mapper().createObjectNode();
        put.put("expectedVersion", got.get("version").asLong());
        for (String field : List.of("title", "description", "type", "start", "end", "timeZone", "location",
                "virtualMeetingUrl", "online", "capacity", "registrationDeadline", "price", "currency", "tags")) {
            put.set(field, got.get(field));
        }
        return put;
    }

    @Test
    void anEventReadAndPutBackUnchangedOverHttpKeepsItsTimesAndAnOffsetMeansThatInstant() throws Exception {
        EventView created = admin.events().save(new SaveEvent(null, 0, "Round trip", "Times stay", EventType.WORKSHOP,
                LocalDateTime.of(2027, 6, 10, 9, 0), LocalDateTime.of(2027, 6, 10, 11, 30), "Africa/Harare", "Harare",
                null, false, 30, LocalDateTime.of(2027, 6, 9, 17, 0), new BigDecimal("5.00"), "USD", List.of("time")));
        RawHttp http = http();
        String token = http.signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        String path = "/api/v1/events/" + created.id();
        JsonNode first = RawHttp.json(http.send("GET", path, token, null));
        assertThat(first.get("start").asString()).isEqualTo("2027-06-10T07:00:00Z");

        HttpResponse<String> put = http.send("PUT", path, token, editFrom(first).toString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode second = RawHttp.json(http.send("GET", path, token, null));
        assertThat(second.get("start").asString()).isEqualTo("2027-06-10T07:00:00Z");
        assertThat(second.get("end").asString()).isEqualTo(first.get("end").asString());
        assertThat(second.get("registrationDeadline").asString()).isEqualTo(first.get("registrationDeadline").asString());
        assertThat(admin.events().get(created.id()).localStart()).isEqualTo(LocalDateTime.of(2027, 6, 10, 9, 0));

        // the same instant written with the zone's offset, and a wall-clock time without one (as the remote client sends)
        ObjectNode withOffset = editFrom(second);
        withOffset.put("start", "2027-06-10T10:00:00+02:00");
        withOffset.put("end", "2027-06-10T12:00:00");
        HttpResponse<String> moved = http.send("PUT", path, token, withOffset.toString());
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonNode third = RawHttp.json(moved);
        assertThat(third.get("start").asString()).isEqualTo("2027-06-10T08:00:00Z");
        assertThat(third.get("end").asString()).isEqualTo("2027-06-10T10:00:00Z");
    }

    @Test
    void aListingReadAndPutBackUnchangedOverHttpKeepsItsExpiry() throws Exception {
        var listing = admin.marketplace().create(new org.smilefactory.core.api.marketplace.SaveListing(null, 0, "Lathe",
                "A lathe", "tools", org.smilefactory.core.api.marketplace.ListingType.PRODUCT, new BigDecimal("100.00"),
                "USD", false, "Harare", List.of(), List.of(), "message", java.time.Instant.parse("2027-06-10T07:00:00.123456Z")));
        RawHttp http = http();
        String token = http.signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        JsonNode got = RawHttp.json(http.send("GET", "/api/v1/marketplace/listings/" + listing.id(), token, null));
        ObjectNode put = ContractJson.mapper().createObjectNode();
        put.put("listingId", listing.id().toString());
        put.put("expectedVersion", got.get("version").asLong());
        for (String field : List.of("title", "description", "category", "type", "price", "currency", "negotiable",
                "location", "tags", "images", "contactMethod", "expiresAt")) {
            put.set(field, got.get(field));
        }
        HttpResponse<String> saved = http.send("PUT", "/api/v1/marketplace/listings", token, put.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(RawHttp.json(saved).get("expiresAt").asString()).isEqualTo(got.get("expiresAt").asString())
                .isEqualTo("2027-06-10T07:00:00.123456Z");
    }
}
