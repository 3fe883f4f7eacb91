package org.dpcoach.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dpcoach.support.Json;

/**
 * The Teams app package to upload (manifest schema {@value #MANIFEST_VERSION}, the bot id from
 * configuration, the two icons), written as a zip; {@code ./dpcoach teams package} calls it. The
 * manifest asks for the resource-specific consent {@code ChannelMessage.Read.Group} (the bot's app
 * id as {@code webApplicationInfo}): a team owner grants it on install, so the bot receives every
 * channel message (supervision thread replies) and may read the team's channels with Microsoft
 * Graph (to find a tip it posted).
 *
 * @param botId the bot's Microsoft App ID (a GUID), also used as the Teams app id
 * @param version the app version, {@code major.minor.patch}
 * @param developerName who publishes the app in this organisation
 * @param websiteUrl the publisher's website (HTTPS)
 * @param privacyUrl the privacy notice (HTTPS)
 * @param termsUrl the terms of use (HTTPS)
 */
public record TeamsAppPackage(
    String botId,
    String version,
    String developerName,
    URI websiteUrl,
    URI privacyUrl,
    URI termsUrl) {
  /** The Teams app manifest schema version the template targets. */
  public static final String MANIFEST_VERSION = "1.17";

  static final String TEMPLATE = "/teams/manifest.template.json";
  static final Map<String, String> ICONS =
      Map.of("color.png", "/teams/color.png", "outline.png", "/teams/outline.png");
  private static final Pattern GUID =
      Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
  private static final Pattern SEMVER = Pattern.compile("\\d{1,5}\\.\\d{1,5}\\.\\d{1,5}");

  /** Checks each value at once. */
  public TeamsAppPackage {
    checkBotId(botId);
    checkVersion(version);
    checkDeveloper(developerName);
    requireHttps(websiteUrl, "website url");
    requireHttps(privacyUrl, "privacy url");
    requireHttps(termsUrl, "terms url");
  }

  /**
   * A package for this bot, version 1.0.0, with placeholder publisher details to replace before
   * publishing widely.
   */
  public static TeamsAppPackage of(String botId) {
    return builder(botId).build();
  }

  /**
   * A builder for this bot's package, starting at version 1.0.0 with placeholder publisher details.
   */
  public static Builder builder(String botId) {
    return new Builder(botId);
  }

  /** Builds a {@link TeamsAppPackage}, checking each value as it is given. */
  public static final class Builder {
    private final String botId;
    private String version = "1.0.0";
    private String developerName = "dpcoach";
    private URI websiteUrl = URI.create("https://www.example.org/dpcoach");
    private URI privacyUrl = URI.create("https://www.example.org/dpcoach/privacy");
    private URI termsUrl = URI.create("https://www.example.org/dpcoach/terms");

    private Builder(String botId) {
      this.botId = checkBotId(botId);
    }

    /** The app version, {@code major.minor.patch}. */
    public Builder version(String value) {
      this.version = checkVersion(value);
      return this;
    }

    /** Who publishes the app in this organisation, 1 to 32 characters. */
    public Builder developer(String name) {
      this.developerName = checkDeveloper(name);
      return this;
    }

    /** The publisher's website (HTTPS). */
    public Builder website(URI url) {
      this.websiteUrl = requireHttps(url, "website url");
      return this;
    }

    /** The privacy notice (HTTPS). */
    public Builder privacy(URI url) {
      this.privacyUrl = requireHttps(url, "privacy url");
      return this;
    }

    /** The terms of use (HTTPS). */
    public Builder terms(URI url) {
      this.termsUrl = requireHttps(url, "terms url");
      return this;
    }

    /** The package with the values given so far. */
    public TeamsAppPackage build() {
      return new TeamsAppPackage(botId, version, developerName, websiteUrl, privacyUrl, termsUrl);
    }
  }

  /** The manifest as JSON text. */
  public String manifest() {
    try {
      ObjectNode manifest = (ObjectNode) Json.MAPPER.readTree(resource(TEMPLATE));
      manifest.put("version", version).put("id", botId.toLowerCase(java.util.Locale.ROOT));
      ((ObjectNode) manifest.get("developer"))
          .put("name", developerName)
          .put("websiteUrl", websiteUrl.toString())
          .put("privacyUrl", privacyUrl.toString())
          .put("termsOfUseUrl", termsUrl.toString());
      ((ObjectNode) manifest.get("bots").get(0))
          .put("botId", botId.toLowerCase(java.util.Locale.ROOT));
      ((ObjectNode) manifest.get("webApplicationInfo"))
          .put("id", botId.toLowerCase(java.util.Locale.ROOT));
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(manifest);
    } catch (IOException e) {
      throw new UncheckedIOException("the manifest template could not be read", e);
    }
  }

  /** Writes the zip (manifest.json, color.png, outline.png at its root) and returns its path. */
  public Path writeTo(Path zip) {
    try {
      Path parent = zip.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream file = Files.newOutputStream(zip);
          ZipOutputStream out = new ZipOutputStream(file)) {
        entry(out, "manifest.json", manifest().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> icon : new java.util.TreeMap<>(ICONS).entrySet()) {
          entry(out, icon.getKey(), resource(icon.getValue()));
        }
      }
      return zip;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the Teams app package to " + zip, e);
    }
  }

  private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(0L);
    out.putNextEntry(entry);
    out.write(bytes);
    out.closeEntry();
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = TeamsAppPackage.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing resource " + path);
      }
      return in.readAllBytes();
    }
  }

  private static String checkBotId(String botId) {
    Objects.requireNonNull(botId, "bot id must not be null");
    if (!GUID.matcher(botId).matches()) {
      throw new IllegalArgumentException("bot id must be the Microsoft App ID, a GUID");
    }
    return botId;
  }

  private static String checkVersion(String version) {
    Objects.requireNonNull(version, "version must not be null");
    if (!SEMVER.matcher(version).matches()) {
      throw new IllegalArgumentException("version must be major.minor.patch");
    }
    return version;
  }

  private static String checkDeveloper(String name) {
    Objects.requireNonNull(name, "developer name must not be null");
    if (name.isBlank() || name.length() > 32) {
      throw new IllegalArgumentException("developer name must be 1 to 32 characters");
    }
    return name;
  }

  private static URI requireHttps(URI url, String what) {
    Objects.requireNonNull(url, what + " must not be null");
    if (!"https".equals(url.getScheme()) || url.getHost() == null) {
      throw new IllegalArgumentException(what + " must be an absolute https URL");
    }
    return url;
  }
}
