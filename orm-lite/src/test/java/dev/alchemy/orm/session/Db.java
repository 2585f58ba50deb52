package dev.alchemy.orm.session;

import dev.alchemy.orm.Alchemy;
import dev.alchemy.orm.Engine;
import dev.alchemy.translator.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.sqlite.SQLiteDataSource;

/** A fresh embedded database with the model's tables and a record of every statement the engine issues. */
final class Db implements AutoCloseable {
    private static final AtomicInteger SEQ = new AtomicInteger();

    final Engine engine;
    final List<String> statements = new CopyOnWriteArrayList<>();
    final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

    private Db(Engine engine) {
        this.engine = engine;
        engine.addListener((sql, batchSize, nanos) -> {
            statements.add(sql);
            batchSizes.add(batchSize);
        });
        try {
            Model.METADATA.createAll(engine);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        statements.clear();
        batchSizes.clear();
    }

    static Db h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:orm_session_" + SEQ.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return new Db(Alchemy.createEngine(ds, Dialect.H2));
    }

    static Db sqlite(Path dir) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("orm" + SEQ.incrementAndGet() + ".db"));
        ds.setEnforceForeignKeys(true);
        return new Db(Alchemy.createEngine(ds, Dialect.SQLITE));
    }

    /** Statements recorded since the last call, then forgets them. */
    List<String> take() {
        List<String> out = List.copyOf(statements);
        statements.clear();
        batchSizes.clear();
        return out;
    }

    int count() {
        return take().size();
    }

    @Override
    public void close() {
        try {
            Model.METADATA.dropAll(engine);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            engine.close();
        }
    }
}
