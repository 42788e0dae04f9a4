package org.smilefactory.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.smilefactory.core.accounts.SessionTokens;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.server.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every {@code /api/v1} request but the public ones needs {@code Authorization: Bearer <token>}: the
 * token is resolved (live, not revoked) to its member and a local session for that member is put
 * in the request; anything else is a 401 problem before any controller runs. Live tokens are
 * remembered for a few seconds ({@link TokenSessionCache}, decision 0014); every request that may
 * write makes the cache forget, so sign-out and revocation through this server apply at once.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    /** Method and path (below the context path) of the endpoints anyone may call. */
    static final Set<String> PUBLIC = Set.of("GET /api/v1/hub", "POST /api/v1/hub/setup", "POST /api/v1/sessions",
            "POST /api/v1/sessions/device", "GET /api/v1/hub/kiosk-event", "POST /api/v1/sessions/code",
            "POST /api/v1/sessions/password-reset");

    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);

    private final LocalBackend backend;
    private final TokenSessionCache cache;

    public BearerTokenFilter(LocalBackend backend, TokenSessionCache cache) {
        this.backend = backend;
        this.cache = cache;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean write = mayWrite(request.getMethod());
        if (!write) {
            authenticateThenContinue(request, response, chain);
            return;
        }
        cache.writeStarted();
        try {
            authenticateThenContinue(request, response, chain);
        } finally {
            cache.writeEnded();
        }
    }

    private void authenticateThenContinue(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PUBLIC.contains(request.getMethod() + " " + path)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            String token = bearer(request).orElseThrow(() -> new UnauthenticatedException(Messages.get("remote.signInRequired")));
            Optional<Session> session = token.length() > SessionTokens.MAX_TOKEN_LENGTH
                    ? Optional.empty()
                    : cache.get(SessionTokens.hash(token), hash -> backend.sessionForToken(token));
            request.setAttribute(RequestAttributes.SESSION, session.orElseThrow(BearerTokenFilter::unauthenticated));
            request.setAttribute(RequestAttributes.TOKEN, token);
        } catch (HubException e) {
            Problems.write(response, Problems.of(e, request.getRequestURI()));
            return;
        } catch (DataAccessException e) {
            LOG.warn("Cannot check a bearer token: {}", e.toString());
            Problems.write(response, Problems.of("backend-unavailable",
                    "The hub's database is not reachable. Try again shortly.", null, null));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Anything but GET, HEAD and OPTIONS may change who is signed in (sign-out, revocation, roles). */
    static boolean mayWrite(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static UnauthenticatedException unauthenticated() {
        return new UnauthenticatedException(Messages.get("accounts.sessionEnded"));
    }
}
