package org.dpcoach.slack;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback stand-in for Slack's Socket Mode endpoint: says hello, sends envelopes, records acks.
 */
final class FakeSocketModeServer extends WebSocketServer {
  final List<String> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch connected = new CountDownLatch(1);
  private volatile WebSocket client;

  FakeSocketModeServer() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  /** Starts and waits until it listens. */
  FakeSocketModeServer begin() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake Socket Mode server did not start");
    }
    return this;
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/link/?ticket=fake";
  }

  boolean awaitClient() throws InterruptedException {
    return connected.await(10, TimeUnit.SECONDS);
  }

  void sendToClient(String text) {
    client.send(text);
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    client = conn;
    conn.send(
        "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},\"connection_info\":{\"app_id\":\"A0001\"}}");
    connected.countDown();
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    client = null;
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    received.add(message);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    // the test asserts on what arrived; a closed connection at the end is expected
  }

  @Override
  public void onStart() {
    started.countDown();
  }
}
