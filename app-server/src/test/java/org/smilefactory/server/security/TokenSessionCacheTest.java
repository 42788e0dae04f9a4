package org.smilefactory.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Session;

/** What the token cache may remember, for how long, and what makes it forget (decision 0014). */
class TokenSessionCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final TokenSessionCache cache = new TokenSessionCache(Duration.ofSeconds(5), now::get);
    private final Session session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Session.class}, (p, m, a) -> switch (m.getName()) {
                case "equals" -> p == a[0];
                case "hashCode" -> System.identityHashCode(p);
                default -> null;
            });
    private final AtomicInteger lookups = new AtomicInteger();

    private Optional<Session> live(String hash) {
        lookups.incrementAndGet();
        return Optional.of(session);
    }

    private Optional<Session> dead(String hash) {
        lookups.incrementAndGet();
        return Optional.empty();
    }

    @Test
    void aLiveTokenIsLookedUpOncePerTtl() {
        assertThat(cache.get("h", this::live)).contains(session);
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(cache.get("h", this::dead)).contains(session);
        assertThat(lookups).hasValue(1);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        // the TTL is over: the database says the token is dead now, and it is refused
        assertThat(cache.get("h", this::dead)).isEmpty();
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aDeadTokenIsNeverRemembered() {
        assertThat(cache.get("h", this::dead)).isEmpty();
        assertThat(cache.get("h", this::live)).contains(session);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aWriteForgetsEverythingAndNothingIsRememberedWhileItRuns() {
        cache.get("h", this::live);
        cache.writeStarted();
        assertThat(cache.size()).isZero();
        cache.get("h", this::live);
        cache.get("h", this::live);
        assertThat(lookups).hasValue(3);
        assertThat(cache.size()).isZero();
        cache.writeEnded();
        // e.g. the write was a sign-out: the next request asks the database
        assertThat(cache.get("h", this::dead)).isEmpty();
        assertThat(lookups).hasValue(4);
    }

    @Test
    void aLookupThatRacedWithAWriteIsNotRemembered() {
        // the database answered "live" just before a revocation started and ended
        assertThat(cache.get("h", hash -> {
            Optional<Session> seen = live(hash);
            cache.writeStarted();
            cache.writeEnded();
            return seen;
        })).contains(session);
        assertThat(cache.get("h", this::dead)).isEmpty();
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aZeroTtlAsksEveryTime() {
        TokenSessionCache off = new TokenSessionCache(Duration.ZERO, now::get);
        off.get("h", this::live);
        off.get("h", this::live);
        assertThat(lookups).hasValue(2);
        assertThat(off.disabled()).isTrue();
    }
}
