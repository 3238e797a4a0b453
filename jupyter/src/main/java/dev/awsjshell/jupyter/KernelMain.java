package dev.awsjshell.jupyter;

import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.channels.LoopThread;
import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.Transform;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Starts the rapaio kernel as its {@code MainApp} does, without the two races that leave it deaf at start-up (3.0.1):
 * <ul>
 * <li>{@code Channels.connect} binds the sockets and starts their threads before it creates its handler map. A client
 * queues {@code kernel_info_request} from the moment it has the connection file, so one often arrives at once, and the
 * shell thread dies on a NullPointerException: the kernel never answers. Here the map exists before any socket is
 * bound, so such a request is logged as unhandled and the client asks again.</li>
 * <li>{@code LoopThread.start} starts the thread, then sets the flag its loop runs on: a thread that runs first ends
 * at once, silently. Here a channel whose thread ended is given a new one.</li>
 * </ul>
 * It also evaluates the imports that open a cell as one snippet ({@link JoinedImports}), sends to the cell what the
 * kernel would print in the server's terminal, and gives the toolkit an in-place
 * display ({@link CellOutput}). Other arguments (the kernel's installer) go to MainApp unchanged.
 */
public final class KernelMain {
    private static final Logger LOGGER = Logger.getLogger(KernelMain.class.getSimpleName());

    private KernelMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || args[0].startsWith("-")) {
            MainApp.main(args);
            return;
        }
        ShortErrors.install();
        // the inspect request (Shift+Tab) shows the toolkit's javadoc; install-kernel opens jdk.jshell for it
        dev.awsjshell.shell.JavadocSources.install();
        var kernel = MainApp.kernel;
        JoinedImports.install(kernel);
        LogManager.getLogManager().readConfiguration(MainApp.class.getClassLoader().getResourceAsStream("logging.properties"));
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("Connection file '" + file + "' isn't a file.");
        ConnectionProperties props = Transform.fromJson(Files.readString(file), ConnectionProperties.class);
        Channels channels = new Channels(props);
        required(Channels.class, "handlers").set(channels, new HashMap<>());
        channels.connect(kernel);
        CellOutput.install(kernel, channels);
        restartEndedLoops(channels);
        Thread.sleep(500);
        restartEndedLoops(channels);
        channels.joinUntilClose();
    }

    /** A channel whose loop thread has ended before its first turn gets a new thread on the same loop. */
    static void restartEndedLoops(Channels channels) throws ReflectiveOperationException {
        for (Object channel : (Collection<?>) required(Channels.class, "channels").get(channels)) {
            Field loopField = field(channel.getClass(), "loopThread");
            if (loopField == null || !(loopField.get(channel) instanceof LoopThread loop) || loop.isAlive()) continue;
            LoopThread again = new LoopThread(loop.getName(), (long) required(LoopThread.class, "sleep").get(loop),
                    (Runnable) required(LoopThread.class, "loopBody").get(loop));
            required(LoopThread.class, "running").set(again, true);
            again.start();
            loopField.set(channel, again);
            LOGGER.warning("restarted the loop of " + channel.getClass().getSimpleName() + ", which had ended at start-up");
        }
    }

    static Field required(Class<?> type, String name) {
        Field f = field(type, name);
        if (f == null) throw new IllegalStateException("rapaio-jupyter-kernel changed: no field " + type.getSimpleName() + "." + name);
        return f;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
