package dev.orderlens.answering;

import dev.orderlens.core.port.TitleGenerator;
import dev.orderlens.testsupport.TitleGeneratorContract;

class LocalTitleGeneratorContractTest extends TitleGeneratorContract {

    @Override
    protected TitleGenerator titles() {
        return new LocalTitleGenerator();
    }
}
