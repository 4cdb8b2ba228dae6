package dev.orderlens.local.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a row of the {@code orders} table (column name → value, as a JDBC driver returns them) into the document
 * the {@code orders} index holds: id {@code order-<order_id>}, a title naming the order, product and status, a
 * text that states the row's facts in sentences followed by the support note, and the metadata that searches
 * filter on (order_id, customer_id, carrier, status, ship_region, category, month).
 *
 * <p>Most orders say nothing a question could be about beyond what SQL answers better; callers index only the rows
 * {@link #worthIndexing(Map)} accepts (a support note or at least one ticket).
 */
public final class OrderDocumentRenderer {

    private static final List<String> METADATA_COLUMNS =
            List.of("order_id", "customer_id", "carrier", "status", "ship_region", "category");

    /** The SQL condition {@link #worthIndexing} checks, so that a query reads only the rows worth indexing. */
    public String worthIndexingCondition() {
        return "(support_note IS NOT NULL AND trim(support_note) <> '') OR support_tickets > 0";
    }

    /** Whether a row tells more than its numbers: it has a support note or support tickets. */
    public boolean worthIndexing(Map<String, Object> row) {
        Object note = row.get("support_note");
        return (note != null && !note.toString().isBlank()) || number(row.get("support_tickets")) > 0;
    }

    public IndexDocument render(Map<String, Object> row) {
        String orderId = Objects.requireNonNull(text(row, "order_id"), "order_id");
        return new IndexDocument(documentId(orderId), title(orderId, row), body(orderId, row), metadata(row));
    }

    /** The id of an order's document in the index. */
    public String documentId(String orderId) {
        return "order-" + orderId;
    }

    private static String title(String orderId, Map<String, Object> row) {
        StringBuilder title = new StringBuilder("Order ").append(orderId);
        String product = text(row, "product_name");
        if (product != null) {
            title.append(" — ").append(product);
        }
        String status = text(row, "status");
        if (status != null) {
            title.append(" (").append(status).append(')');
        }
        return title.toString();
    }

    private static String body(String orderId, Map<String, Object> row) {
        List<String> sentences = new ArrayList<>();
        sentences.add(placed(orderId, row));
        sentences.add(shipping(row));
        sentences.add(outcome(row));
        sentences.add(support(row));
        StringBuilder body = new StringBuilder();
        sentences.stream().filter(Objects::nonNull).forEach(sentence -> body.append(body.length() == 0 ? "" : " ").append(sentence));
        String note = text(row, "support_note");
        if (note != null && !note.isBlank()) {
            body.append("\n\nSupport note: ").append(note.strip());
        }
        return body.toString();
    }

    private static String placed(String orderId, Map<String, Object> row) {
        StringBuilder sentence = new StringBuilder("Order ").append(orderId);
        appendIf(sentence, " was placed on ", date(row.get("order_ts")));
        String customer = text(row, "customer_id");
        if (customer != null) {
            sentence.append(" by ");
            appendIf(sentence, "", text(row, "customer_segment") == null ? null : text(row, "customer_segment") + " ");
            sentence.append("customer ").append(customer);
        }
        appendIf(sentence, " via ", text(row, "channel"));
        String product = text(row, "product_name");
        if (product != null) {
            String quantity = text(row, "quantity");
            sentence.append(" for ").append(quantity == null ? "" : quantity + " × ").append(product);
            appendIf(sentence, " (", text(row, "category") == null ? null : text(row, "category") + ")");
        }
        appendIf(sentence, ", total ", money(row.get("order_total")));
        appendIf(sentence, " paid by ", words(text(row, "payment_method")));
        return sentence.append('.').toString();
    }

    private static String shipping(Map<String, Object> row) {
        String carrier = text(row, "carrier");
        String city = text(row, "ship_city");
        if (carrier == null && city == null) {
            return null;
        }
        StringBuilder sentence = new StringBuilder(carrier == null ? "It ships" : "It shipped with " + carrier);
        if (city != null) {
            sentence.append(" to ").append(city);
            appendIf(sentence, ", ", text(row, "ship_state"));
            appendIf(sentence, " (", text(row, "ship_region") == null ? null : text(row, "ship_region") + ")");
        }
        appendIf(sentence, ", promised by ", date(row.get("promised_date")));
        String delivered = date(row.get("delivered_at"));
        if (delivered != null) {
            sentence.append(", delivered on ").append(delivered);
            Object late = row.get("is_late");
            if (late instanceof Boolean isLate) {
                sentence.append(isLate ? " (late)" : " (on time)");
            }
        }
        return sentence.append('.').toString();
    }

    private static String outcome(Map<String, Object> row) {
        String status = text(row, "status");
        if (status == null) {
            return null;
        }
        StringBuilder sentence = new StringBuilder("Status: ").append(status);
        appendIf(sentence, "; return reason: ", words(text(row, "return_reason")));
        BigDecimal refund = decimal(row.get("refund_amount"));
        if (refund != null && refund.signum() > 0) {
            sentence.append("; refund ").append(money(refund));
        }
        return sentence.append('.').toString();
    }

    private static String support(Map<String, Object> row) {
        long tickets = number(row.get("support_tickets"));
        String csat = text(row, "csat_score");
        if (tickets == 0 && csat == null) {
            return null;
        }
        StringBuilder sentence = new StringBuilder();
        sentence.append(tickets == 1 ? "1 support ticket" : tickets + " support tickets");
        appendIf(sentence, "; CSAT ", csat == null ? null : csat + "/5");
        return sentence.append('.').toString();
    }

    private static Map<String, String> metadata(Map<String, Object> row) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String column : METADATA_COLUMNS) {
            String value = text(row, column);
            if (value != null) {
                metadata.put(column, value);
            }
        }
        String day = date(row.get("order_ts"));
        if (day != null) {
            metadata.put("month", day.substring(0, 7));
        }
        return metadata;
    }

    private static void appendIf(StringBuilder sentence, String prefix, String value) {
        if (value != null) {
            sentence.append(prefix).append(value);
        }
    }

    private static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    /** credit_card → credit card */
    private static String words(String code) {
        return code == null ? null : code.replace('_', ' ');
    }

    private static long number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value == null || value.toString().isBlank() ? 0 : Long.parseLong(value.toString().strip());
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static String money(Object value) {
        BigDecimal amount = decimal(value);
        return amount == null ? null : "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The calendar day of a date or timestamp, ISO formatted, whatever type the driver used. */
    private static String date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate().toString();
        }
        if (value instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate().toString();
        }
        if (value instanceof java.util.Date utilDate) {
            return utilDate.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate().toString();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toLocalDate().toString();
        }
        if (value instanceof TemporalAccessor temporal) {
            return LocalDate.from(temporal).toString();
        }
        String text = value.toString().strip();
        return text.length() >= 10 ? text.substring(0, 10) : text;
    }
}
