package org.dpcoach.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart.Notice;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.Turn;
import org.dpcoach.core.port.ConversationContext;
import org.dpcoach.knowledge.Case;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Topic;

/**
 * The way every turn goes: cut to length, redacted, classified, routed, remembered for follow-ups,
 * composed and recorded.
 */
final class TurnPipeline {
  private final KnowledgeBase kb;
  private final CoachSettings settings;
  private final PersonalDataGuard guard;
  private final TopicModel model;
  private final CaseModel cases;
  private final TurnResolver resolver;
  private final AnswerComposer composer;
  private final ConversationState conversations;
  private final TurnRecorder recorder;

  TurnPipeline(
      KnowledgeBase kb,
      CoachSettings settings,
      CoachModels models,
      ConversationState conversations,
      TurnRecorder recorder) {
    this.kb = kb;
    this.settings = settings;
    this.guard = models.guard();
    this.model = models.topics();
    this.cases = models.cases();
    SafeguardingRouter router =
        new SafeguardingRouter(kb.safeguardingCues(), settings.thresholds().emergencyVote());
    this.resolver =
        new TurnResolver(settings.thresholds(), router, kb.dialogue().followUpMarkers());
    this.composer = new AnswerComposer(kb);
    this.conversations = conversations;
    this.recorder = recorder;
  }

  /** After an internal failure: the conversation's context forgotten, and a neutral apology. */
  Reply failed(Turn turn) {
    conversations.forget(turn.conversationId());
    return composer.help(List.of(new Notice(Notice.Kind.INFO, kb.dialogue().text("sorry"))));
  }

  /** The reply on a topic (and case) the person picked, remembered for follow-ups. */
  Reply chosen(Turn turn, Topic topic, Optional<Case> chosen) {
    ConversationContext context = conversations.current(turn.conversationId());
    conversations.answered(turn.conversationId(), context, topic.id(), chosen.map(Case::id));
    AnswerComposer.Setting setting = setting(context);
    return recorder.logged(
        turn,
        setting,
        composer.chosen(topic, chosen, nationNotice(context), setting),
        Optional.empty());
  }

  /** The message cut to length and redacted, with the notices that says so. */
  private record Screened(String clean, Redaction redaction, List<Notice> notices) {}

  /** The reply to a typed message: help, the topic list, or an answer to it. */
  Reply respond(Turn turn) {
    Screened screened = screen(turn.text());
    String clean = screened.clean();
    if (clean.isBlank()) {
      return composer.help(screened.notices());
    }
    Optional<String> command = kb.dialogue().command(clean);
    if (command.filter("topics"::equals).isPresent()) {
      return composer.topics();
    }
    if (command.filter("help"::equals).isPresent()) {
      return composer.help(screened.notices());
    }
    return answer(turn, screened);
  }

  /** Cuts the text to the maximum length, then redacts it. */
  private Screened screen(String text) {
    List<Notice> notices = new ArrayList<>();
    int max = settings.thresholds().maxChars();
    if (text.length() > max) {
      text = text.substring(0, max);
      notices.add(new Notice(Notice.Kind.TRUNCATED, kb.dialogue().text("truncated")));
    }
    Redaction redaction = guard.redact(text);
    if (redaction.foundAny()) {
      notices.add(0, new Notice(Notice.Kind.PRIVACY, kb.dialogue().text("privacy_reminder")));
    }
    return new Screened(redaction.redacted(), redaction, notices);
  }

  /** Classifies the redacted text, routes it, keeps the context and composes the reply. */
  private Reply answer(Turn turn, Screened screened) {
    String clean = screened.clean();
    String[] tokens = model.tokens(clean);
    ConversationContext before = conversations.current(turn.conversationId());
    ConversationContext context = conversations.named(before, clean);
    Decision decision =
        resolver.decide(
            clean, readable(clean, screened.redaction()), model.rank(tokens), context.topic());
    CaseModel.Choice choice = remember(turn.conversationId(), decision, before, context, tokens);
    List<Notice> notices = screened.notices();
    if (decision.route() != Route.ESCALATE) {
      notices.addAll(nationNotice(context));
    }
    AnswerComposer.Setting setting = setting(context);
    Reply reply =
        composer.compose(decision, notices, screened.redaction().foundAny(), setting, choice);
    boolean unanswered = reply.route() == Route.FALLBACK || reply.route() == Route.CLARIFY;
    return recorder.logged(
        turn, setting, reply, unanswered ? Optional.of(clean) : Optional.empty());
  }

  /** Keeps the conversation's context as the decision leaves it; the case chosen for an answer. */
  private CaseModel.Choice remember(
      String conversationId,
      Decision decision,
      ConversationContext before,
      ConversationContext context,
      String[] tokens) {
    CaseModel.Choice choice = new CaseModel.Choice(List.of());
    switch (decision.route()) {
      case ANSWER -> {
        choice = cases.rank(decision.topic(), tokens);
        Optional<String> chosen = composer.chosenCase(choice).map(Case::id);
        conversations.answered(conversationId, context, decision.topic(), chosen);
      }
      case ESCALATE -> conversations.escalated(conversationId, context);
      default -> conversations.keepNamed(conversationId, before, context);
    }
    return choice;
  }

  /** "Answering for Scotland", when the person named their nation in this conversation. */
  private List<Notice> nationNotice(ConversationContext context) {
    return context
        .nation()
        .map(
            n ->
                List.of(
                    new Notice(
                        Notice.Kind.NATION,
                        kb.dialogue().text("answering_for").replace("{nation}", n.displayName()))))
        .orElse(List.of());
  }

  private AnswerComposer.Setting setting(ConversationContext context) {
    return new AnswerComposer.Setting(context.nation().orElse(settings.jurisdiction()), today());
  }

  /**
   * How much of the message the knowledge can read: its words other than placeholders, and how many
   * of them the training data has seen (a placeholder counts as an unseen word).
   */
  private TurnResolver.Readability readable(String clean, Redaction redaction) {
    String words = clean;
    for (var finding : redaction.findings()) {
      words = words.replace(finding.kind().placeholder(), " ");
    }
    String[] tokens = model.tokens(words);
    return new TurnResolver.Readability(
        tokens.length + redaction.findings().size(), model.known(tokens));
  }

  private LocalDate today() {
    return LocalDate.now(settings.clock());
  }
}
