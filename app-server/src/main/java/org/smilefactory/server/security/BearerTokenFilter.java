package org.smilefactory.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.smilefactory.core.api.HubException;
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
 * in the request; anything else is a 401 problem before any controller runs.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    /** Method and path (below the context path) of the endpoints anyone may call. */
    static final Set<String> PUBLIC = Set.of("GET /api/v1/hub", "POST /api/v1/hub/setup", "POST /api/v1/sessions");

    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);

    private final LocalBackend backend;

    public BearerTokenFilter(LocalBackend backend) {
        this.backend = backend;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PUBLIC.contains(request.getMethod() + " " + path)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            String token = bearer(request).orElseThrow(() -> new UnauthenticatedException(Messages.get("remote.signInRequired")));
            request.setAttribute(RequestAttributes.SESSION,
                    backend.sessionForToken(token).orElseThrow(BearerTokenFilter::unauthenticated));
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
