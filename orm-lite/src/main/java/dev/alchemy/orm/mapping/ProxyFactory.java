package dev.alchemy.orm.mapping;

import java.lang.invoke.MethodHandles;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.loading.ClassInjector;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.FieldAccessor;
import net.bytebuddy.implementation.MethodDelegation;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.description.method.MethodDescription;

/**
 * Generates, once per entity class, the subclass the session instantiates for loaded objects: it
 * carries the session's state for the object and overrides the relationship getters to load on first
 * access.
 */
final class ProxyFactory {
    private ProxyFactory() {
    }

    static Class<?> subclass(EntityMapping m) {
        Class<?> type = m.type();
        ElementMatcher.Junction<MethodDescription> getters = ElementMatchers.none();
        for (RelationshipProperty r : m.relationships()) {
            if (r.getter() != null) {
                getters = getters.or(ElementMatchers.named(r.getter().getName()).and(ElementMatchers.takesArguments(0)));
            }
        }
        ClassLoadingStrategy<ClassLoader> strategy;
        try {
            // defines the subclass in the entity's own package and loader, so package-private getters work
            strategy = ClassInjector.UsingLookup.isAvailable()
                    ? ClassLoadingStrategy.UsingLookup.of(MethodHandles.privateLookupIn(type, MethodHandles.lookup()))
                    : ClassLoadingStrategy.Default.INJECTION;
        } catch (IllegalAccessException e) {
            strategy = ClassLoadingStrategy.Default.INJECTION;
        }
        return new ByteBuddy()
                .subclass(type)
                .name(type.getName() + "$AlchemyLazy")
                .defineField("alchemyState", ManagedState.class, Visibility.PRIVATE)
                .implement(Managed.class).intercept(FieldAccessor.ofField("alchemyState"))
                .method(getters).intercept(MethodDelegation.to(LazyInterceptor.class))
                .make()
                .load(type.getClassLoader(), strategy)
                .getLoaded();
    }
}
