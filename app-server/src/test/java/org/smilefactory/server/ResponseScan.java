package org.smilefactory.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Reads every response body a test server sends and notes each that holds a secret-shaped string: a
 * bcrypt hash (passwords, exit PINs) or a SHA-256 hex digest (how {@code SessionTokens} stores session
 * and reset tokens). Installed on every {@link TestServer}, so the whole remote contract suite is
 * scanned; a server whose responses held one fails its test class when it is closed (issue 13).
 */
public final class ResponseScan extends OncePerRequestFilter {

    /** $2a$/$2b$/$2y$ (or $2$), two cost digits, 53 characters of salt and hash. */
    static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    /**
     * 64 hex digits standing alone: a SHA-256 token hash. UUIDs (8-4-4-4-12 with dashes) never match, nor
     * does a longer run of hex.
     */
    static final Pattern TOKEN_HASH = Pattern.compile("(?<![0-9A-Fa-f])[0-9a-fA-F]{64}(?![0-9A-Fa-f])");

    private final List<String> findings = new CopyOnWriteArrayList<>();

    /** What was found, one line per match: method, path and the match's kind. */
    public List<String> findings() {
        return List.copyOf(findings);
    }

    /** The secret-shaped strings in {@code body} (for the scan and its own test). */
    static List<String> secretsIn(String body) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(BCRYPT, TOKEN_HASH)) {
            Matcher m = p.matcher(body);
            while (m.find()) {
                found.add((p == BCRYPT ? "bcrypt " : "token hash ") + m.group());
            }
        }
        return found;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapped);
        } finally {
            String type = wrapped.getContentType();
            // media bytes are not text; everything else (JSON, problem+json, text, HTML) is read
            if (type == null || !type.startsWith("image/") && !type.startsWith("application/octet-stream")) {
                String body = new String(wrapped.getContentAsByteArray(), StandardCharsets.UTF_8);
                for (String secret : secretsIn(body)) {
                    findings.add(request.getMethod() + " " + request.getRequestURI()
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + ": " + secret);
                }
            }
            wrapped.copyBodyToResponse();
        }
    }
}
