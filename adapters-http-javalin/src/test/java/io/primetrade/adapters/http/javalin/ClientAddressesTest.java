package io.primetrade.adapters.http.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
  private final ClientAddresses behindNginx = new ClientAddresses(List.of("10.0.0.0/8", "::1"));
  private final ClientAddresses direct = new ClientAddresses(List.of());

  @Test
  void peerIsTheClient_whenNoProxyIsTrusted_whateverTheHeaderSays() {
    assertThat(direct.resolve("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
  }

  @Test
  void peerIsTheClient_whenItIsNotATrustedProxy() {
    assertThat(behindNginx.resolve("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
  }

  @Test
  void forwardedClientIsBelieved_fromATrustedProxy() {
    assertThat(behindNginx.resolve("10.1.2.3", "203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(behindNginx.resolve("::1", "203.0.113.9")).isEqualTo("203.0.113.9");
  }

  @Test
  void aSpoofedLeftmostEntry_isNeverRead() {
    // The client sent "1.2.3.4" itself; nginx appended the address it saw.
    assertThat(behindNginx.resolve("10.1.2.3", "1.2.3.4, 203.0.113.9")).isEqualTo("203.0.113.9");
  }

  @Test
  void trustedHops_areSkipped_fromTheRight() {
    assertThat(behindNginx.resolve("10.1.2.3", "203.0.113.9, 10.9.9.9")).isEqualTo("203.0.113.9");
  }

  @Test
  void garbageInTheChain_stopsAtTheLastReadableHop() {
    assertThat(behindNginx.resolve("10.1.2.3", "203.0.113.9, example.com")).isEqualTo("10.1.2.3");
    assertThat(behindNginx.resolve("10.1.2.3", "not an address")).isEqualTo("10.1.2.3");
  }

  @Test
  void allHopsTrusted_givesTheLeftmost() {
    assertThat(behindNginx.resolve("10.1.2.3", "10.0.0.1, 10.0.0.2")).isEqualTo("10.0.0.1");
  }

  @Test
  void networksMatchByPrefix() {
    ClientAddresses narrow = new ClientAddresses(List.of("192.168.1.128/25"));
    assertThat(narrow.resolve("192.168.1.200", "203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(narrow.resolve("192.168.1.100", "203.0.113.9")).isEqualTo("192.168.1.100");
  }

  @Test
  void refusesWhatIsNotAnAddressOrNetwork_withoutAskingDns() {
    assertThatThrownBy(() -> new ClientAddresses(List.of("nginx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nginx");
    assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
