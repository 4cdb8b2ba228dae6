package dev.orderlens.bootstrap.eval;

/** An evaluation file cannot be used; the message names the file, the line and the problem. */
public final class InvalidEvalFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidEvalFileException(String message) {
        super(message);
    }
}
