package dev.alchemy.driver.jdbc;

import dev.alchemy.translator.Translation;
import java.sql.PreparedStatement;

/**
 * A prepared statement whose translation takes the {@code ?} markers in another order than the application wrote
 * them (SQL Server's {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY} for {@code LIMIT ? OFFSET ?}): the generated
 * subclass passes every {@code setXxx(int parameterIndex, ..)} on with the index mapped through
 * {@link #position(int)}. A separate class, so statements in order keep the plain delegation and pay nothing.
 */
public abstract class AlchemyPermutedPreparedStatement extends AlchemyPreparedStatement {
    private final Translation translation;

    protected AlchemyPermutedPreparedStatement(AlchemyConnection connection, PreparedStatement prepared, String receivedSql,
            Translation translation) {
        super(connection, prepared, receivedSql, translation.sql());
        this.translation = translation;
    }

    /** The sent statement's marker position for the application's parameter {@code index}. */
    protected final int position(int index) {
        return translation.outputPosition(index);
    }
}
