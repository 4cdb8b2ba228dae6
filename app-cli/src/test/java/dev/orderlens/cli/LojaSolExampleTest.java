package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.testsupport.ForeignShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example export the walkthrough in docs/semantic-model.md uses is what {@link ForeignShop} writes for seed 1. */
class LojaSolExampleTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "loja-sol");

    @Test
    void the_walkthrough_s_files_are_the_generator_s_for_seed_one(@TempDir Path generated) throws IOException {
        ForeignShop.write(generated, 1, 3_000);

        for (String file : List.of("pedidos.csv", "documentos/greve-correios-bahia-2025.md",
                "documentos/recall-ventilador-vento-3.md", "documentos/politica-de-devolucao.md")) {
            assertThat(Files.readString(EXAMPLE.resolve(file))).as(file)
                    .isEqualTo(Files.readString(generated.resolve(file)));
        }
    }
}
