package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Turn;
import org.dpcoach.core.port.ConversationAddress;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials on, JWTs validated offline: a locally generated RSA key, OpenID metadata and JWKS
 * served on loopback. Every bad token gets 401, reaches no handler and sends nothing anywhere.
 */
class TeamsAuthenticationTest {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String FRIEND =
      "a service user's mum sent me a friend request on facebook, can I accept it?";
  static final TestTokens TOKENS = new TestTokens();
  static final RecordingProxySelector PROXIES = new RecordingProxySelector();
  static FakeOpenId openId;
  static RunningTeams app;
  static FakeConnector attacker;
  static String serviceUrl;

  @BeforeAll
  static void start() {
    PROXIES.install();
    openId = new FakeOpenId(TOKENS);
    app = RunningTeams.authenticated(openId);
    attacker = new FakeConnector("127.0.0.2");
    serviceUrl = app.connector.serviceUrl();
  }

  @AfterAll
  static void stop() {
    app.close();
    attacker.close();
    openId.close();
    PROXIES.uninstall();
  }

  @BeforeEach
  void clear() {
    app.connector.clear();
    attacker.clear();
    PROXIES.clear();
  }

  static String valid(String url) {
    return TOKENS.header(TestTokens.Claims.valid(url));
  }

  @Test
  void validToken_personalQuestion_isAnsweredWithTheBotsOwnToken() {
    Reply reply = TestCoach.engine().handle(new Turn("e", "e-auth", FRIEND));

    HttpResponse<String> response =
        app.post(Activities.personal(serviceUrl, "a:auth-1", "v1", FRIEND), valid(serviceUrl));

    assertThat(response.statusCode()).isEqualTo(200);
    FakeConnector.Call call =
        app.connector.await(c -> "a:auth-1".equals(c.conversationId()), 1, WAIT).get(0);
    assertThat(call.authorization()).isEqualTo("Bearer " + RunningTeams.OUTGOING_TOKEN);
    assertThat(call.allText()).contains(reply.part(ReplyPart.Summary.class).orElseThrow().title());
    assertThat(CardSchema.problems(call.card())).isEmpty();
    assertThat(app.references.find("a:auth-1"))
        .hasValueSatisfying(
            r -> {
              assertThat(r.serviceUrl()).isEqualTo(serviceUrl);
              assertThat(r.tenantId()).contains(Activities.TENANT);
              assertThat(r.conversationType()).contains("personal");
              assertThat(r.userId()).contains("29:v1");
            });
    assertThat(PROXIES.offLoopback()).isEmpty();
  }

  @Test
  void botAddedToAChannel_thenProactiveMessage_isPostedToTheStoredReference() {
    String channel = "19:auth-team@thread.tacv2";
    app.post(Activities.botAdded(serviceUrl, channel, "channel"), valid(serviceUrl));
    app.connector.await(c -> channel.equals(c.conversationId()), 1, WAIT);
    ConversationAddress stored = app.references.find(channel).orElseThrow();
    Reply tip = TestCoach.engine().choose(new Turn("scheduler", "tips", ""), "messaging-apps");

    boolean sent = app.adapter.sendProactive(stored, tip);

    assertThat(sent).isTrue();
    FakeConnector.Call call =
        app.connector
            .await(c -> c.kind().equals("send") && channel.equals(c.conversationId()), 1, WAIT)
            .get(0);
    assertThat(call.replyToId()).isNull();
    assertThat(call.authorization()).isEqualTo("Bearer " + RunningTeams.OUTGOING_TOKEN);
    assertThat(call.allText()).contains(tip.part(ReplyPart.Summary.class).orElseThrow().title());
    assertThat(CardSchema.problems(call.card())).isEmpty();
    assertThat(call.body().path("conversation").path("tenantId").asText())
        .isEqualTo(Activities.TENANT);
  }

  @Test
  void channelMessageInAThread_storesTheChannelNotTheThread() {
    ObjectNode activity =
        Activities.channelMention(serviceUrl, "19:threads@thread.tacv2", "v2", FRIEND);

    app.post(activity, valid(serviceUrl));

    app.connector.await(
        c -> c.conversationId() != null && c.conversationId().startsWith("19:threads@thread.tacv2"),
        1,
        WAIT);
    assertThat(app.references.find("19:threads@thread.tacv2")).isPresent();
  }

  @Test
  void botRemoved_forgetsTheReference() {
    String chat = "19:leaving@thread.v2";
    app.post(Activities.botAdded(serviceUrl, chat, "groupChat"), valid(serviceUrl));
    app.connector.await(c -> chat.equals(c.conversationId()), 1, WAIT);
    assertThat(app.references.find(chat)).isPresent();

    app.post(Activities.botRemoved(serviceUrl, chat, "groupChat"), valid(serviceUrl));

    long end = System.nanoTime() + WAIT.toNanos();
    while (app.references.find(chat).isPresent() && System.nanoTime() < end) {
      Thread.onSpinWait();
    }
    assertThat(app.references.find(chat)).isEmpty();
  }

  @Test
  void proactiveMessage_toAServiceUrlOffTheAllowList_isRefusedAndNothingIsSent() {
    ConversationAddress planted =
        new ConversationAddress(
            "19:planted@thread.tacv2",
            attacker.serviceUrl(),
            Optional.empty(),
            Optional.of("channel"),
            Activities.BOT_ID,
            Optional.empty(),
            Optional.empty());

    assertThat(
            app.adapter.sendProactive(
                planted, TestCoach.engine().handle(new Turn("s", "s", "hello"))))
        .isFalse();
    assertThat(attacker.requests()).isZero();
  }

  @Test
  void validTokenForAServiceUrlOffTheAllowList_gets403AndReachesNoHandler()
      throws InterruptedException {
    long before = app.adapter.turnsStarted();

    HttpResponse<String> response =
        app.post(
            Activities.personal(attacker.serviceUrl(), "a:auth-x", "v3", FRIEND),
            valid(attacker.serviceUrl()));

    assertThat(response.statusCode()).isEqualTo(403);
    app.awaitIdle();
    assertThat(app.adapter.turnsStarted()).isEqualTo(before);
    assertThat(attacker.requests()).isZero();
  }

  @Test
  void validTokenFromATenantOffTheAllowList_gets403() {
    ObjectNode activity = Activities.personal(serviceUrl, "a:auth-t", "v4", FRIEND);
    ((ObjectNode) activity.get("conversation")).put("tenantId", "another-tenant");
    ((ObjectNode) activity.get("channelData").get("tenant")).put("id", "another-tenant");

    assertThat(app.post(activity, valid(serviceUrl)).statusCode()).isEqualTo(403);
  }

  static Stream<Arguments> badTokens() {
    String connector = "CONNECTOR";
    String target = "ATTACKER";
    Function<String, TestTokens.Claims> valid = TestTokens.Claims::valid;
    return Stream.of(
        Arguments.of("missing", (Function<String, String>) url -> null, target),
        Arguments.of(
            "forged signature",
            (Function<String, String>) url -> TOKENS.header(valid.apply(url).signedByForger()),
            target),
        Arguments.of(
            "wrong issuer (emulator)",
            (Function<String, String>)
                url -> TOKENS.header(valid.apply(url).issuer(TestTokens.EMULATOR_ISSUER)),
            target),
        Arguments.of(
            "wrong issuer (other)",
            (Function<String, String>)
                url -> TOKENS.header(valid.apply(url).issuer("https://evil.example")),
            target),
        Arguments.of(
            "wrong audience",
            (Function<String, String>)
                url ->
                    TOKENS.header(
                        valid.apply(url).audience("00000000-0000-4000-8000-0000000bad00")),
            target),
        Arguments.of(
            "expired",
            (Function<String, String>)
                url ->
                    TOKENS.header(
                        valid.apply(url).expires(Instant.now().minus(Duration.ofMinutes(10)))),
            target),
        Arguments.of(
            "serviceUrl claim mismatch",
            (Function<String, String>)
                url -> TOKENS.header(valid.apply(app.connector.serviceUrl())),
            target),
        Arguments.of(
            "alg none",
            (Function<String, String>) url -> TOKENS.header(valid.apply(url).alg("none")),
            target),
        Arguments.of(
            "unknown key id",
            (Function<String, String>) url -> TOKENS.header(valid.apply(url).keyId("other-key")),
            target),
        Arguments.of("not a JWT", (Function<String, String>) url -> "Bearer not-a-token", target),
        Arguments.of(
            "basic scheme", (Function<String, String>) url -> "Basic dXNlcjpwYXNz", target),
        Arguments.of(
            "no serviceurl claim",
            (Function<String, String>) url -> TOKENS.header(valid.apply(url).serviceUrl(null)),
            connector));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTokens")
  void badToken_gets401ReachesNoHandlerAndSendsNothing(
      String name, Function<String, String> header, String target) throws InterruptedException {
    String url = target.equals("ATTACKER") ? attacker.serviceUrl() : serviceUrl;
    long before = app.adapter.turnsStarted();

    HttpResponse<String> response =
        app.post(
            Activities.personal(url, "a:bad-" + name.hashCode(), "mallory", FRIEND),
            header.apply(url));

    assertThat(response.statusCode()).as(name).isEqualTo(401);
    app.awaitIdle();
    assertThat(app.adapter.turnsStarted()).as(name + ": handler calls").isEqualTo(before);
    assertThat(attacker.requests()).as(name + ": requests to the non-allow-listed host").isZero();
    assertThat(app.connector.requests()).as(name + ": requests to the connector").isZero();
    assertThat(PROXIES.offLoopback()).as(name + ": requests off loopback").isEmpty();
    assertThat(app.references.find("a:bad-" + name.hashCode())).isEmpty();
  }

  @Test
  void noTokenOrForgedToken_malformedBody_gets401BeforeTheBodyIsRead() {
    String token = TOKENS.header(TestTokens.Claims.valid(serviceUrl));
    int middle = token.lastIndexOf('.') + 20;
    String forged =
        token.substring(0, middle)
            + (token.charAt(middle) == 'A' ? 'B' : 'A')
            + token.substring(middle + 1);
    for (String body : new String[] {"{\"type\": \"message\", ", "[]", "", "not json"}) {
      assertThat(app.post(body, java.util.Map.of()).statusCode()).as(body).isEqualTo(401);
      assertThat(app.post(body, java.util.Map.of("Authorization", forged)).statusCode())
          .as(body)
          .isEqualTo(401);
    }
    String malformed = "{\"type\": \"message\", ";
    assertThat(
            app.post(malformed, java.util.Map.of("Authorization", valid(serviceUrl))).statusCode())
        .isEqualTo(400);
  }

  @Test
  void validTokenForAnotherChannel_isNotEndorsedAndGets401() {
    ObjectNode activity = Activities.personal(serviceUrl, "a:auth-slack", "v5", FRIEND);
    activity.put("channelId", "slack");

    assertThat(app.post(activity, valid(serviceUrl)).statusCode()).isEqualTo(401);
  }

  static List<String> unused() {
    return List.of();
  }
}
