package io.primetrade.adapters.http.javalin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to requests that never reach the API (a malformed request line, headers too large,
 * a bad URI): the same envelope as everything else, with the standard reason phrase and no
 * exception text, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  JsonErrorHandler() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String requestId = RequestIds.choose(request.getHeaders().get(RequestIds.HEADER));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(RequestIds.HEADER, requestId);
    response.write(true, ByteBuffer.wrap(body(code, requestId)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    // The request could not be read, so neither could its X-Request-ID: a new one.
    String requestId = RequestIds.choose(null);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put(RequestIds.HEADER, requestId);
    return ByteBuffer.wrap(body(status, requestId));
  }

  /** The request id is sane (see {@link RequestIds}), so it needs no JSON escaping. */
  private static byte[] body(int code, String requestId) {
    String reason = HttpStatus.getMessage(code);
    return ("{\"success\":false,\"message\":\""
            + reason
            + "\",\"requestId\":\""
            + requestId
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
