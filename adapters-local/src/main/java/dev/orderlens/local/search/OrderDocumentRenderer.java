package dev.orderlens.local.search;

import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.DisplayFormats;
import dev.orderlens.core.semantic.DocumentField;
import dev.orderlens.core.semantic.OrderDocuments;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns a row of the orders table (column name → value, as a JDBC driver returns them) into the document the
 * {@code orders} index holds, as the semantic model's {@link OrderDocuments} say: an id made of the documents' name
 * and the id column ({@code order-ORD-000123}), a title naming the row by its id and title columns, a text that
 * states the row's facts one sentence each ("Shipped with: FedEx.") followed by its text columns, and the metadata
 * searches filter on.
 *
 * <p>Most rows say nothing a question could be about beyond what SQL answers better; callers index only the rows
 * {@link #worthIndexing(Map)} accepts (a text column or another column the model names holds something).
 */
public final class OrderDocumentRenderer {

    private final SemanticModel model;
    private final OrderDocuments documents;
    private final DisplayFormats formats;
    private final String idPrefix;

    private OrderDocumentRenderer(SemanticModel model) {
        this.model = model;
        this.documents = model.documents();
        this.formats = DisplayFormats.of(model);
        this.idPrefix = documents.name().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-") + "-";
    }

    /**
     * @throws IllegalArgumentException when the model's rows have no documents (no text column)
     */
    public static OrderDocumentRenderer of(SemanticModel model) {
        Objects.requireNonNull(model, "model");
        model.whyNoDocuments().ifPresent(reason -> {
            throw new IllegalArgumentException("no order documents: " + reason);
        });
        return new OrderDocumentRenderer(model);
    }

    /** The column that identifies a row's document. */
    public String idColumn() {
        return documents.idColumn();
    }

    /** The SQL condition {@link #worthIndexing} checks, so that a query reads only the rows worth indexing. */
    public String worthIndexingCondition() {
        return documents.indexRowsWith().stream().map(this::holdsSomething).collect(Collectors.joining(" OR "));
    }

    /** Whether a row tells more than its numbers: one of the columns the documents index rows with holds something. */
    public boolean worthIndexing(Map<String, Object> row) {
        return documents.indexRowsWith().stream().anyMatch(column -> holdsSomething(value(row, column)));
    }

    public IndexDocument render(Map<String, Object> row) {
        String id = Objects.requireNonNull(text(value(row, documents.idColumn())), documents.idColumn());
        return new IndexDocument(documentId(id), title(id, row), body(row), metadata(row));
    }

    /** The id of a row's document in the index, from the value of its id column. */
    public String documentId(String id) {
        return idPrefix + id;
    }

    private String title(String id, Map<String, Object> row) {
        StringBuilder title = new StringBuilder(documents.name()).append(' ').append(id);
        List<String> named = documents.titleColumns();
        if (!named.isEmpty()) {
            String first = stated(named.get(0), value(row, named.get(0)));
            if (first != null) {
                title.append(" — ").append(first);
            }
        }
        List<String> rest = named.stream().skip(1).map(column -> stated(column, value(row, column)))
                .filter(Objects::nonNull).toList();
        if (!rest.isEmpty()) {
            title.append(" (").append(String.join(", ", rest)).append(')');
        }
        return title.toString();
    }

    private String body(Map<String, Object> row) {
        List<String> sentences = new ArrayList<>();
        for (DocumentField fact : documents.facts()) {
            Object value = value(row, fact.column());
            if (isFlag(fact.column())) {
                if (Boolean.TRUE.equals(flag(value))) {
                    sentences.add(capitalised(fact.label()) + ".");
                }
                continue;
            }
            String stated = stated(fact, value);
            if (stated != null) {
                sentences.add(capitalised(fact.label()) + ": " + stated + ".");
            }
        }
        List<String> paragraphs = new ArrayList<>();
        if (!sentences.isEmpty()) {
            paragraphs.add(String.join(" ", sentences));
        }
        for (DocumentField text : documents.text()) {
            String written = text(value(row, text.column()));
            if (written != null && !written.isBlank()) {
                paragraphs.add(capitalised(text.label()) + ": " + written.strip());
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private Map<String, String> metadata(Map<String, Object> row) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String column : documents.metadataColumns()) {
            Object value = value(row, column);
            String text = isTemporal(column, value) ? day(value) : text(value);
            if (text != null && !text.isBlank()) {
                metadata.put(column, text);
            }
        }
        if (documents.monthColumn() != null) {
            String day = day(value(row, documents.monthColumn()));
            if (day != null && day.length() >= 7) {
                metadata.put("month", day.substring(0, 7));
            }
        }
        return metadata;
    }

    /** A value as a title writes it, or {@code null} when the row does not know it. */
    private String stated(String column, Object value) {
        return stated(new DocumentField(column, column, null), value);
    }

    /**
     * A value as a fact states it: a date as its day, a number in its format (money in the model's currency), a
     * code of a dimension in words ({@code credit_card} → credit card); {@code null} when it says nothing (empty,
     * blank, or a number that is zero: no refund, no tickets).
     */
    private String stated(DocumentField field, Object value) {
        if (value == null) {
            return null;
        }
        if (isTemporal(field.column(), value)) {
            return day(value);
        }
        BigDecimal number = isNumeric(field.column(), value) ? decimal(value) : null;
        if (number != null) {
            return number.signum() == 0 ? null
                    : formats.column(field.column(), field.format()).text(value instanceof Number n ? n : number);
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        return role(field.column()) == ColumnRole.DIMENSION ? text.replace('_', ' ') : text;
    }

    private String holdsSomething(String column) {
        ColumnType type = type(column);
        if (type == ColumnType.STRING) {
            return "trim(" + column + ") <> ''";
        }
        if (type.isNumeric()) {
            return column + " > 0";
        }
        if (type == ColumnType.BOOLEAN) {
            return column + " = true";
        }
        return column + " IS NOT NULL";
    }

    private boolean holdsSomething(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof Number || value instanceof CharSequence) {
            BigDecimal number = decimal(value);
            return number != null ? number.signum() > 0 : !value.toString().isBlank();
        }
        return true;
    }

    private boolean isFlag(String column) {
        return type(column) == ColumnType.BOOLEAN;
    }

    private boolean isTemporal(String column, Object value) {
        return type(column).isTemporal() || value instanceof TemporalAccessor || value instanceof java.util.Date;
    }

    private boolean isNumeric(String column, Object value) {
        return value instanceof Number || type(column).isNumeric();
    }

    private ColumnType type(String column) {
        return model.column(column).map(SemanticColumn::type).orElse(ColumnType.OTHER);
    }

    private ColumnRole role(String column) {
        return model.column(column).map(SemanticColumn::role).orElse(null);
    }

    /** The row's value of a column, found whatever case the warehouse gave the column's name. */
    private static Object value(Map<String, Object> row, String column) {
        if (row.containsKey(column)) {
            return row.get(column);
        }
        return row.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(column))
                .map(Map.Entry::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Boolean flag(Object value) {
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        return Boolean.parseBoolean(value.toString().strip());
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /** The value as a decimal, or {@code null} when it is no number. */
    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The calendar day of a date or timestamp, ISO formatted, whatever type the driver used. */
    private static String day(Object value) {
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
