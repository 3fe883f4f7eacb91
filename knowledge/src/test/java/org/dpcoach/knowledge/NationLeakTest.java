package org.dpcoach.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For each nation, what a person there would read (topics, routes, the sources and note for the
 * nation, tips that suit it, scenarios and their sources for it, the engine's words) names no body,
 * code or law of another nation only.
 */
class NationLeakTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void leaks_embeddedKnowledge_nameNoOtherNationsLawOrBody(Jurisdiction nation) {
    KnowledgeBase kb = KnowledgeBase.loader().today(TODAY).load();

    List<String> leaks =
        kb.leaks(nation).stream()
            .map(l -> l.file() + ":" + l.line() + ": " + l.message(nation))
            .toList();

    assertThat(leaks).as(String.join("\n", leaks)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void sourcesFor_everyTopicAndScenario_leavesTheNationASource(Jurisdiction nation) {
    KnowledgeBase kb = KnowledgeBase.loader().today(TODAY).load();

    kb.topics().forEach(t -> assertThat(t.sourcesFor(nation)).as(t.id()).isNotEmpty());
    kb.scenarios().forEach(s -> assertThat(s.sourcesFor(nation)).as(s.id()).isNotEmpty());
    assertThat(kb.tips().stream().filter(t -> t.suits(nation))).isNotEmpty();
  }

  @Test
  void leaks_summaryNamingEnglishLaw_foundInScotlandNotEngland() throws IOException {
    Path kb = copyOfEmbedded();
    replace(
        kb.resolve("topics/online-safeguarding-adults.yaml"),
        "summary: >-\n",
        "summary: >-\n  Under the Care Act 2014, act.\n");

    KnowledgeBase loaded = KnowledgeBase.loader().kbDirectory(kb).today(TODAY).load();

    assertThat(loaded.leaks(Jurisdiction.ENGLAND)).isEmpty();
    assertThat(loaded.leaks(Jurisdiction.SCOTLAND))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.file()).isEqualTo("topics/online-safeguarding-adults.yaml");
              assertThat(l.message(Jurisdiction.SCOTLAND))
                  .isEqualTo("shown in Scotland, the summary names 'Care Act 2014' (England only)");
            });
    // kb validate reports it as a warning (a load skips this scan to start faster)
    assertThat(KnowledgeBase.loader().kbDirectory(kb).today(TODAY).validate().problems())
        .anySatisfy(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.message()).contains("'Care Act 2014'");
            });
  }

  @Test
  void leaks_allowedMention_skippedOnlyInItsOwnEntry() throws IOException {
    Path kb = copyOfEmbedded();
    replace(
        kb.resolve("topics/standards-and-regulation.yaml"),
        "summary: >-\n",
        "summary: >-\n  Old HCPC guidance may help.\n");

    KnowledgeBase loaded = KnowledgeBase.loader().kbDirectory(kb).today(TODAY).load();

    assertThat(loaded.leaks(Jurisdiction.SCOTLAND))
        .extracting(NationLeaks.Leak::file, l -> l.term().name())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("topics/standards-and-regulation.yaml", "HCPC"));
  }

  @Test
  void foreignTo_termInsideALongerOwnTerm_isNotALeak() {
    NationTerms terms = KnowledgeBase.loader().today(TODAY).load().nationTerms();

    assertThat(terms.fitsNation(Jurisdiction.WALES, "Care Inspectorate Wales inspects it."))
        .isTrue();
    assertThat(terms.foreignTo(Jurisdiction.WALES, "The Care Inspectorate and the SSSC."))
        .extracting(NationTerms.Term::name)
        .containsExactly("SSSC", "Care Inspectorate");
    assertThat(terms.fitsNation(Jurisdiction.ENGLAND, "answers swear by it")).isTrue();
    assertThat(terms.fitsNation(Jurisdiction.NORTHERN_IRELAND, "the Equality Act 2010")).isFalse();
    assertThat(terms.regulator(Jurisdiction.WALES)).contains("Social Care Wales");
  }

  @Test
  void validate_topicLeftWithoutASourceForANation_isAnError() throws IOException {
    Path kb = copyOfEmbedded();
    Path file = kb.resolve("topics/friend-requests.yaml");
    String yaml = Files.readString(file);
    String sources =
        yaml.substring(yaml.indexOf("sources:\n"), yaml.indexOf("jurisdiction_notes:"));
    Files.writeString(
        file,
        yaml.replace(
            sources,
            "sources:\n  - doc: dcs\n    section: \"Purpose\"\n    nations: [england, scotland]\n"));

    ValidationReport report = KnowledgeBase.loader().kbDirectory(kb).today(TODAY).validate();

    assertThat(report.problems())
        .filteredOn(p -> p.file().equals("topics/friend-requests.yaml"))
        .extracting(Problem::message)
        .contains("no source applies to Wales", "no source applies to Northern Ireland")
        .doesNotContain("no source applies to England", "no source applies to Scotland");
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void validate_sourceNarrowedToANationItsDocumentMisses_isAnError() throws IOException {
    Path kb = copyOfEmbedded();
    replace(
        kb.resolve("topics/friend-requests.yaml"),
        "  - doc: swe-ps-2019\n",
        "  - doc: swe-ps-2019\n    nations: [scotland]\n");

    ValidationReport report = KnowledgeBase.loader().kbDirectory(kb).today(TODAY).validate();

    assertThat(report.problems())
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "source 'swe-ps-2019' cannot apply to Scotland: the document is for"
                            + " england"));
  }

  @Test
  void sourcesFor_narrowedUkSource_onlyInItsNations() {
    KnowledgeBase kb = KnowledgeBase.loader().today(TODAY).load();
    Topic children = kb.entry("online-safeguarding-children").orElseThrow();

    String children1989 =
        children.sources().stream()
            .filter(s -> s.point().contains("Children Act 1989"))
            .map(
                s ->
                    s.nations().stream()
                        .map(Jurisdiction::id)
                        .sorted()
                        .collect(Collectors.joining(",")))
            .findFirst()
            .orElseThrow();

    assertThat(children1989).isEqualTo("england,wales");
    assertThat(children.sourcesFor(Jurisdiction.SCOTLAND))
        .noneMatch(s -> s.point().contains("Children Act 1989"));
  }

  @Test
  void tips_nations_comeFromSourcesAndText() {
    KnowledgeBase kb = KnowledgeBase.loader().today(TODAY).load();

    for (Tip tip : kb.tips()) {
      for (Jurisdiction nation : Jurisdiction.values()) {
        boolean sourced = tip.sources().stream().anyMatch(s -> s.appliesTo(nation));
        boolean fits = kb.nationTerms().fitsNation(nation, tip.title() + "\n" + tip.text());
        assertThat(tip.suits(nation)).as(tip.id() + " in " + nation).isEqualTo(sourced && fits);
      }
    }
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(
        file,
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  private Path copyOfEmbedded() throws IOException {
    return KnowledgeCopies.embedded(temp);
  }
}
