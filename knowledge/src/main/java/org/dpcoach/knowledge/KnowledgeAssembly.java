package org.dpcoach.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the folders a {@link KnowledgeBase.Loader} names (the knowledge, the practice library, the
 * held-out sets and the employer overlay) and checks them, reporting every problem.
 */
final class KnowledgeAssembly {

  /** What to read; a null folder means the embedded one (or none, for the employer). */
  record Sources(
      Path kbDirectory,
      Path employerDirectory,
      boolean exampleEmployer,
      List<Path> heldOut,
      Path practiceDirectory,
      LocalDate today) {}

  /** What was read. */
  record Parts(
      KnowledgeReader.Content content,
      PracticeReader.Library library,
      Optional<Employer> employer) {}

  private final Sources sources;
  private final Problems problems;

  KnowledgeAssembly(Sources sources, Problems problems) {
    this.sources = sources;
    this.problems = problems;
  }

  /**
   * Reads the folders. {@code thorough} adds the checks that only warn and cost start-up time (a
   * scan of everything a person in each nation reads for another nation's terms; the build's
   * NationLeakTest runs the same scan).
   */
  Parts read(boolean thorough) {
    Path dir = sources.kbDirectory() != null ? sources.kbDirectory() : embedded("kb");
    KnowledgeReader.Content content = new KnowledgeReader(problems).read(dir);
    new KnowledgeRules(problems).check(content, heldOutRows(), sources.today());
    PracticeReader.Library library = library(content, dir);
    if (thorough) {
      warnLeaks(content, library);
    }
    return new Parts(content, library, employer(content));
  }

  /** Each held-out set that exists, by file name. */
  private Map<String, List<LabelledQuestion>> heldOutRows() {
    Map<String, List<LabelledQuestion>> rows = new LinkedHashMap<>();
    for (Path tsv : sources.heldOut()) {
      if (Files.exists(tsv)) {
        rows.put(tsv.getFileName().toString(), HeldOutSet.read(tsv, problems));
      }
    }
    return rows;
  }

  /** The tips and scenarios, from the practice folder if given, else the knowledge folder. */
  private PracticeReader.Library library(KnowledgeReader.Content content, Path dir) {
    Set<String> topicIds = new HashSet<>();
    content.topics().values().stream().filter(t -> !t.route()).forEach(t -> topicIds.add(t.id()));
    Path practice = sources.practiceDirectory();
    return new PracticeReader(content.documents(), content.nationTerms(), topicIds, problems)
        .read(practice != null ? practice : dir, practice == null);
  }

  private void warnLeaks(KnowledgeReader.Content content, PracticeReader.Library library) {
    for (Jurisdiction nation : Jurisdiction.values()) {
      for (NationLeaks.Leak leak : NationLeaks.find(content, library, nation)) {
        problems.warning(leak.file(), leak.line(), leak.message(nation));
      }
    }
  }

  /** The employer folder's overlay, else the embedded example when asked for, else none. */
  private Optional<Employer> employer(KnowledgeReader.Content content) {
    Path folder = sources.employerDirectory();
    if (folder != null) {
      return Optional.of(
          new EmployerReader(problems, content.topics(), sources.today())
              .read(folder, folder.getFileName().toString()));
    }
    if (sources.exampleEmployer()) {
      return Optional.of(
          new EmployerReader(problems, content.topics(), sources.today())
              .read(embedded("employer-example"), "employer-example"));
    }
    return Optional.empty();
  }

  /** The folder of an embedded resource, inside the jar or on the class path. */
  static Path embedded(String folder) {
    URL url = KnowledgeBase.class.getResource("/" + folder);
    if (url == null) {
      throw new IllegalStateException("embedded knowledge folder '" + folder + "' is missing");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        return jarFileSystem(uri).provider().getPath(uri);
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new UncheckedIOException(new IOException("cannot open embedded " + folder, e));
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }
}
