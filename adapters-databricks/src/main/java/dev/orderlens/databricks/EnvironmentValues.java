package dev.orderlens.databricks;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Databricks variables from the environment map. Credentials come in the same shape for every principal,
 * under a prefix: {@code DATABRICKS_} for the query principal, {@code DATABRICKS_WRITER_} for the one ingest
 * writes with, so both are read and checked by one set of rules.
 */
final class EnvironmentValues {

    private EnvironmentValues() {
    }

    /**
     * {@code <prefix>TOKEN}, or {@code <prefix>CLIENT_ID} + {@code <prefix>CLIENT_SECRET}, with
     * {@code <prefix>AUTH_TYPE} ({@code pat} or {@code oauth-m2m}) to choose when both are set.
     *
     * @return empty when neither is set
     * @throws IllegalArgumentException naming the variable when the values do not fit together; never a secret
     */
    static Optional<DatabricksCredentials> credentials(Map<String, String> env, String prefix) {
        String tokenVariable = prefix + "TOKEN";
        String clientIdVariable = prefix + "CLIENT_ID";
        String clientSecretVariable = prefix + "CLIENT_SECRET";
        String authTypeVariable = prefix + "AUTH_TYPE";
        Optional<String> token = value(env, tokenVariable);
        Optional<String> clientId = value(env, clientIdVariable);
        Optional<String> clientSecret = value(env, clientSecretVariable);
        if (clientId.isPresent() != clientSecret.isPresent()) {
            throw new IllegalArgumentException(clientId.isPresent()
                    ? clientSecretVariable + " must be set together with " + clientIdVariable
                    : clientIdVariable + " must be set together with " + clientSecretVariable);
        }
        Optional<DatabricksCredentials> pat = token.map(DatabricksCredentials::personalAccessToken);
        Optional<DatabricksCredentials> m2m = clientId.map(id -> DatabricksCredentials.servicePrincipal(id,
                clientSecret.get()));
        String m2mVariables = clientIdVariable + "/" + clientSecretVariable;
        Optional<String> authType = value(env, authTypeVariable).map(t -> t.toLowerCase(Locale.ROOT));
        if (authType.isEmpty()) {
            if (pat.isPresent() && m2m.isPresent()) {
                throw new IllegalArgumentException("more than one authorization method configured: " + tokenVariable
                        + " and " + m2mVariables + "; set " + authTypeVariable
                        + " to 'pat' or 'oauth-m2m', or unset one of them");
            }
            return pat.or(() -> m2m);
        }
        switch (authType.get()) {
            case "pat":
                return Optional.of(pat.orElseThrow(() -> new IllegalArgumentException(
                        authTypeVariable + " is 'pat' but " + tokenVariable + " is not set")));
            case "oauth-m2m":
                return Optional.of(m2m.orElseThrow(() -> new IllegalArgumentException(
                        authTypeVariable + " is 'oauth-m2m' but " + m2mVariables + " are not set")));
            default:
                throw new IllegalArgumentException(authTypeVariable + " must be 'pat' or 'oauth-m2m' (was '"
                        + authType.get() + "')");
        }
    }

    /** A warehouse id given on its own (not as a URL). */
    static Optional<String> warehouseId(Map<String, String> env, String variable) {
        Optional<String> id = value(env, variable);
        if (id.isPresent() && !WarehouseIds.parse(id.get()).equals(id)) {
            throw new IllegalArgumentException(variable + " must be a warehouse id (letters and digits)");
        }
        return id;
    }

    static Optional<String> value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
