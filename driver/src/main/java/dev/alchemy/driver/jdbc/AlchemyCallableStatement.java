package dev.alchemy.driver.jdbc;

import java.sql.CallableStatement;

/** Alchemy's callable statement: what {@link AlchemyPreparedStatement} does; the rest is generated delegation. */
public abstract class AlchemyCallableStatement extends AlchemyPreparedStatement implements CallableStatement {
    protected final CallableStatement callable;

    protected AlchemyCallableStatement(AlchemyConnection connection, CallableStatement callable, String receivedSql, String sentSql) {
        super(connection, callable, receivedSql, sentSql);
        this.callable = callable;
    }
}
