package dev.orderlens.core.sql;

/**
 * A SQL engine's own parser, so the guard decides on a statement as the engine will read it rather than on
 * its text alone. Implementations walk the engine's parse tree and refuse, with an {@link UnsafeSqlException},
 * every construct they do not understand: what is not recognised is not allowed.
 */
public interface SqlParser {

    /**
     * The tables, functions and WITH names of one statement, as the engine parses it.
     *
     * @throws UnsafeSqlException when the engine cannot parse the text as exactly one query, or the query holds
     *     a construct this parser does not recognise
     */
    ParsedQuery parse(String sql);

    /**
     * Whether a one-part name may resolve to a table, view or catalog object of the engine. A WITH query of such
     * a name would stand in for that object in some places and not in others, so the guard refuses it.
     */
    boolean namesCatalogObject(String name);
}
