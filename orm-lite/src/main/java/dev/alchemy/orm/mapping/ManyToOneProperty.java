package dev.alchemy.orm.mapping;

import java.lang.reflect.Field;

/** A reference to one entity, stored as a foreign-key column of the owner's table. */
public final class ManyToOneProperty extends RelationshipProperty {
    private final String joinColumn;
    private final boolean nullable;
    private ColumnProperty foreignKey;

    ManyToOneProperty(EntityMapping owner, Field field, ManyToOne a, int index) {
        super(owner, field, a.fetch(), index);
        this.joinColumn = a.joinColumn().isEmpty() ? field.getName() + "_id" : a.joinColumn();
        this.nullable = a.nullable();
    }

    public String joinColumn() {
        return joinColumn;
    }

    public boolean nullable() {
        return nullable;
    }

    /** The foreign-key column holding the referenced object's id. */
    public ColumnProperty foreignKey() {
        return foreignKey;
    }

    void foreignKey(ColumnProperty fk) {
        this.foreignKey = fk;
    }

    @Override
    public boolean isCollection() {
        return false;
    }
}
