package org.smilefactory.core.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.TestPostgres;

/** Hybrid scoring must beat semantic-only on the labelled set (precision@5 and nDCG@10); docs/benchmarks.md reports the numbers. */
class AiEvaluationTest {

    @Test
    void hybridBeatsSemanticOnlyOnTheLabelledSet() throws Exception {
        try (LocalBackend backend = (LocalBackend) Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "")) {
            AiEvaluation.Result r = new AiEvaluation(backend.context()).run();
            String report = String.format(java.util.Locale.ROOT,
                    "profiles=%d queries=%d embed-ms-per-profile=%.1f%nsemantic-only: P@5=%.3f nDCG@10=%.3f%nhybrid:        P@5=%.3f nDCG@10=%.3f%n",
                    r.profiles(), r.queries(), r.embedMillisPerProfile(), r.semantic().precisionAt5(), r.semantic().ndcgAt10(),
                    r.hybrid().precisionAt5(), r.hybrid().ndcgAt10());
            System.out.print(report);
            Files.writeString(Path.of("target", "ai-eval-report.txt"), report);
            assertThat(r.profiles()).isGreaterThanOrEqualTo(200);
            assertThat(r.queries()).isGreaterThanOrEqualTo(40);
            assertThat(r.hybrid().precisionAt5()).isGreaterThan(r.semantic().precisionAt5());
            assertThat(r.hybrid().ndcgAt10()).isGreaterThan(r.semantic().ndcgAt10());
        }
    }
}
