package dev.alchemy.orm.mapping;

import java.lang.reflect.Method;
import java.util.concurrent.Callable;
import net.bytebuddy.implementation.bind.annotation.Origin;
import net.bytebuddy.implementation.bind.annotation.RuntimeType;
import net.bytebuddy.implementation.bind.annotation.SuperCall;
import net.bytebuddy.implementation.bind.annotation.This;

/** Byte Buddy delegate for relationship getters of loaded objects: load on first access, then the real getter. */
public final class LazyInterceptor {
    private LazyInterceptor() {
    }

    @RuntimeType
    public static Object intercept(@This Object self, @Origin Method getter, @SuperCall Callable<?> real) throws Exception {
        ManagedState managed = ((Managed) self).getAlchemyState();
        LazyState state = managed == null ? null : managed.lazyState();
        if (state != null && state.anyUnloaded()) {
            EntityMapping m = Mapper.mapping(self.getClass());
            state.ensureLoaded(self, m.relationshipByGetter(getter.getName()));
        }
        return real.call();
    }
}
