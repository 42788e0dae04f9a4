package org.smilefactory.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.smilefactory.core.remote.wire.Problem;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@code permits} API requests work at once; the others wait their turn, first come
 * first served, and are told the server is busy (503, {@code Retry-After}) if their turn does not
 * come within {@code maxWait}.
 *
 * <p>Why (decision 0015): on two cores, 64 requests running at once each got a slice of the CPU in
 * turn, so each took as long as the slowest and every one held a database connection while it
 * waited. The CPU a feed page cost also rose with the number of running threads (context switches,
 * the connection pool's hand-off spinning): 0.85 ms at 200 threads, 0.46 ms at 8. A handful of
 * requests at a time, the rest parked in a fair queue, serves more pages with a shorter tail.
 *
 * <p>Not gated: media uploads and downloads and the offline push, which move megabytes at the
 * client's pace and would otherwise hold a permit while a slow network trickles bytes; demo-data
 * generation, which an admin starts once and which runs for minutes; and anything outside
 * {@code /api/v1} (health must answer while the server is busy). Tomcat's own thread limit still
 * bounds those.
 */
public class AdmissionFilter extends OncePerRequestFilter {

    private static final String API = "/api/v1/";
    private static final String MEDIA = "/api/v1/media";
    private static final String SYNC_PUSH = "/api/v1/sync/push";
    private static final String DEMO_DATA = "/api/v1/demo-data";

    private final Semaphore permits;
    private final int size;
    private final long maxWaitNanos;
    private final long retryAfterSeconds;

    public AdmissionFilter(int permits, Duration maxWait) {
        if (permits < 1) {
            throw new IllegalArgumentException("At least one request must be let through, not " + permits);
        }
        this.permits = new Semaphore(permits, true);
        this.size = permits;
        this.maxWaitNanos = maxWait.toNanos();
        this.retryAfterSeconds = Math.max(1, maxWait.toSeconds());
    }

    /** How many requests may run at once. */
    public int permits() {
        return size;
    }

    /** How many requests are running now (for tests and diagnostics). */
    public int running() {
        return size - permits.availablePermits();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!gated(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            Problems.write(response, Problems.of(Problem.BUSY,
                    "The server is busy. Try again in a moment.", request.getRequestURI(), null));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private static boolean gated(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(API)) {
            return false;
        }
        if (path.equals(MEDIA) || path.startsWith(MEDIA + "/")) {
            return false;
        }
        boolean post = "POST".equals(request.getMethod());
        return !(post && (path.equals(SYNC_PUSH) || path.equals(DEMO_DATA)));
    }
}
