package dev.orderlens.testsupport.resilience;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.pipeline.CachingEmbeddingModel;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.core.resilience.CircuitBreakingEmbeddingModel;
import dev.orderlens.core.resilience.CircuitBreakingLanguageModel;
import dev.orderlens.core.resilience.CircuitBreakingSqlWarehouse;
import dev.orderlens.core.resilience.CircuitBreakingVectorIndex;
import dev.orderlens.testsupport.Decorators;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecoratorsForwardEveryMethodTest {

    static Stream<Arguments> coreDecorators() {
        return Stream.of(
                Arguments.of(CircuitBreakingSqlWarehouse.class, SqlWarehouse.class),
                Arguments.of(CircuitBreakingVectorIndex.class, VectorIndex.class),
                Arguments.of(CircuitBreakingEmbeddingModel.class, EmbeddingModel.class),
                Arguments.of(CircuitBreakingLanguageModel.class, LanguageModel.class),
                Arguments.of(CachingEmbeddingModel.class, EmbeddingModel.class));
    }

    @ParameterizedTest
    @MethodSource("coreDecorators")
    void every_method_of_the_port_goes_through_the_decorator(Class<?> decorator, Class<?> port) {
        Decorators.assertDeclaresEveryMethodOf(decorator, port);
    }

    interface Greeter {
        String greet(String name);

        default String greetAll(String... names) {
            return String.join(", ", names);
        }
    }

    static final class ForgetfulGreeter implements Greeter {
        private final Greeter delegate;

        ForgetfulGreeter(Greeter delegate) {
            this.delegate = delegate;
        }

        @Override
        public String greet(String name) {
            return delegate.greet(name);
        }
    }

    @Test
    void a_default_method_the_decorator_leaves_to_the_port_is_caught() {
        assertThatThrownBy(() -> Decorators.assertDeclaresEveryMethodOf(ForgetfulGreeter.class, Greeter.class))
                .hasMessageContaining("greetAll");
    }
}
