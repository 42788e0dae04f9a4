package org.smilefactory.ui.moderation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.smilefactory.core.api.moderation.AuditEntry;

/**
 * The filtered audit log as RFC 4180 CSV (Commons CSV: CRLF line ends, fields with commas, quotes or
 * line breaks quoted, inner quotes doubled), one row per entry: the time in the hub's zone, who, the
 * action in words and as stored, the entity, the changes in words, and the raw before/after JSON for
 * whoever needs the exact record. A cell a spreadsheet would run as a formula ({@code = + - @}, tab, CR)
 * gets a leading apostrophe, as the attendee CSV does: the values come from members.
 */
public final class AuditCsv {

    static final List<String> HEADER = List.of("when", "who", "action", "action_code", "entity", "entity_id",
            "changes", "before", "after");

    private AuditCsv() {
    }

    public static void write(Writer out, List<AuditEntry> entries, AuditText text, DateTimeFormatter when,
                             String unknownActor) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(HEADER);
            for (AuditEntry e : entries) {
                csv.printRecord(List.of(when.format(e.at()),
                        guard(e.actorName() == null ? unknownActor : e.actorName()),
                        guard(text.action(e.action())), guard(e.action()), guard(text.entity(e.entityType())),
                        e.entityId() == null ? "" : e.entityId().toString(), guard(text.summary(e)),
                        guard(e.beforeJson()), guard(e.afterJson())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String guard(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
