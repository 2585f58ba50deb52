package dev.alchemy.translator.engine;

import net.sf.jsqlparser.parser.CCJSqlParser;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Stops parses that run past their deadline by setting the parser's {@code interrupted} flag, which the
 * generated parser polls in its recursive rules.
 *
 * <p>Every parse would otherwise pay for its own timer: a {@code ScheduledThreadPoolExecutor} task costs a
 * queue insertion, a removal and a wake-up of the timer thread (a futex call) per statement, which was a
 * tenth of a cold translation. Here each parsing thread owns one {@link Slot} and starting or ending a parse
 * is two volatile writes to it; one daemon thread looks at the slots every {@value #TICK_MS} ms. A parse is
 * therefore stopped between its deadline and one tick later. The thread parks itself after
 * {@value #IDLE_TICKS} ticks without any parse and is unparked by the next one.
 */
final class ParseWatchdog {
    static final long TICK_MS = 50;
    private static final int IDLE_TICKS = 200;

    private static final Set<Slot> SLOTS = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Slot> MINE = ThreadLocal.withInitial(ParseWatchdog::register);
    private static final Thread THREAD = startThread();
    private static volatile boolean parked;

    private ParseWatchdog() {
    }

    /** One parsing thread's current parse: the parser and when it must stop, or no parser. */
    static final class Slot {
        private final Thread owner;
        private volatile long deadline;
        private volatile CCJSqlParser parser;

        private Slot(Thread owner) {
            this.owner = owner;
        }

        /** Watches {@code p} until {@link #clear()}, stopping it {@code timeoutMs} from now. */
        void watch(CCJSqlParser p, long timeoutMs) {
            deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            parser = p; // written last: the watchdog that sees the parser sees its deadline
            if (parked) {
                parked = false;
                LockSupport.unpark(THREAD);
            }
        }

        void clear() {
            parser = null;
        }
    }

    /** The calling thread's slot. */
    static Slot slot() {
        return MINE.get();
    }

    private static Slot register() {
        Slot s = new Slot(Thread.currentThread());
        SLOTS.add(s);
        return s;
    }

    private static Thread startThread() {
        Thread t = new Thread(ParseWatchdog::run, "alchemy-parse-watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void run() {
        int idle = 0;
        while (true) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MS));
            boolean busy = false;
            long now = System.nanoTime();
            for (Slot s : SLOTS) {
                CCJSqlParser p = s.parser;
                if (p != null) {
                    busy = true;
                    if (now - s.deadline > 0) {
                        p.interrupted = true;
                    }
                } else if (!s.owner.isAlive()) {
                    SLOTS.remove(s);
                }
            }
            idle = busy ? 0 : idle + 1;
            if (idle >= IDLE_TICKS) {
                parked = true;
                // a parse that started between the scan and here has seen parked == false: look once more
                if (!anyParser()) {
                    LockSupport.park();
                }
                parked = false;
                idle = 0;
            }
        }
    }

    private static boolean anyParser() {
        for (Slot s : SLOTS) {
            if (s.parser != null) {
                return true;
            }
        }
        return false;
    }
}
