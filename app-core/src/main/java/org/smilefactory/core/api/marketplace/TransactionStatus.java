package org.smilefactory.core.api.marketplace;

/** INITIATED, then NEGOTIATING, AGREED and COMPLETED in that order; any open state may become CANCELLED. */
public enum TransactionStatus {
    INITIATED, NEGOTIATING, AGREED, COMPLETED, CANCELLED;

    /** The states this one may move to. */
    public java.util.List<TransactionStatus> next() {
        switch (this) {
            case INITIATED:
                return java.util.List.of(NEGOTIATING, CANCELLED);
            case NEGOTIATING:
                return java.util.List.of(AGREED, CANCELLED);
            case AGREED:
                return java.util.List.of(COMPLETED, CANCELLED);
            default:
                return java.util.List.of();
        }
    }

    public boolean isOpen() {
        return !next().isEmpty();
    }
}
