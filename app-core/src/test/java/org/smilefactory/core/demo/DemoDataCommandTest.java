package org.smilefactory.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.testsupport.TestPostgres;

class DemoDataCommandTest {

    @Test
    void defaultsToSizeSInTheDesktopDataFolder() throws Exception {
        DemoDataCommand.Options o = DemoDataCommand.parse(new String[0]);
        assertThat(o.size()).isEqualTo(DemoSize.S);
        assertThat(o.dataDir()).isNotNull();
        assertThat(o.jdbcUrl()).isNull();
        assertThat(o.adminEmail()).isEqualTo("admin@demo.smilefactory.africa");
    }

    @Test
    void readsSizeAndTarget() throws Exception {
        DemoDataCommand.Options o = DemoDataCommand.parse(new String[] {"--size", "l", "--data-dir", "/tmp/sf-bench"});
        assertThat(o.size()).isEqualTo(DemoSize.L);
        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/sf-bench"));
        DemoDataCommand.Options direct = DemoDataCommand.parse(
                new String[] {"--jdbc-url", "jdbc:postgresql://hub/db", "--user", "hub", "--password", "secret"});
        assertThat(direct.dataDir()).isNull();
        assertThat(direct.password()).isEqualTo("secret");
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> DemoDataCommand.parse(new String[] {"--size", "XL"}))
                .hasMessageContaining("S or L");
        assertThatThrownBy(() -> DemoDataCommand.parse(new String[] {"--data-dir", "/a", "--jdbc-url", "jdbc:x"}))
                .hasMessageContaining("either");
        assertThatThrownBy(() -> DemoDataCommand.parse(new String[] {"--size"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> DemoDataCommand.parse(new String[] {"--frobnicate"})).hasMessageContaining("Unknown");
        Output out = new Output();
        assertThat(DemoDataCommand.run(new String[] {"--size", "XL"}, out.stream(), out.stream())).isEqualTo(2);
        assertThat(out.text()).contains("Usage:");
    }

    @Test
    void setsUpAnEmptyHubFillsItAndRefusesASecondTimeInOneLine() {
        String url = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
        String[] args = {"--jdbc-url", url, "--user", "postgres", "--password", "", "--verbose"};

        Output first = new Output();
        assertThat(DemoDataCommand.run(args, first.stream(), first.stream())).isZero();
        assertThat(first.text()).contains("Setting up \"SmileFactory Demo Hub\"", "Done: 200 members",
                LocalDemoDataService.DEMO_PASSWORD);

        Output out = new Output();
        Output err = new Output();
        assertThat(DemoDataCommand.run(args, out.stream(), err.stream())).isEqualTo(1);
        assertThat(err.text().strip()).isEqualTo("Demo data failed: The hub already has members, so demo data was not added.");
    }

    @Test
    void anUnreachableDatabaseIsOneClearLine() {
        Output out = new Output();
        Output err = new Output();
        int code = DemoDataCommand.run(new String[] {"--jdbc-url", "jdbc:postgresql://127.0.0.1:1/nowhere",
                "--user", "x", "--password", "y", "--verbose"}, out.stream(), err.stream());
        assertThat(code).isEqualTo(1);
        assertThat(err.text().strip()).startsWith("Demo data failed: ").doesNotContain("\n").doesNotContain("at org.");
    }

    private static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        PrintStream stream() {
            return stream;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
