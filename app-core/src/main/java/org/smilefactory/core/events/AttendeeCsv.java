package org.smilefactory.core.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV of an attendee list: CRLF line ends, fields with commas, quotes or line breaks
 * quoted with inner quotes doubled. Cells a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or CR) get a leading apostrophe (OWASP "CSV injection"): a member's name is
 * theirs to choose, the organiser's spreadsheet is not.
 */
final class AttendeeCsv {

    static final List<String> HEADER = List.of("name", "email", "role", "status", "registered_at",
            "waitlisted_at", "checked_in_at");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringBuilder out = new StringBuilder();
    private final ZoneId zone;

    AttendeeCsv(ZoneId zone) {
        this.zone = zone;
        row(HEADER);
    }

    void row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
