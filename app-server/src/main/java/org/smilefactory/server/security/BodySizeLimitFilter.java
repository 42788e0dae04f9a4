package org.smilefactory.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.smilefactory.core.remote.wire.Problem;
import org.smilefactory.server.web.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@link #maxBytes}: at once (413) when {@code Content-Length} says so,
 * and while reading when a chunked body grows past it (the read fails, which becomes a 4xx problem).
 * The media upload ({@code POST /api/v1/media}, a file's bytes as base64 in JSON) has its own,
 * larger limit, and so has the offline push ({@code POST /api/v1/sync/push}, a batch of up to
 * {@code SyncService.MAX_PAGE} changes made offline): every other endpoint stays small, so a huge
 * body cannot tie up a JSON parser.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    static final String MEDIA_UPLOAD = "/api/v1/media";
    static final String SYNC_PUSH = "/api/v1/sync/push";

    private final long maxBytes;
    private final long maxMediaBytes;
    private final long maxSyncBytes;

    public BodySizeLimitFilter(long maxBytes, long maxMediaBytes, long maxSyncBytes) {
        this.maxBytes = maxBytes;
        this.maxMediaBytes = maxMediaBytes;
        this.maxSyncBytes = maxSyncBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean post = "POST".equals(request.getMethod());
        String uri = request.getRequestURI();
        long limit = post && (request.getContextPath() + MEDIA_UPLOAD).equals(uri) ? maxMediaBytes
                : post && (request.getContextPath() + SYNC_PUSH).equals(uri) ? maxSyncBytes
                : maxBytes;
        if (request.getContentLengthLong() > limit) {
            Problems.write(response, Problems.of(Problem.TOO_LARGE,
                    "Request bodies are limited to " + (limit / 1024) + " KB.", request.getRequestURI(), null));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** Thrown while reading a body past the limit. */
    public static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("Request body over " + max + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        count += n;
                        if (count > max) {
                            throw new TooLargeException(max);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
