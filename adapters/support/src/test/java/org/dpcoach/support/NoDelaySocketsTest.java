package org.dpcoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class NoDelaySocketsTest {
  final NoDelaySockets sockets = new NoDelaySockets();

  @Test
  void createSocket_unconnected_hasNoDelay() throws Exception {
    try (Socket socket = sockets.createSocket()) {
      assertThat(socket.getTcpNoDelay()).isTrue();
      assertThat(socket.isConnected()).isFalse();
    }
  }

  @Test
  void createSocket_everyConnectingForm_hasNoDelay() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (ServerSocket server = new ServerSocket(0, 10, loopback)) {
      int port = server.getLocalPort();
      String host = loopback.getHostAddress();
      try (Socket a = sockets.createSocket(host, port);
          Socket b = sockets.createSocket(host, port, loopback, 0);
          Socket c = sockets.createSocket(loopback, port);
          Socket d = sockets.createSocket(loopback, port, loopback, 0)) {
        for (Socket s : new Socket[] {a, b, c, d}) {
          assertThat(s.isConnected()).isTrue();
          assertThat(s.getTcpNoDelay()).isTrue();
        }
      }
    }
  }
}
