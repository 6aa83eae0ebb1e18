package vn.pakn.infrastructure.demo;

import java.util.Locale;

/**
 * The settings of the demo data, read through MicroProfile Config.
 *
 * <p>{@value #KEY} (environment variable {@code PAKN_DEMO_DATA}), a {@link Mode}: {@code auto} (default),
 * {@code true} or {@code false}.
 */
public final class DemoDataSettings {

    /** Whether to load the demo data at start-up; see {@link Mode}. */
    public static final String KEY = "pakn.demo.data";

    /** What {@link #KEY} may say. */
    public enum Mode {
        /** Load when the database has no units at all (a fresh installation); the default. */
        AUTO,
        /** The same as {@link #AUTO}, said explicitly: load into an empty database, never over existing data. */
        TRUE,
        /** Never load. */
        FALSE;

        public boolean loads() {
            return this != FALSE;
        }
    }

    /** The defaults. */
    public static final class Defaults {
        public static final String MODE = "auto";
        /** The seed of every random choice, so that the same clock gives the same data. */
        public static final long SEED = 20251;
        /** How many cases to open, before duplicates; some 10 % more reports come as duplicates. */
        public static final int CASES = 330;

        private Defaults() {
        }
    }

    private DemoDataSettings() {
    }

    /**
     * Reads a {@link Mode}, case-insensitively and ignoring blanks around it; blank means the default.
     *
     * @throws IllegalArgumentException naming the key and the accepted values when the text is none of them
     */
    public static Mode parseMode(String text) {
        String t = text == null || text.isBlank() ? Defaults.MODE : text.strip();
        try {
            return Mode.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(KEY + " (PAKN_DEMO_DATA) must be auto, true or false, got '" + text + "'", e);
        }
    }
}
