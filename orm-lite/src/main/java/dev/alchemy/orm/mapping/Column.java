package dev.alchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column details of a mapped field. Fields without this annotation are mapped with the defaults
 * (column named like the field, nullable, not unique) unless they are {@code static}, {@code transient}
 * or marked {@link Transient}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /** Column name; defaults to the field name. */
    String name() default "";

    /** Maximum length of a {@code String} column; {@code -1} maps it to unbounded TEXT. */
    int length() default 255;

    /** Precision and scale of a {@code BigDecimal} column. */
    int precision() default 19;

    int scale() default 2;

    boolean nullable() default true;

    boolean unique() default false;
}
