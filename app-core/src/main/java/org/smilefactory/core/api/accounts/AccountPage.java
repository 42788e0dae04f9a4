package org.smilefactory.core.api.accounts;

import java.util.List;

/** A page of accounts; {@code next} is null on the last page. */
public record AccountPage(List<AccountSummary> items, String next) {

    public AccountPage {
        items = List.copyOf(items);
    }
}
