package dev.alchemy.orm.mapping;

import dev.alchemy.orm.core.Table;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How one entity class maps to its table: columns, id, relationships, and how to instantiate it. */
public final class EntityMapping {
    private final Class<?> type;
    private final String tableName;
    private final List<ColumnProperty> columns = new ArrayList<>();
    private final List<RelationshipProperty> relationships = new ArrayList<>();
    private final List<ManyToOneProperty> manyToOnes = new ArrayList<>();
    private final List<CollectionProperty> collections = new ArrayList<>();
    private final List<ColumnProperty> columnsView = Collections.unmodifiableList(columns);
    private final List<RelationshipProperty> relationshipsView = Collections.unmodifiableList(relationships);
    private final List<ManyToOneProperty> manyToOnesView = Collections.unmodifiableList(manyToOnes);
    private final List<CollectionProperty> collectionsView = Collections.unmodifiableList(collections);
    private final Map<String, Property> byName = new HashMap<>();
    private final Map<String, RelationshipProperty> byGetter = new HashMap<>();
    private ColumnProperty id;
    private boolean generatedId;
    private Table table;
    private Class<?> loadedClass;
    private MethodHandle constructor;
    private ColumnWriter columnWriter;
    private boolean[] written = new boolean[0];
    private boolean writerInstantiates;
    private boolean writesAll;

    EntityMapping(Class<?> type, String tableName) {
        this.type = type;
        this.tableName = tableName;
    }

    public Class<?> type() {
        return type;
    }

    public String tableName() {
        return tableName;
    }

    public Table table() {
        return table;
    }

    void table(Table table) {
        this.table = table;
    }

    public ColumnProperty id() {
        return id;
    }

    public boolean generatedId() {
        return generatedId;
    }

    void id(ColumnProperty id, boolean generated) {
        this.id = id;
        this.generatedId = generated;
    }

    /** Every column in table order (the id first); snapshots use the same positions. */
    public List<ColumnProperty> columns() {
        return columnsView;
    }

    public List<RelationshipProperty> relationships() {
        return relationshipsView;
    }

    public List<ManyToOneProperty> manyToOnes() {
        return manyToOnesView;
    }

    public List<CollectionProperty> collections() {
        return collectionsView;
    }

    /** A property by its field name (or a foreign-key column by its column name), or null. */
    public Property property(String name) {
        return byName.get(name);
    }

    /** The column a property name (or column name) resolves to, or null. */
    public ColumnProperty columnProperty(String name) {
        Property p = byName.get(name);
        if (p instanceof ColumnProperty) {
            return (ColumnProperty) p;
        }
        if (p instanceof ManyToOneProperty) {
            return ((ManyToOneProperty) p).foreignKey();
        }
        return null;
    }

    public RelationshipProperty relationship(String name) {
        Property p = byName.get(name);
        return p instanceof RelationshipProperty ? (RelationshipProperty) p : null;
    }

    /** The relationship whose getter is {@code methodName}, for the lazy proxy. */
    RelationshipProperty relationshipByGetter(String methodName) {
        return byGetter.get(methodName);
    }

    void addColumn(ColumnProperty c) {
        columns.add(c);
        byName.putIfAbsent(c.name(), c);
    }

    void addRelationship(RelationshipProperty r) {
        relationships.add(r);
        byName.put(r.name(), r);
        if (r instanceof ManyToOneProperty) {
            manyToOnes.add((ManyToOneProperty) r);
        } else {
            collections.add((CollectionProperty) r);
        }
    }

    void getter(RelationshipProperty r) {
        byGetter.put(r.getter().getName(), r);
    }

    /** True when instances are created as the lazy-loading subclass. */
    public boolean proxied() {
        return loadedClass != type;
    }

    void instantiateAs(Class<?> cls, MethodHandle ctor) {
        this.loadedClass = cls;
        this.constructor = ctor;
    }

    void columnWriter(ColumnWriter writer, boolean[] written, boolean instantiates) {
        this.columnWriter = writer;
        this.written = written;
        this.writerInstantiates = instantiates;
        boolean all = written.length == columns.size();
        for (boolean w : written) {
            all &= w;
        }
        this.writesAll = all;
    }

    /** The class loaded objects are instances of (the lazy subclass, or the entity class). */
    Class<?> loadedClass() {
        return loadedClass;
    }

    /** Stores a loaded row's values into the fields it can (see {@link #written(int)}), or null when loading is reflective. */
    public ColumnWriter columnWriter() {
        return columnWriter;
    }

    /** Whether {@link #columnWriter()} stores the column at position {@code index}. */
    public boolean written(int index) {
        return index < written.length && written[index];
    }

    /** Whether {@link #columnWriter()} stores every column (loading then needs no reflection at all). */
    public boolean writesAll() {
        return writesAll;
    }

    /** A new, empty instance as the session loads it (the lazy subclass when there is one). */
    public Object newInstance() {
        if (writerInstantiates) {
            return columnWriter.newInstance();
        }
        try {
            return (Object) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot instantiate " + type.getName() + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return type.getSimpleName() + " -> " + tableName;
    }
}
