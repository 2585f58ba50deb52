package dev.alchemy.orm.session;

/** {@link Query#one()} found no row. */
public final class NoResultException extends RuntimeException {
    public NoResultException(String message) {
        super(message);
    }
}
