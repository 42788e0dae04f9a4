package org.smilefactory.core.api.admin;

/** Sizes of the demo community: S for trying the UI, L for benchmarks. */
public enum DemoSize {
    S(200), L(10_000);

    private final int members;

    DemoSize(int members) {
        this.members = members;
    }

    public int members() {
        return members;
    }
}
