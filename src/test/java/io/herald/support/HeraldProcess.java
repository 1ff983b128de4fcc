package io.herald.support;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Herald in a JVM of its own (the test classpath, Herald's main class), so that a test can kill it the hard
 * way: {@link Process#destroyForcibly()} is SIGKILL on Linux, as kill -9 is; no shutdown hook runs.
 */
public final class HeraldProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private HeraldProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static HeraldProcess start(String name, Map<String, ?> settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path")));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("io.herald.Application");
        Path log = Files.createDirectories(Path.of("target", "processes")).resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new HeraldProcess(process, log);
    }

    /** kill -9: the process gets no chance to finish what it holds. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A free port to give a process as micronaut.server.port, so that a test can tell when it is up. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the process's server takes connections on the port; returns when it first did. */
    public Instant awaitListening(int port, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return Instant.now();
            } catch (IOException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Herald did not start (log: " + log + ")");
                }
                Thread.sleep(20);
            }
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public File log() {
        return log.toFile();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
