package dev.alchemy.driver.jdbc;

import java.lang.invoke.MethodHandle;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Creates Alchemy's wrappers. Each kind's delegating class is generated on first use (one holder class per kind,
 * so a program that never asks for metadata never generates its wrapper) and created through a constant
 * constructor handle.
 */
public final class Wrap {
    private Wrap() {
    }

    /** Wraps a connection of the real driver (unpooled) so that every SQL string passes through {@code hook}. */
    public static Connection connection(Connection real, SqlHook hook) {
        return connection(real, hook, null);
    }

    /**
     * Wraps a pooled connection so that every SQL string passes through {@code hook}; {@code evict} takes the pool's
     * connection out of the pool when its state cannot be restored on close.
     */
    public static Connection connection(Connection pooled, SqlHook hook, Consumer<Connection> evict) {
        try {
            return (AlchemyConnection) ForConnection.NEW.invokeExact(pooled, hook, evict);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static AlchemyStatement statement(AlchemyConnection owner, Statement real) {
        try {
            return (AlchemyStatement) ForStatement.NEW.invokeExact(owner, real);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static AlchemyPreparedStatement prepared(AlchemyConnection owner, PreparedStatement real, String received, String sent) {
        try {
            return (AlchemyPreparedStatement) ForPrepared.NEW.invokeExact(owner, real, received, sent);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static AlchemyCallableStatement callable(AlchemyConnection owner, CallableStatement real, String received, String sent) {
        try {
            return (AlchemyCallableStatement) ForCallable.NEW.invokeExact(owner, real, received, sent);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    /** {@code owner} is null for result sets that no statement produced (DatabaseMetaData). */
    static ResultSet resultSet(Statement owner, ResultSet real) {
        if (real == null) {
            return null;
        }
        try {
            return (AlchemyResultSet) ForResultSet.NEW.invokeExact(owner, real);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static DatabaseMetaData metaData(AlchemyConnection owner, DatabaseMetaData real) {
        if (real == null) {
            return null;
        }
        try {
            return (AlchemyDatabaseMetaData) ForMetaData.NEW.invokeExact(owner, real);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    private static RuntimeException failed(Throwable t) {
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        return new IllegalStateException(t);
    }

    private static final class ForConnection {
        static final MethodHandle NEW = Delegation.constructor(AlchemyConnection.class, "connection", Connection.class, SqlHook.class,
                Consumer.class);
    }

    private static final class ForStatement {
        static final MethodHandle NEW = Delegation.constructor(AlchemyStatement.class, "statement", AlchemyConnection.class, Statement.class);
    }

    private static final class ForPrepared {
        static final MethodHandle NEW = Delegation.constructor(AlchemyPreparedStatement.class, "prepared",
                AlchemyConnection.class, PreparedStatement.class, String.class, String.class);
    }

    private static final class ForCallable {
        static final MethodHandle NEW = Delegation.constructor(AlchemyCallableStatement.class, "callable",
                AlchemyConnection.class, CallableStatement.class, String.class, String.class);
    }

    private static final class ForResultSet {
        static final MethodHandle NEW = Delegation.constructor(AlchemyResultSet.class, "resultSet", Statement.class, ResultSet.class);
    }

    private static final class ForMetaData {
        static final MethodHandle NEW = Delegation.constructor(AlchemyDatabaseMetaData.class, "metaData",
                AlchemyConnection.class, DatabaseMetaData.class);
    }
}
