package dev.alchemy.orm.mapping;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.assign.TypeCasting;
import net.bytebuddy.implementation.bytecode.collection.ArrayAccess;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;
import net.bytebuddy.implementation.bytecode.member.FieldAccess;
import net.bytebuddy.implementation.bytecode.member.MethodReturn;
import net.bytebuddy.implementation.bytecode.member.MethodVariableAccess;
import net.bytebuddy.matcher.ElementMatchers;
import org.slf4j.LoggerFactory;

/**
 * Generates an entity's {@link ColumnWriter}: a hidden class defined as a nestmate of the entity (so it
 * may reach private fields) whose {@code write} casts each value to its field's type and stores it, and
 * whose {@code read} loads the same fields into an array.
 * Covers the non-final reference fields declared by the entity class itself whose type accepts the
 * column's Java type as read; other columns (primitives, converted types, inherited fields) stay on the
 * reflective path. Returns null when the JVM or a module boundary refuses; loading then stays reflective.
 */
final class ColumnWriterFactory {
    private ColumnWriterFactory() {
    }

    /** The writer and which column positions it writes, or null. */
    static Object[] create(EntityMapping m) {
        Class<?> type = m.type();
        List<ColumnProperty> cols = m.columns();
        boolean[] written = new boolean[cols.size()];
        List<StackManipulation> code = new ArrayList<>();
        List<StackManipulation> readCode = new ArrayList<>();
        TypeDescription entity = TypeDescription.ForLoadedType.of(type);
        for (ColumnProperty c : cols) {
            Field f = c.field();
            if (f == null || f.getDeclaringClass() != type || Modifier.isFinal(f.getModifiers()) || Modifier.isStatic(f.getModifiers())
                    || f.getType().isPrimitive() || c.column() == null || !f.getType().isAssignableFrom(c.column().type().javaType())) {
                continue;
            }
            written[c.index()] = true;
            code.add(MethodVariableAccess.REFERENCE.loadFrom(1));
            code.add(TypeCasting.to(entity));
            code.add(MethodVariableAccess.REFERENCE.loadFrom(2));
            code.add(IntegerConstant.forValue(c.index()));
            code.add(ArrayAccess.REFERENCE.load());
            code.add(TypeCasting.to(TypeDescription.ForLoadedType.of(f.getType())));
            code.add(FieldAccess.forField(new FieldDescription.ForLoadedField(f)).write());
            readCode.add(MethodVariableAccess.REFERENCE.loadFrom(2));
            readCode.add(IntegerConstant.forValue(c.index()));
            readCode.add(MethodVariableAccess.REFERENCE.loadFrom(1));
            readCode.add(TypeCasting.to(entity));
            readCode.add(FieldAccess.forField(new FieldDescription.ForLoadedField(f)).read());
            readCode.add(ArrayAccess.REFERENCE.store());
        }
        code.add(MethodReturn.VOID);
        readCode.add(MethodReturn.VOID);
        StackManipulation body = new StackManipulation.Compound(code);
        StackManipulation readBody = new StackManipulation.Compound(readCode);
        StackManipulation create;
        Class<?> loaded = m.loadedClass();
        java.lang.reflect.Constructor<?> ctor;
        try {
            ctor = loaded.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            ctor = null;
        }
        if (ctor != null && !Modifier.isPrivate(ctor.getModifiers()) && loaded.getClassLoader() == type.getClassLoader()
                && loaded.getPackageName().equals(type.getPackageName())) {
            create = new StackManipulation.Compound(
                    net.bytebuddy.implementation.bytecode.TypeCreation.of(TypeDescription.ForLoadedType.of(loaded)),
                    net.bytebuddy.implementation.bytecode.Duplication.SINGLE,
                    net.bytebuddy.implementation.bytecode.member.MethodInvocation.invoke(
                            new net.bytebuddy.description.method.MethodDescription.ForLoadedConstructor(ctor)),
                    MethodReturn.REFERENCE);
        } else {
            create = new StackManipulation.Compound(net.bytebuddy.implementation.bytecode.constant.NullConstant.INSTANCE,
                    MethodReturn.REFERENCE);
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            byte[] bytes = new ByteBuddy()
                    .subclass(Object.class)
                    .name(type.getName() + "$AlchemyWriter")
                    .implement(ColumnWriter.class)
                    .method(ElementMatchers.named("write"))
                    .intercept(new Implementation.Simple((ByteCodeAppender) (mv, ctx, method) ->
                            new ByteCodeAppender.Size(body.apply(mv, ctx).getMaximalSize(), method.getStackSize())))
                    .method(ElementMatchers.named("read"))
                    .intercept(new Implementation.Simple((ByteCodeAppender) (mv, ctx, method) ->
                            new ByteCodeAppender.Size(readBody.apply(mv, ctx).getMaximalSize(), method.getStackSize())))
                    .method(ElementMatchers.named("newInstance"))
                    .intercept(new Implementation.Simple((ByteCodeAppender) (mv, ctx, method) ->
                            new ByteCodeAppender.Size(create.apply(mv, ctx).getMaximalSize(), method.getStackSize())))
                    .make()
                    .getBytes();
            Class<?> cls = lookup.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE).lookupClass();
            ColumnWriter writer = (ColumnWriter) lookup.findConstructor(cls, java.lang.invoke.MethodType.methodType(void.class)).invoke();
            Object probe = writer.newInstance(); // links the constructor call now, not on the first load
            if (probe != null && probe.getClass() != loaded) {
                return null;
            }
            return new Object[] {writer, written, probe != null};
        } catch (Throwable e) {
            LoggerFactory.getLogger(ColumnWriterFactory.class).debug("loading {} stays reflective: {}", type.getName(), e.toString());
            return null;
        }
    }
}
