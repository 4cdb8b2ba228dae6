package dev.orderlens.core.ingest;

/**
 * An event refused by validation.
 *
 * @param index its position in the request (0 for a single event)
 * @param eventId its id, or {@code null} when it had no usable one
 * @param field the field at fault, as a path ({@code detail.carrier}), or {@code ""} for the event as a whole
 */
public record EventRejection(int index, String eventId, String field, String message) {

    /** One line naming the event (by its position in the request) and the field. */
    public String describe() {
        return describe(index);
    }

    /** One line naming the event by the given position (a file's line, say) and the field. */
    public String describe(int position) {
        String where = field.isEmpty() ? "" : field + ": ";
        return "event " + position + (eventId == null ? "" : " (" + eventId + ")") + ": " + where + message;
    }
}
