package org.smilefactory.server.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy between the client and app-server that breaks the network on purpose. It
 * forwards bytes both ways and reads just enough HTTP/1.1 of the client's side (request line,
 * Content-Length) to know where each request starts and ends, so a fault can hit one request:
 * <ul>
 *   <li>{@link #refuseNewConnections(boolean)}: the network is down (new connections are closed at once);</li>
 *   <li>{@link #cutAll()}: every open connection is dropped now;</li>
 *   <li>{@link #dropResponseTo(String, int)}: the request reaches the server, which handles it and starts
 *       answering; the proxy then drops the connection without passing a byte of the answer on —
 *       "the server applied the batch and the client never heard";</li>
 *   <li>{@link #dropAfterRequest(String, int)}: the whole request is forwarded, then the client's side
 *       is closed before any answer (the server still handles it);</li>
 *   <li>{@link #delayResponses(long)}: each answer waits this long (a slow network).</li>
 * </ul>
 * Request lines seen are kept for assertions ("the resumed pull did not start from cursor 0").
 */
public final class FaultProxy implements AutoCloseable {

    enum Fault { NONE, DROP_RESPONSE, DROP_AFTER_REQUEST }

    private record Rule(String method, String pathPrefix, Fault fault, AtomicInteger remaining) {
        boolean matches(String requestMethod, String path) {
            return method.equalsIgnoreCase(requestMethod) && path.startsWith(pathPrefix) && remaining.get() > 0;
        }
    }

    private final ServerSocket listener;
    private final Thread acceptor;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final AtomicInteger faultsFired = new AtomicInteger();
    private volatile int targetPort;
    private volatile boolean refusing;
    private volatile long responseDelayMillis;
    private volatile boolean closed;

    private FaultProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "fault-proxy-accept");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /** A proxy on a free loopback port forwarding to {@code 127.0.0.1:targetPort}. */
    public static FaultProxy to(int targetPort) {
        try {
            return new FaultProxy(targetPort);
        } catch (IOException e) {
            throw new IllegalStateException("Could not open the fault proxy", e);
        }
    }

    public static FaultProxy to(URI server) {
        return to(server.getPort());
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The address clients use instead of the server's. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Forward new connections to another port (the server came back elsewhere). */
    public void retarget(int port) {
        this.targetPort = port;
    }

    /** While true, new connections are closed as soon as they are accepted. */
    public void refuseNewConnections(boolean refuse) {
        this.refusing = refuse;
    }

    /**
     * The network goes down: refuse new connections and drop every open one. Note that OkHttp reuses a
     * pooled connection idle for less than 10 s without checking it, so the client's next POST after
     * this fails once on a dead connection even when the network is back (GETs are retried once); tests
     * that only need "no network for the offline phase" refuse new connections instead.
     */
    public void goDown() {
        refusing = true;
        cutAll();
    }

    /** The network is back. */
    public void comeBack() {
        refusing = false;
    }

    /** Drops every open connection now, in both directions. */
    public void cutAll() {
        for (Link link : links) {
            link.close();
        }
    }

    /** The next {@code times} requests {@code method pathPrefix...} are handled by the server, their answer never arrives. */
    public void dropResponseTo(String method, String pathPrefix, int times) {
        rules.add(new Rule(method, pathPrefix, Fault.DROP_RESPONSE, new AtomicInteger(times)));
    }

    public void dropResponseTo(String pathPrefix, int times) {
        dropResponseTo("POST", pathPrefix, times);
    }

    /** The next {@code times} such requests are forwarded whole, then the client's side is closed before the answer. */
    public void dropAfterRequest(String method, String pathPrefix, int times) {
        rules.add(new Rule(method, pathPrefix, Fault.DROP_AFTER_REQUEST, new AtomicInteger(times)));
    }

    public void dropAfterRequest(String pathPrefix, int times) {
        dropAfterRequest("POST", pathPrefix, times);
    }

    /** Plain forwarding again: up, no armed faults, no delay. */
    public void reset() {
        refusing = false;
        rules.clear();
        responseDelayMillis = 0;
    }

    public void clearFaults() {
        rules.clear();
    }

    /** How many armed faults have hit a request so far. */
    public int faultsFired() {
        return faultsFired.get();
    }

    public void delayResponses(long millis) {
        this.responseDelayMillis = millis;
    }

    /** Every request line seen so far ("POST /api/v1/sync/push HTTP/1.1"), in order. */
    public List<String> requestLines() {
        return new ArrayList<>(requestLines);
    }

    /** Request lines whose path starts with {@code pathPrefix}. */
    public List<String> requestsTo(String pathPrefix) {
        List<String> out = new ArrayList<>();
        for (String line : requestLines) {
            String[] parts = line.split(" ");
            if (parts.length > 1 && parts[1].startsWith(pathPrefix)) {
                out.add(line);
            }
        }
        return out;
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        cutAll();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (refusing) {
                closeQuietly(client);
                continue;
            }
            Socket server = new Socket();
            try {
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2_000);
            } catch (IOException e) {
                // the server is down: the client sees the connection close, as with a dead host behind a router
                closeQuietly(server);
                closeQuietly(client);
                continue;
            }
            Link link = new Link(client, server);
            links.add(link);
            link.start();
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    /** One client connection and its server connection. */
    private final class Link {
        private final Socket client;
        private final Socket server;
        /** The fault of the request now in flight on this connection. */
        private volatile Fault current = Fault.NONE;
        private volatile boolean awaitingResponse;
        private volatile boolean clientGone;

        // request parsing state (client → server thread only)
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private long bodyLeft = -1;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            Thread up = new Thread(this::upstream, "fault-proxy-up");
            Thread down = new Thread(this::downstream, "fault-proxy-down");
            up.setDaemon(true);
            down.setDaemon(true);
            up.start();
            down.start();
        }

        void close() {
            closeQuietly(client);
            closeQuietly(server);
            links.remove(this);
        }

        private void upstream() {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    boolean requestComplete = parse(buf, n);
                    out.write(buf, 0, n);
                    out.flush();
                    if (requestComplete && current == Fault.DROP_AFTER_REQUEST) {
                        // the server has the whole request; the client loses its connection before any answer
                        // (the server side stays open until its answer starts, so the server finishes the request)
                        faultsFired.incrementAndGet();
                        clientGone = true;
                        closeQuietly(client);
                        return;
                    }
                }
                server.shutdownOutput();
            } catch (IOException e) {
                // either side went away
            } finally {
                if (!clientGone) {
                    close();
                }
            }
        }

        private void downstream() {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (awaitingResponse) {
                        awaitingResponse = false;
                        if (current == Fault.DROP_RESPONSE || clientGone) {
                            if (!clientGone) {
                                faultsFired.incrementAndGet();
                            }
                            close();
                            return;
                        }
                        long delay = responseDelayMillis;
                        if (delay > 0) {
                            Thread.sleep(delay);
                        }
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // either side went away
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                close();
            }
        }

        /**
         * Follows the request stream; returns true when these bytes end a request whose length is known.
         * Only Content-Length bodies are followed (what OkHttp sends for JSON); a chunked body leaves the
         * end unknown, which only matters to {@link Fault#DROP_AFTER_REQUEST}.
         */
        private boolean parse(byte[] buf, int n) {
            boolean completed = false;
            int i = 0;
            while (i < n) {
                if (bodyLeft > 0) {
                    int take = (int) Math.min(bodyLeft, n - i);
                    bodyLeft -= take;
                    i += take;
                    if (bodyLeft == 0) {
                        completed = true;
                        bodyLeft = -1;
                    }
                    continue;
                }
                head.write(buf[i]);
                i++;
                if (endsWithBlankLine()) {
                    long length = onHead(head.toString(StandardCharsets.ISO_8859_1));
                    head.reset();
                    if (length > 0) {
                        bodyLeft = length;
                    } else {
                        completed = true;
                        bodyLeft = -1;
                    }
                }
            }
            return completed;
        }

        private boolean endsWithBlankLine() {
            int size = head.size();
            if (size < 4) {
                return false;
            }
            byte[] b = head.toByteArray();
            return b[size - 4] == '\r' && b[size - 3] == '\n' && b[size - 2] == '\r' && b[size - 1] == '\n';
        }

        /** A request head is complete: note it, arm the fault for it, return its body length. */
        private long onHead(String text) {
            String[] lines = text.split("\r\n");
            String requestLine = lines[0];
            requestLines.add(requestLine);
            String[] parts = requestLine.split(" ");
            Fault fault = Fault.NONE;
            if (parts.length >= 2) {
                for (Rule rule : rules) {
                    if (rule.matches(parts[0], parts[1]) && rule.remaining().getAndDecrement() > 0) {
                        fault = rule.fault();
                        break;
                    }
                }
            }
            current = fault;
            awaitingResponse = true;
            long length = 0;
            for (int k = 1; k < lines.length; k++) {
                String l = lines[k].toLowerCase(Locale.ROOT);
                if (l.startsWith("content-length:")) {
                    length = Long.parseLong(l.substring("content-length:".length()).trim());
                }
            }
            return length;
        }
    }

    /** Whether anything listens on the port (for waiting on a restarted server). */
    static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (SocketException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
