package dev.alchemy.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.Translation;
import dev.alchemy.translator.TranslationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code LIMIT ? OFFSET ?} translated for SQL Server becomes {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY}, which
 * takes the values in the other order: the prepared statement rebinds the application's indexes. Run over a real H2
 * connection in MSSQLServer mode with a hook translating to SQL Server (the driver picks the target from the URL,
 * and no SQL Server runs here).
 */
class PermutedParametersTest {
    private static final String PAGE = "SELECT id FROM perm_items ORDER BY id LIMIT ? OFFSET ?";
    private Connection physical;
    private Connection wrapped;

    private static SqlHook sqlServerHook(OnError onError) {
        SqlTranslator translator = SqlTranslator.builder().source(Dialect.PORTABLE).target(Dialect.SQLSERVER)
                .onError(onError).build();
        return new SqlHook(new SqlHook.Rewriter() {
            @Override
            public String rewrite(String sql) throws SQLException {
                try {
                    return translator.translate(sql);
                } catch (TranslationException e) {
                    throw new SQLException(e.getMessage(), e.getSqlState(), e);
                }
            }

            @Override
            public Translation rewriteStatement(String sql) throws SQLException {
                try {
                    return translator.translateStatement(sql);
                } catch (TranslationException e) {
                    throw new SQLException(e.getMessage(), e.getSqlState(), e);
                }
            }
        }, false, 0, "permute-test", null);
    }

    @BeforeEach
    void open() throws SQLException {
        physical = DriverManager.getConnection("jdbc:h2:mem:perm;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;DB_CLOSE_DELAY=-1", "sa", "");
        wrapped = Wrap.connection(physical, sqlServerHook(OnError.FAIL));
        try (Statement s = physical.createStatement()) {
            s.execute("CREATE TABLE perm_items (id INT PRIMARY KEY, grp INT)");
            for (int id = 1; id <= 20; id++) {
                s.execute("INSERT INTO perm_items VALUES (" + id + ", " + (id % 2) + ")");
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement s = physical.createStatement()) {
            s.execute("DROP TABLE perm_items");
        }
        physical.close();
    }

    private static List<Integer> ids(PreparedStatement ps) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    @Test
    void limitThenOffsetAsTheApplicationBindsThem() throws SQLException {
        try (PreparedStatement ps = wrapped.prepareStatement(PAGE)) {
            assertInstanceOf(AlchemyPermutedPreparedStatement.class, ps);
            ps.setInt(1, 3); // LIMIT
            ps.setInt(2, 5); // OFFSET
            assertEquals(List.of(6, 7, 8), ids(ps));
            // rebinding in the other order of calls, with other setters, works the same
            ps.setObject(2, 10);
            ps.setLong(1, 2L);
            assertEquals(List.of(11, 12), ids(ps));
        }
    }

    @Test
    void markersBeforeThePageKeepTheirIndexes() throws SQLException {
        try (PreparedStatement ps = wrapped.prepareStatement("SELECT id FROM perm_items WHERE grp = ? ORDER BY id LIMIT ? OFFSET ?")) {
            ps.setInt(1, 0);
            ps.setInt(2, 2);
            ps.setInt(3, 1);
            assertEquals(List.of(4, 6), ids(ps));
        }
    }

    @Test
    void everyPrepareOverloadRebinds() throws SQLException {
        List<PreparedStatement> all = List.of(
                wrapped.prepareStatement(PAGE, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY),
                wrapped.prepareStatement(PAGE, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY,
                        ResultSet.CLOSE_CURSORS_AT_COMMIT),
                wrapped.prepareStatement(PAGE, Statement.NO_GENERATED_KEYS),
                wrapped.prepareCall(PAGE),
                wrapped.prepareCall(PAGE, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY));
        for (PreparedStatement ps : all) {
            try (ps) {
                ps.setInt(1, 2);
                ps.setInt(2, 17);
                assertEquals(List.of(18, 19), ids(ps), ps.getClass().getName());
            }
        }
        assertInstanceOf(AlchemyPermutedCallableStatement.class, all.get(3));
    }

    @Test
    void statementsInOrderAreNotThePermutedWrapper() throws SQLException {
        try (Statement s = physical.createStatement()) {
            s.execute("CREATE TABLE perm_moves (a INT, b INT)");
        }
        try {
            // statements whose markers keep their order get the plain delegating wrapper (no mapping cost)
            try (PreparedStatement ps = wrapped.prepareStatement("INSERT INTO perm_moves (a, b) VALUES (?, ?)")) {
                assertFalse(ps instanceof AlchemyPermutedPreparedStatement, ps.getClass().getName());
                ps.setInt(1, 1);
                ps.setInt(2, 2);
                ps.addBatch();
                ps.executeBatch();
            }
            try (PreparedStatement ps = wrapped.prepareStatement("SELECT a FROM perm_moves ORDER BY a LIMIT 1 OFFSET 0")) {
                assertFalse(ps instanceof AlchemyPermutedPreparedStatement, ps.getClass().getName());
                assertEquals(List.of(1), ids(ps));
            }
        } finally {
            try (Statement s = physical.createStatement()) {
                s.execute("DROP TABLE perm_moves");
            }
        }
    }

    @Test
    void statementApiWithMarkersIsStillRefused() {
        // a plain Statement cannot bind, so its SQL goes through the string API, which refuses the reordering
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement s = wrapped.createStatement()) {
                s.executeQuery(PAGE);
            }
        });
        assertEquals("0A000", e.getSQLState());
    }

    @Test
    void passthroughStillRebindsPreparedStatements() throws SQLException {
        Connection lenient = Wrap.connection(physical, sqlServerHook(OnError.PASSTHROUGH));
        try (PreparedStatement ps = lenient.prepareStatement(PAGE)) {
            assertInstanceOf(AlchemyPermutedPreparedStatement.class, ps);
            ps.setInt(1, 3);
            ps.setInt(2, 5);
            assertEquals(List.of(6, 7, 8), ids(ps));
        }
    }

    // ------------------------------------------------------------------ every index-taking method, one by one

    /** What the wrapper passed on: method name and first argument. */
    private final List<String> calls = new ArrayList<>();

    private <T> T recording(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            calls.add(m.getName() + "(" + (args == null ? "" : args[0]) + ")");
            return defaultValue(m.getReturnType());
        }));
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive() || type == void.class) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return (char) 0;
        }
        return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
    }

    private static Object[] arguments(Method m, int index) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        args[0] = index;
        for (int i = 1; i < types.length; i++) {
            args[i] = defaultValue(types[i]);
        }
        return args;
    }

    private static boolean takesParameterIndex(Method m, Class<?> declaredBy, String... prefixes) {
        if (m.getDeclaringClass() != declaredBy || Modifier.isStatic(m.getModifiers())
                || m.getParameterCount() == 0 || m.getParameterTypes()[0] != int.class) {
            return false;
        }
        for (String prefix : prefixes) {
            if (m.getName().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private void assertEveryMethodMaps(PreparedStatement wrapper, List<Method> methods) throws Exception {
        assertTrue(methods.size() > 20, "found " + methods.size());
        for (Method m : methods) {
            for (int[] mapping : new int[][] {{1, 3}, {2, 1}, {3, 2}, {7, 7}}) {
                calls.clear();
                try {
                    m.invoke(wrapper, arguments(m, mapping[0]));
                } catch (InvocationTargetException e) {
                    throw new AssertionError(m.toGenericString(), e.getCause());
                }
                assertEquals(List.of(m.getName() + "(" + mapping[1] + ")"), calls,
                        () -> m.toGenericString() + " called with index " + mapping[0]);
            }
        }
    }

    @Test
    void everyPreparedStatementSetterMapsItsIndex() throws Exception {
        // output marker k takes input parameter order[k]: 2, 3, 1 -> input 1 at 3, input 2 at 1, input 3 at 2
        Translation t = Translation.permuted("x", new int[] {2, 3, 1});
        AlchemyPreparedStatement wrapper = Wrap.prepared((AlchemyConnection) wrapped, recording(PreparedStatement.class), "x", t);
        List<Method> setters = new ArrayList<>();
        for (Method m : PreparedStatement.class.getMethods()) {
            if (takesParameterIndex(m, PreparedStatement.class, "set")) {
                setters.add(m);
            }
        }
        assertEveryMethodMaps(wrapper, setters);
        // Statement's own setters take no parameter index: passed on unchanged
        calls.clear();
        wrapper.setFetchSize(1);
        wrapper.setMaxRows(2);
        wrapper.setQueryTimeout(1);
        assertEquals(List.of("setFetchSize(1)", "setMaxRows(2)", "setQueryTimeout(1)"), calls);
    }

    @Test
    void everyCallableStatementIndexMaps() throws Exception {
        Translation t = Translation.permuted("x", new int[] {2, 3, 1});
        AlchemyCallableStatement wrapper = Wrap.callable((AlchemyConnection) wrapped, recording(CallableStatement.class), "x", t);
        List<Method> indexed = new ArrayList<>();
        for (Method m : PreparedStatement.class.getMethods()) {
            if (takesParameterIndex(m, PreparedStatement.class, "set")) {
                indexed.add(m);
            }
        }
        for (Method m : CallableStatement.class.getMethods()) {
            if (takesParameterIndex(m, CallableStatement.class, "get", "registerOutParameter")) {
                indexed.add(m);
            }
        }
        assertEveryMethodMaps(wrapper, indexed);
        calls.clear();
        wrapper.setInt("name", 1);
        wrapper.getString("name");
        assertEquals(List.of("setInt(name)", "getString(name)"), calls, "named parameters are the database's names");
    }
}
