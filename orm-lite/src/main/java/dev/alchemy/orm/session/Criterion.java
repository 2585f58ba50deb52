package dev.alchemy.orm.session;

import dev.alchemy.orm.core.Expression;
import java.util.Arrays;

/**
 * A condition on mapped properties, resolved to a Core {@link Expression} against the query's entity
 * (and the entities it joins) when the query runs. Build with {@link Prop#prop(String)}.
 */
@FunctionalInterface
public interface Criterion {
    Expression resolve(Scope scope);

    default Criterion and(Criterion... others) {
        return scope -> resolve(scope).and(Arrays.stream(others).map(o -> o.resolve(scope)).toArray(Expression[]::new));
    }

    default Criterion or(Criterion... others) {
        return scope -> resolve(scope).or(Arrays.stream(others).map(o -> o.resolve(scope)).toArray(Expression[]::new));
    }

    default Criterion not() {
        return scope -> resolve(scope).not();
    }

    static Criterion not(Criterion c) {
        return c.not();
    }

    /** A Core expression as is (e.g. built from {@code Mapper.mapping(User.class).table()} columns). */
    static Criterion of(Expression e) {
        return scope -> e;
    }

    /** Resolves property paths of a query: {@code "email"} on its entity, {@code "addresses.email"} on a join. */
    interface Scope {
        Expression column(String path);

        /** {@code value} as stored in the column at {@code path} (an entity becomes its id). */
        Object value(String path, Object value);
    }
}
