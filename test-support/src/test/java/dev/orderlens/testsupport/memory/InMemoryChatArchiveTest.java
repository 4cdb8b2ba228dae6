package dev.orderlens.testsupport.memory;

import dev.orderlens.core.memory.InMemoryChatArchive;
import dev.orderlens.core.port.ChatArchive;
import dev.orderlens.testsupport.ChatArchiveContract;

class InMemoryChatArchiveTest extends ChatArchiveContract {

    @Override
    protected ChatArchive newArchive() {
        return new InMemoryChatArchive();
    }
}
