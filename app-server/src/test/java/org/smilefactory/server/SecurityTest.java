package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.testsupport.Hubs;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The server's security through real HTTP: authentication, authorisation, hostile input, leaks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {

    private static final Duration TOKEN_CACHE_TTL = Duration.ofSeconds(1);
    private static final Set<String> PUBLIC = Set.of("GET /api/v1/hub", "POST /api/v1/hub/setup",
            "GET /api/v1/hub/kiosk-event", "POST /api/v1/sessions",
            "POST /api/v1/sessions/device", "POST /api/v1/sessions/code", "POST /api/v1/sessions/password-reset");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    private TestServer server;
    private Backend backend;
    private Session admin;
    private String adminEmail;

    @BeforeAll
    void start() {
        logs.start();
        // a short token cache, so the tests below also show what it may and may not remember
        server = TestServer.start("--logging.level.root=INFO", "--smilefactory.server.token-cache-ttl=" + TOKEN_CACHE_TTL);
        captureLogs();
        backend = server.remoteBackend();
        adminEmail = Hubs.uniqueEmail("admin");
        admin = backend.completeSetup(Hubs.setup(adminEmail));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            assertThat(bodies).isNotEmpty();
            List<String> hashes = new ArrayList<>();
            for (String t : tokens) {
                hashes.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8))));
            }
            for (String body : bodies) {
                assertThat(body).doesNotContain("password_hash", "passwordHash", "$2a$", "$2b$", Hubs.MEMBER_PASSWORD,
                        Hubs.ADMIN_PASSWORD);
                for (String h : hashes) {
                    assertThat(body).doesNotContain(h);
                }
            }
            List<String> logLines = logs.list.stream().map(e -> e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage())).toList();
            assertThat(logLines).isNotEmpty();
            for (String line : logLines) {
                assertThat(line).doesNotContain(Hubs.MEMBER_PASSWORD, Hubs.ADMIN_PASSWORD, "$2a$");
                for (String t : tokens) {
                    assertThat(line).doesNotContain(t);
                }
            }
        } finally {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
            backend.close();
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void everyProtectedEndpointNeedsALiveToken() throws Exception {
        RequestMappingHandlerMapping mapping = server.context()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    String endpoint = method.name() + " " + pattern;
                    if (!PUBLIC.contains(endpoint)) {
                        endpoints.add(endpoint);
                    }
                }
            }
        }
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(14);
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String authorization : new String[] {null, "Bearer ", "Bearer not-a-token", "Basic YWRtaW46YWRtaW4=",
                    "Bearer ' OR '1'='1"}) {
                HttpResponse<String> r = send(method, path, authorization, method.equals("GET") || method.equals("DELETE") ? null : "{}");
                assertProblem(r, 401, "unauthenticated");
                assertThat(r.headers().firstValue("WWW-Authenticate")).as(endpoint).hasValue("Bearer");
            }
        }
        // an unknown path below /api/v1 is refused before anything reveals whether it exists
        assertProblem(send("GET", "/api/v1/nothing-here", null, null), 401, "unauthenticated");
    }

    @Test
    void publicEndpointsAnswerWithoutAToken() throws Exception {
        assertThat(send("GET", "/api/v1/hub", null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> docs = send("GET", "/v3/api-docs", null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/profiles", "/api/v1/sessions", "bearer");
        // the sealed ProfileDetails is documented as it travels: `type` picks one of the eight records
        var schemas = org.smilefactory.core.remote.ContractJson.mapper().readTree(docs.body())
                .path("components").path("schemas");
        var discriminator = schemas.path("ProfileDetails").path("discriminator");
        assertThat(discriminator.path("propertyName").asText()).isEqualTo("type");
        assertThat(discriminator.path("mapping").size()).isEqualTo(8);
        assertThat(discriminator.path("mapping").path("BUSINESS_INVESTOR").asText())
                .isEqualTo("#/components/schemas/InvestorDetails");
        assertThat(schemas.path("InvestorDetails").toString()).contains("ticketSizeMin");
        assertThat(send("GET", "/actuator/env", null, null).statusCode()).isIn(401, 404);
    }

    @Test
    void aSignedOutTokenIsRefused() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        assertThat(send("GET", "/api/v1/accounts/me", bearer(token), null).statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/v1/sessions/current", bearer(token), null).statusCode()).isEqualTo(204);
        assertProblem(send("GET", "/api/v1/accounts/me", bearer(token), null), 401, "unauthenticated");
        assertProblem(send("GET", "/api/v1/profiles/me", bearer(token), null), 401, "unauthenticated");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        assertThat(send("GET", "/api/v1/accounts/me", bearer(token), null).statusCode()).isEqualTo(200);
        // expired behind this server's back (as another instance or an admin tool would): the token
        // cache may accept it until its entry is TOKEN_CACHE_TTL old, never longer (decision 0014)
        server.localBackend().context().jdbc()
                .sql("UPDATE auth_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = ?")
                .param(sha256(token)).update();
        Thread.sleep(TOKEN_CACHE_TTL.toMillis() + 200);
        assertProblem(send("GET", "/api/v1/accounts/me", bearer(token), null), 401, "unauthenticated");
    }

    @Test
    void aTokenRevokedThroughThisServerIsRefusedAtOnceEvenWhileRemembered() throws Exception {
        String adminToken = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        Session member = Hubs.member(backend, admin, Role.USER, "Cached", "Token");
        String token = signIn(member.member().email(), Hubs.MEMBER_PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(send("GET", "/api/v1/accounts/me", bearer(token), null).statusCode()).isEqualTo(200);
        }
        assertThat(send("DELETE", "/api/v1/accounts/" + member.member().id() + "/sessions",
                bearer(adminToken), null).statusCode()).isEqualTo(204);
        assertProblem(send("GET", "/api/v1/accounts/me", bearer(token), null), 401, "unauthenticated");
    }

    @Test
    void tokensAreStoredOnlyAsHashes() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        List<String> stored = server.localBackend().context().jdbc().sql("SELECT token_hash FROM auth_tokens").query(String.class).list();
        assertThat(stored).isNotEmpty().doesNotContain(token);
        assertThat(stored).contains(sha256(token));
    }

    @Test
    void aMemberCannotEditAnotherMembersProfile() throws Exception {
        Session victim = Hubs.member(backend, admin, Role.USER, "Vic", "Tim");
        ProfileView before = victim.profiles().mine();
        String attacker = signIn(member("Mal", "Lory"), Hubs.MEMBER_PASSWORD);
        SaveProfile takeover = new SaveProfile(before.memberId(), before.version(), "Hacked", "Name", null, null, null,
                null, null, null, null, ProfileVisibility.PUBLIC, null);
        HttpResponse<String> r = send("PUT", "/api/v1/profiles", bearer(attacker), json(takeover));
        assertThat(r.statusCode()).isIn(403, 404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        HttpResponse<String> publish = send("POST", "/api/v1/profiles/" + before.memberId() + "/publish", bearer(attacker),
                "{\"expectedVersion\":" + before.version() + "}");
        assertThat(publish.statusCode()).isIn(403, 404, 400);
        ProfileView after = victim.profiles().mine();
        assertThat(after.firstName()).isEqualTo("Vic");
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void aPrivateProfileIsNotFoundForAnotherMember() throws Exception {
        Session owner = Hubs.member(backend, admin, Role.USER, "Pri", "Vate");
        ProfileView mine = owner.profiles().mine();
        owner.profiles().save(new SaveProfile(mine.memberId(), mine.version(), "Pri", "Vate", null, null, null, null,
                "Secret bio", null, null, ProfileVisibility.PRIVATE, null));
        String other = signIn(member("Cur", "Ious"), Hubs.MEMBER_PASSWORD);
        HttpResponse<String> r = send("GET", "/api/v1/profiles/" + mine.memberId(), bearer(other), null);
        assertProblem(r, 404, "not-found");
        assertThat(r.body()).doesNotContain("Secret bio");
    }

    @Test
    void sqlInjectionStringsChangeNothing() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        long members = countMembers();
        String[] attacks = {"' OR '1'='1", "'; DROP TABLE personal_details; --", "x') OR 1=1 --", "\\'; DELETE FROM auth_tokens; --",
                "%' UNION SELECT password_hash FROM personal_details --", "*:* | ! & ( ) <-> :*"};
        for (String attack : attacks) {
            String q = URLEncoder.encode(attack, StandardCharsets.UTF_8);
            for (String param : new String[] {"text", "location", "focus"}) {
                HttpResponse<String> r = send("GET", "/api/v1/profiles?" + param + "=" + q, bearer(token), null);
                if (r.statusCode() == 200) {
                    assertThat(ContractJson.mapper().readTree(r.body()).get("entries").size()).as(param + "=" + attack).isZero();
                } else {
                    assertThat(r.statusCode()).as(param + "=" + attack).isBetween(400, 499);
                }
            }
            assertThat(send("GET", "/api/v1/profiles?cursor=" + q, bearer(token), null).statusCode()).isBetween(400, 499);
            assertThat(send("GET", "/api/v1/profiles?types=" + q, bearer(token), null).statusCode()).isBetween(400, 499);
            assertThat(send("GET", "/api/v1/profiles/" + q, bearer(token), null).statusCode()).isBetween(400, 499);
            assertThat(send("GET", "/api/v1/profiles?limit=" + q, bearer(token), null).statusCode()).isBetween(400, 499);
            // sign-in with an injected email is just a wrong credential
            assertProblem(send("POST", "/api/v1/sessions", null,
                    "{\"email\":" + quote(attack) + ",\"password\":" + quote(attack) + "}"), 401, "unauthenticated");
        }
        assertThat(countMembers()).isEqualTo(members);
        assertThat(send("GET", "/api/v1/accounts/me", bearer(token), null).statusCode()).isEqualTo(200);
    }

    @Test
    void malformedWrongTypedAndUnknownFieldBodiesAreBadRequests() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        String email = Hubs.uniqueEmail("shape");
        String valid = "{\"email\":" + quote(email) + ",\"password\":\"" + Hubs.MEMBER_PASSWORD
                + "\",\"firstName\":\"Sha\",\"lastName\":\"Pe\",\"role\":\"USER\"";
        assertProblem(send("POST", "/api/v1/accounts", bearer(token), "{not json"), 400, "bad-request");
        assertProblem(send("POST", "/api/v1/accounts", bearer(token), valid), 400, "bad-request"); // truncated
        assertProblem(send("POST", "/api/v1/accounts", bearer(token), valid + "} trailing"), 400, "bad-request");
        assertProblem(send("POST", "/api/v1/accounts", bearer(token), valid + ",\"admin\":true}"), 400, "bad-request");
        assertProblem(send("POST", "/api/v1/accounts", bearer(token), valid.replace("\"USER\"", "\"ROOT\"") + "}"), 400, "bad-request");
        assertProblem(send("POST", "/api/v1/accounts", bearer(token), valid.replace("\"Sha\"", "{\"a\":1}") + "}"), 400, "bad-request");
        assertProblem(send("POST", "/api/v1/accounts", bearer(token), "[]"), 400, "bad-request");
        assertProblem(send("POST", "/api/v1/accounts", bearer(token), ""), 400, "bad-request");
        // nothing above created the member
        assertProblem(send("POST", "/api/v1/sessions", null,
                "{\"email\":" + quote(email) + ",\"password\":\"" + Hubs.MEMBER_PASSWORD + "\"}"), 401, "unauthenticated");

        UUID me = admin.member().id();
        assertProblem(send("POST", "/api/v1/profiles/" + me + "/publish", bearer(token), "{\"expectedVersion\":\"abc\"}"), 400, "bad-request");
        assertProblem(send("POST", "/api/v1/profiles/" + me + "/publish", bearer(token), "{\"expectedVersion\":\"1\"}"), 400, "bad-request");
        assertProblem(send("POST", "/api/v1/profiles/" + me + "/publish", bearer(token), "{\"expectedVersion\":null}"), 400, "bad-request");
        assertProblem(send("PUT", "/api/v1/profiles", bearer(token),
                "{\"memberId\":\"" + me + "\",\"expectedVersion\":0,\"details\":{\"type\":\"WIZARD\"}}"), 400, "bad-request");
        assertProblem(send("GET", "/api/v1/profiles?limit=many", bearer(token), null), 400, "bad-request");
        assertProblem(send("GET", "/api/v1/profiles/not-a-uuid", bearer(token), null), 400, "bad-request");
        assertProblem(send("PUT", "/api/v1/accounts/" + me + "/role", bearer(token), "{\"role\":\"GOD\"}"), 400, "bad-request");
        HttpResponse<String> wrongMediaType = http.send(request("POST", "/api/v1/accounts", bearer(token))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build(), collect());
        assertThat(wrongMediaType.statusCode()).isBetween(400, 499);
        assertThat(wrongMediaType.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(admin.profiles().mine().version()).isZero();
    }

    @Test
    void hugeBodiesAreRefused() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        ProfileView mine = admin.profiles().mine();
        String huge = json(new SaveProfile(mine.memberId(), mine.version(), "Big", "Body", null, null, null, null,
                "b".repeat(1024 * 1024), null, null, ProfileVisibility.PUBLIC, null));
        assertProblem(send("PUT", "/api/v1/profiles", bearer(token), huge), 413, "too-large");
        // the same without Content-Length (chunked): refused while reading
        HttpResponse<String> chunked = http.send(request("PUT", "/api/v1/profiles", bearer(token))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                .build(), collect());
        assertThat(chunked.statusCode()).isBetween(400, 499);
        assertThat(chunked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // unauthenticated huge bodies are refused too
        assertThat(send("POST", "/api/v1/sessions", null, huge).statusCode()).isBetween(400, 499);
        assertThat(admin.profiles().mine().version()).isEqualTo(mine.version());
    }

    @Test
    void validationProblemsNameTheirFields() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        HttpResponse<String> r = send("POST", "/api/v1/accounts", bearer(token),
                "{\"email\":\"nope\",\"password\":\"x\",\"firstName\":\"A\",\"lastName\":\"B\",\"role\":\"USER\"}");
        JsonNode problem = assertProblem(r, 400, "validation");
        List<String> fields = new ArrayList<>();
        problem.get("violations").forEach(v -> {
            fields.add(v.get("field").asString());
            assertThat(v.get("code").asString()).isNotBlank();
            assertThat(v.get("message").asString()).isNotBlank();
        });
        assertThat(fields).contains("email", "password");
    }

    @Test
    void failedSignInsAreThrottledPerAddressAcrossAccounts() throws Exception {
        // a fresh server so the address lock does not disturb the other tests
        try (TestServer own = TestServer.start()) {
            captureLogs();
            Backend b = own.remoteBackend();
            String email = Hubs.uniqueEmail("admin");
            b.completeSetup(Hubs.setup(email));
            for (int i = 0; i < 50; i++) {
                // a different (unknown) account each time: the per-account throttle never triggers
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(own.uri().resolve("/api/v1/sessions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"guess" + i + "@example.org\",\"password\":\"guess-" + i + "\"}"))
                        .build(), collect());
                assertThat(r.statusCode()).isEqualTo(401);
            }
            HttpResponse<String> locked = http.send(HttpRequest.newBuilder(own.uri().resolve("/api/v1/sessions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":" + quote(email) + ",\"password\":\"" + Hubs.ADMIN_PASSWORD + "\"}"))
                    .build(), collect());
            JsonNode problem = assertProblem(locked, 401, "unauthenticated");
            assertThat(problem.get("detail").asString()).contains("Too many failed sign-ins");
        }
    }

    // --- bad input (decision 0020): always a 4xx problem+json naming the field, never a 500, nothing written ---

    @Test
    void aNulInAnyTextIsRefusedWithAFieldMessage() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        long before = countRows();
        // sign-in needs no token: anyone could cause a 500 and a stack trace per request
        assertField(send("POST", "/api/v1/sessions", null, "{\"email\":\"x\\u0000@example.org\",\"password\":\"secret-pw\"}"),
                "validation", "email");
        assertField(send("POST", "/api/v1/groups/join-with-code", bearer(token), "{\"inviteCode\":\"AB\\u0000CD\"}"),
                "validation", "inviteCode");
        assertField(send("POST", "/api/v1/events/" + UUID.randomUUID() + "/check-ins", bearer(token),
                "{\"code\":\"T\\u0000X\"}"), "validation", "code");
        assertField(send("GET", "/api/v1/feed?tag=a%00b", bearer(token), null), "validation", "tag");
        for (String param : new String[] {"text", "location", "focus"}) {
            assertField(send("GET", "/api/v1/profiles?" + param + "=a%00b", bearer(token), null), "validation", param);
        }
        assertThat(countRows()).isEqualTo(before);
    }

    @Test
    void aQueryStringThatIsNotUtf8IsRefused() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        assertField(send("GET", "/api/v1/profiles?text=%FF", bearer(token), null), "validation", "text");
        assertField(send("GET", "/api/v1/feed?tag=%C3", bearer(token), null), "validation", "tag");
        // an encoded lone surrogate is not UTF-8 either
        assertField(send("GET", "/api/v1/groups?text=%ED%A0%80", bearer(token), null), "validation", "text");
    }

    @Test
    void loneSurrogatesAreRefusedNotStoredAsQuestionMarks() throws Exception {
        // a member of its own: the admin's profile stays untouched for the other tests
        Session member = Hubs.member(backend, admin, Role.USER, "Admin", "Min");
        String token = signIn(member.member().email(), Hubs.MEMBER_PASSWORD);
        ProfileView mine = member.profiles().mine();
        String body = profileBody(mine, "LONE").replace("\"LONE\"", "\"Ad\\ud800min\"");
        assertField(send("PUT", "/api/v1/profiles", bearer(token), body), "validation", "firstName");
        assertField(send("PUT", "/api/v1/profiles", bearer(token),
                profileBody(mine, "LONE").replace("\"LONE\"", "\"\\udc00\"")), "validation", "firstName");
        assertThat(member.profiles().mine().version()).isEqualTo(mine.version());
        // a proper pair (an emoji) is fine
        assertThat(send("PUT", "/api/v1/profiles", bearer(token),
                profileBody(mine, "LONE").replace("\"LONE\"", "\"Ad\\ud83d\\ude00\"")).statusCode()).isEqualTo(200);
        assertThat(member.profiles().mine().firstName()).isEqualTo("Ad\ud83d\ude00");
    }

    @Test
    void wrongJsonTypesAndDuplicateKeysAreRefusedWithTheField() throws Exception {
        // a member of its own: the admin's profile stays untouched for the other tests
        Session member = Hubs.member(backend, admin, Role.USER, "Admin", "Min");
        String token = signIn(member.member().email(), Hubs.MEMBER_PASSWORD);
        ProfileView mine = member.profiles().mine();
        assertField(send("PUT", "/api/v1/profiles", bearer(token),
                profileBody(mine, "NUM").replace("\"NUM\"", "12345")), "bad-request", "firstName");
        assertField(send("PUT", "/api/v1/profiles", bearer(token),
                profileBody(mine, "NUM").replace("\"NUM\"", "true")), "bad-request", "firstName");
        String innovator = profileBody(mine, "Admin").replace("\"details\":null",
                "\"details\":{\"type\":\"INNOVATOR\",\"teamSize\":2.5}");
        assertThat(innovator).contains("teamSize");
        assertField(send("PUT", "/api/v1/profiles", bearer(token), innovator), "bad-request", "details.teamSize");
        assertField(send("PUT", "/api/v1/profiles", bearer(token),
                profileBody(mine, "Admin").replace("\"firstName\":\"Admin\"", "\"firstName\":\"Admin\",\"firstName\":\"Evil\"")),
                "bad-request", "firstName");
        assertField(send("POST", "/api/v1/sessions", null, "{\"email\":" + quote(adminEmail) + ",\"email\":\"x@x.org\",\"password\":"
                + quote(Hubs.ADMIN_PASSWORD) + "}"), "bad-request", "email");
        assertThat(member.profiles().mine().version()).isEqualTo(mine.version());
    }

    @Test
    void negativeAndOversizedLimitsAreRefusedOnEveryList() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        List<String> lists = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (e.method().equals("GET") && e.limit() && !e.path().contains("{")) {
                lists.add(e.path());
            }
        }
        assertThat(lists).hasSizeGreaterThanOrEqualTo(10);
        for (String path : lists) {
            for (String limit : new String[] {"-1", "-2147483648", "1000000"}) {
                // the search names its limit after its record component
                assertField(send("GET", path + "?limit=" + limit, bearer(token), null), "validation",
                        path.endsWith("/search") ? "limitPerKind" : "limit");
            }
        }
    }

    @Test
    void anEmailAddressWithMarkupIsRefused() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        long members = countMembers();
        assertField(send("POST", "/api/v1/accounts", bearer(token), "{\"email\":\"<script>alert(1)</script>x@x.org\",\"password\":\""
                + Hubs.MEMBER_PASSWORD + "\",\"firstName\":\"Sc\",\"lastName\":\"Ript\",\"role\":\"USER\"}"), "validation", "email");
        assertThat(countMembers()).isEqualTo(members);
    }

    @Test
    void errorsTomcatAnswersItselfAreProblemsToo() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        HttpResponse<String> bigHeader = http.send(request("GET", "/api/v1/accounts/me", bearer(token))
                .header("X-Padding", "p".repeat(20 * 1024)).GET().build(), collect());
        assertTomcatProblem(bigHeader);
        assertTomcatProblem(send("GET", "/api/v1/profiles?text=" + "q".repeat(40 * 1024), bearer(token), null));
        for (String path : new String[] {"/media/..%2f..%2fetc%2fpasswd", "/media/%2e%2e/%2e%2e/etc/passwd",
                "/api/v1/media/..%2f..%2fetc%2fpasswd", "/api/v1/media/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/media/..%5c..%5cwin.ini"}) {
            HttpResponse<String> r = send("GET", path, bearer(token), null);
            assertTomcatProblem(r);
            assertThat(r.body()).doesNotContain("root:");
        }
        assertTomcatProblem(send("GET", "/error", null, null));
    }

    @Test
    void apiAnswersAreNotSniffedOrCached() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        for (HttpResponse<String> r : List.of(send("GET", "/api/v1/accounts/me", bearer(token), null),
                send("GET", "/api/v1/profiles/me", bearer(token), null),
                send("GET", "/api/v1/accounts/me", null, null),
                send("GET", "/api/v1/profiles?text=%FF", bearer(token), null))) {
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(r.uri().toString()).hasValue("nosniff");
            assertThat(r.headers().firstValue("Cache-Control")).as(r.uri().toString()).hasValue("no-store");
        }
    }

    /**
     * Every mapped endpoint that takes text (query parameters, JSON string fields) or a limit gets NUL,
     * invalid UTF-8, lone surrogates, wrong JSON types, duplicate keys and negative limits: each answer
     * is a 4xx problem, none a 500, and no table gains, loses or changes a row count.
     */
    @Test
    void badInputOnEveryEndpointIsA4xxProblemAndWritesNothing() throws Exception {
        String token = signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        signIn(adminEmail, Hubs.ADMIN_PASSWORD); // the sweep's own sign-in rows exist before the count
        var before = rowCounts();
        int probes = 0;
        List<Endpoint> all = endpoints();
        assertThat(all).hasSizeGreaterThanOrEqualTo(50);
        for (Endpoint e : all) {
            if (e.path().equals("/api/v1/sessions/current")) {
                continue; // DELETE signs the sweep's own token out; it takes no input
            }
            String path = e.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String auth = PUBLIC.contains(e.method() + " " + e.path()) ? null : bearer(token);
            for (String param : e.textParams()) {
                for (String bad : new String[] {"a%00b", "%FF", "%ED%A0%80", "%C3%28"}) {
                    assertBadInput(send(e.method(), path + "?" + param + "=" + bad, auth, bodyOrNull(e)), e, param);
                    probes++;
                }
            }
            if (e.limit()) {
                assertBadInput(send(e.method(), path + "?limit=-1", auth, bodyOrNull(e)), e, "limit");
                probes++;
            }
            for (var field : e.bodyFields().entrySet()) {
                String name = field.getKey();
                Class<?> type = field.getValue();
                List<String> values = new ArrayList<>();
                if (type == String.class) {
                    values.addAll(List.of("\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00\"", "12345", "true"));
                } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                    values.addAll(List.of("2.5", "\"7\""));
                }
                for (String v : values) {
                    assertBadInput(send(e.method(), path, auth, "{\"" + name + "\":" + v + "}"), e, name);
                    probes++;
                }
                String dup = type == String.class ? "\"x\"" : type == boolean.class || type == Boolean.class ? "true" : "1";
                assertBadInput(send(e.method(), path, auth, "{\"" + name + "\":" + dup + ",\"" + name + "\":" + dup + "}"), e, name);
                probes++;
            }
        }
        assertThat(probes).isGreaterThan(200);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(send("GET", "/api/v1/accounts/me", bearer(token), null).statusCode()).isEqualTo(200);
    }

    private record Endpoint(String method, String path, List<String> textParams, boolean limit,
                            java.util.Map<String, Class<?>> bodyFields) {
    }

    private List<Endpoint> endpoints() {
        RequestMappingHandlerMapping mapping = server.context()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            List<String> text = new ArrayList<>();
            boolean limit = false;
            java.util.Map<String, Class<?>> body = new java.util.LinkedHashMap<>();
            for (var p : handler.getMethodParameters()) {
                var rp = p.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
                if (rp != null) {
                    String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                    Class<?> t = p.getParameterType();
                    if (name.equals("limit")) {
                        limit = true;
                    } else if (t == String.class || java.util.Collection.class.isAssignableFrom(t)) {
                        text.add(name);
                    }
                }
                if (p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
                        && p.getParameterType().isRecord()) {
                    for (var c : p.getParameterType().getRecordComponents()) {
                        body.put(c.getName(), c.getType());
                    }
                }
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1")) {
                    for (var method : info.getMethodsCondition().getMethods()) {
                        endpoints.add(new Endpoint(method.name(), pattern, text, limit, body));
                    }
                }
            }
        });
        return endpoints;
    }

    private static String bodyOrNull(Endpoint e) {
        return e.method().equals("GET") || e.method().equals("DELETE") ? null : "{}";
    }

    private static void assertBadInput(HttpResponse<String> r, Endpoint e, String field) {
        String what = e.method() + " " + e.path() + " [" + field + "] -> " + r.statusCode() + " " + r.body();
        assertThat(r.statusCode()).as(what).isBetween(400, 499);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
        assertThat(r.body()).as(what).doesNotContain("Exception", "at org.");
    }

    private static void assertTomcatProblem(HttpResponse<String> r) {
        String what = r.uri() + " -> " + r.statusCode() + " " + r.body();
        assertThat(r.statusCode()).as(what).isBetween(400, 499);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
        JsonNode problem = ContractJson.mapper().readTree(r.body());
        assertThat(problem.get("type").asString()).as(what).startsWith("https://smilefactory.africa/problems/");
        assertThat(problem.get("status").asInt()).isEqualTo(r.statusCode());
        assertThat(r.body()).doesNotContain("<html", "Tomcat", "Exception");
    }

    /** A 400 problem of {@code kind} with a violation on {@code field} that has a message. */
    private static void assertField(HttpResponse<String> r, String kind, String field) {
        JsonNode problem = assertProblem(r, 400, kind);
        List<String> fields = new ArrayList<>();
        JsonNode violations = problem.get("violations");
        assertThat(violations).as(r.body()).isNotNull();
        violations.forEach(v -> {
            fields.add(v.get("field").asString());
            assertThat(v.get("message").asString()).isNotBlank();
        });
        assertThat(fields).as(r.body()).contains(field);
    }

    private static String profileBody(ProfileView mine, String firstName) {
        return json(new SaveProfile(mine.memberId(), mine.version(), firstName, "Min", null, null, null, null,
                null, null, null, ProfileVisibility.PUBLIC, null));
    }

    private long countRows() {
        return rowCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every table's row count, except the sign-in bookkeeping that a refused sign-in may touch by design. */
    private java.util.Map<String, Long> rowCounts() {
        var jdbc = server.localBackend().context().jdbc();
        List<String> tables = jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                + " AND tablename NOT LIKE 'flyway%' AND tablename <> 'auth_tokens' ORDER BY tablename").query(String.class).list();
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (String t : tables) {
            counts.put(t, jdbc.sql("SELECT count(*) FROM \"" + t + "\"").query(Long.class).single());
        }
        return counts;
    }

    // ---------------------------------------------------------------------------------------------

    /** Spring Boot resets logback when a server starts: (re)attach the capturing appender after each start. */
    private void captureLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        root.addAppender(logs);
    }

    private String member(String first, String last) {
        String email = Hubs.uniqueEmail(first.toLowerCase());
        admin.accounts().createMember(new org.smilefactory.core.api.accounts.CreateMember(email, Hubs.MEMBER_PASSWORD, first, last, Role.USER));
        return email;
    }

    private long countMembers() {
        return server.localBackend().context().jdbc().sql("SELECT count(*) FROM personal_details").query(Long.class).single();
    }

    private String signIn(String email, String password) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/sessions", null,
                "{\"email\":" + quote(email) + ",\"password\":" + quote(password) + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = ContractJson.mapper().readTree(r.body());
        assertThat(body.get("member").get("email").asString()).isEqualTo(email);
        String token = body.get("token").asString();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        tokens.add(token);
        return token;
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String quote(String s) {
        return ContractJson.mapper().writeValueAsString(s);
    }

    private static String json(Object value) {
        return ContractJson.mapper().writeValueAsString(value);
    }

    private HttpRequest.Builder request(String method, String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = request(method, path, authorization);
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), collect());
    }

    private HttpResponse.BodyHandler<String> collect() {
        return info -> HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8), s -> {
            bodies.add(s);
            return s;
        });
    }

    private static JsonNode assertProblem(HttpResponse<String> r, int status, String kind) {
        assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + " -> " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(r.uri().toString()).startsWith("application/problem+json");
        JsonNode problem = ContractJson.mapper().readTree(r.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://smilefactory.africa/problems/" + kind);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(r.body()).doesNotContain("Exception", "at org.", "at java.");
        return problem;
    }
}
