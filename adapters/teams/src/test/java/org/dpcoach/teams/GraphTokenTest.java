package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GraphTokenTest {
  private final FakeGraph graph = new FakeGraph();
  private final TeamsSettings settings =
      TeamsSettings.of(TestTokens.APP_ID, "test-secret").toBuilder()
          .graphUrls(graph.url(), graph.url())
          .build();
  private final GraphToken tokens = new GraphToken(settings, HttpClient.newHttpClient());

  @AfterEach
  void stop() {
    graph.close();
  }

  @Test
  void get_twice_asksEntraOnceWithTheSecretAndForgetAsksAgain() {
    assertThat(tokens.get(Activities.TENANT)).contains(FakeGraph.TOKEN);
    assertThat(tokens.get(Activities.TENANT)).contains(FakeGraph.TOKEN);

    assertThat(graph.tokenRequests()).hasSize(1);
    assertThat(graph.tokenRequests().get(0).tenant()).isEqualTo(Activities.TENANT);
    assertThat(graph.tokenRequests().get(0).form())
        .containsEntry("client_id", TestTokens.APP_ID)
        .containsEntry("client_secret", "test-secret");

    tokens.forget(Activities.TENANT);
    assertThat(tokens.get(Activities.TENANT)).contains(FakeGraph.TOKEN);
    assertThat(graph.tokenRequests()).hasSize(2);
  }

  @Test
  void get_eachTenant_hasItsOwnToken() {
    tokens.get(Activities.TENANT);
    tokens.get("other-tenant.onmicrosoft.com");
    tokens.get("other-tenant.onmicrosoft.com");

    assertThat(graph.tokenRequests())
        .extracting(FakeGraph.TokenRequest::tenant)
        .containsExactly(Activities.TENANT, "other-tenant.onmicrosoft.com");
  }

  @Test
  void get_badTenantOrNoSecret_emptyWithoutAsking() {
    GraphToken local = new GraphToken(TeamsSettings.local(), HttpClient.newHttpClient());

    assertThat(tokens.get("../common")).isEmpty();
    assertThat(tokens.get("")).isEmpty();
    assertThat(local.get(Activities.TENANT)).isEmpty();
    assertThat(graph.tokenRequests()).isEmpty();
  }

  @Test
  void get_entraRefusesTheSecret_emptyAndAsksAgainNextTime() {
    graph.refuseTokens(true);

    assertThat(tokens.get(Activities.TENANT)).isEmpty();
    graph.refuseTokens(false);
    assertThat(tokens.get(Activities.TENANT)).contains(FakeGraph.TOKEN);
    assertThat(graph.tokenRequests()).hasSize(2);
  }
}
