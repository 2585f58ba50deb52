package dev.alchemy.driver.jdbc;

import dev.alchemy.translator.Translation;
import java.sql.CallableStatement;

/**
 * {@link AlchemyPermutedPreparedStatement} for {@code prepareCall}: the generated subclass maps the parameter index
 * of every {@code setXxx(int, ..)}, {@code getXxx(int, ..)} and {@code registerOutParameter(int, ..)}.
 */
public abstract class AlchemyPermutedCallableStatement extends AlchemyCallableStatement {
    private final Translation translation;

    protected AlchemyPermutedCallableStatement(AlchemyConnection connection, CallableStatement callable, String receivedSql,
            Translation translation) {
        super(connection, callable, receivedSql, translation.sql());
        this.translation = translation;
    }

    /** The sent statement's marker position for the application's parameter {@code index}. */
    protected final int position(int index) {
        return translation.outputPosition(index);
    }
}
