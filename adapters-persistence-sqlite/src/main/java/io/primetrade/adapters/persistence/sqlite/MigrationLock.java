package io.primetrade.adapters.persistence.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one opener at a time, across threads and processes, set up a database file.
 *
 * <p>Flyway takes no lock on SQLite: two servers starting on a new file race to turn it to WAL
 * mode, create the history table and run the migrations. Flyway's IMMEDIATE transactions make that
 * race mostly harmless; this lock makes it impossible. It is an exclusive {@link FileLock} on a
 * sidecar file next to the database ({@code tasks.db.migrate.lock}), which the operating system
 * releases when a process dies. Such locks belong to the whole JVM (a second {@code lock()} in the
 * same JVM throws {@link java.nio.channels.OverlappingFileLockException}), so threads of one JVM
 * first queue on a Java lock per database file. The sidecar file is left in place: deleting it
 * would let a late opener lock a file that the next opener no longer sees.
 */
final class MigrationLock {
  private static final ConcurrentMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

  private MigrationLock() {}

  /**
   * Runs {@code work} while no other thread or process runs work for the same database file, and
   * returns its result.
   */
  static <T> T callExclusively(Path databaseFile, Supplier<T> work) throws IOException {
    Path canonical = canonical(databaseFile);
    Path lockFile = canonical.resolveSibling(canonical.getFileName() + ".migrate.lock");
    ReentrantLock inThisJvm = IN_THIS_JVM.computeIfAbsent(canonical, file -> new ReentrantLock());
    inThisJvm.lock();
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      // Released when the channel closes, or by the operating system if this process dies.
      channel.lock();
      return work.get();
    } finally {
      inThisJvm.unlock();
    }
  }

  /** One name per file, however it was written: symbolic links and {@code ..} resolved. */
  private static Path canonical(Path databaseFile) throws IOException {
    Path absolute = databaseFile.toAbsolutePath();
    if (Files.exists(absolute)) {
      return absolute.toRealPath();
    }
    return absolute.getParent().toRealPath().resolve(absolute.getFileName());
  }
}
