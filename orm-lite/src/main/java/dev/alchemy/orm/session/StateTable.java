package dev.alchemy.orm.session;

import dev.alchemy.orm.mapping.Managed;
import dev.alchemy.orm.mapping.ManagedState;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The session's states by object. Objects the session loaded are instances of the generated subclass
 * and hold their state in a field; objects the user created are looked up by identity. Removal only
 * marks a state dead, so iterating while the session adds or forgets objects is safe; dead entries are
 * dropped by {@link #compact()}.
 */
final class StateTable {
    private Map<Object, InstanceState> plain = new IdentityHashMap<>();
    private final StateList all = new StateList();
    private int dead;

    InstanceState get(Object entity) {
        if (entity instanceof Managed) {
            ManagedState s = ((Managed) entity).getAlchemyState();
            if (s instanceof InstanceState) {
                InstanceState st = (InstanceState) s;
                return st.table == this && st.live() ? st : null;
            }
            return null;
        }
        return plain.get(entity);
    }

    /** The state another table (session) keeps in a loaded object, or null. */
    static InstanceState foreign(Object entity, StateTable mine) {
        if (entity instanceof Managed) {
            ManagedState s = ((Managed) entity).getAlchemyState();
            if (s instanceof InstanceState && ((InstanceState) s).table != mine) {
                return (InstanceState) s;
            }
        }
        return null;
    }

    boolean containsKey(Object entity) {
        return get(entity) != null;
    }

    void put(Object entity, InstanceState st) {
        st.table = this;
        if (!st.inList()) {
            all.add(st);
            st.inList(true);
        } else if (!st.live()) {
            dead--;
        }
        st.live(true);
        if (entity instanceof Managed) {
            ((Managed) entity).setAlchemyState(st);
        } else {
            plain.put(entity, st);
        }
    }

    void remove(Object entity) {
        InstanceState st = get(entity);
        if (st == null) {
            return;
        }
        st.live(false);
        dead++;
        if (!(entity instanceof Managed)) {
            plain.remove(entity);
        }
    }

    int size() {
        return all.size() - dead;
    }

    /** Drops dead entries once they are many. */
    void compact() {
        if (dead > 1024 && dead > all.size() / 2) {
            all.removeIf(st -> {
                if (!st.live()) {
                    st.inList(false);
                    return true;
                }
                return false;
            });
            dead = 0;
        }
    }

    /** Forgets every state at once (the session is closing: nothing asks about these objects again). */
    void clear() {
        all.clear();
        plain.clear();
        dead = 0;
    }

    /** Room for {@code more} objects the user is about to add. */
    void reservePlain(int more) {
        if (more > 4096 && more > plain.size()) {
            Map<Object, InstanceState> bigger = new IdentityHashMap<>(plain.size() + more);
            bigger.putAll(plain);
            plain = bigger;
        }
    }

    /** Live states in the order they joined; sees states added during the iteration. */
    Iterable<InstanceState> values() {
        return () -> new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < all.size() && !all.get(i).live()) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                next = advance(next);
                return next < all.size();
            }

            @Override
            public InstanceState next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return all.get(next++);
            }
        };
    }
}
