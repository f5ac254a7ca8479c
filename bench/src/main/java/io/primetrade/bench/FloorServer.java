package io.primetrade.bench;

import io.javalin.Javalin;

/**
 * The framework's ceiling: Javalin with one route answering a constant small JSON body, nothing
 * else. bench/run.sh drives it with the same wrk settings as the real server.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.primetrade.bench.FloorServer PORT}
 */
public final class FloorServer {
  private FloorServer() {}

  /** What the route answers, serialised by Javalin's default Jackson mapper on every request. */
  public record Status(String status) {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Status ok = new Status("ok");
    Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.routes.get("/floor", ctx -> ctx.json(ok));
            })
        .start("127.0.0.1", port);
  }
}
