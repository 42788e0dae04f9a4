package org.smilefactory.ui.theme;

/** Where the light/dark choice is remembered between runs. */
public interface ThemeStore {

    boolean loadDark();

    void saveDark(boolean dark);

    /** For tests and screenshots: remembers nothing beyond this run. */
    static ThemeStore inMemory(boolean dark) {
        return new ThemeStore() {
            private boolean value = dark;

            @Override
            public boolean loadDark() {
                return value;
            }

            @Override
            public void saveDark(boolean dark) {
                value = dark;
            }
        };
    }
}
