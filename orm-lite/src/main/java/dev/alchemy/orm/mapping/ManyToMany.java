package dev.alchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code List} or {@code Set} of entities related through a join table holding the two primary keys.
 * The owning side names the join table; the other side may name the owning field in {@code mappedBy}
 * (that side is read-only: change the owning side's collection).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToMany {
    /** The join table (owning side). */
    String joinTable() default "";

    /** The join table's column referring to this entity; defaults to the table name plus {@code _id}. */
    String joinColumn() default "";

    /** The join table's column referring to the element entity; defaults to its table name plus {@code _id}. */
    String inverseJoinColumn() default "";

    /** On the non-owning side: the owning side's field in the element class. */
    String mappedBy() default "";

    Fetch fetch() default Fetch.LAZY;
}
