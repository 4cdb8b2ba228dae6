package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalMarkdownTest {

    private static final TerminalMarkdown PLAIN = new TerminalMarkdown(false);
    private static final TerminalMarkdown ANSI = new TerminalMarkdown(true);

    /** In {@code ansi}, {@code <b>…</b>} stands for bold and {@code <i>…</i>} for italics. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "**USPS** has the lowest rate|USPS has the lowest rate|<b>USPS</b> has the lowest rate",
        "a *small* rise|a small rise|a <i>small</i> rise",
        "run `orderlens data info` first|run orderlens data info first|run orderlens data info first",
        "- **UPS**: 5.0%|• UPS: 5.0%|• <b>UPS</b>: 5.0%",
        "  * nested item|  • nested item|  • nested item",
        "## Late deliveries|Late deliveries|<b>Late deliveries</b>",
        "see [the policy](https://example.com/p)|see the policy (https://example.com/p)|see the policy (https://example.com/p)",
        "late_delivery_rate and `**not bold**`|late_delivery_rate and **not bold**|late_delivery_rate and **not bold**",
        "2 * 3 * 4 = 24|2 * 3 * 4 = 24|2 * 3 * 4 = 24",
        "**1** leads with **$2.00**|1 leads with $2.00|<b>1</b> leads with <b>$2.00</b>",
        "*a* or *b*|a or b|<i>a</i> or <i>b</i>"
    })
    void renders_markdown_as_plain_words_or_terminal_styles(String markdown, String plain, String ansi) {
        assertThat(PLAIN.line(markdown)).isEqualTo(plain);
        assertThat(ANSI.line(markdown)).isEqualTo(ansi.replace("<b>", "\u001b[1m").replace("</b>", "\u001b[22m")
                .replace("<i>", "\u001b[3m").replace("</i>", "\u001b[23m"));
    }
}
