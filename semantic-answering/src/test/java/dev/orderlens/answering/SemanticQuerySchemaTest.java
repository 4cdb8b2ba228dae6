package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticQuerySchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SemanticModel model = SemanticModelFile.loadDefault().model();

    @Test
    void every_object_is_closed_and_requires_all_its_properties_as_strict_mode_demands() throws Exception {
        List<JsonNode> objects = new ArrayList<>();
        collectObjects(JSON.readTree(SemanticQuerySchema.of(model)), objects);

        assertThat(objects).hasSizeGreaterThanOrEqualTo(4);
        for (JsonNode object : objects) {
            List<String> properties = new ArrayList<>();
            object.get("properties").fieldNames().forEachRemaining(properties::add);
            List<String> required = new ArrayList<>();
            object.get("required").forEach(name -> required.add(name.asText()));
            assertThat(object.get("additionalProperties").asBoolean(true)).as(object.toString()).isFalse();
            assertThat(required).as(object.toString()).containsExactlyInAnyOrderElementsOf(properties);
        }
    }

    @Test
    void names_come_from_the_model_as_enums_and_optional_ones_admit_null() throws Exception {
        JsonNode schema = JSON.readTree(SemanticQuerySchema.of(model));
        JsonNode measure = schema.at("/properties/measures/items/properties");
        JsonNode filter = schema.at("/properties/filters/items/properties");

        assertThat(texts(measure.at("/metric/enum"))).containsAll(model.metrics().stream().map(Metric::name).toList())
                .contains((String) null);
        assertThat(texts(measure.at("/metric/type"))).containsExactly("string", "null");
        assertThat(texts(measure.at("/column/enum"))).contains("order_total", "unit_price").doesNotContain("carrier");
        assertThat(texts(filter.at("/column/enum"))).contains("carrier", "is_late", "order_total", "order_id",
                "delivered_at");
        assertThat(texts(filter.at("/op/enum"))).contains("in", "not_in", "true", "gt");
        assertThat(texts(schema.at("/properties/group_by/items/enum"))).contains("carrier", "ship_state")
                .doesNotContain("order_total");
        assertThat(texts(schema.at("/properties/grain/enum"))).contains("month", "day_of_week", null);
        assertThat(texts(schema.at("/properties/period/type"))).containsExactly("object", "null");
        assertThat(texts(schema.at("/properties/limit/type"))).containsExactly("integer", "null");
        assertThat(texts(schema.at("/properties/versus_rest/type"))).containsExactly("object", "null");
        assertThat(texts(schema.at("/properties/per_entity/type"))).containsExactly("object", "null");
        assertThat(texts(schema.at("/properties/limit_per/enum"))).contains("category", "month", null)
                .doesNotContain("order_total");
        assertThat(schema.at("/properties/expressible/type").asText()).isEqualTo("boolean");
    }

    private static void collectObjects(JsonNode node, List<JsonNode> objects) {
        if (node.isObject()) {
            if (node.has("properties")) {
                objects.add(node);
            }
            node.forEach(child -> collectObjects(child, objects));
        } else if (node.isArray()) {
            node.forEach(child -> collectObjects(child, objects));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.isNull() ? null : value.asText()));
        return texts;
    }
}
