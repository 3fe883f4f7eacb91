package org.dpcoach.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SupportTest {

  @Test
  void retryAfter_headerValues_boundedBetweenOneAndThirtySeconds() {
    assertThat(Retry.after("3")).isEqualTo(Duration.ofSeconds(3));
    assertThat(Retry.after(" 5 ")).isEqualTo(Duration.ofSeconds(5));
    assertThat(Retry.after(null)).isEqualTo(Duration.ofSeconds(1));
    assertThat(Retry.after("soon")).isEqualTo(Duration.ofSeconds(1));
    assertThat(Retry.after("0")).isEqualTo(Duration.ofSeconds(1));
    assertThat(Retry.after("-7")).isEqualTo(Duration.ofSeconds(1));
    assertThat(Retry.after("3600")).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void workerPool_fullQueue_rejectsAndShutdownLetsWorkFinish() throws Exception {
    ExecutorService pool = WorkerPool.bounded("test-pool", 1, 1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    String[] name = new String[1];
    pool.execute(
        () -> {
          name[0] = Thread.currentThread().getName();
          started.countDown();
          try {
            release.await(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    pool.execute(() -> {});
    assertThatThrownBy(() -> pool.execute(() -> {})).isInstanceOf(RejectedExecutionException.class);
    assertThat(name[0]).isEqualTo("test-pool-1");
    release.countDown();
    WorkerPool.shutdown(pool, Duration.ofSeconds(5));
    assertThat(pool.isTerminated()).isTrue();
  }

  @Test
  void noDelaySockets_everySocketHasNagleOff() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        Socket a = new NoDelaySockets().createSocket("127.0.0.1", server.getLocalPort());
        Socket b =
            new NoDelaySockets()
                .createSocket(java.net.InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket c = new NoDelaySockets().createSocket()) {
      assertThat(a.getTcpNoDelay()).isTrue();
      assertThat(b.getTcpNoDelay()).isTrue();
      assertThat(c.getTcpNoDelay()).isTrue();
    }
  }
}
