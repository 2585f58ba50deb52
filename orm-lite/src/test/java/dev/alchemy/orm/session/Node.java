package dev.alchemy.orm.session;

import dev.alchemy.orm.mapping.Column;
import dev.alchemy.orm.mapping.Entity;
import dev.alchemy.orm.mapping.GeneratedValue;
import dev.alchemy.orm.mapping.Id;
import dev.alchemy.orm.mapping.ManyToOne;
import dev.alchemy.orm.mapping.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A table that refers to itself: a tree. */
@Entity(table = "ut_nodes")
public class Node {
    @Id
    @GeneratedValue
    private Long id;

    @Column(length = 40, nullable = false)
    private String label;

    @ManyToOne(joinColumn = "parent_id")
    private Node parent;

    @OneToMany(mappedBy = "parent")
    private List<Node> children = new ArrayList<>();

    protected Node() {
    }

    public Node(String label) {
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public Node getParent() {
        return parent;
    }

    public List<Node> getChildren() {
        return children;
    }
}
