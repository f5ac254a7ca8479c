# syntax=docker/dockerfile:1
# The API server as a container: built from source with the Maven Wrapper, run on a JRE as a
# non-root user, its SQLite file under /data (a volume; docker-compose.yml shares one named volume
# between the replicas). Build: docker build -t primetrade .

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
# The Maven repository lives in a BuildKit cache, not in a layer; tests run in CI, not here.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -pl bootstrap -am -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
      package \
 && cp bootstrap/target/primetrade.jar /primetrade.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 primetrade \
 && useradd --system --uid 10001 --gid primetrade --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin primetrade \
 && mkdir -p /app /data \
 && chown primetrade:primetrade /data
COPY --from=build /primetrade.jar /app/primetrade.jar

# The settings README.md recommends for a server (about 300 MB resident in the benchmark);
# running out of memory ends the process, so that the orchestrator restarts it instead of it
# limping on. Override with JAVA_TOOL_OPTIONS (a larger -Xmx for a larger task cache).
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xmx128m -Xss512k -XX:+ExitOnOutOfMemoryError" \
    MALLOC_ARENA_MAX=2 \
    PORT=3000 \
    DATABASE_URL=jdbc:sqlite:/data/primetrade.db

USER primetrade
WORKDIR /app
VOLUME /data
EXPOSE 3000

# Ready = the database answers. The image has no curl or wget, so bash talks HTTP itself.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-3000} && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# SIGTERM (docker stop) lets requests in flight finish, then the JVM exits 0.
ENTRYPOINT ["java", "-jar", "/app/primetrade.jar"]
