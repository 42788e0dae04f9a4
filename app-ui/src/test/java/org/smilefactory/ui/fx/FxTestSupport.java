package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers for driving the real screens: wait for background work, type into fields by id. */
final class FxTestSupport {

    static final Duration BACKEND_TIMEOUT = Duration.ofSeconds(60);

    private FxTestSupport() {
    }

    /** Waits (without blocking the FX thread) until the condition holds, checked on the FX thread. */
    static void waitUntil(Callable<Boolean> condition) {
        waitUntil(BACKEND_TIMEOUT, condition);
    }

    static void waitUntil(Duration timeout, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + timeout + " waiting for the UI", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(FxTestSupport::isShowing).orElse(false);
    }

    /** Visible, in a scene, and every ancestor visible too. */
    static boolean isShowing(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Scrolls the nearest enclosing ScrollPane so the node is on screen (a robot can only click what it sees). */
    static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                    Node content = scroll.getContent();
                    Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double viewport = scroll.getViewportBounds().getHeight();
                    double height = content.getBoundsInLocal().getHeight();
                    if (height > viewport) {
                        double value = (bounds.getMinY() - 40) / (height - viewport);
                        scroll.setVvalue(Math.max(0, Math.min(1, value)));
                    }
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks into the field, replaces what is there and types {@code text} key by key. */
    static void type(FxRobot robot, String query, String text) {
        reveal(robot, query);
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        assertThat(field.getText()).isEqualTo(text);
    }

    /** Like pasting: clicks into the field and puts the whole text in at once (keeps long values fast). */
    static void paste(FxRobot robot, String query, String text) {
        reveal(robot, query);
        robot.clickOn(query);
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    /** On the connection screen: the hub server at {@code uri}, keeping an offline copy; waits for sign-in. */
    static void openServerWithOfflineCopy(FxRobot robot, URI uri) {
        robot.clickOn("#serverChoice");
        paste(robot, "#serverUrlField", uri.toString());
        robot.clickOn("#offlineCopyCheck");
        robot.clickOn("#openButton");
        waitUntil(() -> showing(robot, "#signInButton"));
    }

    /** Deletes a folder a test made, with everything in it. */
    static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String textOf(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
