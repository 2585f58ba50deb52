package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;

/** DDL statements as {@link Executable}s, compiled by the dialect's {@link DdlCompiler}. */
final class Ddl {
    private Ddl() {
    }

    static Compiled compiled(Dialect dialect, String sql, Table table) {
        SqlWriter w = new SqlWriter(dialect);
        w.sql(sql);
        return w.toCompiled(Compiled.Kind.DDL, table, null, null);
    }

    static final class CreateTable implements Executable {
        private final Table table;

        CreateTable(Table table) {
            this.table = table.original();
        }

        @Override
        public Compiled compile(Dialect dialect) {
            return compiled(dialect, DdlCompiler.forDialect(dialect).createTable(table), table);
        }
    }

    static final class DropTable implements Executable {
        private final Table table;

        DropTable(Table table) {
            this.table = table.original();
        }

        @Override
        public Compiled compile(Dialect dialect) {
            return compiled(dialect, DdlCompiler.forDialect(dialect).dropTable(table), table);
        }
    }

    static final class CreateIndex implements Executable {
        private final Index index;

        CreateIndex(Index index) {
            this.index = index;
        }

        @Override
        public Compiled compile(Dialect dialect) {
            return compiled(dialect, DdlCompiler.forDialect(dialect).createIndex(index), index.table());
        }
    }
}
