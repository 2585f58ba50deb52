package dev.alchemy.orm.session;

import dev.alchemy.orm.Engine;

/** Unit of work and identity map over one connection. Owned by the ORM work; a seam for now. */
public final class Session implements AutoCloseable {
    private final Engine engine;

    public Session(Engine engine) {
        this.engine = engine;
    }

    @Override
    public void close() {
        // TODO(orm-lite issue): roll back uncommitted work, return the connection
    }
}
