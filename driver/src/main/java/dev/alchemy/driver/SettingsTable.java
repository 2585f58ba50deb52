package dev.alchemy.driver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the README's table of settings from {@link AlchemyProperty}, between {@value #BEGIN} and {@value #END}.
 *
 * <pre>
 * mvn -q -o -pl driver -am compile
 * java -cp driver/target/classes:translator/target/classes dev.alchemy.driver.SettingsTable README.md
 * </pre>
 */
public final class SettingsTable {
    public static final String BEGIN = "<!-- settings:begin -->";
    public static final String END = "<!-- settings:end -->";
    public static final String REGENERATE = "mvn -q -o -pl driver -am compile && "
            + "java -cp driver/target/classes:translator/target/classes dev.alchemy.driver.SettingsTable README.md";

    private SettingsTable() {
    }

    public static void main(String[] args) throws IOException {
        Path readme = Path.of(args.length > 0 ? args[0] : "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Files.writeString(readme, replaceSection(text), StandardCharsets.UTF_8);
        System.out.println("Settings table written to " + readme);
    }

    /** The text between the markers, markers excluded, as the enum says it should be. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("\nGive settings in the URL (`?alchemy.echo=true&...`, or `;alchemy.echo=true` for SQL Server and H2),\n")
          .append("in the `Properties` passed to `DriverManager.getConnection`, as `AlchemyDataSource` bean properties\n")
          .append("(`alchemy.pool.maximumPoolSize` is `setPoolMaximumPoolSize`) or as JVM system properties\n")
          .append("(`-Dalchemy.echo=true`). The URL wins over Properties, which win over system properties. An unknown\n")
          .append("`alchemy.*` name in the URL or Properties is an error (SQLState 08001) that names the closest setting.\n")
          .append("Generated from `AlchemyProperty` by `dev.alchemy.driver.SettingsTable`.\n\n")
          .append("| Setting | Default | Allowed values | Description |\n")
          .append("|---|---|---|---|\n");
        for (AlchemyProperty p : AlchemyProperty.values()) {
            sb.append("| `").append(p.propertyName()).append("` | ")
              .append(p.defaultValue() == null ? "(unset)" : "`" + p.defaultValue() + "`").append(" | ")
              .append(cell(p.allowedValues())).append(" | ")
              .append(cell(p.description())).append(" |\n");
        }
        return sb.append('\n').toString();
    }

    static String replaceSection(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("README has no " + BEGIN + " ... " + END + " section");
        }
        return readme.substring(0, begin + BEGIN.length()) + markdown() + readme.substring(end);
    }

    /** The section currently in {@code readme}, markers excluded. */
    static String currentSection(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            return null;
        }
        return readme.substring(begin + BEGIN.length(), end);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
