package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;

/** Thrown by a target rule for a construct the target database has no equivalent of (SQLState 0A000). */
public final class UnsupportedConstructException extends RuntimeException {
    private final String construct;
    private final Dialect target;

    public UnsupportedConstructException(String construct, Dialect target) {
        super(target == null ? construct + " is not supported" : construct + " has no equivalent in " + target,
                null, false, false);
        this.construct = construct;
        this.target = target;
    }

    public String construct() { return construct; }
    public Dialect target() { return target; }
}
