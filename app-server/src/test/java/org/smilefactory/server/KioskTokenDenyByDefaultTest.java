package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.common.KioskOnly;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.testsupport.EveryServiceMethod;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 13: a kiosk's bearer token is deny by default. The server maps a token to a session the same
 * way the desktop does, so every mapped endpoint (enumerated as SecurityTest does) answers a kiosk 403,
 * except those of the kiosk screen; and the session the server opens for a kiosk token refuses every
 * service method but the allow-list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskTokenDenyByDefaultTest {

    /** The public endpoints, and those the kiosk screen and its offline copy use. */
    private static final Set<String> OPEN_TO_KIOSKS = Set.of(
            "GET /api/v1/hub", "POST /api/v1/hub/setup", "GET /api/v1/hub/kiosk-event", "POST /api/v1/sessions",
            "POST /api/v1/sessions/device", "POST /api/v1/sessions/code", "POST /api/v1/sessions/password-reset",
            "GET /api/v1/hub-settings/basics", "DELETE /api/v1/sessions/current", "POST /api/v1/sessions/current/device-credential",
            "GET /api/v1/kiosks/me/event", "POST /api/v1/kiosks/me/exit-pin",
            "POST /api/v1/events/{eventId}/check-ins", "GET /api/v1/events/{eventId}/check-ins/search",
            "POST /api/v1/events/{eventId}/walk-ins",
            "GET /api/v1/sync/changes", "POST /api/v1/sync/push");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TestServer server;
    private Backend backend;
    private String kioskToken;
    private EventView event;

    @BeforeAll
    void start() throws Exception {
        server = TestServer.start();
        backend = server.remoteBackend();
        Session admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Africa/Harare")).plusDays(5).truncatedTo(ChronoUnit.HOURS);
        EventView draft = admin.events().save(new SaveEvent(null, 0, "Demo day", "Pitches", EventType.PITCH, start,
                start.plusHours(2), "Africa/Harare", "Harare", null, false, 50, null, BigDecimal.ZERO, "USD", List.of()));
        event = admin.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
        String email = Hubs.uniqueEmail("door");
        admin.events().createKiosk(event.id(), new CreateKiosk(email, Hubs.MEMBER_PASSWORD, "Door 1", "4321"));
        HttpResponse<String> r = send("POST", "/api/v1/sessions", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + Hubs.MEMBER_PASSWORD + "\"}");
        kioskToken = ContractJson.mapper().readTree(r.body()).get("token").asString();
    }

    @AfterAll
    void stop() {
        backend.close();
    }

    @Test
    void everyEndpointButTheKioskScreensAnswersAKioskTokenWith403() throws Exception {
        RequestMappingHandlerMapping mapping = server.context()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                for (var method : info.getMethodsCondition().getMethods()) {
                    String endpoint = method.name() + " " + pattern;
                    if (pattern.startsWith("/api/v1") && !OPEN_TO_KIOSKS.contains(endpoint)) {
                        endpoints.add(endpoint);
                    }
                }
            }
        }
        assertThat(endpoints).hasSizeGreaterThan(60);
        List<String> open = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                    .replace("{eventId}", event.id().toString())
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            HttpResponse<String> r = sendFilling(method, path);
            if (r.statusCode() != 403 || !r.body().contains("/problems/permission-denied")) {
                open.add(endpoint + " -> " + r.statusCode() + " " + r.body());
            }
        }
        assertThat(open).as("endpoints a kiosk token reaches").isEmpty();

        // and the kiosk screen's own endpoints work
        assertThat(send("GET", "/api/v1/kiosks/me/event", kioskToken, null).statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionTheServerOpensForAKioskTokenRefusesEveryServiceMethodButTheAllowList() throws Exception {
        Session session = server.localBackend().sessionForToken(kioskToken).orElseThrow();
        String refusal = Messages.get("accounts.kioskOnly");
        for (EveryServiceMethod.Outcome o : EveryServiceMethod.callAll(session, Set.of())) {
            boolean refused = o.thrown() instanceof PermissionDeniedException && refusal.equals(o.thrown().getMessage());
            assertThat(refused).as(o.name() + ": " + o.thrown()).isEqualTo(!KioskOnly.ALLOWED.contains(o.name()));
        }
    }

    /** Primitive fields a body must carry before Spring MVC even calls the controller. */
    private static final java.util.Map<String, String> REQUIRED_PRIMITIVES = java.util.Map.of(
            "expectedVersion", "0", "publish", "false", "aiEnabled", "false", "stars", "1", "negotiable", "false", "online", "false");

    /**
     * Sends {@code {}} (no body for GET and DELETE); a body refused for a missing primitive field, before
     * any controller ran, is sent again with that field, so the request reaches the kiosk's session.
     */
    private HttpResponse<String> sendFilling(String method, String path) throws Exception {
        if (method.equals("GET") || method.equals("DELETE")) {
            return send(method, path, kioskToken, null);
        }
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int attempt = 0; ; attempt++) {
            StringBuilder body = new StringBuilder("{");
            fields.forEach((k, v) -> body.append(body.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            HttpResponse<String> r = send(method, path, kioskToken, body.append('}').toString());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("mistyped field: (\\w+)").matcher(r.body());
            if (r.statusCode() != 400 || !m.find() || attempt > 24) {
                return r;
            }
            // a field this list does not know: a number first, then true/false if a number was refused
            String field = m.group(1);
            String value = REQUIRED_PRIMITIVES.get(field);
            fields.put(field, value != null ? value : r.body().contains("true or false") ? "false" : "0");
        }
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
