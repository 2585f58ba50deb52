package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;

/** A statement an {@link dev.alchemy.orm.Engine} can run: select, insert, update, delete or DDL. */
public interface Executable {
    /** SQL for {@code dialect} with {@code ?} markers; every value is a bound parameter. */
    Compiled compile(Dialect dialect);
}
