package org.dpcoach.teams;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The JVM's default proxy selector while a test runs: records every URI the JDK or OkHttp is asked
 * to reach off loopback, and sends such requests to a closed loopback port so nothing leaves the
 * machine.
 */
final class RecordingProxySelector extends ProxySelector {
  private final List<URI> offLoopback = new CopyOnWriteArrayList<>();
  private ProxySelector previous;

  void install() {
    previous = ProxySelector.getDefault();
    ProxySelector.setDefault(this);
  }

  void uninstall() {
    ProxySelector.setDefault(previous);
  }

  List<URI> offLoopback() {
    return List.copyOf(offLoopback);
  }

  void clear() {
    offLoopback.clear();
  }

  @Override
  public List<Proxy> select(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost();
    if (ServiceUrls.loopback(host)) {
      return List.of(Proxy.NO_PROXY);
    }
    offLoopback.add(uri);
    return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9)));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException e) {
    // nothing listens on the discard port: that is the point
  }
}
