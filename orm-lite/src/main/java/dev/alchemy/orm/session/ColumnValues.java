package dev.alchemy.orm.session;

import dev.alchemy.orm.core.Column;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An INSERT row for Core as a read-only map over the object's snapshot array: no hashing and no copy
 * per row. Keys are a few columns shared by every row of a batch, so lookups scan them by identity.
 */
final class ColumnValues extends AbstractMap<Column, Object> {
    private final Column[] columns;
    private final int[] positions;
    private final Object[] values;

    ColumnValues(Column[] columns, int[] positions, Object[] values) {
        this.columns = columns;
        this.positions = positions;
        this.values = values;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] == key) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[positions[i]];
    }

    @Override
    public int size() {
        return columns.length;
    }

    /** The columns without building entries (Core walks the keys of every row). */
    @Override
    public Set<Column> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Column> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < columns.length;
                    }

                    @Override
                    public Column next() {
                        if (next >= columns.length) {
                            throw new NoSuchElementException();
                        }
                        return columns[next++];
                    }
                };
            }

            @Override
            public boolean contains(Object o) {
                return indexOf(o) >= 0;
            }

            @Override
            public int size() {
                return columns.length;
            }
        };
    }

    @Override
    public Set<Entry<Column, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Column, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < columns.length;
                    }

                    @Override
                    public Entry<Column, Object> next() {
                        if (next >= columns.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(columns[i], values[positions[i]]);
                    }
                };
            }

            @Override
            public int size() {
                return columns.length;
            }
        };
    }
}
