package io.primetrade.domain.task;

import io.primetrade.domain.InvalidInputException;
import java.util.Objects;

/**
 * The order of a listing, written as the API writes it: {@code createdAt}, {@code -createdAt},
 * {@code dueDate}, {@code priority}, {@code title}, each with {@code -} for descending. Ties are
 * broken by newest first, then by id, so that paging is stable.
 */
public record TaskSort(Key key, boolean descending) {
  /** Newest first: the board's default. */
  public static final TaskSort NEWEST_FIRST = new TaskSort(Key.CREATED_AT, true);

  /** What to sort by. Priority sorts by urgency (low, medium, high), not alphabetically. */
  public enum Key {
    CREATED_AT("createdAt"),
    DUE_DATE("dueDate"),
    PRIORITY("priority"),
    TITLE("title");

    private final String code;

    Key(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public TaskSort {
    Objects.requireNonNull(key, "key");
  }

  /** Reads the API's form; anything else is refused as input of field {@code sort}. */
  public static TaskSort parse(String text) {
    if (text == null || text.isEmpty()) {
      throw invalid();
    }
    boolean descending = text.startsWith("-");
    String code = descending ? text.substring(1) : text;
    for (Key key : Key.values()) {
      if (key.code.equals(code)) {
        return new TaskSort(key, descending);
      }
    }
    throw invalid();
  }

  /** The API's form, as {@link #parse} reads it. */
  public String code() {
    return (descending ? "-" : "") + key.code;
  }

  private static InvalidInputException invalid() {
    return InvalidInputException.field(
        "sort",
        "must be one of: createdAt, dueDate, priority, title, each optionally prefixed with -");
  }
}
