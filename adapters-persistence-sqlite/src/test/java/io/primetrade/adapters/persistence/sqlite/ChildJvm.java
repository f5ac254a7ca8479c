package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running {@link SqliteChild}, and the test's side of its line-by-line handshake: the
 * child says {@code ready} once it has loaded its classes and then waits for {@link #go()}, so that
 * the test can make both processes act at the same moment.
 */
final class ChildJvm implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path stderr;
  private final Writer toChild;
  private final BlockingQueue<Optional<String>> fromChild = new LinkedBlockingQueue<>();

  private ChildJvm(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    this.toChild = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readStdout, "child-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the child with {@code args} and waits until it is ready to {@link #go()}. */
  static ChildJvm start(Path workDir, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (Runtime.version().feature() >= 24) {
      command.add("--enable-native-access=ALL-UNNAMED");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SqliteChild.class.getName());
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile(workDir, "child", ".stderr");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    ChildJvm child = new ChildJvm(process, stderr);
    child.awaitLine("ready");
    return child;
  }

  /** Lets the child act. */
  void go() throws IOException {
    send("go");
  }

  /** Writes one line to the child's standard input. */
  void send(String line) throws IOException {
    toChild.write(line + "\n");
    toChild.flush();
  }

  /** Waits until the child writes {@code expected} on a line of its own (log lines are skipped). */
  void awaitLine(String expected) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      Optional<String> line = fromChild.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        throw new AssertionError("The child did not say " + expected + " in time");
      }
      if (line.isEmpty()) {
        throw new AssertionError(
            "The child ended before saying " + expected + ": " + Files.readString(stderr));
      }
      if (line.get().equals(expected)) {
        return;
      }
    }
  }

  /**
   * Waits until the child has said {@code count} lines starting with {@code prefix}, then kills it
   * (SIGKILL: no shutdown hook, no flush, no close) and returns every such line it said before it
   * died.
   */
  List<String> killAfter(String prefix, int count) throws Exception {
    List<String> said = new ArrayList<>();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (said.size() < count) {
      Optional<String> line = fromChild.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null || line.isEmpty()) {
        throw new AssertionError(
            "The child said "
                + said.size()
                + " of "
                + count
                + " lines: "
                + Files.readString(stderr));
      }
      if (line.get().startsWith(prefix)) {
        said.add(line.get());
      }
    }
    process.destroyForcibly();
    assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("killed").isTrue();
    // What it wrote to the pipe before dying is still there to read, up to the end marker.
    for (Optional<String> line = fromChild.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        line != null && line.isPresent();
        line = fromChild.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      if (line.get().startsWith(prefix)) {
        said.add(line.get());
      }
    }
    return said;
  }

  /** Waits for the child to end and checks that it ended well, with nothing on standard error. */
  void assertSucceeds() throws Exception {
    assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS))
        .as("the child ends in time")
        .isTrue();
    String errors = Files.readString(stderr);
    assertThat(process.exitValue()).as("exit code; stderr: %s", errors).isZero();
    assertThat(errors).as("the child's standard error").isEmpty();
  }

  private void readStdout() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        fromChild.add(Optional.of(line));
      }
    } catch (IOException e) {
      // Kept for the record; the end marker below tells a waiting test either way.
      fromChild.add(Optional.of("(the child's standard output broke: " + e + ")"));
    }
    fromChild.add(Optional.empty());
  }

  @Override
  public void close() throws IOException {
    try {
      toChild.close();
    } finally {
      process.destroyForcibly();
    }
  }
}
