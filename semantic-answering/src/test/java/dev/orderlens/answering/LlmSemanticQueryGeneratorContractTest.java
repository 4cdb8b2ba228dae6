package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.testsupport.SqlGeneratorContract;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The generator's contract, with a stand-in model that fills the form as a model would from what its prompt holds:
 * it reads the question and the previous query out of the prompt and answers the query the parser makes of them,
 * or says the form cannot express a question the parser does not understand.
 */
class LlmSemanticQueryGeneratorContractTest extends SqlGeneratorContract {

    private static final SemanticModelFile MODEL = SemanticModelFile.loadDefault();

    private static JdbcTestWarehouse warehouse;
    private static LlmSemanticQueryGenerator generator;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        LocalSqlGenerator local = SmallOrders.generator(MODEL, SmallOrders.catalog(MODEL, warehouse));
        generator = LlmSemanticQueryGenerator.builder().languageModel(new FormFillingModel(local))
                .promptTemplates(PromptTemplates.fromClasspath()).compiler(local)
                .rawSql((question, conversation, dialect) -> {
                    throw new QuestionNotUnderstoodException("the model wrote no SQL either");
                })
                .build();
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    @Override
    protected SqlGenerator generator() {
        return generator;
    }

    @Override
    protected String table() {
        return MODEL.model().table();
    }

    @Override
    protected List<SqlWarehouse> warehouses() {
        return List.of(warehouse);
    }

    private static final class FormFillingModel implements LanguageModel {
        private static final String NOT_EXPRESSIBLE = "{\"expressible\": false}";

        private final LocalSqlGenerator local;
        private final SemanticQueryJson json;

        FormFillingModel(LocalSqlGenerator local) {
            this.local = local;
            this.json = new SemanticQueryJson(local.model().model(), local.catalog());
        }

        @Override
        public Completion complete(CompletionRequest request) {
            String prompt = request.messages().get(0).content();
            String question = prompt.substring(prompt.lastIndexOf("\nQuestion: ") + "\nQuestion: ".length(),
                    prompt.lastIndexOf("\n\nAnswer with"));
            String previous = prompt.substring(prompt.indexOf("Previous query:\n") + "Previous query:\n".length(),
                    prompt.indexOf("\n\nConversation so far"));
            ConversationContext context = previous.equals("(none)") ? ConversationContext.empty()
                    : ConversationContext.empty().merge(local.compiled(json.read(previous, false)
                            .orElseThrow(), SqlDialect.DUCKDB).context());
            String answer;
            try {
                answer = json.write(local.parser().parse(question, context, local.today()));
            } catch (QuestionNotUnderstoodException e) {
                answer = NOT_EXPRESSIBLE;
            }
            return new Completion("```json\n" + answer + "\n```", null, "form-filling");
        }

        @Override
        public Completion stream(CompletionRequest request, Consumer<String> onToken) {
            Completion completion = complete(request);
            onToken.accept(completion.text());
            return completion;
        }

        @Override
        public String modelName() {
            return "form-filling";
        }
    }
}
