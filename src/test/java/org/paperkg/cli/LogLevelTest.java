package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** -Dpaperkg.log.level becomes slf4j-simple's default level, unless that was set itself. */
class LogLevelTest {
    static final String OURS = "paperkg.log.level";
    static final String SIMPLE = "org.slf4j.simpleLogger.defaultLogLevel";
    String oursBefore;
    String simpleBefore;

    @BeforeEach
    void save() {
        oursBefore = System.getProperty(OURS);
        simpleBefore = System.getProperty(SIMPLE);
        System.clearProperty(OURS);
        System.clearProperty(SIMPLE);
    }

    @AfterEach
    void restore() {
        set(OURS, oursBefore);
        set(SIMPLE, simpleBefore);
    }

    static void set(String key, String value) {
        if (value == null) System.clearProperty(key);
        else System.setProperty(key, value);
    }

    @Test
    void ourPropertySetsTheBackendsDefaultLevel() {
        System.setProperty(OURS, " INFO ");
        Main.logLevelFromProperty();
        assertEquals("info", System.getProperty(SIMPLE));
    }

    @Test
    void anExplicitBackendLevelWins() {
        System.setProperty(OURS, "DEBUG");
        System.setProperty(SIMPLE, "error");
        Main.logLevelFromProperty();
        assertEquals("error", System.getProperty(SIMPLE));
    }

    @Test
    void withoutOurPropertyTheBackendKeepsItsFile() {
        Main.logLevelFromProperty();
        assertNull(System.getProperty(SIMPLE)); // simplelogger.properties then says warn
    }
}
