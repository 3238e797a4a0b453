package dev.awsjshell.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets in LISTEN state on this machine, read from the kernel ({@code /proc/net/tcp} and {@code tcp6}), with
 * the process that holds each (through {@code /proc/PID/fd}): what {@code ss -ltnp} shows, without needing ss. Used to
 * check that a pid in the state file is the emulator listening on its endpoint, and by the tests that every emulator
 * listens on loopback only. Empty where there is no {@code /proc}.
 */
record ListeningSockets(List<Listener> listeners) {

    /** One listening socket: its local address and port, and its inode (which {@code /proc/PID/fd} links name). */
    record Listener(InetAddress address, int port, long inode) {
        boolean loopback() { return address.isLoopbackAddress() || isMappedLoopback(address); }

        @Override public String toString() {
            String host = address.getHostAddress();
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    static ListeningSockets read() throws IOException {
        List<Listener> all = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) continue;
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (!f[3].equals("0A")) continue; // 0A: TCP_LISTEN
                String[] local = f[1].split(":");
                all.add(new Listener(address(local[0]), Integer.parseInt(local[1], 16), Long.parseLong(f[9])));
            }
        }
        return new ListeningSockets(all);
    }

    /** As {@link #read()}, or none where /proc cannot be read. */
    static ListeningSockets readQuietly() {
        try {
            return read();
        } catch (IOException | RuntimeException e) {
            return new ListeningSockets(List.of());
        }
    }

    /** The listeners on this port, whoever holds them. */
    List<Listener> onPort(int port) {
        return listeners.stream().filter(l -> l.port() == port).toList();
    }

    /** The listeners held by this process or any of its descendants (none if its fds cannot be read). */
    List<Listener> heldBy(ProcessHandle process) {
        Set<Long> inodes = new HashSet<>();
        for (ProcessHandle p : Stream.concat(Stream.of(process), process.descendants()).toList()) {
            Path fds = Path.of("/proc", Long.toString(p.pid()), "fd");
            try (Stream<Path> links = Files.list(fds)) {
                for (Path link : links.toList()) {
                    try {
                        String target = Files.readSymbolicLink(link).toString();
                        if (target.startsWith("socket:[")) inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    } catch (IOException closedMeanwhile) {
                        // an fd closed while we read the folder
                    }
                }
            } catch (IOException | SecurityException gone) {
                // the process ended, or is another user's
            }
        }
        return listeners.stream().filter(l -> inodes.contains(l.inode())).toList();
    }

    /** /proc/net/tcp writes an address as the hex of its bytes in host order, by 32-bit word (little-endian here). */
    private static InetAddress address(String hex) throws UnknownHostException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = word * 8 + (3 - i) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes);
    }

    private static boolean isMappedLoopback(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length != 16) return false;
        for (int i = 0; i < 10; i++) if (b[i] != 0) return false;
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff && b[12] == 127; // ::ffff:127.x.y.z
    }
}
