package dev.orderlens.core.port;

/** A streamed answer broke off after some tokens had been delivered. */
public class StreamInterruptedException extends BackendException {

    private static final long serialVersionUID = 1L;

    private final String partialText;

    public StreamInterruptedException(String backend, String message, String partialText, Throwable cause) {
        super(backend, Kind.UNAVAILABLE, message, cause);
        this.partialText = partialText == null ? "" : partialText;
    }

    /** The text delivered before the stream broke. */
    public String partialText() {
        return partialText;
    }
}
