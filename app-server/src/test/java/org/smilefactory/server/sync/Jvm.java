package org.smilefactory.server.sync;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test classpath in a JVM of its own, so a test can kill it like a crash. */
final class Jvm {

    private Jvm() {
    }

    /** The test JVM's classpath (surefire puts the real one in {@code surefire.test.class.path}). */
    static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        return cp;
    }

    static Path logFolder() {
        Path dir = Path.of("target", "sync-test-logs");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /**
     * Starts {@code mainClass} with {@code args}; stdout and stderr go to {@code target/sync-test-logs/<log>.log}
     * (read with {@link #output(Path)}).
     */
    static Process start(String log, String heap, Class<?> mainClass, List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp", classpath(), mainClass.getName()));
        command.addAll(args);
        File out = logFile(log).toFile();
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(out)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + mainClass.getName(), e);
        }
    }

    static Path logFile(String log) {
        return logFolder().resolve(log + ".log");
    }

    static String output(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
