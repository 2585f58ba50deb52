package dev.alchemy.it.support;

/**
 * A database the tests can reach: its real JDBC URL and credentials, and the same URL under
 * {@code jdbc:alchemy:}.
 */
public record TestDatabase(String name, String realUrl, String user, String password) {

    /** {@code jdbc:postgresql://h/db} becomes {@code jdbc:alchemy:postgresql://h/db}. */
    public String alchemyUrl() {
        return "jdbc:alchemy:" + realUrl.substring("jdbc:".length());
    }

    /** The Alchemy URL with extra {@code alchemy.*} or driver settings appended in the real driver's syntax. */
    public String alchemyUrl(String settings) {
        String url = alchemyUrl();
        if (settings == null || settings.isEmpty()) {
            return url;
        }
        if (url.startsWith("jdbc:alchemy:h2:") || url.startsWith("jdbc:alchemy:sqlserver:")) {
            return url + ";" + settings.replace('&', ';');
        }
        return url + (url.contains("?") ? "&" : "?") + settings;
    }

    /**
     * A connection through Alchemy's driver for SQL written in {@code sourceDialect}, failing (not passing through)
     * what cannot be translated, with {@code setup} run first.
     */
    public java.sql.Connection connectWritingIn(String sourceDialect, java.util.List<String> setup) throws java.sql.SQLException {
        java.sql.Connection c = java.sql.DriverManager.getConnection(
                alchemyUrl("alchemy.sourceDialect=" + sourceDialect + "&alchemy.translate.onError=fail"), user, password);
        try (java.sql.Statement s = c.createStatement()) {
            for (String sql : setup) {
                s.execute(sql);
            }
        } catch (java.sql.SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    @Override
    public String toString() {
        return name + " (" + realUrl + ", user " + user + ")";
    }
}
