/**
 * Alchemy's JDBC wrappers (internal API: may change without notice). Each wrapper is a small abstract class
 * that implements only what Alchemy acts on (SQL entering, back-references, unwrap, close); the delegating
 * rest is generated once per class by {@link dev.alchemy.driver.jdbc.Delegation} with Byte Buddy.
 */
package dev.alchemy.driver.jdbc;
