package dev.alchemy.orm.session;

import dev.alchemy.orm.mapping.Fetch;

/**
 * A per-query loading option overriding a relationship's default:
 * {@code s.query(User.class).options(Load.selectin("addresses")).all()}.
 */
public final class Load {
    private final String path;
    private final Fetch fetch;

    private Load(String path, Fetch fetch) {
        this.path = path;
        this.fetch = fetch;
    }

    /** Load the relationship for all objects of the query in one extra query. */
    public static Load selectin(String relationship) {
        return new Load(relationship, Fetch.SELECTIN);
    }

    /** Load the relationship of each object on first access. */
    public static Load lazy(String relationship) {
        return new Load(relationship, Fetch.LAZY);
    }

    String path() {
        return path;
    }

    Fetch fetch() {
        return fetch;
    }
}
