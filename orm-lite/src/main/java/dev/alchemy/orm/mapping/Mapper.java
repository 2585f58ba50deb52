package dev.alchemy.orm.mapping;

import dev.alchemy.orm.core.Metadata;
import dev.alchemy.orm.core.SqlType;
import dev.alchemy.orm.core.Table;
import dev.alchemy.orm.core.Types;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps annotated classes to tables of a {@link Metadata} (so {@code metadata.createAll(engine)} creates
 * them) and remembers the mappings for every session:
 *
 * <pre>{@code
 * Metadata md = new Metadata();
 * Mapper.map(md, User.class, Address.class, Tag.class);   // mapping errors are thrown here
 * md.createAll(engine);
 * }</pre>
 *
 * Classes related to each other must be mapped in the same call (or a related class in an earlier one).
 */
public final class Mapper {
    private static final Map<Class<?>, EntityMapping> MAPPINGS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Class<?>> PROXIES = new ConcurrentHashMap<>();

    private Mapper() {
    }

    /** Maps {@code types} into {@code metadata}; returns their mappings in the order given. */
    public static synchronized List<EntityMapping> map(Metadata metadata, Class<?>... types) {
        Map<Class<?>, EntityMapping> batch = new LinkedHashMap<>();
        for (Class<?> t : types) {
            if (!batch.containsKey(t)) {
                batch.put(t, scan(t));
            }
        }
        for (EntityMapping m : batch.values()) {
            resolveTargets(m, batch);
        }
        for (EntityMapping m : batch.values()) {
            resolveCollections(m);
        }
        for (EntityMapping m : batch.values()) {
            m.table(buildTable(metadata, m));
        }
        for (EntityMapping m : batch.values()) {
            for (CollectionProperty c : m.collections()) {
                if (c.isOwningSide()) {
                    c.joinTable(buildJoinTable(metadata, c));
                }
            }
        }
        for (EntityMapping m : batch.values()) {
            prepareInstantiation(m);
        }
        for (EntityMapping m : batch.values()) {
            MAPPINGS.put(m.type(), m);
            if (m.proxied()) {
                MAPPINGS.put(PROXIES.get(m.type()), m);
            }
        }
        return new ArrayList<>(batch.values());
    }

    /** The mapping of {@code type} (or of the entity a lazy subclass extends). */
    public static EntityMapping mapping(Class<?> type) {
        EntityMapping m = MAPPINGS.get(type);
        if (m == null) {
            throw new IllegalArgumentException(type.getName() + " is not mapped: annotate it with @Entity and call"
                    + " Mapper.map(metadata, " + type.getSimpleName() + ".class) before using it in a session");
        }
        return m;
    }

    /** The mapping of {@code type}, or null when it is not mapped. */
    public static EntityMapping find(Class<?> type) {
        return MAPPINGS.get(type);
    }

    // ---- scanning ---------------------------------------------------------------------------------

    private static EntityMapping scan(Class<?> type) {
        Entity entity = type.getAnnotation(Entity.class);
        if (entity == null) {
            throw new MappingException(type, null, "the class is not annotated with @Entity");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isEnum() || type.isRecord()) {
            throw new MappingException(type, null, "an entity must be a concrete, non-record class");
        }
        if (Modifier.isFinal(type.getModifiers())) {
            throw new MappingException(type, null, "an entity must not be final (loaded objects are a generated subclass)");
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            throw new MappingException(type, null, "an inner entity class must be static");
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor();
            if (Modifier.isPrivate(c.getModifiers())) {
                throw new MappingException(type, null, "the no-argument constructor must not be private");
            }
        } catch (NoSuchMethodException e) {
            throw new MappingException(type, null, "an entity needs a no-argument constructor (any visibility but private)");
        }
        String table = entity.table().isEmpty() ? type.getSimpleName().toLowerCase(Locale.ROOT) : entity.table();
        EntityMapping m = new EntityMapping(type, table);
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(0, List.of(c.getDeclaredFields()));
        }
        Field idField = null;
        List<Field> plain = new ArrayList<>();
        List<Field> relations = new ArrayList<>();
        for (Field f : fields) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isAnnotationPresent(Transient.class) || f.isSynthetic()) {
                continue;
            }
            int relAnnotations = (f.isAnnotationPresent(ManyToOne.class) ? 1 : 0) + (f.isAnnotationPresent(OneToMany.class) ? 1 : 0)
                    + (f.isAnnotationPresent(ManyToMany.class) ? 1 : 0);
            if (relAnnotations > 1) {
                throw new MappingException(type, f.getName(), "use only one of @ManyToOne, @OneToMany, @ManyToMany");
            }
            if (Modifier.isFinal(mod)) {
                throw new MappingException(type, f.getName(), "a mapped field must not be final (mark it @Transient to skip it)");
            }
            if (f.isAnnotationPresent(Id.class)) {
                if (idField != null) {
                    throw new MappingException(type, f.getName(), "only one @Id field is supported (also on " + idField.getName() + ")");
                }
                if (relAnnotations > 0) {
                    throw new MappingException(type, f.getName(), "an @Id cannot be a relationship");
                }
                idField = f;
            } else if (relAnnotations > 0) {
                relations.add(f);
            } else {
                if (f.isAnnotationPresent(GeneratedValue.class)) {
                    throw new MappingException(type, f.getName(), "@GeneratedValue is only allowed on the @Id field");
                }
                plain.add(f);
            }
        }
        if (idField == null) {
            throw new MappingException(type, null, "no field is annotated with @Id");
        }
        boolean generated = idField.isAnnotationPresent(GeneratedValue.class);
        Class<?> idType = idField.getType();
        if (generated && idType != Long.class && idType != long.class && idType != Integer.class && idType != int.class) {
            throw new MappingException(type, idField.getName(), "a @GeneratedValue id must be Long, long, Integer or int, not " + idType.getSimpleName());
        }
        if (idType.isPrimitive()) {
            throw new MappingException(type, idField.getName(), "use " + (idType == int.class ? "Integer" : idType == long.class ? "Long" : "a boxed type")
                    + " for the id: a primitive cannot tell a new object (no id yet) from id 0");
        }
        ColumnProperty id = new ColumnProperty(m, idField, columnName(idField), 0, null);
        sqlType(type, idField);
        m.id(id, generated);
        m.addColumn(id);
        for (Field f : plain) {
            if (Collection.class.isAssignableFrom(f.getType()) || f.getType().isAnnotationPresent(Entity.class)) {
                throw new MappingException(type, f.getName(), "a field referring to entities needs @ManyToOne, @OneToMany or"
                        + " @ManyToMany (or @Transient)");
            }
            sqlType(type, f);
            m.addColumn(new ColumnProperty(m, f, columnName(f), m.columns().size(), null));
        }
        int relIndex = 0;
        for (Field f : relations) {
            if (relIndex == 64) {
                throw new MappingException(type, f.getName(), "at most 64 relationships per entity are supported");
            }
            ManyToOne mto = f.getAnnotation(ManyToOne.class);
            if (mto != null) {
                if (!f.getType().isAnnotationPresent(Entity.class)) {
                    throw new MappingException(type, f.getName(), "@ManyToOne needs a field whose type is an @Entity, not "
                            + f.getType().getSimpleName());
                }
                ManyToOneProperty r = new ManyToOneProperty(m, f, mto, relIndex++);
                ColumnProperty fk = new ColumnProperty(m, null, r.joinColumn(), m.columns().size(), r);
                r.foreignKey(fk);
                m.addRelationship(r);
                m.addColumn(fk);
                continue;
            }
            if (f.getType() != List.class && f.getType() != Set.class && f.getType() != Collection.class) {
                throw new MappingException(type, f.getName(), "a collection relationship must be declared as List, Set or Collection, not "
                        + f.getType().getSimpleName());
            }
            OneToMany otm = f.getAnnotation(OneToMany.class);
            CollectionProperty r;
            if (otm != null) {
                r = new CollectionProperty(m, f, otm.fetch(), relIndex++, false, otm.mappedBy());
                r.cascadeDelete(otm.cascadeDelete());
            } else {
                ManyToMany mtm = f.getAnnotation(ManyToMany.class);
                r = new CollectionProperty(m, f, mtm.fetch(), relIndex++, true, mtm.mappedBy());
                if (mtm.mappedBy().isEmpty()) {
                    String elementTable = tableNameOf(elementType(type, f));
                    r.joinTable(mtm.joinTable().isEmpty() ? table + "_" + f.getName() : mtm.joinTable(),
                            mtm.joinColumn().isEmpty() ? table + "_id" : mtm.joinColumn(),
                            mtm.inverseJoinColumn().isEmpty() ? elementTable + "_id" : mtm.inverseJoinColumn());
                } else if (!mtm.joinTable().isEmpty()) {
                    throw new MappingException(type, f.getName(), "give either joinTable (owning side) or mappedBy, not both");
                }
            }
            m.addRelationship(r);
        }
        return m;
    }

    private static String tableNameOf(Class<?> type) {
        Entity e = type.getAnnotation(Entity.class);
        return e == null || e.table().isEmpty() ? type.getSimpleName().toLowerCase(Locale.ROOT) : e.table();
    }

    private static Class<?> elementType(Class<?> owner, Field f) {
        Type g = f.getGenericType();
        if (g instanceof ParameterizedType) {
            Type[] args = ((ParameterizedType) g).getActualTypeArguments();
            if (args.length == 1 && args[0] instanceof Class && ((Class<?>) args[0]).isAnnotationPresent(Entity.class)) {
                return (Class<?>) args[0];
            }
        }
        throw new MappingException(owner, f.getName(), "a collection relationship needs an @Entity element type, e.g. List<Address>");
    }

    private static String columnName(Field f) {
        Column c = f.getAnnotation(Column.class);
        return c == null || c.name().isEmpty() ? f.getName() : c.name();
    }

    private static SqlType<?> sqlType(Class<?> owner, Field f) {
        Class<?> t = f.getType();
        Column c = f.getAnnotation(Column.class);
        if (t == String.class) {
            int length = c == null ? 255 : c.length();
            if (length == 0 || length < -1) {
                throw new MappingException(owner, f.getName(), "@Column length must be positive, or -1 for TEXT");
            }
            return length == -1 ? Types.TEXT : Types.string(length);
        }
        if (t == BigDecimal.class) {
            return c == null ? Types.numeric(19, 2) : Types.numeric(c.precision(), c.scale());
        }
        SqlType<?> st;
        try {
            st = Types.forJavaType(t.isPrimitive() ? box(t) : t);
        } catch (RuntimeException e) {
            st = null;
        }
        if (st == null) {
            throw new MappingException(owner, f.getName(), "no column type for Java type " + t.getName()
                    + " (use Integer, Long, String, Boolean, Double, BigDecimal, LocalDate, LocalDateTime, byte[] or UUID;"
                    + " or mark the field @Transient)");
        }
        return st;
    }

    private static Class<?> box(Class<?> t) {
        if (t == int.class) {
            return Integer.class;
        } else if (t == long.class) {
            return Long.class;
        } else if (t == boolean.class) {
            return Boolean.class;
        } else if (t == double.class) {
            return Double.class;
        }
        return t;
    }

    // ---- resolving -------------------------------------------------------------------------------

    private static EntityMapping target(EntityMapping owner, Field f, Class<?> type, Map<Class<?>, EntityMapping> batch) {
        EntityMapping t = batch.get(type);
        if (t == null) {
            t = MAPPINGS.get(type);
        }
        if (t == null) {
            throw new MappingException(owner.type(), f.getName(), "refers to " + type.getName()
                    + ", which is not mapped: pass it to the same Mapper.map call");
        }
        return t;
    }

    private static void resolveTargets(EntityMapping m, Map<Class<?>, EntityMapping> batch) {
        for (RelationshipProperty r : m.relationships()) {
            Class<?> targetType = r.isCollection() ? elementType(m.type(), r.field()) : r.field().getType();
            r.target(target(m, r.field(), targetType, batch));
            Method getter = findGetter(m.type(), r.field());
            if (getter != null) {
                r.getter(getter);
                m.getter(r);
            } else if (r.fetch() == Fetch.LAZY) {
                throw new MappingException(m.type(), r.name(), "a lazy relationship needs a non-final, non-private getter "
                        + getterName(r.field()) + "() for the session to intercept; add one, or use fetch = Fetch.SELECTIN");
            }
        }
    }

    private static void resolveCollections(EntityMapping m) {
        for (CollectionProperty c : m.collections()) {
            EntityMapping target = c.target();
            if (!c.isManyToMany()) {
                RelationshipProperty back = target.relationship(c.mappedBy());
                if (!(back instanceof ManyToOneProperty) || !back.field().getType().isAssignableFrom(m.type())) {
                    throw new MappingException(m.type(), c.name(), "mappedBy = \"" + c.mappedBy() + "\" must name a @ManyToOne field of "
                            + target.type().getSimpleName() + " referring to " + m.type().getSimpleName());
                }
                c.inverse((ManyToOneProperty) back);
            } else if (!c.mappedBy().isEmpty()) {
                RelationshipProperty owning = target.relationship(c.mappedBy());
                if (!(owning instanceof CollectionProperty) || !((CollectionProperty) owning).isManyToMany()
                        || !((CollectionProperty) owning).mappedBy().isEmpty() || owning.target() != m) {
                    throw new MappingException(m.type(), c.name(), "mappedBy = \"" + c.mappedBy() + "\" must name the owning @ManyToMany"
                            + " field (the one with joinTable) of " + target.type().getSimpleName() + " whose elements are "
                            + m.type().getSimpleName());
                }
                c.owningSide((CollectionProperty) owning);
            }
        }
    }

    private static String getterName(Field f) {
        String n = f.getName();
        return "get" + Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static Method findGetter(Class<?> type, Field f) {
        String name = getterName(f);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Method g = c.getDeclaredMethod(name);
                int mod = g.getModifiers();
                if (Modifier.isPrivate(mod) || Modifier.isFinal(mod) || Modifier.isStatic(mod)) {
                    return null;
                }
                if (!Modifier.isPublic(mod) && !Modifier.isProtected(mod) && c.getPackage() != type.getPackage()) {
                    return null;
                }
                return g;
            } catch (NoSuchMethodException e) {
                // look in the superclass
            }
        }
        return null;
    }

    // ---- tables ----------------------------------------------------------------------------------

    private static Table buildTable(Metadata md, EntityMapping m) {
        List<dev.alchemy.orm.core.Column> cols = new ArrayList<>();
        for (ColumnProperty p : m.columns()) {
            dev.alchemy.orm.core.Column col;
            ManyToOneProperty fkOf = p.foreignKeyOf();
            if (fkOf != null) {
                EntityMapping target = fkOf.target();
                col = dev.alchemy.orm.core.Column.of(p.columnName(), sqlType(target.type(), target.id().field()))
                        .references(target.tableName() + "." + target.id().columnName());
                if (!fkOf.nullable()) {
                    col = col.notNull();
                }
            } else {
                col = dev.alchemy.orm.core.Column.of(p.columnName(), sqlType(m.type(), p.field()));
                Column a = p.field().getAnnotation(Column.class);
                if (p == m.id()) {
                    col = col.primaryKey();
                    if (m.generatedId()) {
                        col = col.autoIncrement();
                    }
                } else {
                    if (a != null && !a.nullable() || p.field().getType().isPrimitive()) {
                        col = col.notNull();
                    }
                    if (a != null && a.unique()) {
                        col = col.unique();
                    }
                }
            }
            cols.add(col);
        }
        Table t = md.table(m.tableName(), cols.toArray(new dev.alchemy.orm.core.Column[0]));
        for (ColumnProperty p : m.columns()) {
            p.column(t.c(p.columnName()));
        }
        return t;
    }

    private static Table buildJoinTable(Metadata md, CollectionProperty c) {
        EntityMapping owner = c.owner();
        EntityMapping target = c.target();
        return md.table(c.joinTableName(),
                dev.alchemy.orm.core.Column.of(c.joinColumn(), sqlType(owner.type(), owner.id().field())).primaryKey()
                        .references(owner.tableName() + "." + owner.id().columnName()),
                dev.alchemy.orm.core.Column.of(c.inverseJoinColumn(), sqlType(target.type(), target.id().field())).primaryKey()
                        .references(target.tableName() + "." + target.id().columnName()));
    }

    // ---- instances -------------------------------------------------------------------------------

    private static void prepareInstantiation(EntityMapping m) {
        Class<?> cls = PROXIES.computeIfAbsent(m.type(), t -> ProxyFactory.subclass(m));
        try {
            Constructor<?> c = cls.getDeclaredConstructor();
            c.setAccessible(true);
            MethodHandle h = MethodHandles.lookup().unreflectConstructor(c).asType(MethodType.methodType(Object.class));
            m.instantiateAs(cls, h);
            Object[] writer = ColumnWriterFactory.create(m);
            if (writer != null) {
                m.columnWriter((ColumnWriter) writer[0], (boolean[]) writer[1], (Boolean) writer[2]);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingException(m.type(), null, "cannot use its no-argument constructor: " + e);
        }
    }
}
