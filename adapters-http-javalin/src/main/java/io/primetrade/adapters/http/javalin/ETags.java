package io.primetrade.adapters.http.javalin;

import io.javalin.http.Context;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.task.Task;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Task versions as HTTP entity tags: {@code ETag: "3"} out, {@code If-Match: "3"} in. */
final class ETags {
  private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

  private ETags() {}

  static String of(Task task) {
    return "\"" + task.version() + "\"";
  }

  /**
   * The version named by {@code If-Match}; null when absent or {@code *} (any version).
   *
   * @throws InvalidInputException when the header does not name a task version
   */
  static Long ifMatch(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.strip().equals("*")) {
      return null;
    }
    Matcher m = VERSION.matcher(header.strip());
    if (!m.matches()) {
      throw InvalidInputException.field(
          "If-Match", "must be the ETag of the task, such as \"3\", or *");
    }
    return Long.valueOf(m.group(1));
  }
}
