package dev.alchemy.orm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.orm.core.Metadata;
import dev.alchemy.orm.core.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingTest {

    @Entity(table = "mt_owner")
    public static class Owner {
        @Id @GeneratedValue Long id;
        @Column(name = "full_name", length = 80, nullable = false, unique = true) String name;
        Integer age;
        transient String scratch;
        @Transient String ignored;
        @OneToMany(mappedBy = "owner") List<Pet> pets;

        public List<Pet> getPets() {
            return pets;
        }
    }

    @Entity(table = "mt_pet")
    public static class Pet {
        @Id @GeneratedValue Long id;
        String name;
        @ManyToOne(joinColumn = "owner_ref", nullable = false) Owner owner;

        public Owner getOwner() {
            return owner;
        }
    }

    @Test
    void annotatedClassesBecomeTablesOfTheMetadata() {
        Metadata md = new Metadata();
        List<EntityMapping> ms = Mapper.map(md, Owner.class, Pet.class);
        assertTrue(md.has("mt_owner") && md.has("mt_pet"));
        Table owner = md.table("mt_owner");
        assertEquals(List.of("id", "full_name", "age"), owner.columns().stream().map(c -> c.name()).toList());
        assertTrue(owner.c("id").isPrimaryKey() && owner.c("id").isAutoIncrement());
        assertFalse(owner.c("full_name").isNullable());
        assertTrue(owner.c("full_name").isUnique());
        assertTrue(owner.c("age").isNullable());
        Table pet = md.table("mt_pet");
        assertTrue(pet.has("owner_ref"));
        assertFalse(pet.c("owner_ref").isNullable());
        assertEquals(1, pet.foreignKeys().size());
        EntityMapping petMapping = ms.get(1);
        assertEquals("owner", petMapping.manyToOnes().get(0).name());
        assertEquals("owner_ref", petMapping.columnProperty("owner").columnName());
        assertEquals(Owner.class, Mapper.mapping(Owner.class).type());
        Object loaded = Mapper.mapping(Owner.class).newInstance();
        assertNotEquals(Owner.class, loaded.getClass(), "instances are the lazy subclass");
        assertTrue(loaded instanceof Owner && loaded instanceof Managed);
        assertEquals(Mapper.mapping(Owner.class), Mapper.mapping(loaded.getClass()));
    }

    public static class NotAnEntity {
        @Id Long id;
    }

    @Entity
    public static class NoId {
        String name;
    }

    @Entity
    public static final class FinalEntity {
        @Id Long id;
    }

    @Entity
    public static class NoDefaultConstructor {
        @Id Long id;

        public NoDefaultConstructor(Long id) {
            this.id = id;
        }
    }

    @Entity
    public static class LazyWithoutGetter {
        @Id Long id;
        @ManyToOne LazyWithoutGetter parent;
    }

    @Entity
    public static class BadMappedBy {
        @Id Long id;
        @OneToMany(mappedBy = "nope", fetch = Fetch.SELECTIN) List<Pet> pets;
    }

    @Entity
    public static class UnsupportedType {
        @Id Long id;
        Thread thread;
    }

    @Entity
    public static class GeneratedString {
        @Id @GeneratedValue String id;
    }

    @Entity
    public static class UnannotatedReference {
        @Id Long id;
        Owner owner;
    }

    @Entity
    public static class UnmappedTarget {
        @Id Long id;
        @ManyToOne(fetch = Fetch.SELECTIN) NoId other;
    }

    private static String error(Class<?>... types) {
        return assertThrows(MappingException.class, () -> Mapper.map(new Metadata(), types)).getMessage();
    }

    @Test
    void mappingErrorsNameTheClassTheFieldAndTheFix() {
        assertTrue(error(NotAnEntity.class).contains("NotAnEntity") && error(NotAnEntity.class).contains("@Entity"));
        assertTrue(error(NoId.class).contains("NoId") && error(NoId.class).contains("@Id"));
        assertTrue(error(FinalEntity.class).contains("final"));
        assertTrue(error(NoDefaultConstructor.class).contains("no-argument constructor"));
        String lazy = error(LazyWithoutGetter.class);
        assertTrue(lazy.contains("LazyWithoutGetter.parent") && lazy.contains("getParent()") && lazy.contains("SELECTIN"), lazy);
        Metadata md = new Metadata();
        Mapper.map(md, Owner.class, Pet.class);
        String mappedBy = error(BadMappedBy.class);
        assertTrue(mappedBy.contains("BadMappedBy.pets") && mappedBy.contains("nope"), mappedBy);
        String type = error(UnsupportedType.class);
        assertTrue(type.contains("UnsupportedType.thread") && type.contains("java.lang.Thread") && type.contains("@Transient"), type);
        assertTrue(error(GeneratedString.class).contains("GeneratedString.id"));
        String ref = error(UnannotatedReference.class);
        assertTrue(ref.contains("UnannotatedReference.owner") && ref.contains("@ManyToOne"), ref);
        String unmapped = error(UnmappedTarget.class);
        assertTrue(unmapped.contains("UnmappedTarget.other") && unmapped.contains("not mapped"), unmapped);
    }
}
