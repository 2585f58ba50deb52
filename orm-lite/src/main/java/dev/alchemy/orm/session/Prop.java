package dev.alchemy.orm.session;

import dev.alchemy.orm.core.Ordering;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A mapped property by name, for filters and ordering:
 * {@code s.query(User.class).filter(prop("name").like("A%")).orderBy(prop("email").desc())}.
 * A path {@code "addresses.email"} names a property of a relationship the query joins; a many-to-one
 * property compares by the referenced object's id ({@code prop("user").eq(alice)}).
 */
public final class Prop {
    private final String path;

    private Prop(String path) {
        this.path = path;
    }

    public static Prop prop(String path) {
        return new Prop(path);
    }

    public String path() {
        return path;
    }

    public Criterion eq(Object v) {
        return s -> v == null ? s.column(path).isNull() : s.column(path).eq(s.value(path, v));
    }

    public Criterion ne(Object v) {
        return s -> v == null ? s.column(path).isNotNull() : s.column(path).ne(s.value(path, v));
    }

    public Criterion lt(Object v) {
        return s -> s.column(path).lt(s.value(path, v));
    }

    public Criterion le(Object v) {
        return s -> s.column(path).le(s.value(path, v));
    }

    public Criterion gt(Object v) {
        return s -> s.column(path).gt(s.value(path, v));
    }

    public Criterion ge(Object v) {
        return s -> s.column(path).ge(s.value(path, v));
    }

    public Criterion like(String pattern) {
        return s -> s.column(path).like(pattern);
    }

    public Criterion in(Collection<?> values) {
        return s -> s.column(path).in(values.stream().map(v -> s.value(path, v)).collect(Collectors.toList()));
    }

    public Criterion in(Object... values) {
        return in(Arrays.asList(values));
    }

    public Criterion between(Object low, Object high) {
        return s -> s.column(path).between(s.value(path, low), s.value(path, high));
    }

    public Criterion isNull() {
        return s -> s.column(path).isNull();
    }

    public Criterion isNotNull() {
        return s -> s.column(path).isNotNull();
    }

    public Sort asc() {
        return new Sort(path, false);
    }

    public Sort desc() {
        return new Sort(path, true);
    }

    /** An ordering by a property path. */
    public static final class Sort {
        private final String path;
        private final boolean descending;

        Sort(String path, boolean descending) {
            this.path = path;
            this.descending = descending;
        }

        Ordering resolve(Criterion.Scope scope) {
            return descending ? scope.column(path).desc() : scope.column(path).asc();
        }

        static List<Sort> parse(String... specs) {
            // "name" ascending, "-name" descending
            return Arrays.stream(specs).map(p -> p.startsWith("-") ? new Sort(p.substring(1), true) : new Sort(p, false))
                    .collect(Collectors.toList());
        }
    }
}
