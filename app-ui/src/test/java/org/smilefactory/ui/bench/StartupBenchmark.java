package org.smilefactory.ui.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.platform.Backends;

/**
 * Cold and warm start of the desktop app to a usable window, each run in a fresh JVM
 * ({@link StartupProbe}). Cold: a new, empty data folder (PostgreSQL unpacked, initdb, all
 * migrations) until the setup wizard shows. Warm: an existing hub until the main window shows after
 * sign-in. Needs a display (run under xvfb-run); see docs/benchmarks.md. Not a test.
 *
 * <p>Arguments: {@code --runs N} (default 10), {@code --work DIR} (default /tmp/sf-startup).
 */
public final class StartupBenchmark {

    private static final String EMAIL = "bench.admin@example.org";
    private static final String PASSWORD = "bench-password-1";

    public static void main(String[] args) throws Exception {
        int runs = 10;
        Path work = Path.of("/tmp/sf-startup");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--work")) {
                work = Path.of(args[++i]);
            }
        }
        deleteTree(work);
        Files.createDirectories(work);

        List<Map<String, Long>> cold = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            cold.add(probe(work.resolve("cold-" + r)));
        }
        Path warmHub = work.resolve("warm");
        try (Backend b = Backends.embedded(warmHub)) {
            b.completeSetup(new FirstRunSetup("Bench Hub", "Africa/Harare", "Bench", "Admin", EMAIL, PASSWORD));
        }
        probe(warmHub); // the first start after set-up warms the OS file cache; not counted
        List<Map<String, Long>> warm = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            warm.add(probe(warmHub));
        }
        report("cold (empty data folder → setup wizard)", cold);
        report("warm (existing hub → main window after sign-in)", warm);
    }

    private static Map<String, Long> probe(Path dataFolder) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"),
                StartupProbe.class.getName(), dataFolder.toString(), EMAIL, PASSWORD)
                .redirectErrorStream(true).start();
        Map<String, Long> result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    result = new LinkedHashMap<>();
                    for (String kv : line.substring(7).split(" ")) {
                        String[] parts = kv.split("=");
                        if (!parts[0].equals("kind")) {
                            result.put(parts[0], Long.parseLong(parts[1]));
                        }
                    }
                    System.out.println(line);
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("Probe failed for " + dataFolder);
        }
        return result;
    }

    private static void report(String title, List<Map<String, Long>> runs) {
        System.out.println();
        System.out.println(title + ", " + runs.size() + " runs, ms:");
        for (String key : runs.get(0).keySet()) {
            long[] v = runs.stream().mapToLong(m -> m.get(key)).sorted().toArray();
            System.out.printf("  %-18s p50 %6d   p95 %6d   min %6d   max %6d%n", key,
                    v[(int) Math.ceil(0.50 * v.length) - 1], v[(int) Math.ceil(0.95 * v.length) - 1], v[0], v[v.length - 1]);
        }
        System.out.println("  raw: " + Arrays.toString(runs.stream().mapToLong(m -> m.get("total")).toArray()));
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }
}
