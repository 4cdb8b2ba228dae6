package dev.orderlens.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether this process takes order events in, and how callers of the ingest endpoints prove who they are.
 *
 * <ul>
 * <li>{@code ORDERLENS_INGEST}: {@code auto} (default: on when a secret is set), {@code on} (also without a
 *     secret, for {@code orderlens ingest FILE}; the HTTP endpoints still need one) or {@code off}.</li>
 * <li>{@code ORDERLENS_INGEST_SECRET}: the shared secret callers send; without it the HTTP ingest endpoints are
 *     off.</li>
 * <li>{@code ORDERLENS_INGEST_HEADER}: the header carrying it, {@code X-Api-Key} by default (what an EventBridge
 *     connection with API-key authorisation sends).</li>
 * </ul>
 */
public final class IngestSettings {

    public static final String DEFAULT_HEADER = "X-Api-Key";
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final int MIN_SECRET_CHARS = 16;

    /** Whether ingest runs. */
    public enum Mode { AUTO, ON, OFF }

    private final Mode mode;
    private final byte[] secret;
    private final String header;

    private IngestSettings(Mode mode, byte[] secret, String header) {
        this.mode = mode;
        this.secret = secret;
        this.header = header;
    }

    static IngestSettings from(Map<String, String> env) {
        String modeText = Optional.ofNullable(env.get("ORDERLENS_INGEST")).map(String::strip).filter(v -> !v.isEmpty())
                .orElse("auto");
        Mode mode;
        try {
            mode = Mode.valueOf(modeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SettingsException("ORDERLENS_INGEST must be auto, on or off (was '" + modeText + "')");
        }
        String secretText = Optional.ofNullable(env.get("ORDERLENS_INGEST_SECRET")).map(String::strip)
                .filter(v -> !v.isEmpty()).orElse(null);
        if (secretText != null && secretText.length() < MIN_SECRET_CHARS) {
            throw new SettingsException("ORDERLENS_INGEST_SECRET must be at least " + MIN_SECRET_CHARS
                    + " characters long");
        }
        String header = Optional.ofNullable(env.get("ORDERLENS_INGEST_HEADER")).map(String::strip)
                .filter(v -> !v.isEmpty()).orElse(DEFAULT_HEADER);
        if (!HEADER_NAME.matcher(header).matches()) {
            throw new SettingsException("ORDERLENS_INGEST_HEADER must be an HTTP header name (letters, digits, '-')");
        }
        return new IngestSettings(mode, secretText == null ? null : secretText.getBytes(StandardCharsets.UTF_8),
                header);
    }

    /** Whether this process should run ingest. */
    public boolean enabled() {
        return mode == Mode.ON || mode == Mode.AUTO && secret != null;
    }

    /** Whether it was asked for explicitly, so that failing to start it is an error rather than a note. */
    public boolean required() {
        return mode == Mode.ON;
    }

    /** Whether the HTTP ingest endpoints are open (a secret is set). */
    public boolean endpointsOpen() {
        return secret != null;
    }

    public String header() {
        return header;
    }

    /** Whether {@code presented} is the secret, compared in constant time. */
    public boolean accepts(String presented) {
        if (secret == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ingest " + mode.name().toLowerCase(Locale.ROOT) + (secret == null ? ", no secret" : ", secret set")
                + ", header " + header;
    }
}
