package dev.orderlens.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromptTemplatesTest {

    private final PromptTemplates prompts = PromptTemplates.fromClasspath();

    @ParameterizedTest
    @ValueSource(strings = {"sql_rag_classifier", "sql_generator", "sql_summary", "rag_answer", "chat_title",
            "follow_ups", "semantic_query"})
    void every_template_loads_and_renders_when_all_placeholders_are_filled(String name) {
        Map<String, String> values = new HashMap<>();
        prompts.placeholders(name).forEach(placeholder -> values.put(placeholder, "<" + placeholder + ">"));

        String rendered = prompts.render(name, values);

        assertThat(prompts.placeholders(name)).isNotEmpty();
        assertThat(rendered).doesNotContain("{{");
        values.values().forEach(value -> assertThat(rendered).contains(value));
    }

    @Test
    void the_classifier_template_carries_schema_rules_examples_and_the_json_contract() {
        String template = prompts.template("sql_rag_classifier");

        assertThat(prompts.placeholders("sql_rag_classifier"))
                .contains("schema", "history", "question", "today");
        assertThat(template).contains("\"route\"", "\"confidence\"", "\"reasoning\"", "\"sql\"");
        assertThat(template).contains("-> {\"route\":\"sql\"").contains("-> {\"route\":\"rag\"");
    }

    @Test
    void an_unfilled_placeholder_is_a_clear_error() {
        assertThatThrownBy(() -> prompts.render("chat_title", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chat_title").hasMessageContaining("{{message}}");
    }

    @Test
    void a_missing_template_is_a_clear_error() {
        assertThatThrownBy(() -> prompts.template("no_such_prompt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_prompt").hasMessageContaining("prompts/no_such_prompt.txt");
    }

    @Test
    void values_with_dollar_signs_and_backslashes_are_inserted_verbatim() {
        String rendered = prompts.render("chat_title", Map.of("message", "revenue in $ and C:\\path"));

        assertThat(rendered).contains("revenue in $ and C:\\path");
    }
}
