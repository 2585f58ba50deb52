package dev.alchemy.orm.session;

import dev.alchemy.orm.mapping.Column;
import dev.alchemy.orm.mapping.Entity;
import dev.alchemy.orm.mapping.GeneratedValue;
import dev.alchemy.orm.mapping.Id;
import dev.alchemy.orm.mapping.ManyToOne;

@Entity(table = "ut_addresses")
public class Address {
    @Id
    @GeneratedValue
    private Long id;

    @Column(length = 120, nullable = false)
    private String city;

    @ManyToOne(joinColumn = "user_id")
    private User user;

    protected Address() {
    }

    public Address(String city) {
        this.city = city;
    }

    public Address(String city, User user) {
        this.city = city;
        this.user = user;
    }

    public Long getId() {
        return id;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }
}
