package org.smilefactory.core.api.profiles;

/** Head-count bands, stored as their labels. */
public enum OrganisationSize {
    S_1_10("1-10"), S_11_50("11-50"), S_51_200("51-200"), S_201_1000("201-1000"), S_1000_PLUS("1000+");

    private final String label;

    OrganisationSize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static OrganisationSize fromLabel(String label) {
        for (OrganisationSize s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown organisation size: " + label);
    }
}
