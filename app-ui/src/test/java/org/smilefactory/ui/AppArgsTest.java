package org.smilefactory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppArgsTest {

    @Test
    void dataDirOverridesTheDefaultFolderInEitherSpelling() {
        assertThat(AppArgs.parse(List.of("--data-dir=/srv/hub-a")).dataDir()).contains(Path.of("/srv/hub-a"));
        assertThat(AppArgs.parse(List.of("--data-dir", "/srv/hub-b")).dataDir()).contains(Path.of("/srv/hub-b"));
    }

    @Test
    void withoutTheOptionTheDefaultIsUsedAndUnknownOptionsAreIgnored() {
        assertThat(AppArgs.parse(List.of("--something-else", "-Xfoo")).dataDir()).isEmpty();
    }

    @Test
    void kioskTakesAnEventIdInEitherSpelling() {
        java.util.UUID id = java.util.UUID.randomUUID();
        assertThat(AppArgs.parse(List.of("--kiosk", id.toString())).kioskEvent()).contains(id);
        assertThat(AppArgs.parse(List.of("--kiosk=" + id, "--")).kioskEvent()).contains(id);
        assertThat(AppArgs.parse(List.of("--")).kioskEvent()).isEmpty();
        // not an event id: kept, so the kiosk screen can say so instead of the app failing to start
        AppArgs bad = AppArgs.parse(List.of("--kiosk=door-1"));
        assertThat(bad.kioskEvent()).isEmpty();
        assertThat(bad.badKioskEvent()).contains("door-1");
        assertThat(bad.kiosk()).isTrue();
        assertThat(AppArgs.parse(List.of("--kiosk")).badKioskEvent()).contains("");
        assertThat(AppArgs.parse(List.of("--kiosk=" + id)).kiosk()).isTrue();
        assertThat(AppArgs.parse(List.of("--data-dir=/x")).kiosk()).isFalse();
    }
}
