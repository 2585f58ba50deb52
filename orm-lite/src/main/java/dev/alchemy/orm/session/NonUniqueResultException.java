package dev.alchemy.orm.session;

/** {@link Query#one()} found more than one row. */
public final class NonUniqueResultException extends RuntimeException {
    public NonUniqueResultException(String message) {
        super(message);
    }
}
