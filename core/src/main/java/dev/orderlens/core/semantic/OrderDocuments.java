package dev.orderlens.core.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How rows of the table become the documents of the orders search index, so that retrieval finds an order by what
 * its text columns say. A table without text columns has no such index ({@link #indexed()} is false).
 *
 * @param name the word a document's title starts with, before the id ("Order" → "Order ORD-000123")
 * @param idColumn the column whose value identifies a row's document; {@code null} only when not {@link #indexed()}
 * @param titleColumns the columns the title names after the id: the first after a dash, the others in parentheses
 *     ("Order ORD-000123 — Nimbus X2 earbuds (returned)")
 * @param text the text columns, each a paragraph of the document after its facts
 * @param facts the columns the document states, one sentence each, in this order
 * @param metadataColumns the columns searches can filter on, by exact value
 * @param monthColumn the date or timestamp whose month is the {@code month} filter, or {@code null} for none
 * @param indexRowsWith the columns that make a row worth indexing when one of them holds something (text that is
 *     not blank, a number above zero, true, a date); the text columns when empty
 */
public record OrderDocuments(String name, String idColumn, List<String> titleColumns, List<DocumentField> text,
        List<DocumentField> facts, List<String> metadataColumns, String monthColumn, List<String> indexRowsWith) {

    public OrderDocuments {
        titleColumns = titleColumns == null ? List.of() : List.copyOf(titleColumns);
        text = text == null ? List.of() : List.copyOf(text);
        facts = facts == null ? List.of() : List.copyOf(facts);
        metadataColumns = metadataColumns == null ? List.of() : List.copyOf(metadataColumns);
        indexRowsWith = indexRowsWith == null || indexRowsWith.isEmpty()
                ? text.stream().map(DocumentField::column).toList() : List.copyOf(indexRowsWith);
        if (!text.isEmpty()) {
            Objects.requireNonNull(idColumn, "idColumn: documents with text need a column to identify them");
        }
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** Whether the table has an orders index at all: only when its documents have text. */
    public boolean indexed() {
        return !text.isEmpty();
    }

    /**
     * The documents a model that says nothing about them gets, from its column roles: the first IDENTIFIER column
     * identifies them, the TEXT columns are their text, every other column is a fact, the IDENTIFIER columns and the
     * DIMENSION columns whose values the model lists are filters, and the time column gives the month.
     */
    public static OrderDocuments derivedFrom(List<SemanticColumn> columns, List<Metric> metrics, String timeColumn) {
        String id = columns.stream().filter(c -> c.role() == ColumnRole.IDENTIFIER).map(SemanticColumn::name)
                .findFirst().orElse(null);
        if (id == null) {
            return new OrderDocuments(null, null, List.of(), List.of(), List.of(), List.of(), null, List.of());
        }
        List<DocumentField> text = columns.stream().filter(c -> c.role() == ColumnRole.TEXT)
                .map(c -> DocumentField.of(c.name())).toList();
        List<DocumentField> facts = columns.stream()
                .filter(c -> c.role() != ColumnRole.TEXT && !c.name().equals(id))
                .map(c -> DocumentField.of(c.name())).toList();
        List<String> metadata = columns.stream().filter(c -> c.role() == ColumnRole.IDENTIFIER
                || c.role() == ColumnRole.DIMENSION && !c.sampleValues().isEmpty()).map(SemanticColumn::name).toList();
        return new OrderDocuments(null, id, List.of(), text, facts, metadata, timeColumn, List.of())
                .completedFrom(columns, metrics);
    }

    /**
     * These documents with their labels, formats and name filled in from the model's columns.
     *
     * @throws IllegalArgumentException when a column they name is not one of the model's
     */
    OrderDocuments completedFrom(List<SemanticColumn> columns, List<Metric> metrics) {
        Function<String, SemanticColumn> described = name -> columns.stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "documents: '" + name + "' is not a column of the model"));
        List<String> named = new ArrayList<>(titleColumns);
        Stream.of(text, facts).flatMap(List::stream).map(DocumentField::column).forEach(named::add);
        named.addAll(metadataColumns);
        named.addAll(indexRowsWith);
        Stream.of(idColumn, monthColumn).filter(Objects::nonNull).forEach(named::add);
        named.forEach(described::apply);
        return new OrderDocuments(name != null || idColumn == null ? name : nameFor(idColumn), idColumn, titleColumns,
                text.stream().map(f -> f.completedFrom(described.apply(f.column()), metrics)).toList(),
                facts.stream().map(f -> f.completedFrom(described.apply(f.column()), metrics)).toList(),
                metadataColumns, monthColumn, indexRowsWith);
    }

    /** {@code order_id} → "Order", {@code id_pedido} → "Pedido": the id column's name without the word "id". */
    private static String nameFor(String idColumn) {
        String words = String.join(" ", Stream.of(idColumn.split("[_\\s]+"))
                .filter(word -> !word.isEmpty() && !word.equalsIgnoreCase("id")).toList());
        if (words.isEmpty()) {
            return "Record";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1).toLowerCase(Locale.ROOT);
    }
}
