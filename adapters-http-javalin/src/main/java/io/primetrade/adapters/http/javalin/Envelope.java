package io.primetrade.adapters.http.javalin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.primetrade.domain.FieldError;
import java.util.List;

/**
 * Every response body: {@code {"success": true, "data": ...}} or {@code {"success": false,
 * "message": ..., "errors": [...], "requestId": ...}}. Absent parts are left out rather than
 * written as null. Errors carry the request id, so a client can quote it and operators find the
 * request's log lines.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Envelope(
    boolean success,
    Object data,
    Object meta,
    String message,
    List<FieldError> errors,
    String requestId) {

  static Envelope ok(Object data) {
    return new Envelope(true, data, null, null, null, null);
  }

  static Envelope ok(Object data, Object meta) {
    return new Envelope(true, data, meta, null, null, null);
  }

  static Envelope error(String message, String requestId) {
    return new Envelope(false, null, null, message, null, requestId);
  }

  static Envelope error(String message, List<FieldError> errors, String requestId) {
    return new Envelope(false, null, null, message, errors.isEmpty() ? null : errors, requestId);
  }
}
