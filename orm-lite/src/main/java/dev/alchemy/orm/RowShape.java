package dev.alchemy.orm;

import dev.alchemy.orm.core.Column;
import dev.alchemy.orm.core.Expression;
import dev.alchemy.orm.core.Label;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The columns of a result, shared by all its rows: labels, lookups by name and by expression, record mappers. */
final class RowShape {
    final String[] labels;
    private final Map<String, Integer> byLabel = new HashMap<>();
    private final Map<Expression, Integer> byExpression = new IdentityHashMap<>();
    private final Map<Class<?>, RecordMapper> mappers = new ConcurrentHashMap<>();

    RowShape(String[] labels, List<Expression> expressions) {
        this.labels = labels;
        for (int i = labels.length - 1; i >= 0; i--) { // the first of duplicate labels wins
            byLabel.put(labels[i].toLowerCase(Locale.ROOT), i);
        }
        for (int i = 0; i < expressions.size() && i < labels.length; i++) {
            Expression e = expressions.get(i);
            byExpression.putIfAbsent(e, i);
            if (e instanceof Label l) {
                byExpression.putIfAbsent(l.expression(), i);
            }
        }
    }

    int indexOf(String label) {
        Integer i = byLabel.get(label.toLowerCase(Locale.ROOT));
        if (i == null) {
            throw new IllegalArgumentException("no column '" + label + "' in this row; it has " + List.of(labels));
        }
        return i;
    }

    int indexOf(Expression e) {
        Integer i = byExpression.get(e);
        if (i != null) {
            return i;
        }
        if (e instanceof Column c) {
            Integer byName = byLabel.get(c.name().toLowerCase(Locale.ROOT));
            if (byName != null) {
                return byName;
            }
        }
        if (e instanceof Label l) {
            return indexOf(l.name());
        }
        throw new IllegalArgumentException("column " + e + " is not in this row; it has " + List.of(labels));
    }

    int indexOfOrMinus(String label) {
        Integer i = byLabel.get(label.toLowerCase(Locale.ROOT));
        return i == null ? -1 : i;
    }

    RecordMapper mapper(Class<?> recordType) {
        return mappers.computeIfAbsent(recordType, t -> new RecordMapper(t, this));
    }

    /** Builds records from rows by matching component names to labels (exact, any case, or snake_case). */
    static final class RecordMapper {
        private final Constructor<?> constructor;
        private final int[] indexes;
        private final Class<?>[] types;

        RecordMapper(Class<?> recordType, RowShape shape) {
            if (!recordType.isRecord()) {
                throw new IllegalArgumentException(recordType.getName() + " is not a record; Row.as maps records by component name");
            }
            RecordComponent[] components = recordType.getRecordComponents();
            indexes = new int[components.length];
            types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                int idx = shape.indexOfOrMinus(name);
                if (idx < 0) {
                    idx = shape.indexOfOrMinus(snake(name));
                }
                if (idx < 0) {
                    throw new IllegalArgumentException("record " + recordType.getSimpleName() + " component '" + name
                            + "' matches no column of the row " + List.of(shape.labels) + "; label the column with .as(\"" + name + "\")");
                }
                indexes[i] = idx;
                types[i] = components[i].getType();
            }
            try {
                constructor = recordType.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("cannot use the canonical constructor of " + recordType.getName() + ": " + e, e);
            }
        }

        Object map(Object[] values) {
            Object[] args = new Object[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                args[i] = Conversions.convert(values[indexes[i]], types[i]);
            }
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("constructing " + constructor.getDeclaringClass().getName() + " failed: " + e.getCause(), e);
            }
        }

        private static String snake(String camel) {
            StringBuilder sb = new StringBuilder(camel.length() + 4);
            for (int i = 0; i < camel.length(); i++) {
                char ch = camel.charAt(i);
                if (Character.isUpperCase(ch)) {
                    sb.append('_').append(Character.toLowerCase(ch));
                } else {
                    sb.append(ch);
                }
            }
            return sb.toString();
        }
    }
}
