package dev.alchemy.driver;

import java.util.Map;

/**
 * What makes two connects share a pool: the real URL, every property handed to the real driver (user and
 * password among them) and the pool settings. {@code toString} never shows the properties (they hold the password).
 */
record PoolKey(String realUrl, Map<String, String> driverProperties, Map<AlchemyProperty, Object> poolSettings) {
    @Override
    public String toString() {
        return "PoolKey[" + dev.alchemy.driver.jdbc.Secrets.maskUrl(realUrl) + ", user="
                + driverProperties.get("user") + ", " + poolSettings + "]";
    }
}
