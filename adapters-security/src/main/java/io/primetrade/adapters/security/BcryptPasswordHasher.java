package io.primetrade.adapters.security;

import io.primetrade.application.port.out.PasswordHasher;
import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.domain.user.PasswordPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt through jBCrypt. jBCrypt reads only the first 72 bytes of a password, so longer ones are
 * refused here too: never silently truncated into a match.
 *
 * <p>Hashing is bounded: at most one hash per core runs at once, a few more may wait a little, and
 * the rest are refused at once with {@link UnavailableException} (HTTP 503). A flood of logins so
 * costs a bounded share of the CPU and never a queue that grows without limit, and every other
 * request keeps being served.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
  /** The cost a running server never goes below. */
  public static final int MIN_PRODUCTION_COST = 10;

  private static final int MIN_COST = 4;
  private static final int MAX_COST = 31;

  /** What jBCrypt writes and reads: revision 2a, a two-digit cost, 22 salt and 31 hash chars. */
  private static final Pattern HASH =
      Pattern.compile("\\$2a\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");

  /** How long a hash may wait for a free slot before it is refused. */
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(2);

  private final int cost;
  private final SecureRandom random = new SecureRandom();
  private final Semaphore slots;
  private final int maxWaiting;
  private final AtomicInteger waiting = new AtomicInteger();
  private final Duration maxWait;

  /**
   * A hasher with one slot per available processor and four times as many waiting.
   *
   * @param cost the log2 of the work factor: 10 is the production default and minimum; tests may go
   *     as low as 4
   */
  public BcryptPasswordHasher(int cost) {
    this(
        cost,
        Runtime.getRuntime().availableProcessors(),
        4 * Runtime.getRuntime().availableProcessors(),
        DEFAULT_MAX_WAIT);
  }

  /**
   * @param cost the log2 of the work factor (4 to 31)
   * @param concurrency how many hashes may run at once
   * @param maxWaiting how many more may wait for one of those slots; beyond, refused at once
   * @param maxWait how long one may wait before it is refused
   */
  public BcryptPasswordHasher(int cost, int concurrency, int maxWaiting, Duration maxWait) {
    if (cost < MIN_COST || cost > MAX_COST) {
      throw new IllegalArgumentException(
          "bcrypt cost must be " + MIN_COST + " to " + MAX_COST + ", was " + cost);
    }
    if (concurrency < 1 || maxWaiting < 0 || maxWait.isNegative()) {
      throw new IllegalArgumentException(
          "bcrypt needs at least one slot, and no negative queue or wait");
    }
    this.cost = cost;
    this.slots = new Semaphore(concurrency, true);
    this.maxWaiting = maxWaiting;
    this.maxWait = maxWait;
  }

  public int cost() {
    return cost;
  }

  @Override
  public String hash(String password) {
    if (tooLong(password)) {
      throw new IllegalArgumentException("password longer than bcrypt can hash");
    }
    return bounded(() -> BCrypt.hashpw(password, BCrypt.gensalt(cost, random)));
  }

  @Override
  public boolean matches(String password, String hash) {
    if (password == null || hash == null || tooLong(password)) {
      return false;
    }
    if (!HASH.matcher(hash).matches()) {
      return false; // jBCrypt fails on malformed hashes with assorted runtime exceptions
    }
    String computed = bounded(() -> BCrypt.hashpw(password, hash));
    return MessageDigest.isEqual(
        computed.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8));
  }

  /** Runs {@code work} in a free slot, waiting a little for one if few others wait. */
  private String bounded(Supplier<String> work) {
    if (!slots.tryAcquire()) {
      if (waiting.incrementAndGet() > maxWaiting) {
        waiting.decrementAndGet();
        throw busy();
      }
      try {
        if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
          throw busy();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw busy();
      } finally {
        waiting.decrementAndGet();
      }
    }
    try {
      return work.get();
    } finally {
      slots.release();
    }
  }

  /** Hashes running now (for tests). */
  int running(int concurrency) {
    return concurrency - slots.availablePermits();
  }

  /** Hashes waiting for a slot now (for tests). */
  int waiting() {
    return waiting.get();
  }

  private static UnavailableException busy() {
    return new UnavailableException("Too many password checks at once", null);
  }

  private static boolean tooLong(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
  }
}
