package dev.custos.benchmarks;

import dev.custos.policies.consent.CollectionMethod;
import dev.custos.policies.consent.ConsentContext;
import dev.custos.policies.consent.ConsentDecision;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.ConsentForm;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.consent.Notice;
import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * "May purpose P be applied to subject S now?" over a ledger of 100,000 subjects with two consent
 * events each, against a bare HashMap look-up of a precomputed answer for the same (subject,
 * purpose). Goal: at least 5 million decisions per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConsentDecisionBenchmark {

  private static final int SUBJECTS = 100_000;
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private final PurposeId followUp = PurposeId.of("follow-up-contact");
  private SubjectId[] subjects;
  private ConsentView view;
  private Map<SubjectId, Boolean> answers;
  private int next;

  @Setup
  public void setUp() {
    PolicyPack pack = PolicyPacks.gdpr();
    Notice notice = Notice.of("survey", "1", "notice text");
    subjects = new SubjectId[SUBJECTS];
    List<ConsentEvent> ledger = new ArrayList<>(2 * SUBJECTS);
    long sequence = 0;
    for (int i = 0; i < SUBJECTS; i++) {
      subjects[i] = SubjectId.random();
      ConsentContext context =
          new ConsentContext(
              subjects[i],
              followUp,
              LawfulBasis.CONSENT,
              notice,
              Locale.ENGLISH,
              CollectionMethod.WEB_FORM,
              "web",
              "bench",
              "EU");
      sequence++;
      ledger.add(
          new ConsentEvent.Given(
              new UUID(0, sequence),
              sequence,
              T0,
              context,
              ConsentForm.SEPARATE,
              Optional.empty()));
      if (i % 3 == 0) {
        sequence++;
        ledger.add(
            new ConsentEvent.Withdrawn(
                new UUID(0, sequence), sequence, T0.plusSeconds(3600), context));
      }
    }
    view = ConsentView.fold(pack, ledger);
    answers = new HashMap<>();
    for (SubjectId subject : subjects) {
      answers.put(subject, view.decide(subject, followUp, NOW).allowed());
    }
  }

  @Benchmark
  public Boolean baseline() {
    return answers.get(subjects[next++ % SUBJECTS]);
  }

  @Benchmark
  public ConsentDecision decide() {
    return view.decide(subjects[next++ % SUBJECTS], followUp, NOW);
  }
}
