package org.smilefactory.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Crashes a running PostgreSQL as a power cut would look to it: the postmaster named in
 * {@code postmaster.pid} and every process it started are killed at once (SIGKILL on Unix,
 * TerminateProcess on Windows), so nothing gets a chance to flush. Test code only.
 */
public final class PostgresKill {

    private PostgresKill() {
    }

    /** Kills the postmaster of {@code pgdata} and its children and waits until all are gone; returns how many died. */
    public static int killAll(Path pgdata) {
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pgdata.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("No running PostgreSQL in " + pgdata, e);
        }
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("The postmaster " + pid + " is not running"));
        // children first in the list, taken before the kill: once the postmaster dies they are re-parented
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL process " + p.pid() + " did not die", e);
            }
        }
        return all.size();
    }
}
