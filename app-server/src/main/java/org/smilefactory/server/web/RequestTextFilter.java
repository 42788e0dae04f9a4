package org.smilefactory.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Texts;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The server-wide guard for request parameters (decision 0020), ahead of everything else: a query
 * string that is not valid UTF-8 ({@code ?text=%FF}) or holds a NUL is refused with a validation
 * problem naming the parameter, instead of being decoded to replacement characters or reaching
 * PostgreSQL. Also marks every answer {@code X-Content-Type-Options: nosniff}, and every API answer
 * {@code Cache-Control: no-store} (they hold member data; set here so filter-written problems carry
 * them too).
 */
public class RequestTextFilter extends OncePerRequestFilter {

    static final String API = "/api/v1/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getRequestURI().startsWith(request.getContextPath() + API)) {
            response.setHeader("Cache-Control", "no-store");
        }
        Violation bad = check(request.getQueryString());
        if (bad != null) {
            Problems.write(response, Problems.of("validation", bad.field() + ": " + bad.message(), null, List.of(bad)));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The first parameter of a raw query string that is not clean UTF-8 text, or null. */
    static Violation check(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName);
            String field = name == null || Texts.badCharacter(name) != null ? "(parameter name)" : name;
            if (name == null) {
                return new Violation(field, "invalid-utf8", Messages.get("validation.invalidUtf8"));
            }
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (value == null) {
                return new Violation(field, "invalid-utf8", Messages.get("validation.invalidUtf8"));
            }
            String code = Texts.badCharacter(name) != null ? Texts.badCharacter(name) : Texts.badCharacter(value);
            if (code != null) {
                return new Violation(field, code, Texts.message(code));
            }
        }
        return null;
    }

    /** Percent-decodes {@code raw} as strict UTF-8 ({@code +} is a space); null when it is not valid. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Tomcat hands over the raw query; a non-ASCII character here was not encoded at all
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
