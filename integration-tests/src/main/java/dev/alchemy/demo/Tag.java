package dev.alchemy.demo;

import dev.alchemy.orm.mapping.Column;
import dev.alchemy.orm.mapping.Entity;
import dev.alchemy.orm.mapping.Fetch;
import dev.alchemy.orm.mapping.GeneratedValue;
import dev.alchemy.orm.mapping.Id;
import dev.alchemy.orm.mapping.ManyToMany;
import java.util.ArrayList;
import java.util.List;

@Entity(table = "orm_tags")
public class Tag {
    @Id
    @GeneratedValue
    private Long id;

    @Column(length = 40, nullable = false, unique = true)
    private String name;

    /** The other side of User.tags; loaded with the tags that own it in one extra query (selectin). */
    @ManyToMany(mappedBy = "tags", fetch = Fetch.SELECTIN)
    private List<User> users = new ArrayList<>();

    protected Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<User> getUsers() {
        return users;
    }

    @Override
    public String toString() {
        return "Tag(" + name + ")";
    }
}
