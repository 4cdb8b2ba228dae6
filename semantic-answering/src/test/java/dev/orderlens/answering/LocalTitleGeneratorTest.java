package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalTitleGeneratorTest {

    private final LocalTitleGenerator titles = new LocalTitleGenerator();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Which carrier was late most often in September?|Carrier Late Most Often September",
        "why are customers returning the Nimbus earbuds?|Customers Returning Nimbus Earbuds",
        "What happened to order ORD-000123?|Order ORD-000123",
        "How many orders did we get in 2025 from the mobile app and the web store?|Orders 2025 Mobile App Web Store",
        "?|New Chat",
        "¿Cuántos pedidos hubo en 2025?|Cuántos Pedidos Hubo En 2025",
        "Welche Rücksendegründe gab es im Juni 2025?|Welche Rücksendegründe Gab Es Im Juni",
        "Доставка FedEx в сентябре|Доставка FedEx В Сентябре"
    })
    void titles_a_chat_with_at_most_six_capitalised_key_terms(String message, String title) {
        String generated = titles.title(message);

        assertThat(generated).isEqualTo(title);
        assertThat(generated.split(" ")).hasSizeLessThanOrEqualTo(6);
    }
}
