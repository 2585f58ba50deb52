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

    @Override
    public String toString() {
        return name + " (" + realUrl + ", user " + user + ")";
    }
}
