package dev.alchemy.driver;

import dev.alchemy.driver.jdbc.Secrets;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Messages for connections that could not be opened: they name the cause and the fix, never the password. */
final class Errors {
    private Errors() {
    }

    /**
     * A failed first connection. Network failures (SQLState class 08, or a socket error anywhere in the chain)
     * become 08001 naming host:port; anything else (bad credentials, missing database) keeps the real driver's
     * SQLState. The real driver's exception is chained.
     */
    static SQLException cannotConnect(AlchemyUrl url, Throwable failure, String password) {
        Throwable cause = failure;
        // HikariCP wraps the driver's exception in PoolInitializationException (a RuntimeException)
        while (!(cause instanceof SQLException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String state = cause instanceof SQLException ? ((SQLException) cause).getSQLState() : null;
        boolean network = (state != null && state.startsWith("08")) || hasNetworkCause(cause);
        String location = url.location();
        String message;
        if (network) {
            message = "Cannot reach the " + url.target + " server at " + location + " (" + url + "): " + cause.getMessage()
                    + ". Check that the server is running and accepts connections on " + location
                    + ", and that host and port in the URL are right.";
        } else {
            message = "The " + url.target + " database at " + location + " refused the connection (" + url + "): "
                    + cause.getMessage() + ". Check the database name, user and password.";
        }
        return new SQLException(Secrets.mask(message, password), network || state == null ? "08001" : state, cause);
    }

    private static boolean hasNetworkCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof NoRouteToHostException
                    || c instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
