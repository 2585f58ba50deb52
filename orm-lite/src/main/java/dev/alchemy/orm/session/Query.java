package dev.alchemy.orm.session;

import dev.alchemy.orm.core.Expression;
import dev.alchemy.orm.core.FromClause;
import dev.alchemy.orm.core.Ordering;
import dev.alchemy.orm.core.Select;
import dev.alchemy.orm.core.Sql;
import dev.alchemy.orm.core.Table;
import dev.alchemy.orm.mapping.CollectionProperty;
import dev.alchemy.orm.mapping.ColumnProperty;
import dev.alchemy.orm.mapping.EntityMapping;
import dev.alchemy.orm.mapping.Fetch;
import dev.alchemy.orm.mapping.ManyToOneProperty;
import dev.alchemy.orm.mapping.Mapper;
import dev.alchemy.orm.mapping.Property;
import dev.alchemy.orm.mapping.RelationshipProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A query for mapped objects, built step by step and run by {@link #all()}, {@link #first()},
 * {@link #one()} or {@link #count()}:
 *
 * <pre>{@code
 * s.query(User.class).filterBy("email", "alice@example.org").first();
 * s.query(User.class).filter(prop("name").like("A%")).orderBy(prop("name").asc()).limit(10).all();
 * s.query(User.class).join("addresses").filter(prop("addresses.city").eq("Oslo")).all();
 * s.query(User.class).options(Load.selectin("addresses")).all();
 * }</pre>
 *
 * Properties are named as in the class ({@code "email"}); a joined relationship's properties are named
 * through it ({@code "addresses.city"}). Running a query first flushes the session's pending changes.
 * A join along a collection returns each object once, in the order of its first row.
 */
public final class Query<T> {
    private final Session session;
    private final Class<T> type;
    private final EntityMapping mapping;
    private final List<Criterion> filters = new ArrayList<>();
    private final Map<String, EntityMapping> joined = new LinkedHashMap<>();
    private final List<String> joinPaths = new ArrayList<>();
    private final List<Prop.Sort> order = new ArrayList<>();
    private final Map<String, Fetch> options = new HashMap<>();
    private Integer limit;
    private Integer offset;

    Query(Session session, Class<T> type, EntityMapping mapping) {
        this.session = session;
        this.type = type;
        this.mapping = mapping;
        joined.put("", mapping);
    }

    /** Objects whose property {@code property} equals {@code value} (null matches IS NULL; an entity matches by id). */
    public Query<T> filterBy(String property, Object value) {
        return filter(Prop.prop(property).eq(value));
    }

    /** Objects matching every condition given (and every earlier filter). */
    public Query<T> filter(Criterion... conditions) {
        filters.addAll(List.of(conditions));
        return this;
    }

    /** A Core expression on the mapped tables' columns, e.g. {@code Mapper.mapping(User.class).table().c("name").like("A%")}. */
    public Query<T> filter(Expression condition) {
        filters.add(Criterion.of(condition));
        return this;
    }

    /**
     * Joins along a relationship ({@code "addresses"}, or {@code "addresses.tags"} through an earlier join),
     * so filters and ordering can use its properties as {@code "addresses.city"}.
     */
    public Query<T> join(String relationshipPath) {
        if (joined.containsKey(relationshipPath)) {
            return this;
        }
        relationship(relationshipPath);
        joinPaths.add(relationshipPath);
        joined.put(relationshipPath, relationship(relationshipPath).target());
        return this;
    }

    public Query<T> orderBy(Prop.Sort... sorts) {
        order.addAll(List.of(sorts));
        return this;
    }

    /** Orders by property paths; a leading {@code -} orders descending: {@code orderBy("name", "-id")}. */
    public Query<T> orderBy(String... properties) {
        order.addAll(Prop.Sort.parse(properties));
        return this;
    }

    public Query<T> limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit must be >= 0, not " + n);
        }
        this.limit = n;
        return this;
    }

    public Query<T> offset(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("offset must be >= 0, not " + n);
        }
        this.offset = n;
        return this;
    }

    /** Per-query loading of relationships: {@code options(Load.selectin("addresses"), Load.lazy("tags"))}. */
    public Query<T> options(Load... loads) {
        for (Load l : loads) {
            RelationshipProperty r = mapping.relationship(l.path());
            if (r == null) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no relationship '" + l.path()
                        + "' (relationships: " + names(mapping.relationships()) + ")");
            }
            options.put(l.path(), l.fetch());
        }
        return this;
    }

    /** Every matching object, in query order. */
    public List<T> all() {
        return run(limit);
    }

    /** The first matching object, or null. */
    public T first() {
        List<T> found = run(1);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The only matching object; {@link NoResultException} or {@link NonUniqueResultException} otherwise. */
    public T one() {
        List<T> found = run(limit == null ? 2 : Math.min(2, limit));
        if (found.isEmpty()) {
            throw new NoResultException("no " + type.getSimpleName() + " matches the query; use first() when none is allowed");
        }
        if (found.size() > 1) {
            throw new NonUniqueResultException("more than one " + type.getSimpleName() + " matches the query; use first()"
                    + " or all(), or filter further");
        }
        return found.get(0);
    }

    /** How many objects match (ignores limit, offset and order). */
    public long count() {
        session.autoflush();
        Expression counted = hasCollectionJoin() ? Sql.countDistinct(mapping.id().column()) : Sql.count();
        Select sel = Sql.select(counted.as("n")).from(from());
        Expression where = where();
        if (where != null) {
            sel = sel.where(where);
        }
        Object n = session.run(sel).get(0).get("n");
        return ((Number) n).longValue();
    }

    private List<T> run(Integer rowLimit) {
        session.autoflush();
        Select sel = Sql.select(Loader.columnsOf(mapping)).from(from());
        Expression where = where();
        if (where != null) {
            sel = sel.where(where);
        }
        if (!order.isEmpty()) {
            Scope scope = new Scope();
            sel = sel.orderBy(order.stream().map(o -> o.resolve(scope)).toArray(Ordering[]::new));
        }
        if (rowLimit != null) {
            sel = sel.limit(rowLimit);
        }
        if (offset != null) {
            sel = sel.offset(offset);
        }
        @SuppressWarnings("unchecked")
        List<T> objects = (List<T>) session.loader.load(mapping, sel, options, hasCollectionJoin()); // every element is a T
        return objects;
    }

    private boolean hasCollectionJoin() {
        return joinPaths.stream().anyMatch(p -> relationship(p).isCollection());
    }

    private Expression where() {
        if (filters.isEmpty()) {
            return null;
        }
        Scope scope = new Scope();
        Expression e = filters.get(0).resolve(scope);
        if (filters.size() > 1) {
            e = e.and(filters.subList(1, filters.size()).stream().map(f -> f.resolve(scope)).toArray(Expression[]::new));
        }
        return e;
    }

    private FromClause from() {
        FromClause from = mapping.table();
        for (String path : joinPaths) {
            RelationshipProperty r = relationship(path);
            EntityMapping owner = r.owner();
            EntityMapping target = r.target();
            if (r instanceof ManyToOneProperty) {
                from = from.join(target.table(), ((ManyToOneProperty) r).foreignKey().column().eq(target.id().column()));
            } else {
                CollectionProperty c = (CollectionProperty) r;
                if (!c.isManyToMany()) {
                    from = from.join(target.table(), c.inverse().foreignKey().column().eq(owner.id().column()));
                } else {
                    Table jt = c.joinTable();
                    from = from.join(jt, jt.c(c.joinColumn()).eq(owner.id().column()))
                            .join(target.table(), target.id().column().eq(jt.c(c.inverseJoinColumn())));
                }
            }
        }
        return from;
    }

    /** The relationship at {@code path}: its last name, on the entity the path before it reaches. */
    private RelationshipProperty relationship(String path) {
        int dot = path.lastIndexOf('.');
        EntityMapping owner = dot < 0 ? mapping : joined.get(path.substring(0, dot));
        if (owner == null) {
            throw new IllegalArgumentException("join \"" + path.substring(0, dot) + "\" before joining \"" + path + "\"");
        }
        String name = path.substring(dot + 1);
        RelationshipProperty r = owner.relationship(name);
        if (r == null) {
            throw new IllegalArgumentException(owner.type().getSimpleName() + " has no relationship '" + name
                    + "' (relationships: " + names(owner.relationships()) + ")");
        }
        return r;
    }

    private static String names(List<? extends Property> props) {
        return props.isEmpty() ? "none" : props.stream().map(Property::name).collect(Collectors.joining(", "));
    }

    /** Resolves property paths against the query's entity and its joins. */
    private final class Scope implements Criterion.Scope {
        @Override
        public Expression column(String path) {
            return property(path).column();
        }

        @Override
        public Object value(String path, Object value) {
            if (value == null) {
                return null;
            }
            EntityMapping m = Mapper.find(value.getClass());
            if (m != null) {
                return m.id().get(value);
            }
            ColumnProperty p = property(path);
            return Values.coerce(value, p.column().type().javaType());
        }

        private ColumnProperty property(String path) {
            int dot = path.lastIndexOf('.');
            String prefix = dot < 0 ? "" : path.substring(0, dot);
            EntityMapping m = joined.get(prefix);
            if (m == null) {
                throw new IllegalArgumentException("'" + path + "' names a property of \"" + prefix + "\", which the query"
                        + " does not join: add .join(\"" + prefix + "\")");
            }
            String name = path.substring(dot + 1);
            ColumnProperty p = m.columnProperty(name);
            if (p == null) {
                throw new IllegalArgumentException(m.type().getSimpleName() + " has no mapped column property '" + name
                        + "' (columns: " + names(m.columns()) + ")");
            }
            return p;
        }
    }

}
