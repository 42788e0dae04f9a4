package org.smilefactory.server.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.smilefactory.core.api.Session;

/**
 * A short-lived, per-instance memory of which live bearer token opened which session, so a burst of
 * reads does not look the same token up in the database on every request (decision 0014). Keyed by
 * the token's SHA-256, never the token itself.
 *
 * <p>What it may cost: a token revoked, expired or whose member changed <em>outside this instance</em>
 * (another server instance, an admin tool, the database directly) keeps working here for at most
 * {@code ttl}. Changes made <em>through this instance</em> are seen at once: every request that may
 * write (any method but GET, HEAD and OPTIONS) forgets every entry when it starts and again when it
 * ends, and while such a request runs nothing is read from or put into the cache. A lookup that
 * raced with a write is not remembered (the generation moved on).
 */
public final class TokenSessionCache {

    /** Far above the distinct tokens one instance sees in a few seconds; past it the cache starts over. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(Session session, long generation, long expiresAtNanos) {
    }

    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger writesInFlight = new AtomicInteger();

    public TokenSessionCache(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    TokenSessionCache(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.isNegative() ? 0 : ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** True when nothing is ever remembered ({@code ttl} of zero). */
    public boolean disabled() {
        return ttlNanos == 0;
    }

    /**
     * The session for a token hash: remembered if it was looked up less than {@code ttl} ago and no
     * write ran since, else {@code lookup} (the database) is asked and a live answer remembered.
     * Dead tokens are never remembered, so a token cannot be refused from memory.
     */
    public Optional<Session> get(String tokenHash, Function<String, Optional<Session>> lookup) {
        if (disabled() || writesInFlight.get() > 0) {
            return lookup.apply(tokenHash);
        }
        long gen = generation.get();
        long now = nanoTime.getAsLong();
        Entry e = entries.get(tokenHash);
        if (e != null && e.generation() == gen && now - e.expiresAtNanos() < 0) {
            return Optional.of(e.session());
        }
        Optional<Session> found = lookup.apply(tokenHash);
        if (found.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(tokenHash, new Entry(found.get(), gen, now + ttlNanos));
            // a write that started meanwhile may have ended a session this lookup still saw
            if (generation.get() != gen || writesInFlight.get() > 0) {
                entries.remove(tokenHash);
            }
        } else {
            entries.remove(tokenHash);
        }
        return found;
    }

    /** A request that may write is starting: forget everything and stop remembering until it ends. */
    public void writeStarted() {
        writesInFlight.incrementAndGet();
        forgetAll();
    }

    /** The request announced by {@link #writeStarted()} has ended (committed or not). */
    public void writeEnded() {
        forgetAll();
        writesInFlight.decrementAndGet();
    }

    private void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    int size() {
        return entries.size();
    }
}
