import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Build step (run by Maven as a source-file program): copies the classes of a jar into a classes folder,
 * rewriting those compiled for Java 5 or older as Java 8 class files with stack maps.
 *
 * <p>Why: picocli is compiled for Java 5, and the JVM's AOT cache leaves out classes older than Java 6 (they
 * need the old type-inferring verifier), so every start loaded, verified and linked all of picocli from the
 * jar; rewritten, it comes from the cache like the rest of iocrun, which takes about a third off picocli's
 * part of a start. The code is unchanged: the class-file API copies each method and adds the stack maps
 * that Java 6 and later class files carry.
 *
 * <p>Usage: {@code java UpgradeClassFiles.java JAR CLASSES_DIR}
 */
public final class UpgradeClassFiles {

    private static final int JAVA_6 = 50;
    private static final int JAVA_8 = 52;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java UpgradeClassFiles.java JAR CLASSES_DIR");
            System.exit(2);
        }
        Map<String, byte[]> classes = readClasses(Path.of(args[0]));
        ClassFile classFile = ClassFile.of(
                ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                        .orElse(ClassHierarchyResolver.ofResourceParsing(desc -> {
                            String d = desc.descriptorString();
                            byte[] bytes = classes.get(d.substring(1, d.length() - 1) + ".class");
                            return bytes == null ? null : (InputStream) new ByteArrayInputStream(bytes);
                        }))),
                ClassFile.StackMapsOption.GENERATE_STACK_MAPS);
        int upgraded = 0;
        Path out = Path.of(args[1]);
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            byte[] bytes = entry.getValue();
            ClassModel model = classFile.parse(bytes);
            if (model.majorVersion() < JAVA_6) {
                bytes = classFile.transformClass(model,
                        ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                                .andThen(ClassTransform.endHandler(builder -> builder.withVersion(JAVA_8, 0))));
                upgraded++;
            }
            Path target = out.resolve(entry.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        }
        System.out.println("UpgradeClassFiles: " + classes.size() + " classes of " + Path.of(args[0]).getFileName()
                + " copied, " + upgraded + " rewritten as Java 8 class files");
    }

    /** The jar's class files by entry name, leaving out module descriptors and versioned entries. */
    private static Map<String, byte[]> readClasses(Path jar) throws IOException {
        Map<String, byte[]> classes = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                    classes.put(name, in.readAllBytes());
                }
            }
        }
        return classes;
    }
}
