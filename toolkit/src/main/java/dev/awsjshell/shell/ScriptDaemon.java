package dev.awsjshell.shell;

import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.net.StandardProtocolFamily;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The resident JVM for scripts ({@code AWS_JSHELL_DAEMON=1 scripts/jshell FILE.jsh}): a warm JVM that runs one script at
 * a time, handed to it by scripts/jshell-client.py over a Unix domain socket in a folder only its user can open.
 * <p>Each script runs as in a fresh JVM: as RunScript runs it (from its compiled form, or in a new JShell), on a copy
 * of the toolkit in a class loader of its own (so no static of the toolkit, such as the default session or the
 * sandbox, and none of a snippet's, is seen by the next script), with the caller's arguments, environment (System.getenv), standard streams and exit status, and with the
 * system properties as they were when the daemon started. The SDK, JShell and javac stay loaded and compiled: that is
 * what it saves. It serves only its own user (the peer's credentials, SO_PEERCRED), only callers whose launcher key
 * (JDK, class path, jars' times, the settings the JVM reads at start) and working directory are its own, and one script
 * at a time; any other caller is told to run cold. It ends after IDLE_SECONDS without a script, or after
 * {@value #MAX_SCRIPTS} scripts (what the SDK keeps in statics, such as idle connection reapers, is bounded so).
 * <p>usage: ScriptDaemon SOCKET KEY IDLE_SECONDS COMPILE_CLASS_PATH STARTUP.jsh TOOLKIT_JARS WARMUP.jsh
 */
public final class ScriptDaemon {
    static final String MAGIC = "aws-jshell-daemon 1";
    static final int MAX_SCRIPTS = 500;
    /** Frames: a type byte, a length, the bytes. From the caller: stdin and its end; to the caller: these. */
    static final byte STDIN = 'I', STDIN_END = 'E', STARTED = 'S', REFUSED = 'N', STDOUT = 'O', STDERR = 'R', EXIT = 'X';

    private final Path socket;
    private final String key;
    private final long idleMillis;
    private final Path startup;
    private final String jvmClassPath, compileClassPath;
    private final URL[] toolkitJars;
    private final Properties properties = new Properties();
    private final Map<String, String> environment;
    private final Map<String, String> liveEnvironment = liveEnvironment();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final PrintStream out = System.out, err = System.err;
    private final InputStream in = System.in;
    private volatile long lastUsed = System.currentTimeMillis();
    private int scripts;

    private ScriptDaemon(String[] a) throws IOException {
        socket = Path.of(a[0]);
        key = a[1];
        idleMillis = Long.parseLong(a[2]) * 1000;
        jvmClassPath = System.getProperty("java.class.path");
        compileClassPath = a[3];
        System.setProperty("java.class.path", compileClassPath);   // what snippets compile against, as in RunScript
        startup = Path.of(a[4]);
        List<URL> jars = new ArrayList<>();
        for (String jar : a[5].split(":")) jars.add(Path.of(jar).toUri().toURL());
        toolkitJars = jars.toArray(URL[]::new);
        properties.putAll(System.getProperties());
        environment = Map.copyOf(System.getenv());
    }

    public static void main(String[] a) throws Exception {
        if (a.length != 7) {
            System.err.println("usage: ScriptDaemon SOCKET KEY IDLE_SECONDS COMPILE_CLASS_PATH STARTUP.jsh TOOLKIT_JARS WARMUP.jsh");
            System.exit(2);
        }
        new ScriptDaemon(a).serve(Path.of(a[6]));
    }

    private void serve(Path warmup) throws Exception {
        // Two warm-up runs of a small script load and compile what a script needs, before anyone is served.
        Map<String, String> warmupEnvironment = new HashMap<>(environment);
        warmupEnvironment.remove("AWS_JSHELL_SANDBOX");
        warmupEnvironment.put("AWS_JSHELL_SCRIPT_CACHE", "0");   // javac is warmed by compiling, twice
        for (int i = 0; i < 2; i++) {
            run(warmup, new String[0], warmupEnvironment, new EmptyInput(), new PrintStream(OutputStream.nullOutputStream()),
                    new PrintStream(OutputStream.nullOutputStream()));
        }
        UserPrincipal self = Files.getOwner(socket.getParent());
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            Path bound = socket.resolveSibling(socket.getFileName() + "." + ProcessHandle.current().pid());
            server.bind(UnixDomainSocketAddress.of(bound));
            Files.setPosixFilePermissions(bound, PosixFilePermissions.fromString("rw-------"));
            Files.move(bound, socket, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(socket.resolveSibling(socket.getFileName() + ".starting"));   // the launcher's lock
            Thread idle = new Thread(() -> stopWhenIdle(), "idle-watch");
            idle.setDaemon(true);
            idle.start();
            err.println("aws-jshell daemon " + ProcessHandle.current().pid() + " serving " + socket);
            while (true) {
                SocketChannel caller = server.accept();
                Thread t = new Thread(() -> answer(caller, self), "caller");
                t.setDaemon(true);
                t.start();
            }
        }
    }

    private void stopWhenIdle() {
        while (true) {
            try {
                Thread.sleep(Math.min(idleMillis, 1000));
            } catch (InterruptedException e) {
                return;
            }
            if (!busy.get() && System.currentTimeMillis() - lastUsed > idleMillis) stop("idle for " + idleMillis / 1000 + " s");
        }
    }

    private synchronized void stop(String why) {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // the next caller finds no daemon there either way
        }
        err.println("aws-jshell daemon " + ProcessHandle.current().pid() + " stops: " + why);
        Runtime.getRuntime().halt(0);
    }

    private void answer(SocketChannel caller, UserPrincipal self) {
        try (caller) {
            DataInputStream from = new DataInputStream(new ChannelIn(caller));
            Frames to = new Frames(caller);
            UnixDomainPrincipal peer = caller.getOption(ExtendedSocketOptions.SO_PEERCRED);
            if (!peer.user().equals(self)) {
                err.println("refused a caller of user " + peer.user().getName());
                to.send(REFUSED, ("this daemon serves " + self.getName() + " only").getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!MAGIC.equals(string(from))) return;
            String callerKey = string(from);
            if (callerKey.equals("stop")) stop("asked to (scripts/jshell --daemon-stop)");
            String cwd = string(from), script = string(from);
            String[] args = new String[from.readInt()];
            for (int i = 0; i < args.length; i++) args[i] = string(from);
            Map<String, String> env = new HashMap<>();
            for (int i = from.readInt(); i > 0; i--) env.put(string(from), string(from));
            String refusal = !callerKey.equals(key) ? "another build, JDK or JVM setting"
                    : !cwd.equals(properties.getProperty("user.dir")) ? "another working directory"
                    : !busy.compareAndSet(false, true) ? "busy with another script" : null;
            if (refusal != null) {
                to.send(REFUSED, refusal.getBytes(StandardCharsets.UTF_8));
                return;
            }
            try {
                to.send(STARTED, new byte[0]);
                StdinFrames stdin = new StdinFrames(from, () -> stop("the caller went away while its script ran"));
                Thread pump = new Thread(stdin, "stdin");
                pump.setDaemon(true);
                pump.start();
                int status = run(Path.of(script), args, env, stdin, new PrintStream(new FrameStream(to, STDOUT), true),
                        new PrintStream(new FrameStream(to, STDERR), true));
                stdin.finished = true;
                to.send(EXIT, ByteBuffer.allocate(4).putInt(status).array());
                err.println("served " + script + ": status " + status);
            } finally {
                lastUsed = System.currentTimeMillis();
                busy.set(false);
                if (++scripts >= MAX_SCRIPTS) stop(scripts + " scripts served");
            }
        } catch (IOException | RuntimeException e) {
            err.println("aws-jshell daemon: a caller failed: " + e);
        }
    }

    /** One script as a fresh JVM would run it; returns its exit status. */
    private int run(Path script, String[] args, Map<String, String> env, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        ToolkitLoader loader = new ToolkitLoader(toolkitJars, ScriptDaemon.class.getClassLoader());
        int[] status = {1};
        Thread thread = new Thread(() -> {
            try {
                Object result = Class.forName(RunScript.class.getName(), true, loader)
                        .getMethod("runScript", Path.class, Path.class, String[].class, String.class, String.class, LoaderDelegate.class)
                        .invoke(null, startup, script, args, compileClassPath, jvmClassPath, new SnippetLoader(loader));
                status[0] = (Integer) result;
            } catch (java.lang.reflect.InvocationTargetException e) {
                e.getCause().printStackTrace();
            } catch (ReflectiveOperationException e) {
                e.printStackTrace();
            }
        }, "main");
        thread.setContextClassLoader(loader);
        System.setProperties(copy(properties));
        liveEnvironment.clear();
        liveEnvironment.putAll(env);
        System.setIn(stdin);
        System.setOut(stdout);
        System.setErr(stderr);
        try {
            thread.start();
            thread.join();
            stopOwnedSandbox(loader);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stdout.flush();
            stderr.flush();
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
            liveEnvironment.clear();
            liveEnvironment.putAll(environment);
            System.setProperties(copy(properties));
            try {
                loader.close();
            } catch (IOException e) {
                // the jars stay open until the loader is collected
            }
        }
        return status[0];
    }

    /** A sandbox the script started ends with it, as it would with its own JVM (one joined from scripts/sandbox stays). */
    private static void stopOwnedSandbox(ToolkitLoader loader) {
        if (!loader.loaded("dev.awsjshell.Aws")) return;
        try {
            Optional<?> sandbox = (Optional<?>) Class.forName("dev.awsjshell.Aws", false, loader).getMethod("currentSandbox").invoke(null);
            if (sandbox.isPresent() && (Boolean) sandbox.get().getClass().getMethod("owned").invoke(sandbox.get())) {
                ((AutoCloseable) sandbox.get()).close();
            }
        } catch (Exception e) {
            System.err.println("aws-jshell daemon: could not stop the script's sandbox: " + e);
        }
    }

    private static Properties copy(Properties p) {
        Properties c = new Properties();
        c.putAll(p);
        return c;
    }

    /**
     * The map behind System.getenv() and ProcessBuilder's environment, which Java lets no one change: reached by
     * reflection (the launcher opens java.lang and java.util to this class), and set to each caller's environment.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> liveEnvironment() {
        try {
            Field unmodifiable = Class.forName("java.lang.ProcessEnvironment").getDeclaredField("theUnmodifiableEnvironment");
            unmodifiable.setAccessible(true);
            Object view = unmodifiable.get(null);
            Field inner = Class.forName("java.util.Collections$UnmodifiableMap").getDeclaredField("m");
            inner.setAccessible(true);
            return (Map<String, String>) inner.get(view);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("the daemon needs --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED", e);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The toolkit's classes (dev.awsjshell.*) from its jars, first; everything else (the SDK, the JDK) from the daemon's. */
    static final class ToolkitLoader extends URLClassLoader {
        ToolkitLoader(URL[] jars, ClassLoader parent) { super("aws-jshell-script", jars, parent); }

        boolean loaded(String name) { return findLoadedClass(name) != null; }

        @Override protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.awsjshell.")) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) resolveClass(c);
                return c;
            }
        }
    }

    /** Keeps each snippet class's bytes and defines it when first looked up (a batch may come in any order). */
    static final class SnippetLoader extends ClassLoader implements LoaderDelegate {
        private final Map<String, byte[]> bytes = new HashMap<>();
        private final Map<String, Class<?>> classes = new HashMap<>();

        SnippetLoader(ClassLoader parent) { super("snippets", parent); }

        @Override public void load(ExecutionControl.ClassBytecodes[] cbcs) throws ExecutionControl.ClassInstallException {
            boolean[] installed = new boolean[cbcs.length];
            synchronized (this) {
                for (ExecutionControl.ClassBytecodes c : cbcs) bytes.put(c.name(), c.bytecodes());
            }
            for (int i = 0; i < cbcs.length; i++) {
                try {
                    Class<?> c = loadClass(cbcs[i].name());
                    synchronized (this) { classes.put(cbcs[i].name(), c); }
                    installed[i] = true;
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new ExecutionControl.ClassInstallException("could not load " + cbcs[i].name() + ": " + e, installed);
                }
            }
        }

        @Override public void classesRedefined(ExecutionControl.ClassBytecodes[] cbcs) {
            synchronized (this) {
                for (ExecutionControl.ClassBytecodes c : cbcs) bytes.put(c.name(), c.bytecodes());
            }
        }

        @Override public void addToClasspath(String path) throws ExecutionControl.InternalException {
            throw new ExecutionControl.InternalException("a script in the resident JVM cannot add to the class path");
        }

        @Override public Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b;
            synchronized (this) {
                Class<?> known = classes.get(name);
                if (known != null) return known;
                b = bytes.get(name);
            }
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }
    }

    /**
     * Reads the channel directly: the streams of {@link java.nio.channels.Channels} hold the channel's blocking lock
     * while they wait, so stdin waiting for the caller would block every write of the script's output.
     */
    static final class ChannelIn extends InputStream {
        private final SocketChannel channel;

        ChannelIn(SocketChannel channel) { this.channel = channel; }

        @Override public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
        }
    }

    /** Writes frames to the caller. */
    static final class Frames {
        private final SocketChannel channel;

        Frames(SocketChannel channel) { this.channel = channel; }

        synchronized void send(byte type, byte[] data) throws IOException { send(type, data, 0, data.length); }

        synchronized void send(byte type, byte[] data, int off, int len) throws IOException {
            ByteBuffer[] frame = {ByteBuffer.allocate(5).put(type).putInt(len).flip(), ByteBuffer.wrap(data, off, len)};
            while (frame[1].hasRemaining() || frame[0].hasRemaining()) channel.write(frame);
        }
    }

    static final class FrameStream extends OutputStream {
        private final Frames frames;
        private final byte type;

        FrameStream(Frames frames, byte type) {
            this.frames = frames;
            this.type = type;
        }

        @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

        @Override public void write(byte[] b, int off, int len) throws IOException { if (len > 0) frames.send(type, b, off, len); }
    }

    /** The caller's stdin, as it sends it in frames. */
    static final class StdinFrames extends InputStream implements Runnable {
        private static final byte[] END = new byte[0];
        private final DataInputStream from;
        private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        private byte[] current = new byte[0];
        private int position;
        private final Runnable callerGone;
        private boolean ended;
        volatile boolean finished;

        StdinFrames(DataInputStream from, Runnable callerGone) {
            this.from = from;
            this.callerGone = callerGone;
        }

        @Override public void run() {
            try {
                while (true) {
                    byte type = from.readByte();
                    byte[] data = new byte[from.readInt()];
                    from.readFully(data);
                    if (type == STDIN_END) break;
                    if (type == STDIN && data.length > 0) chunks.add(data);
                }
                chunks.add(END);
                from.readByte();   // nothing more comes: this returns when the caller closes
            } catch (IOException e) {
                chunks.add(END);
                // A script whose caller died (Ctrl-C) would run on: the daemon ends with it, as a cold JVM would.
                if (!finished) callerGone.run();
            }
        }

        @Override public synchronized int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            while (position >= current.length) {
                if (ended) return -1;
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
                position = 0;
                if (current == END) {
                    ended = true;
                    return -1;
                }
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }

        @Override public synchronized int available() { return current.length - position; }
    }

    /** Stdin for the warm-up runs: empty. */
    static final class EmptyInput extends InputStream {
        @Override public int read() { return -1; }
    }
}
