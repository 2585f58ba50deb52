package dev.alchemy.orm.session;

import dev.alchemy.orm.mapping.Column;
import dev.alchemy.orm.mapping.Entity;
import dev.alchemy.orm.mapping.Fetch;
import dev.alchemy.orm.mapping.GeneratedValue;
import dev.alchemy.orm.mapping.Id;
import dev.alchemy.orm.mapping.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity(table = "ut_tags")
public class Tag {
    @Id
    @GeneratedValue
    private Integer id;

    @Column(length = 40, unique = true, nullable = false)
    private String label;

    /** The read-only side, loaded eagerly by default. */
    @ManyToMany(mappedBy = "tags", fetch = Fetch.SELECTIN)
    private Set<User> users = new LinkedHashSet<>();

    protected Tag() {
    }

    public Tag(String label) {
        this.label = label;
    }

    public Integer getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public Set<User> getUsers() {
        return users;
    }
}
