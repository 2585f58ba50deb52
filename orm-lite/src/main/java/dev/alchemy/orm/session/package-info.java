/**
 * The ORM session: unit of work, identity map, dirty checking, queries and relationship loading.
 *
 * <pre>{@code
 * try (Session s = engine.session()) {
 *     s.addAll(List.of(new User("Alice", "alice@example.org"), new User("Bob", "bob@example.org")));
 *     s.commit();                                             // one batched INSERT, ids written back
 *     User bob = s.query(User.class).filterBy("email", "bob@example.org").one();
 *     List<User> as = s.query(User.class).filter(prop("name").like("A%")).orderBy("name").all();
 *     bob.setEmail("robert@example.org");
 *     s.commit();                                             // UPDATE users SET email = ? WHERE id = ?
 *     s.query(User.class).options(Load.selectin("addresses")).all(); // 2 queries for any number of users
 * }
 * }</pre>
 *
 * Failures of statements surface as {@link dev.alchemy.orm.session.SessionException} (unchecked, with the
 * SQLState and the statement without values; the cause is the driver's {@link java.sql.SQLException});
 * the session has rolled back and stays usable. Count the statements a piece of code issues with
 * {@code engine.addListener(new StatementCounter())}.
 */
package dev.alchemy.orm.session;
