package io.primetrade.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.primetrade.domain.DomainException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;

/**
 * Times every call of a repository port, whichever database is behind it, as {@code
 * primetrade_db_operations_seconds{repository, operation, outcome}}: {@code ok}, {@code rejected}
 * (the store refused with a domain answer, such as a taken e-mail address) or {@code error} (the
 * database failed, or a bug). A dynamic proxy, so that a method added to a port is timed without
 * anything written here.
 */
final class TimedRepositories {
  static final String OPERATIONS = "primetrade.db.operations";

  private TimedRepositories() {}

  static <T> T timed(Class<T> port, T repository, MeterRegistry registry) {
    String name = port.getSimpleName();
    Object proxy =
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (self, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.invoke(repository, args);
              }
              long start = System.nanoTime();
              String outcome = "error";
              try {
                Object result = method.invoke(repository, args);
                outcome = "ok";
                return result;
              } catch (InvocationTargetException e) {
                if (e.getCause() instanceof DomainException) {
                  outcome = "rejected";
                }
                throw e.getCause();
              } finally {
                Timer.builder(OPERATIONS)
                    .description("Calls of the repositories, by outcome")
                    .tag("repository", name)
                    .tag("operation", method.getName())
                    .tag("outcome", outcome)
                    .register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
              }
            });
    return port.cast(proxy);
  }
}
