package org.smilefactory.core.marketplace;

import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Paging;
import org.smilefactory.core.common.SqlValues;
import static org.smilefactory.core.common.SqlValues.db;
import static org.smilefactory.core.common.SqlValues.escapeLike;
import static org.smilefactory.core.common.SqlValues.en;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.marketplace.ListingPage;
import org.smilefactory.core.api.marketplace.ListingQuery;
import org.smilefactory.core.api.marketplace.ListingStatus;
import org.smilefactory.core.api.marketplace.ListingType;
import org.smilefactory.core.api.marketplace.ListingView;
import org.smilefactory.core.api.marketplace.MarketplaceService;
import org.smilefactory.core.api.marketplace.MoveTransaction;
import org.smilefactory.core.api.marketplace.SaveListing;
import org.smilefactory.core.api.marketplace.StartTransaction;
import org.smilefactory.core.api.marketplace.TransactionStatus;
import org.smilefactory.core.api.marketplace.TransactionView;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.PageCursors;
import org.smilefactory.core.common.Problems;
import org.smilefactory.core.notifications.Notifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The local implementation of {@link MarketplaceService}, acting as and authorised for one actor.
 *
 * <p>Expiry is computed, not swept: an active listing whose {@code expires_at} has passed reads as
 * EXPIRED and drops out of browsing at once, without a background job (see decision 11). Writes that
 * touch a listing and its transactions lock the listing row first, then the transactions, everywhere,
 * so completing one deal and removing the listing cannot deadlock or both win.
 */
public final class LocalMarketplaceService implements MarketplaceService {

    private static final int MAX_TAGS = 20;
    private static final int MAX_TAG = 50;
    private static final int MAX_IMAGES = 10;
    private static final int MAX_URL = 2000;
    private static final int MAX_TRANSACTIONS = 200;
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The status members see: active past its expiry date is expired. */
    private static final String EFFECTIVE_STATUS =
            "CASE WHEN l.status = 'active' AND l.expires_at <= :now THEN 'expired' ELSE l.status END";

    private static final String LISTING_COLUMNS = """
            l.id, l.version, l.title, l.description, l.category, l.listing_type, l.price, l.currency, l.negotiable,
            l.location, l.tags, l.images, l.contact_method, l.view_count, l.expires_at, l.seller_id, l.created_at,
            l.updated_at, coalesce(nullif(s.full_name, ''), s.email) AS seller_name,
            """ + EFFECTIVE_STATUS + " AS effective_status";

    private static final String TRANSACTION_SELECT = """
            SELECT t.id, t.version, t.listing_id, l.title, t.seller_id, t.buyer_id, t.amount, t.currency, t.status,
                   t.message, t.created_at, t.updated_at,
                   coalesce(nullif(sp.full_name, ''), sp.email) AS seller_name,
                   coalesce(nullif(bp.full_name, ''), bp.email) AS buyer_name
            FROM marketplace_transactions t
            JOIN marketplace_listings l ON l.id = t.listing_id
            JOIN personal_details sp ON sp.user_id = t.seller_id
            JOIN personal_details bp ON bp.user_id = t.buyer_id
            """;

    /** Removed listings only for their seller, staff, and the buyers who dealt on them. */
    private static final String VISIBLE_TO_VIEWER = """
            (l.status <> 'removed' OR :staff OR l.seller_id = :viewer OR EXISTS (
                SELECT 1 FROM marketplace_transactions vt WHERE vt.listing_id = l.id AND vt.buyer_id = :viewer))""";

    private final CoreContext context;
    private final Actor actor;
    private final JdbcClient jdbc;

    public LocalMarketplaceService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
        this.jdbc = context.jdbc();
    }

    // ---------------------------------------------------------------------------------------------
    // listings
    // ---------------------------------------------------------------------------------------------

    @Override
    public ListingPage browse(ListingQuery query) {
        actor.requireNotKiosk();
        int limit = Paging.limit(query.limit(), ListingQuery.DEFAULT_LIMIT, ListingQuery.MAX_LIMIT);
        String text = query.text() == null ? "" : query.text().trim();
        Problems problems = new Problems().text("text", text, 200)
                .text("category", query.category(), SaveListing.MAX_CATEGORY)
                .text("location", query.location(), SaveListing.MAX_LOCATION)
                .money("minPrice", query.minPrice(), SaveListing.MAX_PRICE)
                .money("maxPrice", query.maxPrice(), SaveListing.MAX_PRICE);
        if (query.minPrice() != null && query.maxPrice() != null && query.minPrice().compareTo(query.maxPrice()) > 0) {
            problems.add("minPrice", "above-max", Messages.get("marketplace.priceRange"));
        }
        problems.throwIfAny();
        String[] cursor = PageCursors.decode(query.cursor(), 2, "marketplace.invalidCursor");
        Instant cursorAt = null;
        UUID cursorId = null;
        if (cursor != null) {
            try {
                cursorAt = Instant.parse(cursor[0]);
                cursorId = UUID.fromString(cursor[1]);
            } catch (RuntimeException e) {
                throw PageCursors.invalid("marketplace.invalidCursor");
            }
        }
        String tsq = WORD.matcher(text.toLowerCase(Locale.ROOT)).results()
                .map(r -> r.group() + ":*").limit(8).collect(Collectors.joining(" & "));
        StringBuilder sql = new StringBuilder("SELECT ").append(LISTING_COLUMNS)
                .append(" FROM marketplace_listings l JOIN personal_details s ON s.user_id = l.seller_id WHERE ");
        Map<String, Object> params = new HashMap<>();
        params.put("now", Timestamp.from(context.clock().instant()));
        params.put("limit", limit + 1);
        if (query.mine()) {
            sql.append("l.seller_id = :viewer");
            params.put("viewer", actor.memberId());
        } else {
            sql.append("l.status = 'active' AND (l.expires_at IS NULL OR l.expires_at > :now)");
        }
        List<String> types = query.types() == null ? List.of() : query.types().stream().map(SqlValues::db).sorted().toList();
        if (!types.isEmpty()) {
            sql.append(" AND l.listing_type = ANY(:types)");
            params.put("types", types.toArray(String[]::new));
        }
        if (query.category() != null && !query.category().isBlank()) {
            sql.append(" AND lower(l.category) = lower(:category)");
            params.put("category", query.category().trim());
        }
        if (query.minPrice() != null) {
            sql.append(" AND l.price >= :minPrice");
            params.put("minPrice", query.minPrice());
        }
        if (query.maxPrice() != null) {
            sql.append(" AND l.price <= :maxPrice");
            params.put("maxPrice", query.maxPrice());
        }
        if (query.location() != null && !query.location().isBlank()) {
            sql.append(" AND l.location ILIKE :location");
            params.put("location", "%" + escapeLike(query.location().trim()) + "%");
        }
        if (!text.isEmpty()) {
            // words go to the stored tsvector (GIN, prefix per word); text without a word (punctuation) is a substring
            if (tsq.isEmpty()) {
                sql.append(" AND l.title ILIKE :like");
                params.put("like", "%" + escapeLike(text) + "%");
            } else {
                sql.append(" AND l.search_vector @@ to_tsquery('english', :tsq)");
                params.put("tsq", tsq);
            }
        }
        if (cursor != null) {
            sql.append(" AND (l.created_at, l.id) < (:cat, :cid)");
            params.put("cat", Timestamp.from(cursorAt));
            params.put("cid", cursorId);
        }
        sql.append(" ORDER BY l.created_at DESC, l.id DESC LIMIT :limit");
        List<ListingView> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> listing(rs)).list();
        String next = null;
        if (rows.size() > limit) {
            ListingView last = rows.get(limit - 1);
            next = PageCursors.encode(last.createdAt().toString(), last.id().toString());
            rows = rows.subList(0, limit);
        }
        return new ListingPage(List.copyOf(rows), next);
    }

    @Override
    public ListingView get(UUID listingId) {
        actor.requireNotKiosk();
        ListingView listing = load(listingId).orElseThrow(LocalMarketplaceService::notFound);
        if (!actor.is(listing.sellerId())) {
            // views are a counter, not an edit: neither the version nor updated_at moves
            jdbc.sql("UPDATE marketplace_listings SET view_count = view_count + 1 WHERE id = ?").param(listingId).update();
            return load(listingId).orElseThrow(LocalMarketplaceService::notFound);
        }
        return listing;
    }

    @Override
    public ListingView create(SaveListing command) {
        actor.requireNotKiosk();
        validate(command, null);
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO marketplace_listings (id, title, description, category, listing_type, price, currency,
                    negotiable, seller_id, location, tags, images, contact_method, expires_at, created_at, updated_at)
                VALUES (:id, :title, :description, :category, :type, :price, :currency, :negotiable, :seller,
                    :location, :tags, :images, :contact, :expires, now(), now())
                """)
                .params(fields(command)).param("id", id).param("seller", actor.memberId())
                .update();
        return load(id).orElseThrow();
    }

    @Override
    public ListingView update(SaveListing command) {
        actor.requireNotKiosk();
        if (command.listingId() == null) {
            throw new ValidationException(List.of(new Violation("listingId", "required", Messages.get("validation.required"))));
        }
        ListingView current = requireSeller(command.listingId());
        validate(command, current.expiresAt());
        int updated = jdbc.sql("""
                UPDATE marketplace_listings SET title = :title, description = :description, category = :category,
                  listing_type = :type, price = :price, currency = :currency, negotiable = :negotiable,
                  location = :location, tags = :tags, images = :images, contact_method = :contact,
                  expires_at = :expires, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """)
                .params(fields(command)).param("id", command.listingId()).param("version", command.expectedVersion())
                .update();
        if (updated == 0) {
            throw new ConflictException(Messages.get("marketplace.staleVersion"));
        }
        ListingView after = load(command.listingId()).orElseThrow();
        if (!actor.is(current.sellerId())) {
            // staff editing someone else's listing is audited; the seller's own edits are not
            AuditLog.recordChanges(jdbc, actor.memberId(), "listing.edit", "listing", after.id(), audited(current),
                    audited(after));
        }
        return after;
    }

    private static Map<String, Object> audited(ListingView l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", l.title());
        m.put("description", l.description());
        m.put("category", l.category());
        m.put("type", l.type() == null ? null : l.type().name());
        m.put("price", l.price() == null ? null : l.price().toPlainString());
        m.put("currency", l.currency());
        m.put("negotiable", l.negotiable());
        m.put("location", l.location());
        m.put("contactMethod", l.contactMethod());
        m.put("status", l.status() == null ? null : l.status().name());
        return m;
    }

    @Override
    public ListingView remove(UUID listingId, long expectedVersion) {
        actor.requireNotKiosk();
        ListingView current = requireSeller(listingId);
        context.tx().executeWithoutResult(status -> {
            lockListing(listingId);
            int updated = jdbc.sql("""
                    UPDATE marketplace_listings SET status = 'removed', version = version + 1, updated_at = now()
                    WHERE id = ? AND version = ?
                    """).params(listingId, expectedVersion).update();
            if (updated == 0) {
                throw new ConflictException(Messages.get("marketplace.staleVersion"));
            }
            cancelOpenTransactions(listingId, null);
            if (!actor.is(current.sellerId())) {
                // a staff takedown of someone else's listing
                AuditLog.record(jdbc, actor.memberId(), "listing.remove", "listing", listingId,
                        Map.of("status", String.valueOf(current.status()), "title", current.title()),
                        Map.of("status", "REMOVED", "seller", String.valueOf(current.sellerId())));
            }
        });
        return load(listingId).orElseThrow();
    }

    private ListingView requireSeller(UUID listingId) {
        ListingView current = load(listingId).orElseThrow(LocalMarketplaceService::notFound);
        if (!actor.is(current.sellerId()) && !actor.isStaff()) {
            throw new PermissionDeniedException(Messages.get("marketplace.notYours"));
        }
        return current;
    }

    private void validate(SaveListing c, Instant currentExpiry) {
        Problems p = new Problems()
                .requiredText("title", c.title(), SaveListing.MAX_TITLE)
                .requiredText("description", c.description(), SaveListing.MAX_DESCRIPTION)
                .requiredText("category", c.category(), SaveListing.MAX_CATEGORY)
                .required("type", c.type())
                .money("price", c.price(), SaveListing.MAX_PRICE)
                .matches("currency", c.currency(), CURRENCY, "invalid-currency", "marketplace.invalidCurrency")
                .text("location", c.location(), SaveListing.MAX_LOCATION)
                .text("contactMethod", c.contactMethod(), SaveListing.MAX_CONTACT)
                .list("tags", c.tags(), MAX_TAGS, MAX_TAG)
                .list("images", c.images(), MAX_IMAGES, MAX_URL);
        if (c.images() != null) {
            for (String url : c.images()) {
                if (url != null && !url.isBlank() && !isHttpUrl(url.trim())) {
                    p.add("images", "invalid-url", Messages.get("marketplace.invalidUrl"));
                }
            }
        }
        // an unchanged expiry may lie in the past (the listing expired); a new one must not
        if (c.expiresAt() != null && !c.expiresAt().equals(currentExpiry) && !c.expiresAt().isAfter(context.clock().instant())) {
            p.add("expiresAt", "in-past", Messages.get("marketplace.expiryInPast"));
        }
        p.throwIfAny();
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Map<String, Object> fields(SaveListing c) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", c.title().trim());
        m.put("description", c.description().trim());
        m.put("category", c.category().trim());
        m.put("type", db(c.type()));
        m.put("price", c.price());
        m.put("currency", c.currency() == null || c.currency().isBlank() ? "USD" : c.currency());
        m.put("negotiable", c.negotiable());
        m.put("location", trim(c.location()));
        m.put("tags", strings(c.tags()));
        m.put("images", strings(c.images()));
        m.put("contact", trim(c.contactMethod()));
        m.put("expires", c.expiresAt() == null ? null : Timestamp.from(c.expiresAt()));
        return m;
    }

    private Optional<ListingView> load(UUID listingId) {
        if (listingId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + LISTING_COLUMNS
                        + " FROM marketplace_listings l JOIN personal_details s ON s.user_id = l.seller_id WHERE l.id = :id AND "
                        + VISIBLE_TO_VIEWER)
                .param("id", listingId).param("now", Timestamp.from(context.clock().instant()))
                .param("viewer", actor.memberId()).param("staff", actor.isStaff())
                .query((rs, n) -> listing(rs)).optional();
    }

    private static ListingView listing(ResultSet rs) throws SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new ListingView(
                rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("title"), rs.getString("description"),
                rs.getString("category"), en(ListingType.class, rs.getString("listing_type")), rs.getBigDecimal("price"),
                rs.getString("currency"), rs.getBoolean("negotiable"), rs.getString("location"),
                list(rs.getArray("tags")), list(rs.getArray("images")), rs.getString("contact_method"),
                rs.getInt("view_count"), en(ListingStatus.class, rs.getString("effective_status")),
                expires == null ? null : expires.toInstant(), rs.getObject("seller_id", UUID.class),
                rs.getString("seller_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    // ---------------------------------------------------------------------------------------------
    // transactions
    // ---------------------------------------------------------------------------------------------

    @Override
    public TransactionView startTransaction(StartTransaction command) {
        actor.requireNotKiosk();
        new Problems().required("listingId", command.listingId())
                .money("amount", command.amount(), SaveListing.MAX_PRICE)
                .text("message", command.message(), StartTransaction.MAX_MESSAGE)
                .throwIfAny();
        UUID me = actor.memberId();
        UUID id = Ids.next();
        context.tx().executeWithoutResult(status -> {
            LockedListing l = lockListing(command.listingId());
            if (l == null || (l.status().equals("removed") && !actor.isStaff() && !actor.is(l.sellerId()))) {
                throw notFound();
            }
            if (actor.is(l.sellerId())) {
                throw new ValidationException(List.of(new Violation("listingId", "own-listing", Messages.get("marketplace.ownListing"))));
            }
            String effective = l.effectiveStatus(context.clock().instant());
            if (!effective.equals("active")) {
                throw new ConflictException(Messages.get("marketplace.notActive", effective));
            }
            long open = jdbc.sql("""
                    SELECT count(*) FROM marketplace_transactions
                    WHERE listing_id = ? AND buyer_id = ? AND status IN ('initiated', 'negotiating', 'agreed')
                    """).params(l.id(), me).query(Long.class).single();
            if (open > 0) {
                throw new ConflictException(Messages.get("marketplace.alreadyOpen"));
            }
            jdbc.sql("""
                    INSERT INTO marketplace_transactions (id, listing_id, seller_id, buyer_id, amount, currency, status,
                                                          message, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'initiated', ?, now(), now())
                    """).params(id, l.id(), l.sellerId(), me, command.amount() != null ? command.amount() : l.price(),
                            l.currency(), trim(command.message()))
                    .update();
            Notifier.notify(jdbc, l.sellerId(), "transaction_update", me, "marketplace_transaction", id,
                    Messages.get("marketplace.notify.started", name(me), l.title()), trim(command.message()));
        });
        return transaction(id);
    }

    @Override
    public TransactionView move(MoveTransaction command) {
        actor.requireNotKiosk();
        new Problems().required("transactionId", command.transactionId()).required("to", command.to())
                .money("amount", command.amount(), SaveListing.MAX_PRICE)
                .text("message", command.message(), StartTransaction.MAX_MESSAGE)
                .throwIfAny();
        TransactionView seen = transaction(command.transactionId());
        UUID me = actor.memberId();
        context.tx().executeWithoutResult(status -> {
            // listing first, then the transaction: the same lock order as remove()
            LockedListing listing = lockListing(seen.listingId());
            TxRow t = jdbc.sql("SELECT status, version, seller_id, buyer_id FROM marketplace_transactions WHERE id = ? FOR UPDATE")
                    .param(command.transactionId())
                    .query((rs, n) -> new TxRow(en(TransactionStatus.class, rs.getString("status")), rs.getLong("version"),
                            rs.getObject("seller_id", UUID.class), rs.getObject("buyer_id", UUID.class)))
                    .single();
            if (t.version() != command.expectedVersion()) {
                throw new ConflictException(Messages.get("marketplace.staleVersion"));
            }
            if (!t.status().next().contains(command.to())) {
                throw new ValidationException(List.of(new Violation("to", "invalid-transition",
                        Messages.get("marketplace.invalidTransition", label(t.status()), label(command.to())))));
            }
            if (command.to() == TransactionStatus.AGREED) {
                // agreement is exclusive: the listing row lock above serialises two buyers agreeing at
                // once; the partial unique index of V71 backs this up for any other writer
                long agreedElsewhere = jdbc.sql("""
                        SELECT count(*) FROM marketplace_transactions
                        WHERE listing_id = ? AND status = 'agreed' AND id <> ?
                        """).params(listing.id(), command.transactionId()).query(Long.class).single();
                if (agreedElsewhere > 0) {
                    throw new ConflictException(Messages.get("marketplace.alreadyAgreed", listing.title()));
                }
            }
            if (command.to() == TransactionStatus.COMPLETED) {
                if (!listing.status().equals("active")) {
                    throw new ConflictException(Messages.get("marketplace.notActive", listing.status()));
                }
                jdbc.sql("""
                        UPDATE marketplace_listings SET status = 'sold', version = version + 1, updated_at = now()
                        WHERE id = ?
                        """).param(listing.id()).update();
            }
            jdbc.sql("""
                    UPDATE marketplace_transactions SET status = :to, amount = coalesce(:amount, amount),
                      message = coalesce(:message, message), version = version + 1, updated_at = now()
                    WHERE id = :id
                    """)
                    .param("to", db(command.to())).param("amount", command.amount())
                    .param("message", trim(command.message())).param("id", command.transactionId())
                    .update();
            UUID other = me.equals(t.sellerId()) ? t.buyerId() : t.sellerId();
            Notifier.notify(jdbc, other, "transaction_update", me, "marketplace_transaction", command.transactionId(),
                    Messages.get("marketplace.notify.moved", name(me), listing.title(), label(command.to())),
                    trim(command.message()));
            if (command.to() == TransactionStatus.COMPLETED) {
                cancelOpenTransactions(listing.id(), command.transactionId());
            }
        });
        return transaction(command.transactionId());
    }

    @Override
    public TransactionView transaction(UUID transactionId) {
        actor.requireNotKiosk();
        if (transactionId == null) {
            throw transactionNotFound();
        }
        return jdbc.sql(TRANSACTION_SELECT + " WHERE t.id = :id AND (t.buyer_id = :me OR t.seller_id = :me)")
                .param("id", transactionId).param("me", actor.memberId())
                .query((rs, n) -> transaction(rs)).optional()
                .orElseThrow(LocalMarketplaceService::transactionNotFound);
    }

    @Override
    public List<TransactionView> myTransactions() {
        actor.requireNotKiosk();
        return jdbc.sql(TRANSACTION_SELECT + """
                 WHERE t.id IN (SELECT id FROM marketplace_transactions WHERE buyer_id = :me
                                UNION ALL SELECT id FROM marketplace_transactions WHERE seller_id = :me)
                 ORDER BY t.updated_at DESC, t.id DESC LIMIT :limit
                """).param("me", actor.memberId()).param("limit", MAX_TRANSACTIONS)
                .query((rs, n) -> transaction(rs)).list();
    }

    private void cancelOpenTransactions(UUID listingId, UUID except) {
        List<Map.Entry<UUID, UUID>> cancelled = jdbc.sql("""
                UPDATE marketplace_transactions SET status = 'cancelled', version = version + 1, updated_at = now()
                WHERE listing_id = :listing AND status IN ('initiated', 'negotiating', 'agreed')
                  AND (CAST(:except AS uuid) IS NULL OR id <> :except)
                RETURNING id, buyer_id
                """).param("listing", listingId).param("except", except)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getObject("buyer_id", UUID.class))).list();
        String title = jdbc.sql("SELECT title FROM marketplace_listings WHERE id = ?").param(listingId).query(String.class).single();
        for (Map.Entry<UUID, UUID> c : cancelled) {
            Notifier.notify(jdbc, c.getValue(), "transaction_update", actor.memberId(), "marketplace_transaction", c.getKey(),
                    Messages.get("marketplace.notify.moved", name(actor.memberId()), title, label(TransactionStatus.CANCELLED)), null);
        }
    }

    private TransactionView transaction(ResultSet rs) throws SQLException {
        TransactionStatus status = en(TransactionStatus.class, rs.getString("status"));
        return new TransactionView(
                rs.getObject("id", UUID.class), rs.getLong("version"), rs.getObject("listing_id", UUID.class),
                rs.getString("title"), rs.getObject("seller_id", UUID.class), rs.getString("seller_name"),
                rs.getObject("buyer_id", UUID.class), rs.getString("buyer_name"), rs.getBigDecimal("amount"),
                rs.getString("currency"), status, rs.getString("message"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), status.next());
    }

    record LockedListing(UUID id, UUID sellerId, String status, Instant expiresAt, String title, BigDecimal price,
                         String currency) {

        String effectiveStatus(Instant now) {
            return status.equals("active") && expiresAt != null && !expiresAt.isAfter(now) ? "expired" : status;
        }
    }

    record TxRow(TransactionStatus status, long version, UUID sellerId, UUID buyerId) {
    }

    private LockedListing lockListing(UUID listingId) {
        return jdbc.sql("""
                SELECT id, seller_id, status, expires_at, title, price, currency
                FROM marketplace_listings WHERE id = ? FOR UPDATE
                """).param(listingId)
                .query((rs, n) -> {
                    Timestamp exp = rs.getTimestamp("expires_at");
                    return new LockedListing(rs.getObject("id", UUID.class), rs.getObject("seller_id", UUID.class),
                            rs.getString("status"), exp == null ? null : exp.toInstant(), rs.getString("title"),
                            rs.getBigDecimal("price"), rs.getString("currency"));
                }).optional().orElse(null);
    }

    private String name(UUID memberId) {
        return jdbc.sql("SELECT coalesce(nullif(full_name, ''), email) FROM personal_details WHERE user_id = ?")
                .param(memberId).query(String.class).single();
    }

    private static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static NotFoundException notFound() {
        return new NotFoundException(Messages.get("marketplace.notFound"));
    }

    private static NotFoundException transactionNotFound() {
        return new NotFoundException(Messages.get("marketplace.transactionNotFound"));
    }



    private static List<String> list(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static String[] strings(List<String> values) {
        if (values == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String s = trim(v);
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        return out.toArray(String[]::new);
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

}
