package dev.awsjshell.shell;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shift+Tab at the JShell prompt shows the toolkit's javadoc and the generated views' (parameters, required members).
 * JShell 17 reads documentation only from the JDK's {@code lib/src.zip} ({@code SourceCodeAnalysisImpl.findSources});
 * its one other input is a static list of source roots it keeps for its own tests. This sets that list to the
 * toolkit's sources, the views' generated sources and the JDK's {@code src.zip} when it has one. It needs
 * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} (scripts/jshell passes it) and JShell in this JVM
 * ({@code --execution local}); without them it changes nothing and says so by returning false.
 */
public final class JavadocSources {
    /** Set by RunScript: a script has no Shift+Tab, and a compiled one runs without JShell's compiler classes. */
    static volatile boolean inScript;

    private JavadocSources() {}

    /** The source roots under aws-jshell's home ({@code -Dawsjshell.home}), given to JShell; false if it could not. */
    public static boolean install() {
        String home = System.getProperty("awsjshell.home");
        if (home == null || inScript) return false;
        List<Path> roots = new ArrayList<>();
        for (String dir : List.of("toolkit/src/main/java", "views/target/generated-sources/views")) {
            Path p = Path.of(home, dir);
            if (Files.isDirectory(p)) roots.add(p);
        }
        roots.addAll(jdkSources());
        try {
            Field f = Class.forName("jdk.jshell.SourceCodeAnalysisImpl").getDeclaredField("availableSourcesOverride");
            f.setAccessible(true);
            f.set(null, List.copyOf(roots));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The JDK's own sources, as JShell finds them: the modules' folders of {@code lib/src.zip}. */
    private static List<Path> jdkSources() {
        Path zip = Path.of(System.getProperty("java.home"), "lib", "src.zip");
        if (!Files.isReadable(zip)) return List.of();
        List<Path> modules = new ArrayList<>();
        try {
            FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of());
            Path root = fs.getRootDirectories().iterator().next();
            if (Files.exists(root.resolve("java/lang/Object.java"))) return List.of(zip);
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
                for (Path p : dirs) if (Files.isDirectory(p)) modules.add(p);
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return modules;
    }
}
