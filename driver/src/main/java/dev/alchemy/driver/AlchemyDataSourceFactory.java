package dev.alchemy.driver;

import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Set;
import javax.naming.Context;
import javax.naming.Name;
import javax.naming.RefAddr;
import javax.naming.Reference;
import javax.naming.spi.ObjectFactory;

/**
 * Creates an {@link AlchemyDataSource} from a JNDI {@link Reference}: the attributes of Tomcat's
 * {@code <Resource>} arrive as its {@link RefAddr}s.
 *
 * <pre>{@code
 * <Resource name="jdbc/app" auth="Container" type="javax.sql.DataSource"
 *           factory="dev.alchemy.driver.AlchemyDataSourceFactory" closeMethod="close"
 *           url="jdbc:alchemy:postgresql://db:5432/app" user="app" password="..."
 *           alchemy.pool.maximumPoolSize="20" alchemy.echo="false"/>
 * }</pre>
 *
 * <p>{@code url}, {@code user} (or {@code username}) and {@code password} set those bean properties; every
 * {@code alchemy.*} attribute is a setting (an unknown one is an error); other attributes go to the real driver
 * as connection properties, except Tomcat's own ({@code auth}, {@code type}, {@code factory}, ...).
 */
public class AlchemyDataSourceFactory implements ObjectFactory {
    /** Attributes the container keeps for itself. */
    private static final Set<String> CONTAINER_ATTRIBUTES = Set.of("auth", "type", "factory", "scope", "singleton",
            "description", "closemethod", "name");

    @Override
    public Object getObjectInstance(Object obj, Name name, Context nameCtx, Hashtable<?, ?> environment) {
        if (!(obj instanceof Reference)) {
            return null;
        }
        Reference ref = (Reference) obj;
        String className = ref.getClassName();
        if (className != null && !className.equals(AlchemyDataSource.class.getName())
                && !className.equals("javax.sql.DataSource")) {
            return null; // JNDI: not ours to build
        }
        AlchemyDataSource ds = new AlchemyDataSource();
        Enumeration<RefAddr> addresses = ref.getAll();
        while (addresses.hasMoreElements()) {
            RefAddr address = addresses.nextElement();
            String attribute = address.getType();
            Object content = address.getContent();
            if (content == null || CONTAINER_ATTRIBUTES.contains(attribute.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            ds.setProperty(attribute, content.toString());
        }
        return ds;
    }
}
