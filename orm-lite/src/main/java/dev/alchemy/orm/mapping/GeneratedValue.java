package dev.alchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link Id} is assigned by the database (identity / auto-increment column); the session writes the
 * generated key back into the object when it inserts it. The field must be a {@code Long}, {@code long},
 * {@code Integer} or {@code int}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface GeneratedValue {
}
