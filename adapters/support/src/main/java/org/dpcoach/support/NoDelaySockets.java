package org.dpcoach.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain sockets with Nagle's algorithm off. A Block Kit message or an activity with an Adaptive
 * Card is larger than one TCP segment; with Nagle on, the second segment waits for the server's
 * delayed ACK (about 40 ms a call).
 */
public final class NoDelaySockets extends SocketFactory {

  /** Creates the factory; it keeps no state. */
  public NoDelaySockets() {}

  /** An unconnected socket with TCP_NODELAY set. */
  @Override
  public Socket createSocket() throws IOException {
    return noDelay(new Socket());
  }

  /** A socket connected to the host and port, with TCP_NODELAY set. */
  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(new Socket(host, port));
  }

  /** A socket connected to the host and port from the local address, with TCP_NODELAY set. */
  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return noDelay(new Socket(host, port, localHost, localPort));
  }

  /** A socket connected to the address and port, with TCP_NODELAY set. */
  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(new Socket(host, port));
  }

  /** A socket connected to the address and port from the local address, with TCP_NODELAY set. */
  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return noDelay(new Socket(address, port, localAddress, localPort));
  }

  private static Socket noDelay(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }
}
