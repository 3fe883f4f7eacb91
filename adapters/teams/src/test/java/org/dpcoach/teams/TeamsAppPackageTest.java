package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app package: manifest 1.17 with the configured bot id, both icons at Teams' sizes, the zip
 * layout Teams expects. When {@value #SCHEMA} names a copy of the official 1.17 manifest schema,
 * the manifest is validated against it too.
 */
class TeamsAppPackageTest {
  static final String SCHEMA = "dpcoach.teamsManifestSchema";
  static final String BOT = "6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";

  @Test
  void writeTo_zipHoldsManifestAndIconsAtTheRoot(@TempDir Path dir) throws Exception {
    Path zip =
        TeamsAppPackage.builder(BOT)
            .version("1.2.3")
            .build()
            .writeTo(dir.resolve("out/dpcoach-teams.zip"));

    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    assertThat(entries).containsOnlyKeys("manifest.json", "color.png", "outline.png");
    JsonNode manifest = FakeConnector.JSON.readTree(entries.get("manifest.json"));
    assertThat(manifest.path("manifestVersion").asText())
        .isEqualTo(TeamsAppPackage.MANIFEST_VERSION);
    assertThat(manifest.path("$schema").asText()).contains("/v1.17/");
    assertThat(manifest.path("id").asText()).isEqualTo(BOT);
    assertThat(manifest.path("version").asText()).isEqualTo("1.2.3");
    assertThat(manifest.path("bots").path(0).path("botId").asText()).isEqualTo(BOT);
    assertThat(manifest.path("bots").path(0).path("scopes"))
        .extracting(JsonNode::asText)
        .containsExactly("personal", "team", "groupChat");
    assertThat(manifest.path("webApplicationInfo").path("id").asText()).isEqualTo(BOT);
    assertThat(manifest.path("webApplicationInfo").path("resource").asText()).isNotBlank();
    assertThat(manifest.path("authorization").path("permissions").path("resourceSpecific"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path("name").asText()).isEqualTo("ChannelMessage.Read.Group");
              assertThat(p.path("type").asText()).isEqualTo("Application");
            });
    assertThat(manifest.path("description").path("full").asText())
        .contains("ChannelMessage.Read.Group", "answers only when mentioned");
    assertThat(manifest.toString()).doesNotContain("${");
    assertThat(manifest.path("description").path("short").asText().length())
        .isLessThanOrEqualTo(80);
    assertThat(manifest.path("description").path("full").asText().length())
        .isLessThanOrEqualTo(4_000);

    BufferedImage color = ImageIO.read(new ByteArrayInputStream(entries.get("color.png")));
    BufferedImage outline = ImageIO.read(new ByteArrayInputStream(entries.get("outline.png")));
    assertThat(color.getWidth()).isEqualTo(192);
    assertThat(color.getHeight()).isEqualTo(192);
    assertThat(outline.getWidth()).isEqualTo(32);
    assertThat(outline.getHeight()).isEqualTo(32);
    assertOutlineIsWhiteOnTransparent(outline);
  }

  @Test
  void manifest_isValidAgainstTheOfficialSchemaWhenGiven() throws Exception {
    String schemaPath = System.getProperty(SCHEMA);
    JsonNode manifest = FakeConnector.JSON.readTree(TeamsAppPackage.of(BOT).manifest());
    if (schemaPath == null || schemaPath.isBlank()) {
      assertThat(manifest.path("manifestVersion").asText()).isEqualTo("1.17");
      return;
    }
    JsonNode schema = FakeConnector.JSON.readTree(Files.readString(Path.of(schemaPath)));
    var problems =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(schema)
            .validate(manifest);
    assertThat(problems).isEmpty();
  }

  @Test
  void create_badValues_areRefusedWithExactMessages() {
    assertThatThrownBy(() -> TeamsAppPackage.of("not-a-guid"))
        .hasMessage("bot id must be the Microsoft App ID, a GUID");
    assertThatThrownBy(() -> TeamsAppPackage.builder(BOT).version("1.0"))
        .hasMessage("version must be major.minor.patch");
    assertThatThrownBy(
            () ->
                TeamsAppPackage.builder(BOT).developer("x").website(URI.create("http://a.example")))
        .hasMessage("website url must be an absolute https URL");
  }

  @Test
  void builder_eachValue_checkedAsItIsGivenWithExactMessages() {
    TeamsAppPackage.Builder pkg = TeamsAppPackage.builder(BOT);

    assertThatThrownBy(() -> TeamsAppPackage.builder(null)).hasMessage("bot id must not be null");
    assertThatThrownBy(() -> pkg.version(null)).hasMessage("version must not be null");
    assertThatThrownBy(() -> pkg.developer(" "))
        .hasMessage("developer name must be 1 to 32 characters");
    assertThatThrownBy(() -> pkg.developer("x".repeat(33)))
        .hasMessage("developer name must be 1 to 32 characters");
    assertThatThrownBy(() -> pkg.privacy(URI.create("ftp://a.example/p")))
        .hasMessage("privacy url must be an absolute https URL");
    assertThatThrownBy(() -> pkg.terms(null)).hasMessage("terms url must not be null");
  }

  @Test
  void builder_givenValues_replaceTheDefaultsAndKeepTheRest() {
    TeamsAppPackage built =
        TeamsAppPackage.builder(BOT)
            .version("2.0.1")
            .developer("Leeds Children's Services")
            .privacy(URI.create("https://leeds.example/privacy"))
            .build();

    assertThat(built.version()).isEqualTo("2.0.1");
    assertThat(built.developerName()).isEqualTo("Leeds Children's Services");
    assertThat(built.privacyUrl()).isEqualTo(URI.create("https://leeds.example/privacy"));
    assertThat(built.websiteUrl()).isEqualTo(TeamsAppPackage.of(BOT).websiteUrl());
    assertThat(built.termsUrl()).isEqualTo(TeamsAppPackage.of(BOT).termsUrl());
  }

  private static void assertOutlineIsWhiteOnTransparent(BufferedImage outline) {
    int opaque = 0;
    for (int x = 0; x < outline.getWidth(); x++) {
      for (int y = 0; y < outline.getHeight(); y++) {
        int argb = outline.getRGB(x, y);
        int alpha = argb >>> 24;
        if (alpha > 0) {
          opaque++;
          assertThat(argb & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
        }
      }
    }
    assertThat(opaque).isBetween(100, 32 * 32 - 100);
    assertThat(outline.getRGB(0, 0) >>> 24).isZero();
  }
}
