package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyCheckTest {
  final BodyCheck check = new BodyCheck();

  @Test
  void check_slackShapes_areForwarded() {
    assertThat(check.check(SlackRequests.urlVerification("c")).kind())
        .isEqualTo(BodyCheck.Kind.SLACK_REQUEST);
    assertThat(check.check(SlackRequests.dm("E1", "U1", "D1", "hi", "1.0")).kind())
        .isEqualTo(BodyCheck.Kind.SLACK_REQUEST);
    assertThat(
            check
                .check(SlackRequests.command("help", "U1", "C1", "https://hooks.slack.com/x"))
                .kind())
        .isEqualTo(BodyCheck.Kind.SLACK_REQUEST);
    assertThat(
            check
                .check(SlackRequests.buttonClick("a", "v", "U1", "C1", "1.0", null, false, "u"))
                .kind())
        .isEqualTo(BodyCheck.Kind.SLACK_REQUEST);
    assertThat(check.check(SlackRequests.feedbackSubmission("t|v", "x", "U1")).kind())
        .isEqualTo(BodyCheck.Kind.SLACK_REQUEST);
    assertThat(check.check("ssl_check=1&token=x").kind()).isEqualTo(BodyCheck.Kind.SLACK_REQUEST);
  }

  @Test
  void check_appRateLimited_isANotice() {
    assertThat(check.check("{\"type\":\"app_rate_limited\",\"minute_rate_limited\":1}").kind())
        .isEqualTo(BodyCheck.Kind.RATE_LIMIT_NOTICE);
  }

  @Test
  void check_malformed_givesAReasonWithoutTheBody() {
    BodyCheck.Verdict verdict = check.check("{\"type\":\"unknown\",\"text\":\"secret words\"}");
    assertThat(verdict.kind()).isEqualTo(BodyCheck.Kind.MALFORMED);
    assertThat(verdict.reason()).doesNotContain("secret");
    assertThat(check.check("payload=%E0%A4%A").kind()).isEqualTo(BodyCheck.Kind.MALFORMED);
    assertThat(check.check("   ").kind()).isEqualTo(BodyCheck.Kind.MALFORMED);
  }
}
