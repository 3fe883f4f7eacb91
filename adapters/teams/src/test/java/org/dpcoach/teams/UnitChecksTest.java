package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The small pieces: settings, the service-URL allow-list, the token shape, card text, mentions,
 * references.
 */
class UnitChecksTest {

  @Test
  void settings_withoutCredentialsOutsideLocalMode_refuseToStart() {
    assertThatThrownBy(() -> TeamsSettings.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Teams needs an app id (MicrosoftAppId) and password (MicrosoftAppPassword);"
                + " set DPCOACH_TEAMS_LOCAL=true only to try it on this machine");
    assertThatThrownBy(
            () ->
                new TeamsSettings(
                    Optional.of("id"),
                    Optional.of(" "),
                    Optional.empty(),
                    Set.of(),
                    false,
                    TeamsSettings.BOT_FRAMEWORK_HOSTS,
                    Optional.empty(),
                    TeamsSettings.GRAPH,
                    TeamsSettings.LOGIN))
        .hasMessage("app password (MicrosoftAppPassword) must be set with the app id");
    assertThatThrownBy(() -> TeamsSettings.builder().appId("id").build())
        .hasMessage("app password (MicrosoftAppPassword) must be set with the app id");
    assertThatThrownBy(() -> TeamsSettings.builder().serviceHosts(List.of("*")))
        .hasMessage("service host must be a name or *.suffix: *");
    assertThatThrownBy(
            () -> TeamsSettings.builder().openIdMetadataUrl(URI.create("file:///etc/passwd")))
        .hasMessage("OpenID metadata url must be an absolute http or https URL");
    assertThatThrownBy(() -> TeamsSettings.builder().appPassword(" "))
        .hasMessage("app password must not be blank");
    assertThatThrownBy(() -> TeamsSettings.builder().allowedTenants(null))
        .hasMessage("allowed tenants must not be null");
  }

  @Test
  void settings_toBuilder_changesOneValue_keepsTheOthers() {
    TeamsSettings first =
        TeamsSettings.builder()
            .appId("a")
            .appPassword("b")
            .tenantId("t")
            .allowedTenants(Set.of("t1"))
            .serviceHosts(List.of("127.0.0.1"))
            .openIdMetadataUrl(URI.create("http://127.0.0.1:1/openid"))
            .build();

    TeamsSettings second =
        first.toBuilder()
            .graphUrls(URI.create("http://127.0.0.1:2"), URI.create("http://127.0.0.1:3"))
            .build();

    assertThat(second)
        .isEqualTo(
            new TeamsSettings(
                Optional.of("a"),
                Optional.of("b"),
                Optional.of("t"),
                Set.of("t1"),
                false,
                List.of("127.0.0.1"),
                Optional.of(URI.create("http://127.0.0.1:1/openid")),
                URI.create("http://127.0.0.1:2"),
                URI.create("http://127.0.0.1:3")));
    assertThat(TeamsSettings.local().serviceHosts()).isEqualTo(TeamsSettings.LOOPBACK_HOSTS);
  }

  @Test
  void settings_toString_neverShowsThePassword() {
    assertThat(TeamsSettings.of("app", "s3cret-value").toString())
        .doesNotContain("s3cret")
        .contains("appPassword=***");
    assertThat(TeamsSettings.local().authenticated()).isFalse();
    assertThat(
            TeamsSettings.builder()
                .appId("a")
                .appPassword("b")
                .allowedTenants(Set.of(" T1 "))
                .build()
                .allowedTenants())
        .containsExactly("t1");
  }

  @Test
  void serviceUrls_production_allowBotFrameworkHostsOverHttpsOnly() {
    ServiceUrls urls = new ServiceUrls(TeamsSettings.of("a", "b"));

    assertThat(urls.allowed("https://smba.trafficmanager.net/uk/")).isTrue();
    assertThat(urls.allowed("https://europe.webchat.botframework.com/")).isTrue();
    assertThat(urls.allowed("http://smba.trafficmanager.net/uk/")).isFalse();
    assertThat(urls.allowed("https://botframework.com/")).isFalse();
    assertThat(urls.allowed("https://evilbotframework.com/")).isFalse();
    assertThat(urls.allowed("https://smba.trafficmanager.net.evil.example/")).isFalse();
    assertThat(urls.allowed("https://user@smba.trafficmanager.net/")).isFalse();
    assertThat(urls.allowed("https://127.0.0.1/")).isFalse();
    assertThat(urls.allowed("not a url")).isFalse();
    assertThat(urls.allowed(null)).isFalse();
  }

  @Test
  void serviceUrls_localMode_allowLoopbackOnly() {
    ServiceUrls urls = new ServiceUrls(TeamsSettings.local());

    assertThat(urls.allowed("http://127.0.0.1:3978/")).isTrue();
    assertThat(urls.allowed("http://localhost:3978/")).isTrue();
    assertThat(urls.allowed("http://[::1]:3978/")).isTrue();
    assertThat(urls.allowed("http://127.0.0.2:3978/")).isFalse();
    assertThat(urls.allowed("https://smba.trafficmanager.net/uk/")).isFalse();
  }

  @Test
  void tokenShape_onlyRs256ChannelTokensPass() {
    TestTokens tokens = new TestTokens();
    TestTokens.Claims valid = TestTokens.Claims.valid("https://smba.trafficmanager.net/uk/");

    assertThat(TokenShape.plausible(tokens.header(valid))).isTrue();
    assertThat(TokenShape.plausible(tokens.header(valid.issuer(TestTokens.EMULATOR_ISSUER))))
        .isFalse();
    assertThat(TokenShape.plausible(tokens.header(valid.alg("none")))).isFalse();
    assertThat(TokenShape.plausible(tokens.header(valid.alg("HS256")))).isFalse();
    assertThat(TokenShape.plausible("bearer " + tokens.token(valid))).isFalse();
    assertThat(TokenShape.plausible("Bearer " + "a".repeat(9_000))).isFalse();
    assertThat(TokenShape.plausible("Bearer a.b.c")).isFalse();
    assertThat(TokenShape.plausible(null)).isFalse();
  }

  @Test
  void tokenShape_extraOrEmptyPartsOrNoKeyId_refused() {
    TestTokens tokens = new TestTokens();
    TestTokens.Claims valid = TestTokens.Claims.valid("https://smba.trafficmanager.net/uk/");
    String[] parts = tokens.token(valid).split("\\.");

    assertThat(TokenShape.plausible(tokens.header(valid) + ".")).isFalse();
    assertThat(TokenShape.plausible("Bearer " + parts[0] + "." + parts[1] + ".")).isFalse();
    assertThat(TokenShape.plausible("Bearer " + parts[0] + ".." + parts[2])).isFalse();
    assertThat(TokenShape.plausible(tokens.header(valid.keyId(null)))).isFalse();
  }

  @Test
  void cardText_escapesMarkupKeepsOrdinaryPunctuationAndCutsSafely() {
    assertThat(CardText.escape("**a** _b_ [c](d)")).isEqualTo("\\*\\*a\\*\\* \\_b\\_ \\[c\\](d)");
    assertThat(CardText.escape("- x\n+ y\n1. z\nversion 2026.11.1 (SWE)"))
        .isEqualTo("\\- x\n\\+ y\n1\\. z\nversion 2026.11.1 (SWE)");
    assertThat(CardText.escape("{{DATE(2017-02-14T06:08:39Z)}}")).doesNotContain("{{");
    assertThat(CardText.escape("a\u0000b\u2028c")).isEqualTo("a b c");
    assertThat(CardText.fit("abcd*efgh", 6)).isEqualTo("abcd*…");
    assertThat(CardText.fit(CardText.escape("abcd*efgh"), 7)).isEqualTo("abcd\\*…");
    assertThat(CardText.fit(CardText.escape("abcd*efgh"), 6)).isEqualTo("abcd…");
    assertThat(CardText.plain("😀😀😀", 4)).isEqualTo("😀…");
  }

  @Test
  void mentionText_stripsTheBotsMentionKeepsOtherNamesAndDecodes() {
    ObjectNode json =
        Activities.channelMention(
            "http://127.0.0.1:1/", "19:c@thread.tacv2", "m1", "ask <at>Jane Smith</at> &amp; me");
    Activity activity =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .findAndRegisterModules()
            .convertValue(json, Activity.class);

    assertThat(MentionText.typed(activity)).isEqualTo("ask Jane Smith & me");
  }

  @Test
  void baseConversationId_channelThreadId_dropsTheMessageId() {
    assertThat(CoachBot.baseConversationId("19:x@thread.tacv2;messageid=123"))
        .isEqualTo("19:x@thread.tacv2");
  }

  @Test
  void endpoint_loopbackCheck_acceptsLoopbackLiteralsOnly() {
    assertThat(MessagesEndpoint.loopback("127.0.0.1")).isTrue();
    assertThat(MessagesEndpoint.loopback("[::1]")).isTrue();
    assertThat(MessagesEndpoint.loopback("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(MessagesEndpoint.loopback("10.0.0.1")).isFalse();
    assertThat(MessagesEndpoint.loopback("localhost")).isFalse();
    assertThat(MessagesEndpoint.loopback(null)).isFalse();
  }

  @Test
  void submitData_readsOnlyThisAdaptersButtons() {
    assertThat(SubmitData.read(SubmitData.data(SubmitData.CHOOSE, "t", null)))
        .hasValueSatisfying(s -> assertThat(s.topic()).isEqualTo("t"));
    assertThat(SubmitData.read(FakeConnector.JSON.createObjectNode().put("dpcoach", "delete")))
        .isEmpty();
    assertThat(
            SubmitData.read(
                FakeConnector.JSON
                    .createObjectNode()
                    .put("dpcoach", "choose")
                    .put("topic", "x".repeat(500))))
        .isEmpty();
    assertThat(SubmitData.read("a string")).isEmpty();
    assertThat(SubmitData.read(null)).isEmpty();
  }
}
