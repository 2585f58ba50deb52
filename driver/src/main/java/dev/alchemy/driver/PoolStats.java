package dev.alchemy.driver;

/**
 * A snapshot of one Alchemy pool, as HikariCP's {@code HikariPoolMXBean} reports it. The same figures are on JMX
 * as {@code com.zaxxer.hikari:type=Pool (<poolName>)} when {@code alchemy.pool.registerMbeans} is true.
 *
 * @param poolName                   the JMX-safe pool name ({@code alchemy.pool.poolName} or derived)
 * @param url                        the real JDBC URL, password masked
 * @param activeConnections          connections out of the pool
 * @param idleConnections            connections waiting in the pool
 * @param totalConnections           active plus idle
 * @param threadsAwaitingConnection  callers blocked waiting for a connection
 * @param maximumPoolSize            the pool's size limit
 * @param ownedByDataSource          true for the pool of an {@link AlchemyDataSource}, false for a driver pool
 */
public record PoolStats(String poolName, String url, int activeConnections, int idleConnections, int totalConnections,
                        int threadsAwaitingConnection, int maximumPoolSize, boolean ownedByDataSource) {
}
