package dev.alchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The collection side of a {@link ManyToOne}: a {@code List} or {@code Set} of the entities whose
 * {@code mappedBy} field refers to this one. Adding an object to the collection and flushing sets its
 * foreign key (and saves it if it is new).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToMany {
    /** The {@link ManyToOne} field of the element class that refers back to this entity. */
    String mappedBy();

    Fetch fetch() default Fetch.LAZY;

    /** Deleting the owner deletes its elements too (SQLAlchemy's {@code cascade="all, delete"}). */
    boolean cascadeDelete() default false;
}
