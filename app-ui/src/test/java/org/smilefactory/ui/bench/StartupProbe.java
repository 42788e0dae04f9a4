package org.smilefactory.ui.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.smilefactory.ui.HubApp;

/**
 * One start of the real desktop app, driven as fast as a person could click: the connection screen,
 * "Open hub" on Embedded, then (on a set-up hub) sign-in. Prints one line of milestones in ms since
 * the JVM started. Run by {@link StartupBenchmark} in a fresh JVM each time; not a test.
 *
 * <p>Arguments: data folder, admin email, admin password.
 */
public final class StartupProbe {

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.setProperty("smilefactory.logs", args[0] + "/logs");
        Thread fx = new Thread(() -> Application.launch(HubApp.class, "--data-dir=" + args[0]), "probe-launch");
        fx.start();

        Node open = waitFor("#openButton", 60);
        long connectionShown = System.currentTimeMillis() - jvmStart;
        onFx(() -> ((ButtonBase) open).fire());
        long clickedOpen = System.currentTimeMillis() - jvmStart;

        Node next = waitFor(scene -> first(scene, "#signInButton", "#hubNameField"), 120);
        long hubOpened = System.currentTimeMillis() - jvmStart;
        String line;
        if (next.getId().equals("signInButton")) {
            onFx(() -> {
                Window w = next.getScene().getWindow();
                ((TextInputControl) w.getScene().getRoot().lookup("#emailField")).setText(args[1]);
                ((TextInputControl) w.getScene().getRoot().lookup("#passwordField")).setText(args[2]);
                ((ButtonBase) next).fire();
            });
            long clickedSignIn = System.currentTimeMillis() - jvmStart;
            waitFor("#navList", 60);
            long mainShown = System.currentTimeMillis() - jvmStart;
            line = String.format("RESULT kind=warm connectionScreen=%d openHub=%d signIn=%d total=%d",
                    connectionShown, hubOpened - clickedOpen, mainShown - clickedSignIn,
                    connectionShown + (hubOpened - clickedOpen) + (mainShown - clickedSignIn));
        } else {
            line = String.format("RESULT kind=cold connectionScreen=%d openHub=%d total=%d",
                    connectionShown, hubOpened - clickedOpen, connectionShown + (hubOpened - clickedOpen));
        }
        System.out.println(line);
        System.out.flush();
        // A clean exit stops the embedded PostgreSQL, as closing the window does.
        Platform.exit();
        fx.join(TimeUnit.SECONDS.toMillis(60));
        System.exit(0);
    }

    private static Node first(javafx.scene.Scene scene, String... selectors) {
        for (String s : selectors) {
            Node n = scene.getRoot().lookup(s);
            if (n != null && n.isVisible() && n.getScene() != null) {
                return n;
            }
        }
        return null;
    }

    private static Node waitFor(String selector, int seconds) throws Exception {
        return waitFor(scene -> first(scene, selector), seconds);
    }

    private static Node waitFor(Function<javafx.scene.Scene, Node> finder, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Node> found = new CompletableFuture<>();
            try {
                Platform.runLater(() -> {
                    Node hit = null;
                    for (Window w : Window.getWindows()) {
                        if (w.isShowing() && w.getScene() != null && (hit = finder.apply(w.getScene())) != null) {
                            break;
                        }
                    }
                    found.complete(hit);
                });
            } catch (IllegalStateException toolkitNotUpYet) {
                Thread.sleep(5);
                continue;
            }
            Node node = found.get(10, TimeUnit.SECONDS);
            if (node != null) {
                return node;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("Timed out waiting for the screen");
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            r.run();
            done.complete(null);
        });
        done.get(10, TimeUnit.SECONDS);
    }
}
