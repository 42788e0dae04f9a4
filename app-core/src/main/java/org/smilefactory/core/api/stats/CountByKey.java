package org.smilefactory.core.api.stats;

/** A count per category-like key (a profile type, a state, a listing category). */
public record CountByKey(String key, long count) {
}
