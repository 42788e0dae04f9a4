package org.smilefactory.core.api.accounts;

/**
 * A page of the staff account list: {@code text} matches name or e-mail (blank: everyone), {@code role}
 * and {@code state} filter (null: any), {@code after} is the previous page's {@link AccountPage#next()}
 * (null: the first page), {@code limit} 0 for the default page size.
 */
public record AccountQuery(String text, Role role, AccountState state, AccountSort sort, String after, int limit) {

    /** The first page of everyone, newest first. */
    public static AccountQuery all() {
        return new AccountQuery(null, null, null, AccountSort.SIGNED_UP, null, 0);
    }

    public AccountQuery withAfter(String cursor) {
        return new AccountQuery(text, role, state, sort, cursor, limit);
    }
}
