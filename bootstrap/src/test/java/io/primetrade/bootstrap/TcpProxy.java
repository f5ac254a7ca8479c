package io.primetrade.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy on a loopback port in front of a real server, which a test can cut the way networks
 * fail: every connection dropped and new ones closed at once (the server is down), or accepted and
 * then never answered (a firewall that drops packets, a server that hangs). Then it can forward
 * again.
 */
final class TcpProxy implements AutoCloseable {
  /** What happens to connections. */
  enum Mode {
    /** Bytes flow both ways to and from the target. */
    FORWARD,
    /** A new connection is closed as soon as it is accepted. */
    CLOSE,
    /** A new connection is accepted and whatever it sends is read and dropped; nothing answers. */
    SILENT
  }

  private final String targetHost;
  private final int targetPort;
  private final ServerSocket listener;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "tcp-proxy");
            thread.setDaemon(true);
            return thread;
          });
  private volatile Mode mode = Mode.FORWARD;

  private TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  /** A proxy that forwards to {@code host:port} until told otherwise. */
  static TcpProxy to(String host, int port) throws IOException {
    return new TcpProxy(host, port);
  }

  int port() {
    return listener.getLocalPort();
  }

  /**
   * From now on connections get {@code newMode}; every open connection is dropped unless the mode
   * is {@link Mode#FORWARD}.
   */
  void switchTo(Mode newMode) {
    mode = newMode;
    if (newMode != Mode.FORWARD) {
      for (Socket socket : sockets) {
        closeQuietly(socket);
      }
    }
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return; // closed
      }
      switch (mode) {
        case CLOSE -> closeQuietly(client);
        case SILENT -> {
          sockets.add(client);
          threads.execute(() -> drain(client));
        }
        case FORWARD -> threads.execute(() -> connect(client));
      }
    }
  }

  private void connect(Socket client) {
    sockets.add(client);
    Socket server;
    try {
      server = new Socket(targetHost, targetPort);
    } catch (IOException e) {
      closeQuietly(client);
      return;
    }
    sockets.add(server);
    threads.execute(() -> pump(client, server));
    pump(server, client);
  }

  /** Copies {@code from} to {@code to} until either ends, then closes both. */
  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[8192];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      // One side went away, or the test cut the connection: both ends close below.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  /** Reads and drops whatever arrives, answering nothing, until the socket is closed. */
  private void drain(Socket client) {
    byte[] buffer = new byte[8192];
    try (InputStream in = client.getInputStream()) {
      while (in.read(buffer) >= 0) {
        // dropped
      }
    } catch (IOException e) {
      // closed by switchTo or close
    } finally {
      closeQuietly(client);
    }
  }

  private void closeQuietly(Socket socket) {
    sockets.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      // Closing is all that was wanted; a socket that fails to close is closed enough.
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    threads.shutdownNow();
  }
}
