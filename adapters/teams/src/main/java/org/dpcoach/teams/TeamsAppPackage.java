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
    Objects.requireNonNull(botId, "bot id must not be null");
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(developerName, "developer name must not be null");
    if (!GUID.matcher(botId).matches()) {
      throw new IllegalArgumentException("bot id must be the Microsoft App ID, a GUID");
    }
    if (!SEMVER.matcher(version).matches()) {
      throw new IllegalArgumentException("version must be major.minor.patch");
    }
    if (developerName.isBlank() || developerName.length() > 32) {
      throw new IllegalArgumentException("developer name must be 1 to 32 characters");
    }
    requireHttps(websiteUrl, "website url");
    requireHttps(privacyUrl, "privacy url");
    requireHttps(termsUrl, "terms url");
  }

  /**
   * A package for this bot, version 1.0.0, with placeholder publisher details to replace before
   * publishing widely.
   */
  public static TeamsAppPackage of(String botId) {
    return new TeamsAppPackage(
        botId,
        "1.0.0",
        "dpcoach",
        URI.create("https://www.example.org/dpcoach"),
        URI.create("https://www.example.org/dpcoach/privacy"),
        URI.create("https://www.example.org/dpcoach/terms"));
  }

  /** A copy with another version. */
  public TeamsAppPackage withVersion(String other) {
    return new TeamsAppPackage(botId, other, developerName, websiteUrl, privacyUrl, termsUrl);
  }

  /** A copy with the publisher's name and links. */
  public TeamsAppPackage withDeveloper(String name, URI website, URI privacy, URI terms) {
    return new TeamsAppPackage(botId, version, name, website, privacy, terms);
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

  private static void requireHttps(URI url, String what) {
    Objects.requireNonNull(url, what + " must not be null");
    if (!"https".equals(url.getScheme()) || url.getHost() == null) {
      throw new IllegalArgumentException(what + " must be an absolute https URL");
    }
  }
}
