package dev.alchemy.driver;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells HikariCP about errors that mean "this connection is dead" which its own list (SQLState class 08,
 * PostgreSQL's 57P0x, ...) lacks, so the connection leaves the pool at once instead of being handed to the
 * next borrower. Everything else is left to HikariCP's rules.
 */
final class DeadConnections implements SQLExceptionOverride {
    static final DeadConnections INSTANCE = new DeadConnections();

    /** H2: database closed (90098, 90121, e.g. after ABORT_SESSION) and connection broken (90067). */
    private static final Set<String> DEAD_STATES = Set.of("90098", "90121", "90067");
    /** MariaDB/MySQL: connection killed (1927), server shutting down (1053), gone away (2006), lost (2013). */
    private static final Set<Integer> DEAD_CODES = Set.of(1927, 1053, 2006, 2013);

    private DeadConnections() {
    }

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        if (DEAD_STATES.contains(e.getSQLState()) || DEAD_CODES.contains(e.getErrorCode())) {
            return Override.MUST_EVICT;
        }
        return Override.CONTINUE_EVICT;
    }
}
