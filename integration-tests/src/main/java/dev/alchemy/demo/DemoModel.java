package dev.alchemy.demo;

import dev.alchemy.orm.core.Metadata;
import dev.alchemy.orm.mapping.Mapper;

/** The walkthrough's tables: {@code orm_users}, {@code orm_addresses}, {@code orm_tags}, {@code orm_user_tags}. */
public final class DemoModel {
    public static final Metadata METADATA = new Metadata();

    static {
        Mapper.map(METADATA, User.class, Address.class, Tag.class);
    }

    private DemoModel() {
    }
}
