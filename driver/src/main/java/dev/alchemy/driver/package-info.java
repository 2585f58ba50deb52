/** The {@code jdbc:alchemy:} driver: delegation, pooling, translation, logging, DataSource. */
package dev.alchemy.driver;
