package org.dpcoach.teams;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.dpcoach.core.Answers;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.FeedbackDesk;
import org.dpcoach.core.port.ConversationDirectory;
import org.dpcoach.core.port.FeedbackSink;
import org.dpcoach.core.practice.PracticeDesk;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.support.Inbox;
import org.dpcoach.support.InboxSweeper;
import org.dpcoach.support.Retry.Pause;

/**
 * Wires the Bot Framework pipeline to the coach: the adapter, the bot, the turns and the endpoint.
 */
final class TeamsWiring {
  private TeamsWiring() {}

  /** Every piece, built and connected; the inbox sweeper is started. */
  static Parts wire(
      CoachEngine engine,
      TeamsSettings settings,
      ConversationDirectory references,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks,
      Answers answers,
      Credentials credentials,
      Pause pause,
      ExecutorService executor,
      Inbox inbox) {
    refuseUnauthenticated(settings);
    trustOpenIdMetadata(settings);
    Parts parts = new Parts();
    parts.settings = settings;
    parts.references = references;
    parts.executor = executor;
    SimpleCredentialProvider provider = provider(settings);
    parts.adapter = new CoachHttpAdapter(provider, credentials);
    parts.delivery = new Delivery(pause);
    parts.proactive = new Proactive(parts.adapter, settings, parts.delivery);
    parts.adapter.setOnTurnError(
        new TurnErrors(parts.delivery, engine.knowledge().dialogue().text("sorry")));
    parts.renderer = new AdaptiveCardRenderer();
    CoachBot bot = bot(engine, parts, answers, feedback, desks);
    parts.turns =
        new Turns(
            parts.adapter,
            bot,
            executor,
            inbox,
            engine.guard(),
            engine.settings().thresholds().maxChars());
    parts.sweeper = InboxSweeper.start(inbox, Turns.PLATFORM, parts.turns::resume);
    parts.admission = new Admission(settings);
    parts.endpoint = new MessagesEndpoint(settings, provider, parts.admission, parts.turns);
    return parts;
  }

  /** The builder checked every value; settings without credentials are refused here. */
  private static void refuseUnauthenticated(TeamsSettings settings) {
    if (!settings.authenticated() && !settings.localMode()) {
      throw new IllegalStateException(
          "Teams refuses to start without credentials outside local mode");
    }
  }

  /** Where the SDK reads the keys that sign the Bot Connector's tokens. */
  private static void trustOpenIdMetadata(TeamsSettings settings) {
    ChannelValidation.setOpenIdMetaDataUrl(
        settings
            .openIdMetadataUrl()
            .map(URI::toString)
            .orElse(AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL));
  }

  /** The bot: answers, the welcome card, feedback and practice commands, rendered as cards. */
  private static CoachBot bot(
      CoachEngine engine,
      Parts parts,
      Answers answers,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks) {
    Replies replies =
        new Replies(
            parts.renderer,
            parts.delivery,
            new PrivateAnswer(parts.delivery),
            engine.knowledge().dialogue());
    PracticeDesk desk = new PracticeDesk(desks, engine.knowledge().dialogue(), Practice.SURFACE);
    return new CoachBot(
        answers,
        replies,
        WelcomeCard.of(engine, parts.renderer),
        parts.references,
        new FeedbackDesk(engine.guard(), feedback),
        new Practice(desk, parts.renderer, replies),
        new ChampionCards(
            desks.flatMap(PracticeDesks::champions),
            desk,
            parts.renderer,
            replies,
            parts.references,
            engine.guard()),
        engine.knowledge().dialogue().text("feedback_thanks"));
  }

  /** The Bot Framework credentials from the settings (none in local mode). */
  static SimpleCredentialProvider provider(TeamsSettings settings) {
    return new SimpleCredentialProvider(
        settings.appId().orElse(null), settings.appPassword().orElse(null));
  }

  /** The wired pieces, gathered while building. */
  static final class Parts {
    TeamsSettings settings;
    CoachHttpAdapter adapter;
    MessagesEndpoint endpoint;
    Admission admission;
    Turns turns;
    Delivery delivery;
    Proactive proactive;
    AdaptiveCardRenderer renderer;
    ConversationDirectory references;
    ExecutorService executor;
    InboxSweeper sweeper;
  }
}
