package org.smilefactory.core.remote.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.smilefactory.core.api.Violation;

/**
 * An RFC 9457 {@code application/problem+json} body. {@code type} is {@link #TYPE_BASE} followed by
 * the contract error's {@link org.smilefactory.core.api.HubException#kind()} (or one of the
 * transport kinds below); {@code violations} is present for validation problems only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String TYPE_BASE = "https://smilefactory.africa/problems/";

    /** Malformed JSON, wrong types, unknown fields, bad parameters. */
    public static final String BAD_REQUEST = "bad-request";
    /** The request body is over the server's limit. */
    public static final String TOO_LARGE = "too-large";
    /** No such endpoint or method. */
    public static final String NO_SUCH_ENDPOINT = "no-such-endpoint";
    /** The server has more requests waiting than it can start in time; try again after {@code Retry-After}. */
    public static final String BUSY = "server-busy";
    /** A bug on the server; the detail never says more. */
    public static final String INTERNAL = "internal-error";

    public static String type(String kind) {
        return TYPE_BASE + kind;
    }

    /** The kind named by {@code type}, or null when it is not one of ours. */
    public String kind() {
        return type != null && type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : null;
    }
}
