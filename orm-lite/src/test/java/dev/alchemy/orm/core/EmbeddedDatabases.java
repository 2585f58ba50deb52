package dev.alchemy.orm.core;

import dev.alchemy.orm.Alchemy;
import dev.alchemy.orm.Engine;
import dev.alchemy.translator.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Fresh embedded databases (H2 in memory, SQLite in a temporary file) behind plain DataSources. */
final class EmbeddedDatabases {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private EmbeddedDatabases() {
    }

    static Stream<Dialect> dialects() {
        return Stream.of(Dialect.H2, Dialect.SQLITE);
    }

    static Engine engine(Dialect d) {
        return switch (d) {
            case H2 -> h2();
            case SQLITE -> sqlite();
            default -> throw new IllegalArgumentException(d.toString());
        };
    }

    static Engine h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:core" + SEQ.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return Alchemy.createEngine(ds, Dialect.H2);
    }

    static Engine sqlite() {
        try {
            Path dir = Files.createTempDirectory("orm-core");
            Path file = dir.resolve("core" + SEQ.incrementAndGet() + ".db");
            // deleted in reverse order of registration: the file, then its (then empty) directory
            dir.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + file);
            return Alchemy.createEngine(ds, Dialect.SQLITE);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
