package org.smilefactory.ui.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mine against theirs, field by field, for a person to read: the offline change is a command
 * ({@code SaveProfile} as JSON, camelCase) and the server's side is its row(s) ({@code to_jsonb}, snake_case),
 * so fields are matched by name without case and underscores; nested objects (type details, a row per
 * table) are flattened. Ids, versions and timestamps are bookkeeping, not something to choose between.
 */
public final class ChangeDiff {

    /** One field: its name as the profile editor labels it, the two values, and whether they differ. */
    public record Field(String name, String mine, String theirs, boolean differs) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> BOOKKEEPING = Set.of("id", "memberid", "version", "expectedversion", "createdat",
            "updatedat", "passwordhash", "scanid", "registrationid", "eventid", "source", "profilecompletion",
            "lastloginat", "emailverified", "deletedat");

    private ChangeDiff() {
    }

    /** The fields of {@code mine}, each with the server's value; {@code theirs} may be null (rejected). */
    public static List<Field> fields(String mine, String theirs) {
        Map<String, String> mineFields = flatten(mine);
        Map<String, String> theirFields = flatten(theirs);
        Map<String, String> theirsByKey = new LinkedHashMap<>();
        theirFields.forEach((name, value) -> theirsByKey.putIfAbsent(key(name), value));
        List<Field> fields = new ArrayList<>();
        mineFields.forEach((name, value) -> {
            String key = key(name);
            if (BOOKKEEPING.contains(key)) {
                return;
            }
            if (theirs == null) {
                fields.add(new Field(name, value, null, false));
                return;
            }
            // commands say "visibility" where the row says "profile_visibility"
            String their = theirsByKey.containsKey(key) ? theirsByKey.get(key) : theirsByKey.get("profile" + key);
            if (their == null) {
                // the server's row does not carry this field: nothing to compare it with
                fields.add(new Field(name, value, "\u2014", false));
            } else {
                fields.add(new Field(name, value, their, !same(value, their)));
            }
        });
        return fields;
    }

    /**
     * Before against after, field by field, for a record of what was done (the audit log): every field
     * either side names, in the order they first appear, with {@code mine} the old value and
     * {@code theirs} the new one (empty when that side does not have it). Unlike {@link #fields} nothing
     * is left out as bookkeeping: an audit entry holds only what its action chose to keep.
     */
    public static List<Field> changes(String before, String after) {
        Map<String, String> was = flatten(before);
        Map<String, String> now = flatten(after);
        Map<String, String> names = new LinkedHashMap<>();
        was.keySet().forEach(name -> names.putIfAbsent(key(name), name));
        now.keySet().forEach(name -> names.putIfAbsent(key(name), name));
        Map<String, String> wasByKey = byKey(was);
        Map<String, String> nowByKey = byKey(now);
        List<Field> fields = new ArrayList<>();
        names.forEach((key, name) -> {
            String old = wasByKey.getOrDefault(key, "");
            String neu = nowByKey.getOrDefault(key, "");
            fields.add(new Field(name, old, neu, !old.equals(neu)));
        });
        return fields;
    }

    private static Map<String, String> byKey(Map<String, String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((name, value) -> out.putIfAbsent(key(name), value));
        return out;
    }

    /** Indented JSON for "all the data", or the text itself when it is not JSON. */
    public static String pretty(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (JacksonException e) {
            return json;
        }
    }

    private static Map<String, String> flatten(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node.isObject()) {
                flatten(node, out);
            } else {
                out.put("value", text(node));
            }
        } catch (JacksonException e) {
            out.put("value", json);
        }
        return out;
    }

    private static void flatten(JsonNode object, Map<String, String> out) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                flatten(value, out);
            } else {
                out.putIfAbsent(entry.getKey(), text(value));
            }
        }
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(ChangeDiff::text)
                    .collect(Collectors.joining(", "));
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static String key(String name) {
        return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** Enum values travel as MENTOR in commands and mentor in rows; blank and missing are the same. */
    private static boolean same(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
