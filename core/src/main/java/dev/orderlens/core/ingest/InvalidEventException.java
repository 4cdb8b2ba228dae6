package dev.orderlens.core.ingest;

/** An event failed validation; names the field at fault. */
final class InvalidEventException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    InvalidEventException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
