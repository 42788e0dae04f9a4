package org.smilefactory.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.smilefactory.ui.l10n.Localization;

class DetailFieldTest {

    private final Localization l10n = Localization.english();

    @Test
    void moneyAcceptsTheWaysPeopleWriteAmounts() throws Exception {
        assertThat(DetailField.parseMoney("25000", l10n)).isEqualByComparingTo("25000");
        assertThat(DetailField.parseMoney("25,000.50", l10n)).isEqualByComparingTo("25000.50");
        assertThat(DetailField.parseMoney("USD 1 200", l10n)).isEqualByComparingTo("1200");
        assertThat(DetailField.parseMoney("$99.5", l10n)).isEqualTo(new BigDecimal("99.5"));
    }

    @Test
    void moneyRejectsTextAndAmbiguousCommas() {
        assertThatThrownBy(() -> DetailField.parseMoney("a lot", l10n))
                .hasMessage(l10n.get("editor.money.invalid"));
        // "12,5" could be twelve and a half or a typo for 125: ask rather than guess.
        assertThatThrownBy(() -> DetailField.parseMoney("12,5", l10n))
                .hasMessage(l10n.get("editor.money.invalid"));
    }
}
