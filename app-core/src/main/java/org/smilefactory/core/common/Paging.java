package org.smilefactory.core.common;

/**
 * The one rule for a list's page size (decision 0020): {@code 0} asks for the list's default (the
 * contract's records and the server's parameters use it for "not given"), {@code 1..max} is served,
 * anything else is a validation error on {@code limit}. A negative limit used to be read as "the
 * default" on some lists and reached SQL on others; a limit over the maximum was quietly cut.
 */
public final class Paging {

    private Paging() {
    }

    /** The page size to use for {@code requested}; throws a validation error on {@code limit} when out of range. */
    public static int limit(int requested, int defaultLimit, int max) {
        return limit("limit", requested, defaultLimit, max);
    }

    public static int limit(String field, int requested, int defaultLimit, int max) {
        if (requested < 0 || requested > max) {
            new Problems().add(field, "out-of-range", Messages.get("validation.range", 1, max)).throwIfAny();
        }
        return requested == 0 ? defaultLimit : requested;
    }
}
