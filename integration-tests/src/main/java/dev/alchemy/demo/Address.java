package dev.alchemy.demo;

import dev.alchemy.orm.mapping.Column;
import dev.alchemy.orm.mapping.Entity;
import dev.alchemy.orm.mapping.GeneratedValue;
import dev.alchemy.orm.mapping.Id;
import dev.alchemy.orm.mapping.ManyToOne;

@Entity(table = "orm_addresses")
public class Address {
    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "email_address", length = 120, nullable = false)
    private String emailAddress;

    @ManyToOne(joinColumn = "user_id", nullable = false)
    private User user;

    protected Address() {
    }

    public Address(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public Long getId() {
        return id;
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "Address(" + emailAddress + ")";
    }
}
