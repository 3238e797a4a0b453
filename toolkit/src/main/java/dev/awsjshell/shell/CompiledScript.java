package dev.awsjshell.shell;

import dev.awsjshell.util.StateFolder;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What JShell made of a script, kept so that the next run of the same script skips the compiler, as Python keeps
 * {@code __pycache__} and JBang its jars: the classes JShell loaded and the snippet methods it invoked, in order, recorded
 * at a run that compiled every snippet and ran to its end. A later run replays them on JShell's own local execution
 * engine (the same class loader, snippet threads and value strings as a compiling run), so only javac's part is gone.
 * <p>The entry's name is a hash of everything the compiled classes depend on: the script's and startup.jsh's text and
 * path, the class path snippets compile against, the JVM's class path with each jar's size and time, and the JDK. An
 * edit or a rebuild misses and compiles again; an entry that cannot be read is compiled again too. A run that does not
 * reach its end (an exception, {@code System.exit}, a snippet that does not compile or refers to something undeclared)
 * is not kept. Entries live in the user's aws-jshell folder ({@code compiled/}, mode 700), the newest
 * {@value #KEPT} kept. AWS_JSHELL_SCRIPT_CACHE=0 turns it off.
 */
final class CompiledScript {
    private static final String MAGIC = "aws-jshell compiled script 1";
    static final int KEPT = 200;
    private static final byte LOAD = 'L', INVOKE = 'I';

    /** A step of the run: classes loaded, or a snippet's method invoked (with its file and line, for errors). */
    private record Step(ClassBytecodes[] classes, String className, String method, String file, int line) {}

    private final List<Step> steps;
    private final int status;

    private CompiledScript(List<Step> steps, int status) {
        this.steps = steps;
        this.status = status;
    }

    /** Runs the recorded steps; returns the exit status, 1 after an exception (reported as a compiling run does). */
    int run(LocalExecutionControl control) {
        try {
            for (Step step : steps) {
                if (step.classes != null) {
                    control.load(step.classes);
                    continue;
                }
                try {
                    control.invoke(step.className, step.method);
                } catch (ExecutionControl.UserException e) {
                    RunScript.report(step.file, step.line, e.causeExceptionClass(), e.getMessage(), e.getStackTrace());
                    return 1;
                }
            }
            return status;
        } catch (ExecutionControl.ExecutionControlException e) {
            System.err.println("aws-jshell: the compiled script could not run: " + e);
            return 1;
        } finally {
            System.out.flush();
            control.close();
        }
    }

    /** Where a script's compiled form is kept; null when the cache is off or its folder cannot be made private. */
    static Path entry(Path startup, Path script, String compileClassPath, String jvmClassPath) {
        if ("0".equals(System.getenv("AWS_JSHELL_SCRIPT_CACHE"))) return null;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            DataOutputStream key = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            key.writeUTF(MAGIC);
            key.writeUTF(System.getProperty("java.home") + " " + System.getProperty("java.vm.version"));
            key.writeUTF(compileClassPath);
            for (String entry : (jvmClassPath + File.pathSeparator + compileClassPath).split(File.pathSeparator)) {
                File f = new File(entry);
                key.writeUTF(entry);
                key.writeLong(f.length());
                key.writeLong(f.lastModified());
            }
            for (Path file : List.of(startup, script)) {
                key.writeUTF(file.toString());
                key.write(Files.readAllBytes(file));
            }
            Path folder = folder();
            return folder == null ? null : folder.resolve(HexFormat.of().formatHex(digest.digest(), 0, 16));
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    private static Path folder() throws IOException {
        Path folder = StateFolder.path().resolve("compiled");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another run made it meanwhile
            }
        }
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)).equals("rwx------")
                && Files.getOwner(folder).equals(Files.getOwner(folder.getParent())) ? folder : null;
    }

    /** The entry's compiled script, or null when there is none or it cannot be read whole. */
    static CompiledScript read(Path entry) {
        if (entry == null || !Files.isRegularFile(entry)) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(entry)))) {
            if (!in.readUTF().equals(MAGIC)) return null;
            int status = in.readInt();
            List<Step> steps = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                if (in.readByte() == LOAD) {
                    ClassBytecodes[] classes = new ClassBytecodes[in.readInt()];
                    for (int i = 0; i < classes.length; i++) {
                        String name = in.readUTF();
                        byte[] bytes = new byte[in.readInt()];
                        in.readFully(bytes);
                        classes[i] = new ClassBytecodes(name, bytes);
                    }
                    steps.add(new Step(classes, null, null, null, 0));
                } else {
                    steps.add(new Step(null, in.readUTF(), in.readUTF(), in.readUTF(), in.readInt()));
                }
            }
            if (in.available() != 0) return null;
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));   // the newest are kept
            return new CompiledScript(steps, status);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * JShell's local execution engine, recording what it is given. RunScript tells it where each snippet comes from
     * ({@link #at}) and whether the run may be kept ({@link #spoil}).
     */
    static final class Recorder extends LocalExecutionControl implements ExecutionControlProvider {
        private final List<Step> steps = new ArrayList<>();
        private String file;
        private int line;
        private boolean spoiled;

        Recorder() {}

        Recorder(LoaderDelegate snippets) { super(snippets); }

        @Override public String name() { return "aws-jshell-recording"; }

        @Override public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) { return this; }

        void at(String file, int line) {
            this.file = file;
            this.line = line;
        }

        void spoil() { spoiled = true; }

        @Override public void load(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException, EngineTerminationException {
            super.load(cbcs);
            steps.add(new Step(cbcs.clone(), null, null, null, 0));
        }

        @Override public String invoke(String className, String method) throws RunException, EngineTerminationException, InternalException {
            steps.add(new Step(null, className, method, file, line));
            return super.invoke(className, method);
        }

        @Override public void addToClasspath(String path) throws EngineTerminationException, InternalException {
            spoiled = true;
            super.addToClasspath(path);
        }

        /** Writes what was recorded to the entry, for a run that ended with this status; a spoiled run is not kept. */
        void save(Path entry, int status) {
            if (entry == null || spoiled) return;
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeUTF(MAGIC);
                out.writeInt(status);
                out.writeInt(steps.size());
                for (Step step : steps) {
                    if (step.classes != null) {
                        out.writeByte(LOAD);
                        out.writeInt(step.classes.length);
                        for (ClassBytecodes c : step.classes) {
                            out.writeUTF(c.name());
                            out.writeInt(c.bytecodes().length);
                            out.write(c.bytecodes());
                        }
                    } else {
                        out.writeByte(INVOKE);
                        out.writeUTF(step.className);
                        out.writeUTF(step.method);
                        out.writeUTF(step.file);
                        out.writeInt(step.line);
                    }
                }
                Path temp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
                try {
                    Files.write(temp, bytes.toByteArray());
                    try {
                        Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(temp);   // a write that failed (a full disk) leaves no part behind
                }
                prune(entry.getParent());
            } catch (IOException e) {
                // not kept: the next run compiles again
            }
        }
    }

    private static void prune(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> old = entries.sorted(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).skip(KEPT).toList();
            for (Path p : old) Files.deleteIfExists(p);
        }
    }

    @Override public String toString() {
        return "CompiledScript[" + steps.size() + " steps, exit status " + status + "]";
    }
}
