/**
 * Mapping plain classes to tables with annotations, like SQLAlchemy's declarative mapping.
 *
 * <pre>{@code
 * @Entity(table = "users")
 * public class User {
 *     @Id @GeneratedValue private Long id;
 *     @Column(length = 50, nullable = false) private String name;
 *     @Column(length = 120, unique = true) private String email;
 *     @OneToMany(mappedBy = "user") private List<Address> addresses = new ArrayList<>();
 *     @ManyToMany(joinTable = "user_tags") private Set<Tag> tags = new LinkedHashSet<>();
 *
 *     protected User() { }                                   // required: no-argument constructor
 *     public List<Address> getAddresses() { return addresses; } // lazy loading overrides this getter
 * }
 *
 * Metadata md = new Metadata();
 * Mapper.map(md, User.class, Address.class, Tag.class);   // errors name the class and field
 * md.createAll(engine);
 * }</pre>
 *
 * Rules, all checked by {@link dev.alchemy.orm.mapping.Mapper#map}: an entity is a concrete, non-final
 * class with a non-private no-argument constructor and exactly one {@code @Id} (a boxed type;
 * {@code @GeneratedValue} for Integer/Long identity columns). Objects the session loads are instances of
 * a Byte Buddy subclass that overrides the relationship getters; a lazy relationship therefore needs a
 * non-final getter, and code inside the entity should use that getter rather than the field. Fields are
 * read and written directly (no setters needed).
 */
package dev.alchemy.orm.mapping;
