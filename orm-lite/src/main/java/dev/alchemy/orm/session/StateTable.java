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
 * <p>
 * A loaded object whose class has no lazy relationship gets its state field only when the session first
 * asks for an object's state ({@link #attachPending()}): a load is then a row into the identity index and
 * the list, nothing written back into the new object. Storing that field as each row arrived made
 * C2 compile the load loop into a slower form in five JMH forks of six (100,000 rows from H2 in memory:
 * 18 to 19.7 ms per load against 14 to 15 ms without the store, with G1; with the parallel collector
 * both took 15.5 ms). Lazy getters read the field, so classes with relationships are attached at once.
 */
final class StateTable {
    private Map<Object, InstanceState> plain = new IdentityHashMap<>();
    private final StateList all = new StateList();
    private int dead;
    /** Position in {@link #all} of the first loaded state not yet stored in its object; -1 when none. */
    private int unattachedFrom = -1;

    InstanceState get(Object entity) {
        if (entity instanceof Managed) {
            ManagedState s = stateOf((Managed) entity);
            if (s instanceof InstanceState) {
                InstanceState st = (InstanceState) s;
                return st.table == this && st.live() ? st : null;
            }
            return null;
        }
        return plain.get(entity);
    }

    /** The state in a loaded object's field, once this table's pending states are stored in theirs. */
    private ManagedState stateOf(Managed entity) {
        ManagedState s = entity.getAlchemyState();
        if (s == null && unattachedFrom >= 0) {
            attachPending();
            s = entity.getAlchemyState();
        }
        return s;
    }

    /**
     * Whether {@code entity} was loaded by another table (session), open or closed. Only sessions create
     * instances of the generated subclass, so one with no state once this table's are stored was loaded
     * by a session that had not stored them yet.
     */
    static boolean loadedElsewhere(Object entity, StateTable mine) {
        if (entity instanceof Managed) {
            ManagedState s = mine.stateOf((Managed) entity);
            return !(s instanceof InstanceState) || ((InstanceState) s).table != mine;
        }
        return false;
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

    /**
     * Lists the state of an object just loaded as an instance of the generated subclass; its field is
     * set now when {@code attachNow} (its lazy getters need it), else on the first {@link #get}.
     */
    void putLoaded(InstanceState st, boolean attachNow) {
        st.table = this;
        st.inList(true);
        st.live(true);
        if (attachNow) {
            ((Managed) st.entity).setAlchemyState(st);
        } else if (unattachedFrom < 0) {
            unattachedFrom = all.size();
        }
        all.add(st);
    }

    /** Stores every listed state not yet in its object's field there. */
    private void attachPending() {
        for (int i = unattachedFrom, n = all.size(); i < n; i++) {
            InstanceState st = all.get(i);
            if (st.entity instanceof Managed) {
                Managed e = (Managed) st.entity;
                if (e.getAlchemyState() == null) {
                    e.setAlchemyState(st);
                }
            }
        }
        unattachedFrom = -1;
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
            if (unattachedFrom >= 0) {
                attachPending(); // positions are about to move
            }
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
        unattachedFrom = -1;
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
