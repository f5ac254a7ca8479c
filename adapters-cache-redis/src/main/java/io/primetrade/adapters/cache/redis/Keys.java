package io.primetrade.adapters.cache.redis;

import io.primetrade.application.port.out.TaskCache.ListKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names of cache entries; the same for the Redis and the in-process cache. */
final class Keys {
  private Keys() {}

  /**
   * A page's entry name: a digest of every part of the query, so that keys stay short whatever the
   * filter says and two queries never share one.
   */
  static String page(ListKey key) {
    String canonical =
        String.join(
            "\u0000",
            key.filter().status() == null ? "" : key.filter().status().code(),
            key.filter().priority() == null ? "" : key.filter().priority().code(),
            key.filter().assignedTo() == null ? "\u0001" : key.filter().assignedTo(),
            key.sort().code(),
            Integer.toString(key.page().page()),
            Integer.toString(key.page().limit()));
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest(canonical.getBytes(StandardCharsets.UTF_8));
      return "page:" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  static String task(io.primetrade.domain.task.TaskId id) {
    return "task:" + id.value();
  }
}
