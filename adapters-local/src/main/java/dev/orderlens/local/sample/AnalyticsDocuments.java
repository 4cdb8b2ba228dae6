package dev.orderlens.local.sample;

import dev.orderlens.core.port.BackendException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Computes the analytics documents (monthly reviews, carrier scorecards, incident reports, policies,
 * FAQs) from a sample orders database, so every figure they print is the data's own.
 */
public final class AnalyticsDocuments {

    private AnalyticsDocuments() {
    }

    /**
     * Reads the {@code orders} table of {@code databaseFile} (opened read-only) and writes the documents.
     *
     * @throws BackendException when DuckDB cannot open or query the file
     */
    public static List<AnalyticsDocument> computeFrom(Path databaseFile) {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + databaseFile.toAbsolutePath(), readOnly)) {
            OrdersQueries queries = new OrdersQueries(connection);
            IncidentReports incidents = IncidentReports.measure(queries);
            List<AnalyticsDocument> documents = new ArrayList<>(new MonthlyReviews(queries, incidents).write());
            documents.addAll(new CarrierScorecards(queries).write());
            documents.addAll(incidents.reports());
            documents.addAll(new PolicyDocuments(queries).write());
            documents.addAll(SupportFaqs.write());
            return List.copyOf(documents);
        } catch (SQLException e) {
            throw new BackendException("duckdb", BackendException.Kind.UNAVAILABLE,
                    "computing the analytics documents from " + databaseFile + " failed: " + e.getMessage(), e);
        }
    }
}
