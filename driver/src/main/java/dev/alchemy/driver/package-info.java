/**
 * The {@code jdbc:alchemy:} driver: delegation, pooling, translation, logging, DataSource.
 *
 * <p>Public API: {@link dev.alchemy.driver.AlchemyDriver} (registered with DriverManager),
 * {@link dev.alchemy.driver.AlchemyDataSource} and its JNDI {@link dev.alchemy.driver.AlchemyDataSourceFactory},
 * {@link dev.alchemy.driver.AlchemyProperty} (every setting), {@link dev.alchemy.driver.PoolStats} and
 * {@link dev.alchemy.driver.SettingsTable} (writes the README's table). Everything else, and the
 * {@code dev.alchemy.driver.jdbc} wrappers, are internal.
 */
package dev.alchemy.driver;
