package io.primetrade.adapters.http.javalin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.primetrade.domain.FieldError;
import java.util.List;

/**
 * Every response body: {@code {"success": true, "data": ...}} or {@code {"success": false,
 * "message": ..., "errors": [...]}}. Absent parts are left out rather than written as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Envelope(
    boolean success, Object data, Object meta, String message, List<FieldError> errors) {

  static Envelope ok(Object data) {
    return new Envelope(true, data, null, null, null);
  }

  static Envelope ok(Object data, Object meta) {
    return new Envelope(true, data, meta, null, null);
  }

  static Envelope error(String message) {
    return new Envelope(false, null, null, message, null);
  }

  static Envelope error(String message, List<FieldError> errors) {
    return new Envelope(false, null, null, message, errors.isEmpty() ? null : errors);
  }
}
