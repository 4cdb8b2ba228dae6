package dev.orderlens.bench.micro;

import static java.util.concurrent.TimeUnit.MICROSECONDS;

import dev.orderlens.core.classify.ClassifierOutputParser;
import dev.orderlens.core.domain.route.Classification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Reading a classifier's verdict from model output, as a model answers in JSON mode and as a chatty one does. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ClassifierOutputParserBenchmark {

    private static final String CLEAN_JSON = "{\"route\":\"sql\",\"confidence\":0.92,"
            + "\"reasoning\":\"a late delivery rate per carrier is an aggregate over the orders table\","
            + "\"sql\":\"SELECT carrier, avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) AS late_rate FROM orders "
            + "WHERE delivered_at IS NOT NULL GROUP BY carrier ORDER BY late_rate DESC\"}";

    private static final String FENCED_WITH_PROSE = """
            Sure! This question asks why something happened, which the documents explain better than the table.
            Here is my classification:

            ```json
            {
              "route": "rag",
              "confidence": "85%",
              "reasoning": "asks for the cause of the {September} delays, described in incident reports"
            }
            ```

            Let me know if you need anything else.""";

    private final ClassifierOutputParser parser = new ClassifierOutputParser();

    @Benchmark
    public Classification cleanJson() {
        return parser.parse(CLEAN_JSON);
    }

    @Benchmark
    public Classification fencedJsonWithProse() {
        return parser.parse(FENCED_WITH_PROSE);
    }
}
