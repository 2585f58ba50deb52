package dev.alchemy.orm.mapping;

import dev.alchemy.orm.RowCursor;
import dev.alchemy.orm.core.Types;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.assign.TypeCasting;
import net.bytebuddy.implementation.bytecode.collection.ArrayAccess;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;
import net.bytebuddy.implementation.bytecode.member.FieldAccess;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.implementation.bytecode.member.MethodReturn;
import net.bytebuddy.implementation.bytecode.member.MethodVariableAccess;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.matcher.ElementMatchers;
import org.slf4j.LoggerFactory;

/**
 * Generates an entity's {@link ColumnWriter}: a hidden class defined as a nestmate of the entity (so it
 * may reach private fields) whose {@code load} reads a row into the fields and a snapshot array, and whose
 * {@code read} loads the same fields into an array.
 * Covers the non-final reference fields declared by the entity class itself whose type accepts the
 * column's Java type as read; other columns (primitives, converted types, inherited fields) stay on the
 * reflective path. Returns null when the JVM or a module boundary refuses; loading then stays reflective.
 */
final class ColumnWriterFactory {
    private static final MethodDescription CURSOR_GET = cursorMethod("get");
    /** By {@link Types#directRead} code: the read whose return type is the column's Java type. */
    private static final MethodDescription[] CURSOR_READS = {
        null, cursorMethod("getInteger"), cursorMethod("getLong"), cursorMethod("getString")};

    /** {@code anewarray java/lang/Object}: takes the length, leaves the array. */
    private static final StackManipulation NEW_OBJECT_ARRAY = new StackManipulation.AbstractBase() {
        @Override
        public Size apply(MethodVisitor mv, Implementation.Context ctx) {
            mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
            return new Size(0, 0);
        }
    };

    private ColumnWriterFactory() {
    }

    private static MethodDescription cursorMethod(String name) {
        try {
            return new MethodDescription.ForLoadedMethod(RowCursor.class.getMethod(name, int.class));
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The writer and which column positions it writes, or null. */
    static Object[] create(EntityMapping m) {
        Class<?> type = m.type();
        List<ColumnProperty> cols = m.columns();
        boolean[] written = new boolean[cols.size()];
        TypeDescription entity = TypeDescription.ForLoadedType.of(type);
        // load(entity, row, id): locals 1 entity, 2 row, 3 id, 4 the entity cast once, 5 the snapshot, 6 a value
        List<StackManipulation> code = new ArrayList<>();
        code.add(MethodVariableAccess.REFERENCE.loadFrom(1));
        code.add(TypeCasting.to(entity));
        code.add(MethodVariableAccess.REFERENCE.storeAt(4));
        code.add(IntegerConstant.forValue(cols.size()));
        code.add(NEW_OBJECT_ARRAY);
        code.add(MethodVariableAccess.REFERENCE.storeAt(5));
        List<StackManipulation> readCode = new ArrayList<>();
        int idIndex = m.id().index();
        for (ColumnProperty c : cols) {
            Field f = c.field();
            boolean writes = f != null && f.getDeclaringClass() == type && !Modifier.isFinal(f.getModifiers())
                    && !Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive() && c.column() != null
                    && f.getType().isAssignableFrom(c.column().type().javaType());
            written[c.index()] = writes;
            StackManipulation field = writes ? FieldAccess.forField(new FieldDescription.ForLoadedField(f)).write() : null;
            TypeDescription fieldType = writes ? TypeDescription.ForLoadedType.of(f.getType()) : null;
            int read = c.column() == null ? 0 : Types.directRead(c.column().type());
            boolean typed = writes && read != 0;
            // snapshot[i] = the value (the id as the caller read it, the others from the row)
            code.add(c.index() == idIndex ? MethodVariableAccess.REFERENCE.loadFrom(3) : new StackManipulation.Compound(
                    MethodVariableAccess.REFERENCE.loadFrom(2),
                    IntegerConstant.forValue(c.index()),
                    MethodInvocation.invoke(typed ? CURSOR_READS[read] : CURSOR_GET)));
            code.add(MethodVariableAccess.REFERENCE.storeAt(6));
            code.add(MethodVariableAccess.REFERENCE.loadFrom(5));
            code.add(IntegerConstant.forValue(c.index()));
            code.add(MethodVariableAccess.REFERENCE.loadFrom(6));
            code.add(ArrayAccess.REFERENCE.store());
            if (!writes) {
                continue;
            }
            code.add(MethodVariableAccess.REFERENCE.loadFrom(4));
            code.add(MethodVariableAccess.REFERENCE.loadFrom(6));
            if (!typed || c.index() == idIndex) {
                code.add(TypeCasting.to(fieldType)); // a value the read made just now: its header is in the cache
            }
            code.add(field);
            readCode.add(MethodVariableAccess.REFERENCE.loadFrom(2));
            readCode.add(IntegerConstant.forValue(c.index()));
            readCode.add(MethodVariableAccess.REFERENCE.loadFrom(1));
            readCode.add(TypeCasting.to(entity));
            readCode.add(FieldAccess.forField(new FieldDescription.ForLoadedField(f)).read());
            readCode.add(ArrayAccess.REFERENCE.store());
        }
        code.add(MethodVariableAccess.REFERENCE.loadFrom(5));
        code.add(MethodReturn.REFERENCE);
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
                    MethodInvocation.invoke(
                            new MethodDescription.ForLoadedConstructor(ctor)),
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
                    .method(ElementMatchers.named("load"))
                    .intercept(new Implementation.Simple((ByteCodeAppender) (mv, ctx, method) ->
                            new ByteCodeAppender.Size(body.apply(mv, ctx).getMaximalSize(), method.getStackSize() + 3)))
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
