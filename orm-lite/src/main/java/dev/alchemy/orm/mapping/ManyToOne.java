package dev.alchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reference to another entity stored as a foreign-key column in this entity's table. Lazy loading
 * needs a getter ({@code getUser()} for field {@code user}) that the session's subclass can override.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToOne {
    /** Foreign-key column name; defaults to the field name plus {@code _id}. */
    String joinColumn() default "";

    boolean nullable() default true;

    Fetch fetch() default Fetch.LAZY;
}
