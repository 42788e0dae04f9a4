package org.smilefactory.ui.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each feature appends its own block to the bundles; a key defined twice means one of the two texts
 * silently never shows. Every key is defined once.
 */
class BundleKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"/org/smilefactory/ui/messages.properties", "/org/smilefactory/core/messages.properties"})
    void everyKeyIsDefinedOnce(String bundle) throws IOException {
        List<String> lines;
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        boolean continued = false;
        for (String line : lines) {
            String trimmed = line.strip();
            boolean isEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
            if (isEntry) {
                int end = 0;
                while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
                    end++;
                }
                if (!seen.add(trimmed.substring(0, end))) {
                    twice.add(trimmed.substring(0, end));
                }
            }
            continued = trimmed.endsWith("\\") && !trimmed.endsWith("\\\\");
        }
        assertThat(twice).as("keys defined more than once in " + bundle).isEmpty();
    }
}
