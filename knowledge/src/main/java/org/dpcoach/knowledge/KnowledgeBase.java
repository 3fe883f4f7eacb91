package org.dpcoach.knowledge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The loaded, validated knowledge: topics and routes with their training questions, cited
 * documents, synonyms, safeguarding cues, dialogue texts and the employer overlay in force. Start
 * with {@link #loader()}.
 */
public final class KnowledgeBase {
  private final KnowledgeReader.Content content;
  private final PracticeReader.Library library;
  private final Optional<Employer> employer;
  private final ValidationReport report;

  private KnowledgeBase(KnowledgeAssembly.Parts parts, ValidationReport report) {
    this.content = parts.content();
    this.library = parts.library();
    this.employer = parts.employer();
    this.report = report;
  }

  /** A loader that reads the embedded knowledge and no employer overlay until told otherwise. */
  public static Loader loader() {
    return new Loader();
  }

  /** The knowledge base's name. */
  public String name() {
    return content.name();
  }

  /** The content version, shown with every answer. */
  public String version() {
    return content.version();
  }

  /** Every topic and route by id, in file order (topics first). */
  public Map<String, Topic> entries() {
    return content.topics();
  }

  /** The practitioner topics (not the routes). */
  public List<Topic> topics() {
    return content.topics().values().stream().filter(t -> !t.route()).toList();
  }

  /** The topic or route with the given id. */
  public Optional<Topic> entry(String id) {
    return Optional.ofNullable(content.topics().get(id));
  }

  /** Every training question with its label, topics and routes alike. */
  public List<TrainingExample> trainingExamples() {
    List<TrainingExample> examples = new ArrayList<>();
    for (Topic t : content.topics().values()) {
      t.questions().forEach(q -> examples.add(new TrainingExample(t.id(), q)));
      for (Case c : t.cases()) {
        c.questions()
            .forEach(q -> examples.add(new TrainingExample(t.id(), q, Optional.of(c.id()))));
      }
    }
    return List.copyOf(examples);
  }

  /** Every case of every topic, in file order. */
  public List<Case> cases() {
    return topics().stream().flatMap(t -> t.cases().stream()).toList();
  }

  /** The case with the given id, in whichever topic. */
  public Optional<Case> caseById(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? Optional.empty() : entry(id.substring(0, dot)).flatMap(t -> t.caseById(id));
  }

  /** Abbreviations and slang (lower case, maybe several words) mapped to plain words. */
  public Map<String, String> synonyms() {
    return content.synonyms();
  }

  /** The cue phrases of the emergency router. */
  public SafeguardingCues safeguardingCues() {
    return content.cues();
  }

  /** The engine's own words and the follow-up markers. */
  public Dialogue dialogue() {
    return content.dialogue();
  }

  /** The personal-data guard's word lists and name-finder training sentences. */
  public GuardData guardData() {
    return content.guard();
  }

  /** The words by which a person says which nation they practise in. */
  public NationCues nationCues() {
    return content.nationCues();
  }

  /** The names that belong to some nations only, and each nation's regulator. */
  public NationTerms nationTerms() {
    return content.nationTerms();
  }

  /** The tip library, in file order (empty until {@code tips.yaml} exists). */
  public List<Tip> tips() {
    return library.tips();
  }

  /** The group-supervision scenarios, by file name (empty until {@code scenarios/} exists). */
  public List<Scenario> scenarios() {
    return library.scenarios();
  }

  /** The scenario with the given id. */
  public Optional<Scenario> scenario(String id) {
    return library.scenarios().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** What a person in the nation would read that names another nation's body, code or law. */
  List<NationLeaks.Leak> leaks(Jurisdiction nation) {
    return NationLeaks.find(content, library, nation);
  }

  /** The employer overlay in force, if any. */
  public Optional<Employer> employer() {
    return employer;
  }

  /** The warnings found at load (errors refuse the load). */
  public ValidationReport report() {
    return report;
  }

  /** Reads a knowledge folder, an optional employer overlay and an optional held-out set. */
  public static final class Loader {
    private Path kbDirectory;
    private Path employerDirectory;
    private boolean exampleEmployer;
    private final List<Path> heldOut = new ArrayList<>();
    private Path practiceDirectory;
    private LocalDate today = LocalDate.now();

    private Loader() {}

    /** Reads this folder instead of the embedded knowledge. */
    public Loader kbDirectory(Path directory) {
      this.kbDirectory = Objects.requireNonNull(directory, "directory must not be null");
      return this;
    }

    /** Overlays this employer policy folder. */
    public Loader employerDirectory(Path directory) {
      this.employerDirectory = Objects.requireNonNull(directory, "directory must not be null");
      return this;
    }

    /** Overlays the embedded example employer when no employer folder is given. */
    public Loader exampleEmployer(boolean enabled) {
      this.exampleEmployer = enabled;
      return this;
    }

    /**
     * Reads {@code tips.yaml} and {@code scenarios/} from this folder instead of the knowledge
     * folder (a team's own library, or test fixtures); the minimum counts are then warnings.
     */
    public Loader practiceDirectory(Path directory) {
      this.practiceDirectory = Objects.requireNonNull(directory, "directory must not be null");
      return this;
    }

    /** Checks that no training question sits in this held-out test set (one call per set). */
    public Loader heldOut(Path tsv) {
      this.heldOut.add(Objects.requireNonNull(tsv, "held-out file must not be null"));
      return this;
    }

    /** The day against which review dates are checked. */
    public Loader today(LocalDate day) {
      this.today = Objects.requireNonNull(day, "today must not be null");
      return this;
    }

    /** Reads everything and reports every problem, without refusing anything. */
    public ValidationReport validate() {
      Problems problems = new Problems();
      read(problems, true);
      return problems.report();
    }

    /** Reads everything; throws {@link KnowledgeException} with the report on any error. */
    public KnowledgeBase load() {
      Problems problems = new Problems();
      KnowledgeAssembly.Parts parts = read(problems, false);
      ValidationReport report = problems.report();
      if (report.hasErrors()) {
        throw new KnowledgeException(report);
      }
      return new KnowledgeBase(parts, report);
    }

    private KnowledgeAssembly.Parts read(Problems problems, boolean thorough) {
      KnowledgeAssembly.Sources sources =
          new KnowledgeAssembly.Sources(
              kbDirectory,
              employerDirectory,
              exampleEmployer,
              List.copyOf(heldOut),
              practiceDirectory,
              today);
      return new KnowledgeAssembly(sources, problems).read(thorough);
    }
  }

  /** The folder of an embedded resource, inside the jar or on the class path. */
  static Path embedded(String folder) {
    return KnowledgeAssembly.embedded(folder);
  }
}
