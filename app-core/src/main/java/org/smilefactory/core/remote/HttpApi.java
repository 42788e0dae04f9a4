package org.smilefactory.core.remote;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.remote.wire.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP plumbing of the remote backend: one OkHttp client per backend, JSON through
 * {@link ContractJson}, problem responses mapped back to the contract's exceptions, I/O failures to
 * {@link BackendUnavailableException}. OkHttp's silent retries are off; only GETs (idempotent) are
 * retried, once, when a pooled connection turned out to be dead.
 */
final class HttpApi implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** Generating demo data runs synchronously on the server: a size L community takes minutes. */
    static final Duration LONG_READ_TIMEOUT = Duration.ofMinutes(30);

    private static final MediaType JSON = MediaType.get("application/json");

    private final URI base;
    private final HttpUrl apiRoot;
    private final OkHttpClient client;
    private final JsonMapper mapper = ContractJson.mapper();
    private final JsonMapper reader = ContractJson.lenientReader();

    HttpApi(URI serverUrl) {
        this.base = Objects.requireNonNull(serverUrl, "serverUrl");
        HttpUrl root = HttpUrl.parse(serverUrl.toString());
        if (root == null || root.host().isEmpty()) {
            throw new ValidationException(List.of(new Violation("serverUrl", "invalid-url", Messages.get("remote.invalidUrl"))));
        }
        this.apiRoot = root.newBuilder().addPathSegments("api/v1").build();
        this.client = new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
    }

    String location() {
        return base.toString();
    }

    /** A call to the API: {@code path} below {@code /api/v1}, with optional query parameters. */
    Call call(String method, String path) {
        return new Call(method, path);
    }

    final class Call {
        private final String method;
        private final HttpUrl.Builder url;
        private Object body;
        private String token;
        private Duration readTimeout = READ_TIMEOUT;

        private Call(String method, String path) {
            this.method = method;
            this.url = apiRoot.newBuilder().addPathSegments(path);
        }

        Call query(String name, Object value) {
            if (value != null) {
                url.addQueryParameter(name, value.toString());
            }
            return this;
        }

        Call query(String name, Iterable<?> values) {
            if (values != null) {
                values.forEach(v -> url.addQueryParameter(name, v.toString()));
            }
            return this;
        }

        Call body(Object value) {
            this.body = value;
            return this;
        }

        Call token(String bearer) {
            this.token = bearer;
            return this;
        }

        Call readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        <T> T as(Class<T> type) {
            return execute(mapper.constructType(type));
        }

        <T> List<T> asList(Class<T> element) {
            return execute(mapper.getTypeFactory().constructCollectionType(List.class, element));
        }

        void send() {
            execute(null);
        }

        /**
         * A GET whose successful answer is a file (not JSON): its bytes are copied to {@code target} as
         * they arrive. A failure writing to {@code target} is the caller's (an {@link java.io.UncheckedIOException}),
         * not the server's; a problem answer becomes its contract exception as usual.
         */
        void download(java.io.OutputStream target) {
            Request.Builder request = new Request.Builder().url(url.build()).get()
                    .header("Accept", "application/zip, application/octet-stream, application/problem+json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            OkHttpClient http = readTimeout.equals(READ_TIMEOUT) ? client
                    : client.newBuilder().readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS).build();
            try (Response response = http.newCall(request.build()).execute()) {
                if (!response.isSuccessful()) {
                    throw toException(response.code(), response.body().bytes());
                }
                java.io.InputStream in = response.body().byteStream();
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    try {
                        target.write(buffer, 0, n);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                try {
                    target.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            } catch (IOException e) {
                throw new BackendUnavailableException(Messages.get("remote.unreachable", location()), e);
            }
        }

        private <T> T execute(JavaType type) {
            RequestBody requestBody = null;
            if (body != null) {
                requestBody = RequestBody.create(mapper.writeValueAsBytes(body), JSON);
            } else if (!method.equals("GET") && !method.equals("DELETE")) {
                requestBody = RequestBody.create(new byte[0], JSON);
            }
            Request.Builder request = new Request.Builder().url(url.build()).method(method, requestBody)
                    .header("Accept", "application/json, application/problem+json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            OkHttpClient http = readTimeout.equals(READ_TIMEOUT) ? client
                    : client.newBuilder().readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS).build();
            Request built = request.build();
            int attempts = method.equals("GET") ? 2 : 1;
            for (int attempt = 1; ; attempt++) {
                try (Response response = http.newCall(built).execute()) {
                    return read(response, type);
                } catch (IOException e) {
                    if (attempt >= attempts) {
                        throw new BackendUnavailableException(Messages.get("remote.unreachable", location()), e);
                    }
                }
            }
        }
    }

    private <T> T read(Response response, JavaType type) throws IOException {
        ResponseBody body = response.body();
        byte[] bytes = body.bytes();
        if (response.isSuccessful()) {
            if (type == null || bytes.length == 0) {
                return null;
            }
            try {
                return reader.readValue(bytes, type);
            } catch (JacksonException e) {
                throw new BackendUnavailableException(Messages.get("remote.badAnswer", location(), response.code()), e);
            }
        }
        throw toException(response.code(), bytes);
    }

    /** The contract exception a problem response stands for. */
    HubException toException(int status, byte[] bytes) {
        Problem problem = null;
        try {
            problem = bytes.length == 0 ? null : reader.readValue(bytes, Problem.class);
        } catch (JacksonException e) {
            // not a problem document (a proxy's error page, say): judged by the status alone
        }
        String kind = problem == null ? null : problem.kind();
        String detail = problem == null || problem.detail() == null
                ? Messages.get("remote.badAnswer", location(), status) : problem.detail();
        if (kind == null) {
            kind = switch (status) {
                case 400 -> Problem.BAD_REQUEST;
                case 401 -> "unauthenticated";
                case 403 -> "permission-denied";
                case 404 -> "not-found";
                case 409 -> "conflict";
                default -> "backend-unavailable";
            };
        }
        return switch (kind) {
            case "validation" -> new ValidationException(problem == null || problem.violations() == null
                    ? List.of() : problem.violations());
            case "not-found" -> new NotFoundException(detail);
            case "conflict" -> new ConflictException(detail);
            case "permission-denied" -> new PermissionDeniedException(detail);
            case "unauthenticated" -> new UnauthenticatedException(detail);
            case Problem.BAD_REQUEST, Problem.TOO_LARGE ->
                    new ValidationException(List.of(new Violation("request", kind, detail)));
            default -> new BackendUnavailableException(detail);
        };
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
