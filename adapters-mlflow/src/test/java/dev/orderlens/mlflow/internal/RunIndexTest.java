package dev.orderlens.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunIndexTest {

    @Test
    void forgets_the_least_recently_used_message_beyond_its_capacity() {
        RunIndex index = new RunIndex(2);
        index.put("msg-1", "run-1");
        index.put("msg-2", "run-2");
        index.get("msg-1");

        index.put("msg-3", "run-3");

        assertThat(index.get("msg-1")).contains("run-1");
        assertThat(index.get("msg-2")).isEmpty();
        assertThat(index.get("msg-3")).contains("run-3");
    }
}
