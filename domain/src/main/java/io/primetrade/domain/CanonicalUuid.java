package io.primetrade.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Strict parsing of identifiers in their canonical text form. {@link UUID#fromString} also accepts
 * forms such as {@code 1-1-1-1-1}, which would give one task several names.
 */
public final class CanonicalUuid {
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private CanonicalUuid() {}

  /** The UUID written in {@code text}, or an {@link InvalidInputException} naming {@code field}. */
  public static UUID parse(String text, String field) {
    if (text == null || !CANONICAL.matcher(text).matches()) {
      throw InvalidInputException.field(field, "must be a UUID");
    }
    return UUID.fromString(text);
  }
}
