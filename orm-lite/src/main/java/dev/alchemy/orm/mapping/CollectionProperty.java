package dev.alchemy.orm.mapping;

import dev.alchemy.orm.core.Table;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A collection of related entities: one-to-many (the elements' foreign key refers to the owner) or
 * many-to-many (rows of a join table pair the two ids).
 */
public final class CollectionProperty extends RelationshipProperty {
    private final boolean manyToMany;
    private final String mappedBy;
    private final boolean set;
    private boolean cascadeDelete;
    // one-to-many: the element's reference back to the owner
    private ManyToOneProperty inverse;
    // many-to-many, owning side
    private String joinTableName;
    private String joinColumn;
    private String inverseJoinColumn;
    private Table joinTable;
    // many-to-many, mapped side: the owning collection
    private CollectionProperty owningSide;

    CollectionProperty(EntityMapping owner, Field field, Fetch fetch, int index, boolean manyToMany, String mappedBy) {
        super(owner, field, fetch, index);
        this.manyToMany = manyToMany;
        this.mappedBy = mappedBy;
        this.set = Set.class.isAssignableFrom(field.getType());
    }

    /** One-to-many: deleting the owner deletes the elements. */
    public boolean cascadeDelete() {
        return cascadeDelete;
    }

    void cascadeDelete(boolean on) {
        this.cascadeDelete = on;
    }

    public boolean isManyToMany() {
        return manyToMany;
    }

    public String mappedBy() {
        return mappedBy;
    }

    /** One-to-many: the element's many-to-one naming the owner. */
    public ManyToOneProperty inverse() {
        return inverse;
    }

    void inverse(ManyToOneProperty inverse) {
        this.inverse = inverse;
    }

    /** Many-to-many: true on the side that names the join table (its changes are written). */
    public boolean isOwningSide() {
        return manyToMany && owningSide == null;
    }

    public CollectionProperty owningSide() {
        return owningSide;
    }

    void owningSide(CollectionProperty owning) {
        this.owningSide = owning;
    }

    void joinTable(String name, String joinColumn, String inverseJoinColumn) {
        this.joinTableName = name;
        this.joinColumn = joinColumn;
        this.inverseJoinColumn = inverseJoinColumn;
    }

    public String joinTableName() {
        return owningSide != null ? owningSide.joinTableName : joinTableName;
    }

    /** The join table's column holding this side's id. */
    public String joinColumn() {
        return owningSide != null ? owningSide.inverseJoinColumn : joinColumn;
    }

    /** The join table's column holding the element's id. */
    public String inverseJoinColumn() {
        return owningSide != null ? owningSide.joinColumn : inverseJoinColumn;
    }

    public Table joinTable() {
        return owningSide != null ? owningSide.joinTable : joinTable;
    }

    void joinTable(Table t) {
        this.joinTable = t;
    }

    /** A new empty collection of the field's kind. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Collection<Object> newCollection() {
        return set ? new LinkedHashSet<>() : new ArrayList<>();
    }

    @Override
    public boolean isCollection() {
        return true;
    }
}
