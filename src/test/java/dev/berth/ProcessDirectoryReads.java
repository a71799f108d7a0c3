package dev.berth;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.util.List;
import java.util.Set;

/**
 * An ArchUnit condition that ArchUnit's own calls cannot express, as they do not see arguments: reading the
 * process's working directory through a constant, {@code System.getProperty("user.dir")} or
 * {@code Path.of("")}/{@code Paths.get("")}/{@code new File("")}. It reads each method's bytecode with the JDK's
 * class-file API: the string constant loaded a few instructions before such a call.
 */
final class ProcessDirectoryReads {
    /** Owner and name of calls that turn "" into the process's directory. */
    private static final Set<String> EMPTY_PATH_CALLS = Set.of("java/nio/file/Path.of", "java/nio/file/Paths.get",
            "java/io/File.<init>", "java/nio/file/FileSystem.getPath");
    /** Instructions between the constant and the call: Path.of("") passes an empty varargs array too. */
    private static final int REACH = 3;

    private ProcessDirectoryReads() {}

    static ArchCondition<JavaClass> none() {
        return new ArchCondition<>("not read the process's working directory (user.dir, Path.of(\"\"))") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (String found : reads(item)) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " " + found));
                }
            }
        };
    }

    private static List<String> reads(JavaClass item) {
        String resource = "/" + item.getName().replace('.', '/') + ".class";
        try (InputStream in = ProcessDirectoryReads.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            ClassModel model = ClassFile.of().parse(in.readAllBytes());
            return model.methods().stream().flatMap(m -> reads(m).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> reads(MethodModel method) {
        CodeModel code = method.code().orElse(null);
        if (code == null) {
            return List.of();
        }
        List<String> found = new java.util.ArrayList<>();
        Object constant = null;
        int since = REACH + 1;
        for (CodeElement e : code) {
            if (!(e instanceof java.lang.classfile.Instruction)) {
                continue;
            }
            since++;
            if (e instanceof ConstantInstruction c && c.constantValue() instanceof String s) {
                constant = s;
                since = 0;
            } else if (e instanceof InvokeInstruction call && since <= REACH) {
                String target = call.owner().asInternalName() + "." + call.name().stringValue();
                if ("user.dir".equals(constant) && target.equals("java/lang/System.getProperty")
                        || "".equals(constant) && EMPTY_PATH_CALLS.contains(target)) {
                    found.add("reads the process directory in " + method.methodName().stringValue() + " (" + target
                            + " of \"" + constant + "\")");
                }
            }
        }
        return found;
    }
}
