package dev.orderlens.answering.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.MetricFormat;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemanticModelFileTest {

    private static final String MINIMAL = """
            {"table": "t", "timeColumn": "ts", "countMetric": "rows",
             "columns": [{"name": "ts", "type": "TIMESTAMP", "role": "TIME"},
                         {"name": "kind", "type": "STRING", "role": "DIMENSION", "sampleValues": ["a", "b"]}],
             "metrics": [{"name": "rows", "format": "COUNT", "expression": "count(*)"}]}
            """;

    @Test
    void loads_the_sample_model_from_the_classpath() {
        SemanticModelFile file = SemanticModelFile.loadDefault();

        assertThat(file.model().table()).isEqualTo("orders");
        assertThat(file.model().timeColumn()).isEqualTo("order_ts");
        assertThat(file.model().column("carrier").orElseThrow().role()).isEqualTo(ColumnRole.DIMENSION);
        assertThat(file.model().column("ship_state").orElseThrow().valueSynonyms()).containsKey("CA");
        assertThat(file.model().metric("revenue").orElseThrow().filter()).isEqualTo("status <> 'cancelled'");
        assertThat(file.model().metric("delivery_days").orElseThrow().expressionFor(SqlDialect.DATABRICKS))
                .contains("unix_timestamp");
        assertThat(file.model().metric("late_delivery_rate").orElseThrow().format()).isEqualTo(MetricFormat.PERCENT);
    }

    @Test
    void the_same_model_can_point_at_another_table() {
        SemanticModelFile sample = SemanticModelFile.loadDefault();

        SemanticModelFile moved = sample.withTable("main.raw.orders");

        assertThat(moved.model().table()).isEqualTo("main.raw.orders");
        assertThat(moved.model().columns()).isEqualTo(sample.model().columns());
        assertThat(moved.model().metrics()).isEqualTo(sample.model().metrics());
        assertThat(moved.vocabulary()).isSameAs(sample.vocabulary());
        assertThat(sample.model().table()).isEqualTo("orders");
    }

    @Test
    void reads_the_answering_vocabulary_beside_the_model() {
        AnsweringVocabulary vocabulary = SemanticModelFile.loadDefault().vocabulary();

        assertThat(vocabulary.countMetric()).isEqualTo("orders");
        assertThat(vocabulary.grainWords().get(TimeGrain.MONTH).adjectives()).contains("monthly");
        assertThat(vocabulary.presenceWords().get("delivered_at")).contains("delivered");
        assertThat(vocabulary.ranking("delivery_days").ascendingWords()).contains("fastest");
        assertThat(vocabulary.ranking("late_delivery_rate").lowerIsBetter()).isTrue();
        assertThat(vocabulary.ranking("revenue").lowerIsBetter()).isFalse();
        assertThat(vocabulary.aggregate("unit_price")).isEqualTo("avg");
        assertThat(vocabulary.aggregate("quantity")).isEqualTo("sum");
        assertThat(vocabulary.qualifiers()).containsEntry("ship_city", "ship_state");
    }

    @Test
    void loads_a_model_from_a_path(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.json");
        Files.writeString(file, MINIMAL);

        SemanticModelFile model = SemanticModelFile.load(file);

        assertThat(model.model().table()).isEqualTo("t");
        assertThat(model.vocabulary().countMetric()).isEqualTo("rows");
        assertThat(model.vocabulary().grainWords()).isEmpty();
        assertThat(model.model().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(model.model().locale().toLanguageTag()).isEqualTo("en-US");
    }

    @Test
    void reads_the_currency_and_locale_numbers_are_written_in() {
        String brazilian = MINIMAL.replace("\"table\": \"t\",", "\"table\": \"t\", \"currency\": \"BRL\", \"locale\": \"pt-BR\",");

        SemanticModelFile file = SemanticModelFile.load(
                new ByteArrayInputStream(brazilian.getBytes(StandardCharsets.UTF_8)), "my-model.json");

        assertThat(file.model().currency().getCurrencyCode()).isEqualTo("BRL");
        assertThat(file.model().locale().toLanguageTag()).isEqualTo("pt-BR");
        assertThat(file.withTable("main.raw.t").model().locale().toLanguageTag()).isEqualTo("pt-BR");
    }

    @Test
    void reads_the_shop_s_named_periods() {
        String withEvents = MINIMAL.replace("\"table\": \"t\",", "\"table\": \"t\", \"events\": ["
                + "{\"name\": \"Spring sale\", \"synonyms\": [\"the big sale\"], \"start\": \"2025-04-01\", \"end\": \"2025-04-07\"},"
                + "{\"name\": \"Outage\", \"start\": \"2025-03-14\"}],");
        SemanticModelFile file = SemanticModelFile.load(
                new ByteArrayInputStream(withEvents.getBytes(StandardCharsets.UTF_8)), "my-model.json");

        assertThat(file.vocabulary().events()).containsExactly(
                new AnsweringVocabulary.NamedPeriod("Spring sale", List.of("Spring sale", "the big sale"),
                        LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 7)),
                new AnsweringVocabulary.NamedPeriod("Outage", List.of("Outage"), LocalDate.of(2025, 3, 14),
                        LocalDate.of(2025, 3, 14)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"table\": \"t\",|\"tablex\": \"t\",|table is missing",
        "\"role\": \"DIMENSION\"|\"role\": \"DIMENSION\", \"qualifiedBy\": \"ts\"|columns[1].qualifiedBy 'ts' is not one of the DIMENSION columns",
        "\"role\": \"DIMENSION\"|\"role\": \"DIMENSIONAL\"|columns[1].role 'DIMENSIONAL' is not one of IDENTIFIER, DIMENSION",
        "\"format\": \"COUNT\"|\"format\": 7|metrics[0].format must be a non-empty string",
        "\"countMetric\": \"rows\"|\"countMetric\": \"cells\"|countMetric 'cells' is not one of the metrics",
        "\"timeColumn\": \"ts\"|\"timeColumn\": \"when\"|timeColumn 'when' is not one of the columns",
        "\"sampleValues\": [\"a\", \"b\"]|\"sampleValues\": [\"a\", 2]|columns[1].sampleValues[1] must be a string",
        "\"columns\": [|\"columns\": {\"x\": [|not valid JSON",
        "\"table\": \"t\",|\"table\": \"t\", \"currency\": \"REAIS\",|currency 'REAIS' is not an ISO 4217 currency code",
        "\"table\": \"t\",|\"table\": \"t\", \"currency\": 986,|currency must be a non-empty string",
        "\"table\": \"t\",|\"table\": \"t\", \"locale\": \"pt_BR!\",|locale 'pt_BR!' is not a BCP 47 language tag",
        "\"role\": \"TIME\"}|\"role\": \"TIME\", \"aggregate\": \"mean\"}|columns[0].aggregate 'mean' is not one of sum, avg",
        "\"table\": \"t\",|\"table\": \"t\", \"events\": [{\"name\": \"sale\", \"start\": \"2025-04-31\"}],|events[0].start '2025-04-31' is not a date",
        "\"table\": \"t\",|\"table\": \"t\", \"events\": [{\"name\": \"sale\", \"start\": \"2025-04-07\", \"end\": \"2025-04-01\"}],|events[0].end '2025-04-01' is before the start",
        "\"table\": \"t\",|\"table\": \"t\", \"events\": [{\"start\": \"2025-04-07\"}],|events[0].name is missing",
        "\"table\": \"t\",|\"table\": \"t\", \"today\": \"yesterday\",|today 'yesterday' is not a date"
    })
    void names_the_bad_field_and_the_file(String from, String to, String message) {
        InputStream in = new ByteArrayInputStream(MINIMAL.replace(from, to).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> SemanticModelFile.load(in, "my-model.json"))
                .isInstanceOf(SemanticModelFile.InvalidSemanticModelException.class)
                .hasMessageStartingWith("my-model.json: ")
                .hasMessageContaining(message);
    }
}
