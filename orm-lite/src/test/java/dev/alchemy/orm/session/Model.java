package dev.alchemy.orm.session;

import dev.alchemy.orm.core.Metadata;
import dev.alchemy.orm.mapping.Mapper;

/** The unit tests' mapped classes, registered once per JVM. */
final class Model {
    static final Metadata METADATA = new Metadata();

    static {
        Mapper.map(METADATA, User.class, Address.class, Tag.class, Node.class);
    }

    private Model() {
    }
}
