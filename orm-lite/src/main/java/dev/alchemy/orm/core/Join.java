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

    /**
     * ON from the foreign key between {@code right} and the nearest table in {@code left} it relates to,
     * in either direction. More than one foreign key between the two (two references to the same table,
     * or a self-join) is ambiguous: the caller must say which.
     */
    static Expression inferOn(FromClause left, FromClause right) {
        List<FromClause> lefts = new ArrayList<>(left.leaves());
        java.util.Collections.reverse(lefts); // the most recently joined table first
        for (FromClause l : lefts) {
            List<Expression> conditions = new ArrayList<>();
            List<String> found = new ArrayList<>();
            for (FromClause r : right.leaves()) {
                if (l instanceof Table lt && r instanceof Table rt) {
                    addForeignKeyConditions(lt, rt, conditions, found);
                    addForeignKeyConditions(rt, lt, conditions, found);
                }
            }
            if (conditions.size() > 1) {
                throw new IllegalArgumentException("cannot infer the ON clause: " + found.size() + " foreign keys link "
                        + describe(right) + " and " + l.refName() + " " + found + "; pass the one you mean, e.g. join(table, a.c(\"x\").eq(b.c(\"y\")))");
            }
            if (conditions.size() == 1) {
                return conditions.get(0);
            }
        }
        throw new IllegalArgumentException("cannot infer the ON clause: no foreign key links " + describe(right)
                + " to " + describe(left) + "; pass it, e.g. join(table, a.c(\"x\").eq(b.c(\"y\")))");
    }

    /** Conditions for every foreign key in {@code from} that points at {@code to}'s table. */
    private static void addForeignKeyConditions(Table from, Table to, List<Expression> out, List<String> found) {
        for (Column c : from.columns()) {
            ForeignKey fk = c.foreignKey();
            if (fk != null && fk.targetTable().equalsIgnoreCase(to.original().name())) {
                out.add(c.eq(to.c(fk.targetColumn())));
                found.add(c + " -> " + to.refName() + "." + fk.targetColumn());
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
