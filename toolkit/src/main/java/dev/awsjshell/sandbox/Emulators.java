package dev.awsjshell.sandbox;

import dev.awsjshell.errors.ToolkitError;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How each emulator is started: its command, its settings, and where its data goes. S3Proxy and ElasticMQ run in a JVM
 * of their own; dynalite (DynamoDB) runs in Node.js, through {@code sandbox/dynamodb/launch.js}. Every one listens on
 * 127.0.0.1 only.
 */
final class Emulators {
    /** Small heaps and a quick JIT: the emulators serve a workshop, not a load test. */
    private static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
            "-XX:CICompilerCount=1", "-Xshare:auto");

    private Emulators() {}

    /** The emulator names the sandbox's error messages use. */
    static String name(String service) {
        return switch (service) {
            case "s3" -> "S3Proxy (s3)";
            case "sqs" -> "ElasticMQ (sqs)";
            case "dynamodb" -> "dynalite (dynamodb)";
            default -> service;
        };
    }

    /**
     * Starts one emulator. With an owner pid, the emulator ends when the owner ends, however it ends (a JVM emulator runs
     * under {@link ParentWatch}; dynalite's launcher polls the owner's pid); without one (scripts/sandbox start) it
     * outlives the JVM that started it.
     */
    static Process launch(String service, Path home, int port, Path dataDir, Path logs, Long ownerPid) {
        Path module = home.resolve("sandbox").resolve(service);
        List<String> command = new ArrayList<>();
        if (!service.equals("dynamodb")) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_FLAGS);
        }
        try {
            switch (service) {
                case "s3" -> {
                    Path properties = logs.resolve("s3proxy.properties");
                    String store = dataDir == null ? "jclouds.provider=transient\n"
                            : "jclouds.provider=filesystem\njclouds.filesystem.basedir=" + Files.createDirectories(dataDir.resolve("s3")) + "\n";
                    Files.writeString(properties, "s3proxy.endpoint=http://127.0.0.1:" + port + "\ns3proxy.authorization=none\n"
                            + "jclouds.identity=sandbox\njclouds.credential=sandbox\n" + store);
                    command.addAll(List.of("-Xms64m", "-Xmx256m", "-Dlogback.configurationFile=" + module.resolve("logback.xml"),
                            "-cp", Sandbox.read(module.resolve("target/classpath.txt")),
                            "org.gaul.s3proxy.Main", "--properties", properties.toString()));
                }
                case "sqs" -> {
                    Path conf = logs.resolve("elasticmq.conf");
                    String storage = dataDir == null ? ""
                            : "queues-storage { enabled = true, path = \"" + dataDir.resolve("sqs-queues.conf") + "\" }\n"
                            + "messages-storage { enabled = true, uri = \"jdbc:h2:" + dataDir.resolve("sqs-messages") + "\" }\n";
                    Files.writeString(conf, "include classpath(\"application.conf\")\n"
                            + "node-address { protocol = http, host = \"127.0.0.1\", port = " + port + ", context-path = \"\" }\n"
                            + "rest-sqs { enabled = true, bind-port = " + port + ", bind-hostname = \"127.0.0.1\" }\n"
                            + "rest-stats { enabled = false }\n" + storage);
                    command.addAll(List.of("-Xmx96m", "-Dconfig.file=" + conf, "-cp", Sandbox.read(module.resolve("target/classpath.txt")),
                            "org.elasticmq.server.Main"));
                }
                case "dynamodb" -> {
                    Path launcher = module.resolve("launch.js");
                    if (!Files.isRegularFile(module.resolve("target/node/node_modules/dynalite/package.json"))) {
                        throw new ToolkitError("The sandbox is not built (dynalite is not installed in " + module.resolve("target/node")
                                + "): run mvn -pl sandbox/dynamodb generate-resources, which runs npm ci");
                    }
                    command.addAll(List.of(node(), launcher.toString(), "--port", Integer.toString(port)));
                    // dynalite's own folder: LevelDB files, never mixed with another emulator's database
                    if (dataDir != null) command.addAll(List.of("--path", Files.createDirectories(dataDir.resolve("dynalite")).toString()));
                    if (ownerPid != null) command.addAll(List.of("--owner", Long.toString(ownerPid)));
                }
                default -> throw new ToolkitError("No emulator for " + service + "; the sandbox runs " + Sandbox.SERVICES);
            }
            if (ownerPid != null && !service.equals("dynamodb")) watchOwner(command, ownerPid);
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logs.resolve(service + ".log").toFile()).start();
        } catch (IOException e) {
            throw new ToolkitError("Cannot start " + name(service) + ": " + e.getMessage(), e);
        }
    }

    /** Node.js from the PATH (Debian's nodejs; dynalite 4 wants Node 20 or later). */
    static String node() {
        return node(System.getenv("PATH"));
    }

    static String node(String path) {
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "node");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return candidate.toString();
            }
        }
        throw new ToolkitError(name("dynamodb") + " needs Node.js, and there is no node on the PATH: apt-get install nodejs npm "
                + "(scripts/jshell and scripts/sandbox install them when missing)");
    }

    /** Rewrites {@code java FLAGS -cp CP Main ARGS} into {@code java FLAGS -cp CP:toolkit ParentWatch PID Main ARGS}. */
    private static void watchOwner(List<String> command, long ownerPid) {
        int cp = command.indexOf("-cp") + 1;
        command.set(cp, command.get(cp) + File.pathSeparator + toolkitLocation());
        command.add(cp + 1, ParentWatch.class.getName());
        command.add(cp + 2, Long.toString(ownerPid));
    }

    private static String toolkitLocation() {
        try {
            return Path.of(ParentWatch.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new ToolkitError("Cannot locate the toolkit's classes: " + e.getMessage(), e);
        }
    }
}
