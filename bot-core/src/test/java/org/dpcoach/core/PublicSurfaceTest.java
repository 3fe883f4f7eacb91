package org.dpcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the core shows the adapters, package by package: the engine and its settings, the feedback
 * desk, the model, the ports, the guard's face, the classifiers the experiments use and the
 * practice in-port and desks.
 */
class PublicSurfaceTest {

  private static Set<String> publicTypes(String packageName) {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(packageName)
            .stream()
            .filter(c -> c.getPackageName().equals(packageName))
            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
            .map(JavaClass::getSimpleName)
            .collect(Collectors.toSet());
  }

  @Test
  void engine_showsItselfItsSettingsThresholdsAndTheFeedbackDesk() {
    assertThat(publicTypes("org.dpcoach.core"))
        .containsExactlyInAnyOrder(
            "CoachEngine", "Answers", "CoachSettings", "Thresholds", "FeedbackDesk");
  }

  @Test
  void model_showsTheTurnTheReplyAndTheirValues() {
    assertThat(publicTypes("org.dpcoach.core.model"))
        .containsExactlyInAnyOrder(
            "Turn",
            "Reply",
            "ReplyPart",
            "Route",
            "Origin",
            "Alternative",
            "Citation",
            "TopicRef",
            "Feedback",
            "WeeklySlot",
            "Message",
            "Action");
  }

  @Test
  void ports_areInterfacesAndTheirValues() {
    assertThat(publicTypes("org.dpcoach.core.port"))
        .containsExactlyInAnyOrder(
            "ChannelNations",
            "ChannelPoster",
            "ConversationAddress",
            "ConversationContext",
            "ConversationContexts",
            "ConversationDirectory",
            "CustomTip",
            "FeedbackSink",
            "InsightsLinks",
            "OutboxEntry",
            "OutboxMessages",
            "OutboxStore",
            "ScheduleStore",
            "Session",
            "SessionSchedule",
            "SessionStore",
            "ChampionQuestion",
            "ChampionQuestions",
            "SessionTimer",
            "TipSchedule",
            "TipStore",
            "TipTimer",
            "TurnLog");
  }

  @Test
  void guard_showsItsInterfaceTheHybridAndItsFindings() {
    assertThat(publicTypes("org.dpcoach.core.guard"))
        .containsExactlyInAnyOrder("PersonalDataGuard", "HybridGuard", "Finding", "Redaction");
  }

  @Test
  void nlp_showsTheClassifiersTheExperimentsCompare() {
    assertThat(publicTypes("org.dpcoach.core.nlp"))
        .containsExactlyInAnyOrder(
            "TopicClassifier",
            "TopicScore",
            "Ranking",
            "Normaliser",
            "Bm25TopicRanker",
            "OpenNlpIntentClassifier",
            "EnsembleClassifier");
  }

  @Test
  void practice_showsTheInPortTheDesksAndWhatTheyAnswer() {
    assertThat(publicTypes("org.dpcoach.core.practice"))
        .containsExactlyInAnyOrder(
            "PracticeDesk",
            "PracticeCommand",
            "Surface",
            "PracticeDesks",
            "PracticeSettings",
            "TipDesk",
            "SupervisionDesk",
            "NationDesk",
            "InsightsDesk",
            "TipPublisher",
            "TipLibrary",
            "Champions",
            "ChannelResolver",
            "TopicDetector",
            "ChampionDesk",
            "ChampionEdits",
            "ChampionSettings",
            "ChampionPosts",
            "WorkingHours",
            "Person",
            "NationSetting",
            "DeskReply",
            "CpdRecord",
            "Caller");
  }
}
