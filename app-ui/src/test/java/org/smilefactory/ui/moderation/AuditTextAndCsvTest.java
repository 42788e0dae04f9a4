package org.smilefactory.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.sync.ChangeDiff;

class AuditTextAndCsvTest {

    private final AuditText text = new AuditText(Localization.english());

    private static AuditEntry staffEdit() {
        return new AuditEntry(UUID.randomUUID(), UUID.randomUUID(), "Sam Staff", "profile.edit", "profile", UUID.randomUUID(),
                "{\"bio\": \"My own words.\", \"location\": \"Harare\", \"visibility\": \"PUBLIC\"}",
                "{\"bio\": \"Cleaned, up \\\"by\\\" staff.\", \"location\": \"Bulawayo\", \"visibility\": \"CONNECTIONS_ONLY\"}",
                Instant.parse("2026-12-07T10:15:30Z"));
    }

    @Test
    void changesAreFieldByFieldInWords() {
        List<ChangeDiff.Field> fields = text.changes(staffEdit());
        assertThat(fields).extracting(ChangeDiff.Field::name).containsExactly("About you", "Location", "Who can see your profile");
        assertThat(fields.get(1).mine()).isEqualTo("Harare");
        assertThat(fields.get(1).theirs()).isEqualTo("Bulawayo");
        assertThat(fields.get(2).theirs()).isEqualTo("Connections only");
        assertThat(text.action("profile.edit")).isEqualTo("Profile edited by staff");
        assertThat(text.entity("profile")).isEqualTo("Profile");
        assertThat(text.summary(staffEdit())).contains("Location: Harare \u2192 Bulawayo");
        // a field or action without a label is still words, never a raw key
        assertThat(text.action("something.new_thing")).isEqualTo("Something new thing");
    }

    @Test
    void theCsvIsRfc4180WithCrlfQuotingAndFormulaGuard() {
        AuditEntry erased = new AuditEntry(UUID.randomUUID(), null, null, "member.role.change", "member", null,
                null, "{\"role\": \"=HYPERLINK(1)\"}", Instant.parse("2026-12-07T10:15:30Z"));
        AuditEntry formula = new AuditEntry(UUID.randomUUID(), UUID.randomUUID(), "=HYPERLINK(2)", "hub.setup", "hub", null,
                null, null, Instant.parse("2026-12-07T10:15:30Z"));
        StringWriter out = new StringWriter();
        AuditCsv.write(out, List.of(staffEdit(), erased, formula), text,
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.of("Africa/Harare")),
                "(erased member)");
        String csv = out.toString();
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("when,who,action,action_code,entity,entity_id,changes,before,after");
        assertThat(csv).doesNotContain("\n\n").endsWith("\r\n");
        assertThat(lines[1]).startsWith("2026-12-07 12:15:30,Sam Staff,Profile edited by staff,profile.edit,Profile,");
        // commas and quotes are quoted, inner quotes doubled
        assertThat(lines[1]).contains("\"About you: My own words. \u2192 Cleaned, up \"\"by\"\" staff.;");
        assertThat(lines[2]).contains("(erased member)").contains("Role: =HYPERLINK(1)");
        // a cell a spreadsheet would run as a formula gets an apostrophe
        assertThat(lines[3]).contains(",'=HYPERLINK(2),");
    }
}
