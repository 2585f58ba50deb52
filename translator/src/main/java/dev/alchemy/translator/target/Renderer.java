package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.update.UpdateSet;

import java.util.List;

/**
 * What a {@link TargetDialect} hook writes with: the output being built and a way to render sub-expressions
 * and sub-selects with every source reading and target rule applied (so a hook never calls
 * {@code toString()} on a child, which would skip the rewrites inside it).
 */
public interface Renderer {
    /** The output so far; hooks append to it. */
    StringBuilder out();

    default Renderer append(String text) {
        out().append(text);
        return this;
    }

    /** Renders an expression (source forms read, target rules applied). */
    Renderer expression(Expression expression);

    /** Renders expressions separated by {@code separator}. */
    default Renderer expressions(List<? extends Expression> expressions, String separator) {
        for (int i = 0; i < expressions.size(); i++) {
            if (i > 0) {
                append(separator);
            }
            expression(expressions.get(i));
        }
        return this;
    }

    /** Renders {@code ORDER BY a ASC, b DESC NULLS LAST} items (without the keywords ORDER BY). */
    Renderer orderBy(List<OrderByElement> elements);

    /** Renders {@code c = v, (a, b) = (x, y)} assignments (UPDATE SET / upsert). */
    Renderer updateSets(List<UpdateSet> sets);

    /** Renders select items ({@code a, b AS x, *}). */
    Renderer selectItems(List<SelectItem<?>> items);

    /**
     * Renders the core of an INSERT, {@code [WITH ..] INSERT INTO t (cols) VALUES (..) | SELECT ..}, without its
     * upsert clause and RETURNING list.
     */
    Renderer insertCore(Insert insert);

    /** Renders a (sub)select. */
    Renderer select(Select select);

    /** Renders a whole statement the usual way, without {@link TargetDialect#renderStatement} (for a hook wrapping it). */
    Renderer statement(net.sf.jsqlparser.statement.Statement statement);

    /** The dialect the input was written in. */
    Dialect source();

    /** The dialect being rendered. */
    TargetDialect target();

    /**
     * Aborts the translation: the target has no equivalent of {@code construct} (SQLState 0A000 under
     * {@code onError=fail}, the input unchanged under passthrough).
     */
    default UnsupportedConstructException unsupported(String construct) {
        return new UnsupportedConstructException(construct, target().dialect());
    }

    /**
     * Lets this statement's {@code ?} markers come out in another order than the parser numbered them because of
     * {@code construct} (the only way the target can express it). A caller that binds parameters itself (the JDBC
     * driver) then gets the permutation and rebinds; the string API refuses. By default refused outright (0A000).
     */
    default void reorderMarkersFor(String construct) {
        throw unsupported(construct);
    }
}
