package io.herald.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
