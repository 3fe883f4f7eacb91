package org.dpcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.guard.HybridGuard;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.model.Origin;
import org.dpcoach.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

class FeedbackDeskTest {
  private static final KnowledgeBase KB = KnowledgeBase.loader().load();
  private final List<Feedback> recorded = new ArrayList<>();
  private final FeedbackDesk desk =
      new FeedbackDesk(
          HybridGuard.create(
              KB,
              Optional.of(Path.of(System.getProperty("dpcoach.modelCache", "target/model-cache")))),
          recorded::add);

  @Test
  void record_missingWithPersonalDetails_reachesTheSinkRedacted() {
    desk.record(
        new Feedback("friend-requests", "v1", false, Optional.of("ring me on 07700 900123"))
            .onCase("friend-requests.linkedin")
            .from("U1", Origin.UNKNOWN));

    assertThat(recorded).hasSize(1);
    Feedback kept = recorded.get(0);
    assertThat(kept.missing()).hasValueSatisfying(m -> assertThat(m).doesNotContain("07700"));
    assertThat(kept.caseId()).contains("friend-requests.linkedin");
    assertThat(kept.userId()).isEqualTo("U1");
    assertThat(kept.helpful()).isFalse();
  }

  @Test
  void record_helpfulWithNothingMissing_reachesTheSinkUnchanged() {
    Feedback helpful = new Feedback("friend-requests", "v1", true, Optional.empty());

    desk.record(helpful);

    assertThat(recorded).containsExactly(helpful);
  }
}
