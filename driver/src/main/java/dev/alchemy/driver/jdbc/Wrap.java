package dev.alchemy.driver.jdbc;

import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

import dev.alchemy.translator.Translation;
import java.lang.invoke.MethodHandle;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.Consumer;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

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

    /** {@code translation} is null when the SQL was sent unchanged (no translation). */
    static AlchemyPreparedStatement prepared(AlchemyConnection owner, PreparedStatement real, String received,
            Translation translation) {
        try {
            if (translation != null && translation.reordersParameters()) {
                return (AlchemyPermutedPreparedStatement) ForPermutedPrepared.NEW.invokeExact(owner, real, received, translation);
            }
            String sent = translation == null ? received : translation.sql();
            return (AlchemyPreparedStatement) ForPrepared.NEW.invokeExact(owner, real, received, sent);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    /** {@code translation} is null when the SQL was sent unchanged (no translation). */
    static AlchemyCallableStatement callable(AlchemyConnection owner, CallableStatement real, String received,
            Translation translation) {
        try {
            if (translation != null && translation.reordersParameters()) {
                return (AlchemyPermutedCallableStatement) ForPermutedCallable.NEW.invokeExact(owner, real, received, translation);
            }
            String sent = translation == null ? received : translation.sql();
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

    /** Every {@code PreparedStatement.setXxx(int parameterIndex, ..)}: the index is the application's. */
    private static final ElementMatcher.Junction<MethodDescription> PARAMETER_SETTERS =
            isDeclaredBy(PreparedStatement.class).and(nameStartsWith("set")).and(takesArgument(0, int.class));

    private static final class ForPermutedPrepared {
        static final MethodHandle NEW = Delegation.constructor(AlchemyPermutedPreparedStatement.class, "prepared",
                PARAMETER_SETTERS, AlchemyConnection.class, PreparedStatement.class, String.class, Translation.class);
    }

    private static final class ForPermutedCallable {
        /** CallableStatement also reads and registers OUT parameters by index. */
        static final MethodHandle NEW = Delegation.constructor(AlchemyPermutedCallableStatement.class, "callable",
                PARAMETER_SETTERS.or(isDeclaredBy(CallableStatement.class).and(takesArgument(0, int.class))
                        .and(nameStartsWith("get").or(named("registerOutParameter")))),
                AlchemyConnection.class, CallableStatement.class, String.class, Translation.class);
    }

    private static final class ForResultSet {
        static final MethodHandle NEW = Delegation.constructor(AlchemyResultSet.class, "resultSet", Statement.class, ResultSet.class);
    }

    private static final class ForMetaData {
        static final MethodHandle NEW = Delegation.constructor(AlchemyDatabaseMetaData.class, "metaData",
                AlchemyConnection.class, DatabaseMetaData.class);
    }
}
