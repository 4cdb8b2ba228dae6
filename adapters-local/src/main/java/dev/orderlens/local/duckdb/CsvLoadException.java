package dev.orderlens.local.duckdb;

/**
 * A CSV file could not be loaded because of its content: a missing column, a value of the wrong type, a
 * malformed line. The message names the file's problem precisely enough to fix it ("row 17, column
 * order_total: 'abc' is not a number"); rows are counted from 1 after the header line. It is an
 * {@link IllegalArgumentException} because the file is an argument its user can fix.
 */
public class CsvLoadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CsvLoadException(String message) {
        super(message);
    }
}
