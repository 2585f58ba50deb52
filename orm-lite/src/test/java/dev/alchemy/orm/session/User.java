package dev.alchemy.orm.session;

import dev.alchemy.orm.mapping.Column;
import dev.alchemy.orm.mapping.Entity;
import dev.alchemy.orm.mapping.GeneratedValue;
import dev.alchemy.orm.mapping.Id;
import dev.alchemy.orm.mapping.ManyToMany;
import dev.alchemy.orm.mapping.OneToMany;
import java.util.ArrayList;
import java.util.List;

@Entity(table = "ut_users")
public class User {
    @Id
    @GeneratedValue
    private Long id;

    @Column(length = 50, nullable = false)
    private String name;

    @Column(length = 120, unique = true)
    private String email;

    @OneToMany(mappedBy = "user")
    private List<Address> addresses = new ArrayList<>();

    @ManyToMany(joinTable = "ut_user_tags", joinColumn = "user_id", inverseJoinColumn = "tag_id")
    private List<Tag> tags = new ArrayList<>();

    protected User() {
    }

    public User(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    public List<Tag> getTags() {
        return tags;
    }

    @Override
    public String toString() {
        return "User(" + id + ", " + name + ")";
    }
}
