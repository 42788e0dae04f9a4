package org.smilefactory.core.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.profiles.LocalProfileService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * EXPLAIN ANALYZE of the directory's queries, for {@code DirectoryBenchmark --explain}. The SQL
 * mirrors what {@code LocalProfileService.directory} builds (as of the commit that added this
 * benchmark); keep the two in step when the directory query changes. Each plan is shown twice: as
 * the planner builds it for the given values (custom plan, the first five executions of a pooled
 * prepared statement) and as a generic plan, which PostgreSQL may settle on after that.
 */
final class DirectoryExplain {

    private static final String VISIBLE_TO_VIEWER = LocalProfileService.VISIBLE_TO_VIEWER;
    private static final String ENTRY_COLUMNS = LocalProfileService.ENTRY_COLUMNS;

    private DirectoryExplain() {
    }

    static void run(CoreContext ctx, String viewerEmail, String typo) {
        UUID viewer = ctx.jdbc().sql("SELECT user_id FROM personal_details WHERE email = ?").param(viewerEmail)
                .query(UUID.class).single();
        String browse = "SELECT * FROM (SELECT " + ENTRY_COLUMNS + " FROM personal_details p WHERE p.deleted_at IS NULL"
                + " AND p.role <> 'kiosk' AND " + VISIBLE_TO_VIEWER + "%s) hits ORDER BY full_name, user_id LIMIT :limit";
        explain(ctx, "first page", browse.formatted(""), viewer, Map.of());
        explain(ctx, "type + location", browse.formatted(" AND p.profile_type = ANY(:types) AND p.location ILIKE :location"),
                viewer, Map.of("types", new String[] {"innovator"}, "location", "%Harare%"));
        explain(ctx, "focus filter", browse.formatted(" AND array_to_string(p.focus_tags, ' ') ILIKE :focus"),
                viewer, Map.of("focus", "%Fintech%"));
        String ranked = "SELECT * FROM (SELECT " + ENTRY_COLUMNS + ", greatest(word_similarity(:text, p.full_name), "
                + "ts_rank(p.search_vector, to_tsquery('english', :tsq)))::float8 AS score FROM personal_details p"
                + " WHERE p.deleted_at IS NULL AND p.role <> 'kiosk' AND " + VISIBLE_TO_VIEWER
                + " AND (:text <% p.full_name OR p.search_vector @@ to_tsquery('english', :tsq))) hits"
                + " ORDER BY score DESC, user_id LIMIT :limit";
        String[] words = typo.toLowerCase(Locale.ROOT).split(" ");
        explain(ctx, "name with a typo", ranked, viewer, Map.of("text", typo, "tsq", words[0] + ":* & " + words[1] + ":*"));
        explain(ctx, "word (irrigation)", ranked, viewer, Map.of("text", "irrigation", "tsq", "irrigation:*"));
        explain(ctx, "common word (fintech)", ranked, viewer, Map.of("text", "fintech", "tsq", "fintech:*"));
        explain(ctx, "prefix (agri)", ranked, viewer, Map.of("text", "agri", "tsq", "agri:*"));
    }

    private static void explain(CoreContext ctx, String title, String sql, UUID viewer, Map<String, Object> params) {
        for (boolean staff : new boolean[] {false, true}) {
            Map<String, Object> values = new LinkedHashMap<>(params);
            values.put("staff", staff);
            values.put("viewer", viewer);
            values.put("limit", 51);
            List<String> custom = ctx.tx().execute(status -> {
                var spec = ctx.jdbc().sql("EXPLAIN (ANALYZE, BUFFERS) " + sql);
                for (Map.Entry<String, Object> p : values.entrySet()) {
                    spec = spec.param(p.getKey(), p.getValue());
                }
                return spec.query(String.class).list();
            });
            print(title, staff, "custom", custom);
            print(title, staff, "generic", generic(ctx, sql, values));
        }
    }

    /**
     * A generic plan (what a pooled prepared statement settles on after five executions) cannot be
     * had through a one-off JDBC statement: PREPARE it with typed $n parameters, force the generic
     * plan and EXPLAIN the EXECUTE.
     */
    private static List<String> generic(CoreContext ctx, String sql, Map<String, Object> values) {
        List<String> names = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
            m.appendReplacement(positional, "\\$" + (names.indexOf(m.group(1)) + 1));
        }
        m.appendTail(positional);
        String types = names.stream().map(n -> TYPES.getOrDefault(n, "text")).collect(Collectors.joining(", "));
        String args = names.stream().map(n -> literal(values.get(n))).collect(Collectors.joining(", "));
        return ctx.tx().execute(status -> {
            JdbcClient jdbc = ctx.jdbc();
            jdbc.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
            jdbc.sql("PREPARE directory_explain (" + types + ") AS " + positional).update();
            try {
                return jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) EXECUTE directory_explain (" + args + ")").query(String.class).list();
            } finally {
                jdbc.sql("DEALLOCATE directory_explain").update();
            }
        });
    }

    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-z]+)\\b");

    private static final Map<String, String> TYPES = Map.of("staff", "boolean", "viewer", "uuid", "limit", "integer",
            "types", "text[]");

    private static String literal(Object value) {
        if (value instanceof String[] array) {
            return "ARRAY[" + Arrays.stream(array).map(DirectoryExplain::literal).collect(Collectors.joining(", ")) + "]";
        }
        if (value instanceof Boolean || value instanceof Integer) {
            return value.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    private static void print(String title, boolean staff, String kind, List<String> plan) {
        System.out.printf("%n--- %s, %s, %s plan%n", title, staff ? "staff" : "member", kind);
        plan.forEach(System.out::println);
    }
}
