package org.smilefactory.server.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A network cable between a client and a test server on loopback: a TCP forwarder on a port of its
 * own that can be pulled out (listener closed, open connections cut: the client sees the server as
 * unreachable) and plugged in again on the same port while the server keeps running.
 */
final class Cable implements AutoCloseable {

    private final int target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    Cable(URI server) {
        this.target = server.getPort();
        try {
            this.listener = bind(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        this.port = listener.getLocalPort();
        accept(listener);
    }

    /** The server's address through this cable. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    synchronized void pullOut() {
        closeQuietly(listener);
        listener = null;
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
        awaitRefused();
    }

    /** Closing a listener another thread is blocked on completes asynchronously: wait until it is really gone. */
    private void awaitRefused() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            } catch (IOException refused) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("Port " + port + " still accepts connections after the cable was pulled out");
    }

    synchronized void plugIn() {
        if (listener != null) {
            return;
        }
        try {
            listener = bind(port);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " could not be bound again", e);
        }
        accept(listener);
    }

    @Override
    public void close() {
        pullOut();
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket socket) {
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // listener closed: the cable was pulled out
                }
            }
        }, "cable-accept-" + port);
        t.setDaemon(true);
        t.start();
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "cable-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
