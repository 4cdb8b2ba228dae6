package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.port.AnswerWriter;
import dev.orderlens.testsupport.AnswerWriterContract;

class LocalAnswerWriterContractTest extends AnswerWriterContract {

    @Override
    protected AnswerWriter writer() {
        return LocalAnswerWriter.builder().model(SemanticModelFile.loadDefault()).build();
    }
}
