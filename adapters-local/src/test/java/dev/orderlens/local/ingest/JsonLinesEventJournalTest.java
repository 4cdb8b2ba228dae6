package dev.orderlens.local.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.port.EventJournal;
import dev.orderlens.testsupport.EventJournalContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesEventJournalTest extends EventJournalContract {

    @Override
    protected EventJournal open(Path directory) {
        return JsonLinesEventJournal.open(file(directory));
    }

    private static Path file(Path directory) {
        return directory.resolve("ingest").resolve("journal.jsonl");
    }

    @Test
    void drops_a_last_line_cut_short_by_a_crash_and_appends_after_the_good_lines() throws IOException {
        EventJournal journal = journal();
        journal.appendEvents(List.of(envelope("evt-1"), envelope("evt-2")));
        journal.appendApplied(1);
        journal.close();
        Files.writeString(file(directory), "{\"kind\":\"event\",\"seq\":3,\"event\":{\"id\":\"evt-", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        EventJournal reopened = journal();

        assertThat(replay(reopened)).containsExactly("event 1 evt-1", "event 2 evt-2", "applied 1");
        assertThat(reopened.appendEvents(List.of(envelope("evt-3")))).isEqualTo(3);
        assertThat(replay(reopen(reopened))).containsExactly("event 1 evt-1", "event 2 evt-2", "applied 1",
                "event 3 evt-3");
    }

    @Test
    void drops_a_complete_record_whose_newline_never_reached_the_disk() throws IOException {
        EventJournal journal = journal();
        journal.appendEvents(List.of(envelope("evt-1")));
        journal.close();
        Files.writeString(file(directory), "{\"kind\":\"applied\",\"seq\":1}", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        EventJournal reopened = journal();
        reopened.appendApplied(1);

        assertThat(replay(reopen(reopened))).containsExactly("event 1 evt-1", "applied 1");
        assertThat(Files.readAllLines(file(directory))).hasSize(2);
    }

    @Test
    void refuses_to_open_a_journal_damaged_in_the_middle_rather_than_drop_the_events_after_it() throws IOException {
        EventJournal journal = journal();
        journal.appendEvents(List.of(envelope("evt-1")));
        journal.close();
        Files.writeString(file(directory), "{\"kind\":\"event\",\"seq\":2,\"ev\n{\"kind\":\"applied\",\"seq\":1}\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        long size = Files.size(file(directory));

        assertThatThrownBy(this::journal).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2 of the ingest journal is damaged");
        assertThat(Files.size(file(directory))).isEqualTo(size);
    }

    @Test
    void a_second_open_of_the_same_journal_fails_saying_another_process_is_ingesting() {
        EventJournal first = journal();

        assertThatThrownBy(this::journal).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another OrderLens process is ingesting")
                .hasMessageContaining(file(directory).toString());

        first.appendEvents(List.of(envelope("evt-1")));
        assertThat(replay(reopen(first))).containsExactly("event 1 evt-1");
    }
}
