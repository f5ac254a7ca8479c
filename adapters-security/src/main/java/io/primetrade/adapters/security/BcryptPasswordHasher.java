package io.primetrade.adapters.security;

import io.primetrade.application.port.out.PasswordHasher;
import io.primetrade.domain.user.PasswordPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt through jBCrypt. jBCrypt reads only the first 72 bytes of a password, so longer ones are
 * refused here too: never silently truncated into a match.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
  /** The cost a running server never goes below. */
  public static final int MIN_PRODUCTION_COST = 10;

  private static final int MIN_COST = 4;
  private static final int MAX_COST = 31;

  /** What jBCrypt writes and reads: revision 2a, a two-digit cost, 22 salt and 31 hash chars. */
  private static final Pattern HASH =
      Pattern.compile("\\$2a\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");

  private final int cost;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param cost the log2 of the work factor: 10 is the production default and minimum; tests may go
   *     as low as 4
   */
  public BcryptPasswordHasher(int cost) {
    if (cost < MIN_COST || cost > MAX_COST) {
      throw new IllegalArgumentException(
          "bcrypt cost must be " + MIN_COST + " to " + MAX_COST + ", was " + cost);
    }
    this.cost = cost;
  }

  public int cost() {
    return cost;
  }

  @Override
  public String hash(String password) {
    if (tooLong(password)) {
      throw new IllegalArgumentException("password longer than bcrypt can hash");
    }
    return BCrypt.hashpw(password, BCrypt.gensalt(cost, random));
  }

  @Override
  public boolean matches(String password, String hash) {
    if (password == null || hash == null || tooLong(password)) {
      return false;
    }
    if (!HASH.matcher(hash).matches()) {
      return false; // jBCrypt fails on malformed hashes with assorted runtime exceptions
    }
    String computed = BCrypt.hashpw(password, hash);
    return MessageDigest.isEqual(
        computed.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean tooLong(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
  }
}
