package dev.alchemy.driver.jdbc;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isDefaultMethod;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.sql.ResultSet;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.modifier.TypeManifestation;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.MethodCall;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Generates, once per wrapper class at class-load time, the concrete subclass of one of Alchemy's small
 * abstract wrappers: every JDBC method the abstract class leaves out (abstract, or an interface default that
 * the real driver may override) becomes {@code return this.<field>.sameMethod(sameArguments)}; methods that
 * return a {@link ResultSet} go through the wrapper's {@code wrap(ResultSet)} when it declares one, so result
 * sets from {@code DatabaseMetaData} are Alchemy's too. The generated class is defined next to its abstract
 * parent through a {@link MethodHandles.Lookup} (no class-name strings, so shading cannot break it), and is
 * instantiated through a constructor {@link MethodHandle} kept in a static final field: after JIT, creating a
 * wrapper costs what {@code new} costs.
 */
final class Delegation {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** Generated class files target Java 17 whatever JVM runs them, so a newer JVM never trips Byte Buddy. */
    private static final ByteBuddy BYTE_BUDDY = new ByteBuddy(ClassFileVersion.JAVA_V17);
    /** The most arguments of a JDBC method taking a parameter index ({@code setObject(int, Object, int, int)}). */
    private static final int MAX_INDEXED_ARITY = 4;

    private Delegation() {
    }

    /**
     * The constructor of {@code base}'s generated subclass, typed {@code (constructorParameters) -> base}.
     *
     * @param field the field of {@code base} holding the real object (its type declares every method to delegate)
     */
    static MethodHandle constructor(Class<?> base, String field, Class<?>... constructorParameters) {
        return constructor(base, field, null, constructorParameters);
    }

    /**
     * As {@link #constructor(Class, String, Class[])}, and every delegated method matched by {@code indexed} (its
     * first parameter an {@code int} parameter index) passes {@code this.position(index)} instead of the index:
     * {@code return this.<field>.sameMethod(position(index), otherArguments)}. {@code base} declares
     * {@code int position(int)}.
     */
    static MethodHandle constructor(Class<?> base, String field, ElementMatcher<? super MethodDescription> indexed,
            Class<?>... constructorParameters) {
        ElementMatcher.Junction<MethodDescription> delegated = isAbstract().or(isDefaultMethod());
        DynamicType.Builder<?> builder = BYTE_BUDDY
                .subclass(base, ConstructorStrategy.Default.IMITATE_SUPER_CLASS_OPENING)
                .name(base.getName() + "$Delegating")
                .modifiers(Visibility.PUBLIC, TypeManifestation.FINAL)
                .method(delegated)
                .intercept(MethodCall.invokeSelf().onField(field).withAllArguments());
        Method wrap = findWrap(base);
        if (wrap != null) {
            builder = builder.method(delegated.and(returns(ResultSet.class)))
                    .intercept(MethodCall.invoke(wrap).withMethodCall(MethodCall.invokeSelf().onField(field).withAllArguments()));
        }
        if (indexed != null) {
            Method position = position(base);
            // one interception per arity: MethodCall names the remaining arguments by position
            for (int arity = 1; arity <= MAX_INDEXED_ARITY; arity++) {
                int[] rest = new int[arity - 1];
                for (int i = 0; i < rest.length; i++) {
                    rest[i] = i + 1;
                }
                builder = builder.method(delegated.and(indexed).and(takesArguments(arity)))
                        .intercept(MethodCall.invokeSelf().onField(field)
                                .withMethodCall(MethodCall.invoke(position).withArgument(0))
                                .withArgument(rest));
            }
        }
        try {
            Class<?> generated = builder.make()
                    .load(base.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(LOOKUP))
                    .getLoaded();
            return LOOKUP.findConstructor(generated, MethodType.methodType(void.class, constructorParameters))
                    .asType(MethodType.methodType(base, constructorParameters));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot generate the delegating " + base.getSimpleName(), e);
        }
    }

    private static Method position(Class<?> base) {
        for (Class<?> c = base; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod("position", int.class);
            } catch (NoSuchMethodException notHere) {
                // look in the parent
            }
        }
        throw new IllegalStateException(base.getSimpleName() + " declares no position(int)");
    }

    private static Method findWrap(Class<?> base) {
        for (Class<?> c = base; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod("wrap", ResultSet.class);
            } catch (NoSuchMethodException notHere) {
                // look in the parent
            }
        }
        return null;
    }
}
