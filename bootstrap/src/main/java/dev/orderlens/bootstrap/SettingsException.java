package dev.orderlens.bootstrap;

/** A setting has a value that cannot be used; the message names the variable and what it needs. */
public final class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
