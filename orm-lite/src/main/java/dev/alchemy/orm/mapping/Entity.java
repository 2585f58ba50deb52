package dev.alchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a plain class as mapped to one table. The class needs a no-argument constructor (any
 * visibility but private) and must not be final: loaded objects are instances of a generated subclass
 * whose relationship getters load lazily.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Entity {
    /** The table name; defaults to the simple class name in lower case. */
    String table() default "";
}
