package dev.orderlens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeQuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Why did refunds go up in 2025?                        | refunds in 2025 by month
            why did returns increase in 2024                      | returns in 2024 by month
            Why were deliveries to Bahia late in October 2025?    | deliveries to Bahia late in October 2025 vs September 2025
            Why did revenue drop in January 2025?                 | revenue in January 2025 vs December 2024
            why did cancellations jump on march 14 2025           | cancellations on march 14 2025 vs March 13, 2025
            Why did refunds spike on 1 March 2025?                | refunds on 1 March 2025 vs February 28, 2025
            Why did the late delivery rate get worse by month in 2025? | the late delivery rate by month in 2025
            Why were orders delayed last month?                   | orders delayed last month
            And why did orders fall?                              | orders
            Why did so many Klarna orders get cancelled in March 2025? I see a cluster. | Klarna orders get cancelled in March 2025 vs February 2025
            Why were so many orders returned in 2025?           | orders returned in 2025 by month
            Why are Apparel items coming back? Number of Apparel returns by reason in 2025 | Number of Apparel returns by reason in 2025
            why are refunds so high? can you show refunds by month for 2025 | can you show refunds by month for 2025
            orders jumped in the first week of April 2025 - what drove that? | orders in the first week of April 2025
            Refunds went up in March 2025, what's behind it?      | Refunds in March 2025 vs February 2025
            Refunds spiked in March 2025 - was there a sale behind it, and its terms? | Refunds in March 2025 vs February 2025
            Why we had so many cancelled orders in March 2025? | we had cancelled orders in March 2025 vs February 2025
            Catching up: why did refunds go up in 2025?           | refunds in 2025 by month
            """)
    void reads_the_figures_to_query_from_a_question_about_a_change(String question, String numbers) {
        assertThat(ChangeQuestion.of(question)).hasValueSatisfying(change -> {
            assertThat(change.question()).isEqualTo(question);
            assertThat(change.numbersQuestion()).isEqualTo(numbers);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Why are customers returning the Nimbus X2 earbuds?", "What was the revenue in 2025?",
            "Which carrier was late most often?", "Why did it go up?", "How did refunds change in 2025?",
            "Why do we refund shipping fees?", "Why were deliveries late?", "Why is FedEx slower than UPS?",
            "Why were Southeast deliveries late in September?",
            "Why are customers returning the Nimbus X2 earbuds? I see a cluster of them.",
            "Revenue in March 2025 - what drove it?"})
    void leaves_other_questions_alone(String question) {
        assertThat(ChangeQuestion.of(question)).isEmpty();
    }
}
