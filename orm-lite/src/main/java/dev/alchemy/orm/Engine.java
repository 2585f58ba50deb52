package dev.alchemy.orm;

import dev.alchemy.orm.session.Session;
import dev.alchemy.translator.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A {@link DataSource} plus its dialect: opens connections and sessions, and is the one path every
 * statement orm-lite issues goes through (so echo and statement listeners see all of them).
 * Owned by the Core work; this is the seam the ORM builds on.
 */
public final class Engine implements AutoCloseable {
    private final DataSource dataSource;
    private final Dialect dialect;

    Engine(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** A new session; use it in try-with-resources. */
    public Session session() {
        return new Session(this);
    }

    @Override
    public void close() {
        // TODO(orm-lite issue): close the pool when this engine owns it
    }
}
