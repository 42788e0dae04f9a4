package org.smilefactory.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a PostgreSQL data directory's {@code postmaster.pid} says, the same on every system (PostgreSQL's
 * {@code pidfile.h}): line 1 the postmaster's pid, line 2 its data directory, line 3 its start time in
 * seconds since the epoch, line 4 its port; later lines (socket folder, listen address, shared memory key,
 * status) are not needed here.
 *
 * @param dataDirectory as the postmaster wrote it (empty when the line is missing)
 * @param started       the postmaster's start time (empty when missing or unreadable)
 */
record PostmasterPid(long pid, Optional<String> dataDirectory, Optional<Instant> started, Optional<Integer> port) {

    /** The file in {@code pgdata}, when there is one and its first line is a pid. */
    static Optional<PostmasterPid> read(Path pgdata) {
        Path file = pgdata.resolve("postmaster.pid");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // PostgreSQL writes the data directory in the server's encoding-neutral form: the bytes of the
            // path as the system gave them, UTF-8 on our systems
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The content of a {@code postmaster.pid} (lines ended by LF, or CRLF on Windows). */
    static Optional<PostmasterPid> parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (pid <= 0) {
            return Optional.empty();
        }
        Optional<String> dir = line(lines, 1);
        Optional<Instant> started = line(lines, 2).flatMap(s -> {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(s)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        Optional<Integer> port = line(lines, 3).flatMap(s -> {
            try {
                return Optional.of(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        return Optional.of(new PostmasterPid(pid, dir, started, port));
    }

    private static Optional<String> line(List<String> lines, int index) {
        return index < lines.size() ? Optional.of(lines.get(index).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }
}
