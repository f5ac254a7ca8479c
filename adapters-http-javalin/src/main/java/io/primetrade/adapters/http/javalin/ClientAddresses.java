package io.primetrade.adapters.http.javalin;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client is, by address: the direct peer, unless the peer is one of the trusted proxies
 * (nginx), in which case the right-most address of {@code X-Forwarded-For} that is not itself a
 * trusted proxy. A client cannot choose its address by sending the header itself: entries left of
 * the first untrusted one are never read.
 */
final class ClientAddresses {
  static final String ATTRIBUTE = "primetrade.clientAddress";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final List<Network> trusted;

  /**
   * @param trustedProxies addresses or networks in CIDR notation ({@code 10.0.0.0/8}, {@code ::1})
   * @throws IllegalArgumentException when one is neither
   */
  ClientAddresses(List<String> trustedProxies) {
    this.trusted = trustedProxies.stream().map(Network::parse).toList();
  }

  /** The client's address, worked out once per request. */
  String of(Context ctx) {
    String known = ctx.attribute(ATTRIBUTE);
    if (known != null) {
      return known;
    }
    String address = resolve(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    ctx.attribute(ATTRIBUTE, address);
    return address;
  }

  String resolve(String peer, String forwardedFor) {
    if (forwardedFor == null || !isTrusted(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    String client = peer;
    for (int i = hops.length - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(hops[i].strip());
      if (hop.isEmpty()) {
        // Garbage in the chain: the last hop we could read is as far as we can trust.
        return client;
      }
      client = hop.get().getHostAddress();
      if (!isTrusted(hop.get())) {
        return client;
      }
    }
    return client;
  }

  private boolean isTrusted(String address) {
    return literal(address).map(this::isTrusted).orElse(false);
  }

  private boolean isTrusted(InetAddress address) {
    return trusted.stream().anyMatch(network -> network.contains(address));
  }

  /** An IP address literal, parsed without ever asking DNS; empty for anything else. */
  static Optional<InetAddress> literal(String text) {
    if (text == null
        || !(IPV4.matcher(text).matches() || text.contains(":") && IPV6.matcher(text).matches())) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** An address and prefix length: {@code 10.0.0.0/8}; a bare address is its own network. */
  private record Network(byte[] address, int prefix) {
    static Network parse(String text) {
      String[] parts = text.strip().split("/", 2);
      InetAddress address =
          literal(parts[0])
              .orElseThrow(
                  () -> new IllegalArgumentException("not an IP address or network: " + text));
      int bits = address.getAddress().length * 8;
      int prefix = bits;
      if (parts.length == 2) {
        try {
          prefix = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not an IP address or network: " + text, e);
        }
        if (prefix < 0 || prefix > bits) {
          throw new IllegalArgumentException("not an IP address or network: " + text);
        }
      }
      return new Network(address.getAddress(), prefix);
    }

    boolean contains(InetAddress candidate) {
      byte[] other = candidate.getAddress();
      if (other.length != address.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (other[i] != address[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (other[full] & mask) == (address[full] & mask);
    }
  }
}
