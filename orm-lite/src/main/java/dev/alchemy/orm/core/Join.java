package dev.alchemy.orm.core;

import java.util.ArrayList;
import java.util.List;

/** {@code left [LEFT OUTER] JOIN right ON condition}; without a condition, ON follows the foreign key between them. */
public final class Join extends FromClause {
    private final FromClause left;
    private final FromClause right;
    private final Expression on;
    private final boolean outer;

    Join(FromClause left, FromClause right, Expression on, boolean outer) {
        this.left = left;
        this.right = right;
        this.outer = outer;
        this.on = on != null ? on : inferOn(left, right);
    }

    public FromClause left() {
        return left;
    }

    public FromClause right() {
        return right;
    }

    public Expression on() {
        return on;
    }

    public boolean isOuter() {
        return outer;
    }

    @Override
    public String refName() {
        throw new UnsupportedOperationException("a join has no name of its own; use its tables' columns");
    }

    @Override
    void compileFrom(SqlWriter w) {
        left.compileFrom(w);
        w.sql(outer ? " LEFT OUTER JOIN " : " JOIN ");
        boolean wrap = right instanceof Join;
        if (wrap) {
            w.sql('(');
        }
        right.compileFrom(w);
        if (wrap) {
            w.sql(')');
        }
        w.sql(" ON ");
        on.compileTo(w);
    }

    @Override
    List<FromClause> leaves() {
        List<FromClause> all = new ArrayList<>(left.leaves());
        all.addAll(right.leaves());
        return all;
    }

    /** ON from the foreign keys between {@code right} and the tables in {@code left}, either direction. */
    static Expression inferOn(FromClause left, FromClause right) {
        List<Expression> conditions = new ArrayList<>();
        List<FromClause> rights = right.leaves();
        for (FromClause l : left.leaves()) {
            for (FromClause r : rights) {
                if (l instanceof Table lt && r instanceof Table rt) {
                    addForeignKeyConditions(lt, rt, conditions);
                    addForeignKeyConditions(rt, lt, conditions);
                }
            }
            if (!conditions.isEmpty()) {
                break; // the nearest table that relates wins, like SQLAlchemy's join inference
            }
        }
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("cannot infer the ON clause: no foreign key links " + describe(right)
                    + " to " + describe(left) + "; pass it, e.g. join(table, a.c(\"x\").eq(b.c(\"y\")))");
        }
        return Expressions.Junction.of(" AND ", conditions);
    }

    /** Conditions for every foreign key in {@code from} that points at {@code to}'s table. */
    private static void addForeignKeyConditions(Table from, Table to, List<Expression> out) {
        for (Column c : from.columns()) {
            ForeignKey fk = c.foreignKey();
            if (fk != null && fk.targetTable().equalsIgnoreCase(to.original().name())) {
                out.add(c.eq(to.c(fk.targetColumn())));
            }
        }
    }

    private static String describe(FromClause f) {
        List<String> names = new ArrayList<>();
        for (FromClause leaf : f.leaves()) {
            names.add(leaf.refName());
        }
        return String.join(", ", names);
    }
}
