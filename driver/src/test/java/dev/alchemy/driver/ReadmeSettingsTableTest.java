package dev.alchemy.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's settings table is the enum's: a setting added, renamed or redocumented must be regenerated. */
class ReadmeSettingsTableTest {

    @Test
    void readmeTableMatchesTheSettingsEnum() throws IOException {
        String path = System.getProperty("alchemy.readme");
        assertNotNull(path, "system property alchemy.readme (set by driver/pom.xml's surefire configuration) names the README");
        Path readme = Path.of(path);
        assertTrue(Files.isRegularFile(readme), "README not found at " + readme.toAbsolutePath());
        String section = SettingsTable.currentSection(Files.readString(readme, StandardCharsets.UTF_8));
        assertNotNull(section, "README.md lacks the " + SettingsTable.BEGIN + " ... " + SettingsTable.END + " markers");
        assertEquals(SettingsTable.markdown(), section,
                "README.md's settings table disagrees with AlchemyProperty. Regenerate it from the repository root with:\n  "
                        + SettingsTable.REGENERATE + "\n");
    }

    @Test
    void everySettingIsARowOfTheTable() {
        String table = SettingsTable.markdown();
        for (AlchemyProperty p : AlchemyProperty.values()) {
            assertTrue(table.contains("| `" + p.propertyName() + "` |"), p.propertyName());
        }
    }
}
