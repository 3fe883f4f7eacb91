package org.dpcoach.teams;

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.RoleTypes;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: loopback callers only in local mode (403), the bearer token checked
 * by shape then by the SDK before the body is read (401), the body read as an activity (400), the
 * token's service URL claim against the activity's (401), the admission checks (403); then messages
 * and conversation updates are queued for the workers (200, or 503 when full), invokes answered in
 * the request, and other activity types ignored (200). Never logs a body.
 */
final class MessagesEndpoint implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(MessagesEndpoint.class);
  static final Set<String> QUEUED =
      Set.of(
          ActivityTypes.MESSAGE,
          ActivityTypes.CONVERSATION_UPDATE,
          ActivityTypes.INSTALLATION_UPDATE);
  static final int AUTH_SECONDS = 15;
  static final int INVOKE_SECONDS = 10;

  private final TeamsSettings settings;
  private final CredentialProvider credentials;
  private final AuthenticationConfiguration authConfig = new AuthenticationConfiguration();
  private final ActivityReader reader = new ActivityReader();
  private final Admission admission;
  private final Turns turns;

  MessagesEndpoint(
      TeamsSettings settings, CredentialProvider credentials, Admission admission, Turns turns) {
    this.settings = settings;
    this.credentials = credentials;
    this.admission = admission;
    this.turns = turns;
  }

  @Override
  public void handle(Context ctx) {
    if (settings.localMode() && !loopback(ctx.ip())) {
      refuse(ctx, 403, "local mode accepts loopback callers only");
      return;
    }
    String authorization = ctx.header("Authorization");
    // the token is checked before the body is read: an unauthenticated request is 401 whatever
    // its body
    Optional<ClaimsIdentity> token = Optional.empty();
    if (settings.authenticated()) {
      token = channelToken(authorization);
      if (token.isEmpty()) {
        refuse(ctx, 401, "unauthorized");
        return;
      }
    } else if (authorization != null && !authorization.isBlank()) {
      refuse(ctx, 401, "unauthorized");
      return;
    }
    Optional<Activity> read = reader.read(ctx.bodyAsBytes());
    if (read.isEmpty()) {
      refuse(ctx, 400, "malformed activity");
      return;
    }
    Activity activity = read.get();
    Optional<ClaimsIdentity> identity =
        settings.authenticated()
            ? token.filter(t -> sameServiceUrl(t, activity) && endorsed(activity))
            : anonymous(activity);
    if (identity.isEmpty()) {
      refuse(ctx, 401, "unauthorized");
      return;
    }
    Admission.Verdict verdict = admission.check(activity);
    if (verdict != Admission.Verdict.ADMITTED) {
      LOG.warn("refused an activity: {}", verdict);
      refuse(ctx, 403, "forbidden");
      return;
    }
    dispatch(ctx, identity.get(), activity);
  }

  /**
   * A Bot Framework channel token, checked by shape and then by the SDK (signature, lifetime,
   * audience, the key's endorsement of the Teams channel), before any body is read.
   */
  private Optional<ClaimsIdentity> channelToken(String authorization) {
    if (!TokenShape.plausible(authorization)) {
      return Optional.empty();
    }
    try {
      ClaimsIdentity identity =
          ChannelValidation.authenticateToken(
                  authorization, credentials, Channels.MSTEAMS, authConfig)
              .get(AUTH_SECONDS, TimeUnit.SECONDS);
      if (identity == null
          || !identity.isAuthenticated()
          || !TokenShape.CHANNEL_ISSUER.equals(identity.getIssuer())) {
        return Optional.empty();
      }
      return Optional.of(identity);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      LOG.info("token refused: {}", Delivery.rootClass(e));
      return Optional.empty();
    }
  }

  /** The token's {@code serviceurl} claim names the activity's service URL (as the SDK checks). */
  private static boolean sameServiceUrl(ClaimsIdentity identity, Activity activity) {
    String claimed = identity.claims().get(AuthenticationConstants.SERVICE_URL_CLAIM);
    return claimed != null && claimed.equalsIgnoreCase(activity.getServiceUrl());
  }

  /**
   * The token's key was checked for the Teams channel only: an activity naming another channel is
   * not covered by it.
   */
  private static boolean endorsed(Activity activity) {
    return Channels.MSTEAMS.equals(activity.getChannelId());
  }

  /** Local mode: the SDK's anonymous identity for a request without a token. */
  private Optional<ClaimsIdentity> anonymous(Activity activity) {
    if (activity.getRecipient() != null && activity.getRecipient().getRole() == null) {
      // the SDK dereferences the recipient's role on its anonymous path
      activity.getRecipient().setRole(RoleTypes.BOT);
    }
    try {
      return Optional.ofNullable(
          JwtTokenValidation.authenticateRequest(activity, null, credentials, null, authConfig)
              .get(AUTH_SECONDS, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      LOG.info("anonymous request refused: {}", Delivery.rootClass(e));
      return Optional.empty();
    }
  }

  private void dispatch(Context ctx, ClaimsIdentity identity, Activity activity) {
    String type = activity.getType();
    if (QUEUED.contains(type)) {
      if (turns.queue(identity, activity)) {
        ctx.status(200);
      } else {
        refuse(ctx, 503, "busy, retry later");
      }
    } else if (ActivityTypes.INVOKE.equals(type)) {
      InvokeResponse response = turns.invoke(identity, activity, INVOKE_SECONDS);
      ctx.status(response.getStatus());
      if (response.getBody() != null) {
        ctx.contentType("application/json").result(turns.json(response.getBody()));
      }
    } else {
      ctx.status(200);
    }
  }

  private static void refuse(Context ctx, int status, String why) {
    ctx.status(status).contentType("text/plain").result(why);
  }

  /** Whether a remote address (always an IP literal, never resolved) is a loopback address. */
  static boolean loopback(String ip) {
    if (ip == null) {
      return false;
    }
    if (ip.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return ip.startsWith("127.");
    }
    String v6 = ip.replace("[", "").replace("]", "");
    if (!v6.contains(":") || !v6.matches("[0-9a-fA-F:.]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(v6).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
