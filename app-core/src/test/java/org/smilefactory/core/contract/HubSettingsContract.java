package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.ai.AiSettings;
import org.smilefactory.core.api.ai.SaveAiSettings;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.core.api.moderation.AuditQuery;
import org.smilefactory.core.api.settings.AiEndpoint;
import org.smilefactory.core.api.settings.ConnectionCheck;
import org.smilefactory.core.api.settings.HubBasics;
import org.smilefactory.core.api.settings.HubSettings;
import org.smilefactory.core.api.settings.KioskDefaults;
import org.smilefactory.core.api.settings.SaveHubSettings;
import org.smilefactory.core.api.settings.TestAiEndpoint;
import org.smilefactory.core.testsupport.Hubs;

/**
 * Hub settings (issue 15, decision 0025) on any backend: one form under one version, the same rows
 * first-run setup wrote, the AI endpoints in the storage the suggestion service reads, admins only to
 * save. The hub is shared by the class, so every test reads the version it saves on.
 */
public abstract class HubSettingsContract extends ContractFixture {

    private MockWebServer ai;

    /** One model server per test, so a test takes only the requests it caused. */
    @BeforeEach
    void startAiServer() throws Exception {
        ai = new MockWebServer();
        ai.start();
    }

    @AfterEach
    void stopAiServer() {
        ai.close();
    }

    private static SaveHubSettings form(HubSettings s, String name, String zone, String currency, KioskDefaults kiosk) {
        return new SaveHubSettings(name, zone, currency, kiosk, null, s.version());
    }

    @Test
    void theHubAsFirstRunSetupLeftItIsWhatEveryoneSignedInReads() {
        HubSettings s = admin.hubSettings().settings();
        assertThat(s.hubName()).isNotBlank();
        assertThat(s.timeZone()).isNotBlank();
        assertThat(s.currency()).hasSize(3);
        assertThat(s.kiosk()).isNotNull();
        assertThat(backend.hubStatus().hubName()).isEqualTo(s.hubName());

        Session member = Hubs.member(backend, admin, Role.USER, "Reading", "Member");
        assertThat(member.hubSettings().basics()).isEqualTo(s.basics());
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Door", "Reader");
        assertThat(kiosk.hubSettings().basics()).isEqualTo(s.basics());
    }

    @Test
    void savedSettingsComeBackWithANewVersionEverywhereAndAStaleSaveIsAConflict() {
        HubSettings read = admin.hubSettings().settings();
        KioskDefaults kiosk = new KioskDefaults(9, false, true);
        HubSettings saved = admin.hubSettings().save(form(read, "  Harare Innovation Hub ", "Europe/Berlin", "zar", kiosk));
        assertThat(saved.version()).isGreaterThan(read.version());
        assertThat(saved.hubName()).isEqualTo("Harare Innovation Hub");
        assertThat(saved.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(saved.currency()).isEqualTo("ZAR");
        assertThat(saved.kiosk()).isEqualTo(kiosk);
        assertThat(admin.hubSettings().settings()).isEqualTo(saved);
        // one source of truth: the hub status before sign-in says the same
        assertThat(backend.hubStatus().hubName()).isEqualTo("Harare Innovation Hub");
        assertThat(backend.hubStatus().timeZone()).isEqualTo("Europe/Berlin");

        assertThatThrownBy(() -> admin.hubSettings().save(form(read, "Someone Else's Hub", "Africa/Harare", "USD", kiosk)))
                .isInstanceOf(ConflictException.class);
        assertThat(admin.hubSettings().settings()).isEqualTo(saved);
    }

    @Test
    void everyProblemOfTheFormIsNamedNextToItsFieldInOneRound() {
        HubSettings read = admin.hubSettings().settings();
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> admin.hubSettings().save(
                new SaveHubSettings("  ", "Mars/Olympus_Mons", "DOLLARS", new KioskDefaults(0, true, true),
                        new SaveAiSettings("ftp://models.example.org", "m", null, "not a url", "c", null), read.version())));
        assertThat(e.violationOf("hubName")).isPresent();
        assertThat(e.violationOf("timeZone")).isPresent();
        assertThat(e.violationOf("currency")).isPresent();
        assertThat(e.violationOf("kiosk.resultSeconds")).isPresent();
        assertThat(e.violationOf("embeddingUrl")).isPresent();
        assertThat(e.violationOf("chatUrl")).isPresent();
        assertThat(e.violations()).hasSize(6);

        ValidationException unknownCode = catchThrowableOfType(ValidationException.class, () -> admin.hubSettings().save(
                form(read, "Hub", "+02:00", "XYZ", KioskDefaults.DEFAULTS)));
        assertThat(unknownCode.violationOf("currency")).as("three letters, but no ISO 4217 currency").isPresent();
        assertThat(unknownCode.violationOf("timeZone")).as("an offset is not a region of the list").isPresent();
        assertThat(admin.hubSettings().settings()).isEqualTo(read);
    }

    @Test
    void onlyAdminsSaveStaffReadTheFormMembersAndKiosksOnlyTheBasics() {
        HubSettings current = admin.hubSettings().settings();
        SaveHubSettings same = form(current, current.hubName(), current.timeZone(), current.currency(), current.kiosk());
        TestAiEndpoint endpoint = new TestAiEndpoint(AiEndpoint.CHAT, ai.url("/").toString(), "m", null);
        Session member = Hubs.member(backend, admin, Role.USER, "Plain", "Member");
        assertThatThrownBy(() -> member.hubSettings().settings()).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> member.hubSettings().save(same)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> member.hubSettings().testConnection(endpoint)).isInstanceOf(PermissionDeniedException.class);
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Office", "Staff");
        assertThat(staff.hubSettings().settings()).isEqualTo(current);
        assertThatThrownBy(() -> staff.hubSettings().save(same)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> staff.hubSettings().testConnection(endpoint)).isInstanceOf(PermissionDeniedException.class);
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Door", "Kiosk");
        assertThatThrownBy(() -> kiosk.hubSettings().settings()).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> kiosk.hubSettings().save(same)).isInstanceOf(PermissionDeniedException.class);
        assertThat(admin.hubSettings().settings()).isEqualTo(current);
    }

    @Test
    void everySaveIsAuditedWithBeforeAndAfterAndNeverAKey() {
        HubSettings read = admin.hubSettings().settings();
        HubSettings saved = admin.hubSettings().save(new SaveHubSettings("Audited Hub", "America/New_York", "USD",
                KioskDefaults.DEFAULTS, new SaveAiSettings(null, null, null, "http://chat.example.org", "gpt-audit",
                "sk-very-secret-key"), read.version()));
        List<AuditEntry> changes = admin.moderation().auditLog(new AuditQuery(null, "hub.settings", null, null, null, null, 0))
                .entries();
        assertThat(changes).isNotEmpty();
        AuditEntry last = changes.get(0);
        assertThat(last.actorId()).isEqualTo(admin.member().id());
        assertThat(last.beforeJson()).contains("\"hubName\": \"" + read.hubName() + "\"");
        assertThat(last.afterJson()).contains("\"hubName\": \"Audited Hub\"").contains("America/New_York")
                .contains("gpt-audit").contains("\"ai.chatKeySet\": true");
        assertThat(last.beforeJson() + last.afterJson()).doesNotContain("sk-very-secret-key");
        assertThat(saved.ai().chatKeySet()).isTrue();
    }

    @Test
    void theAiEndpointsAreTheOnesTheSuggestionServiceStoresAndANullKeyKeepsTheStoredOne() {
        HubSettings read = admin.hubSettings().settings();
        HubSettings saved = admin.hubSettings().save(new SaveHubSettings(read.hubName(), read.timeZone(), read.currency(),
                read.kiosk(), new SaveAiSettings("", "", "", "http://llm.example.org/v1", "llama-3", "sk-kept"), read.version()));
        AiSettings viaSuggestions = admin.suggestions().settings();
        assertThat(viaSuggestions).isEqualTo(saved.ai());
        assertThat(viaSuggestions.chatUrl()).isEqualTo("http://llm.example.org/v1");
        assertThat(viaSuggestions.chatKeySet()).isTrue();

        HubSettings again = admin.hubSettings().save(new SaveHubSettings(read.hubName(), read.timeZone(), read.currency(),
                read.kiosk(), new SaveAiSettings("", "", "", "http://llm.example.org/v1", "llama-3", null), saved.version()));
        assertThat(again.ai().chatKeySet()).as("a null key keeps the stored one").isTrue();
        // a change through the suggestion service shows in the form
        admin.suggestions().saveSettings(new SaveAiSettings(null, null, null, "http://other.example.org", "m2", ""));
        assertThat(admin.hubSettings().settings().ai().chatUrl()).isEqualTo("http://other.example.org");
        assertThat(admin.hubSettings().settings().ai().chatKeySet()).isFalse();
    }

    @Test
    void aConnectionTestCallsTheChatEndpointWithTheStoredKeyAndSaysWhatAnswered() throws Exception {
        HubSettings read = admin.hubSettings().settings();
        admin.hubSettings().save(new SaveHubSettings(read.hubName(), read.timeZone(), read.currency(), read.kiosk(),
                new SaveAiSettings("", "", "", "http://stored.example.org", "stored-model", "sk-stored"), read.version()));
        ai.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"OK\"}}]}").build());
        ConnectionCheck check = admin.hubSettings().testConnection(
                new TestAiEndpoint(AiEndpoint.CHAT, ai.url("/v1").toString(), "tested-model", null));
        assertThat(check.ok()).isTrue();
        assertThat(check.message()).contains("tested-model").contains("OK");
        RecordedRequest request = ai.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-stored");
        assertThat(request.getBody().utf8()).contains("tested-model");
        assertThat(admin.hubSettings().settings().ai().chatUrl()).as("a test saves nothing").isEqualTo("http://stored.example.org");
    }

    @Test
    void aConnectionTestOfTheEmbeddingEndpointSaysHowLongItsVectorsAre() throws Exception {
        ai.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"data\":[{\"index\":0,\"embedding\":[0.1,0.2,0.3,0.4]}]}").build());
        ConnectionCheck check = admin.hubSettings().testConnection(
                new TestAiEndpoint(AiEndpoint.EMBEDDINGS, ai.url("/").toString(), "embed-small", "sk-typed"));
        assertThat(check.ok()).isTrue();
        assertThat(check.message()).contains("embed-small").contains("4");
        RecordedRequest request = ai.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getTarget()).isEqualTo("/v1/embeddings");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-typed");
    }

    @Test
    void aFailingOrUnreachableEndpointIsAnAnswerNotAnError() {
        ai.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":\"Incorrect API key provided\"}}").build());
        ConnectionCheck refused = admin.hubSettings().testConnection(
                new TestAiEndpoint(AiEndpoint.CHAT, ai.url("/").toString(), "m", "wrong"));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).contains("401");

        // a port nothing listens on (the mock server's, once closed)
        MockWebServer gone = new MockWebServer();
        String url;
        try {
            gone.start();
            url = gone.url("/").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            gone.close();
        }
        ConnectionCheck unreachable = admin.hubSettings().testConnection(new TestAiEndpoint(AiEndpoint.EMBEDDINGS, url, null, ""));
        assertThat(unreachable.ok()).isFalse();
        assertThat(unreachable.message()).isNotBlank();

        ValidationException bad = catchThrowableOfType(ValidationException.class, () -> admin.hubSettings()
                .testConnection(new TestAiEndpoint(AiEndpoint.CHAT, "localhost:1234", "m", null)));
        assertThat(bad.violationOf("url")).isPresent();
    }

    @Test
    void theBasicsAreTheFormWithoutTheAiEndpoints() {
        HubSettings s = admin.hubSettings().settings();
        HubBasics b = admin.hubSettings().basics();
        assertThat(b).isEqualTo(new HubBasics(s.hubName(), s.timeZone(), s.currency(), s.kiosk()));
    }
}
