package dev.alchemy.orm.mapping;

/** A class cannot be mapped as annotated; the message names the class, the field and the fix. */
public final class MappingException extends RuntimeException {
    public MappingException(Class<?> type, String field, String problem) {
        super("Cannot map " + type.getName() + (field == null ? "" : "." + field) + ": " + problem);
    }
}
