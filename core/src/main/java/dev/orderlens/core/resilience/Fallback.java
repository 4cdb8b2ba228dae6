package dev.orderlens.core.resilience;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A component with an optional stand-in: a call that fails on the primary is made once more on the fallback (the
 * local engine behind an LLM-backed component). The caller says which failures are worth the second try, since some
 * are answers (a question not understood, a statement refused) that the fallback would only repeat.
 *
 * @param <C> the port both implement
 */
public final class Fallback<C> {

    private final C primary;
    private final C fallback;

    private Fallback(C primary, C fallback) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.fallback = fallback;
    }

    /** The primary with the fallback behind it; {@code fallback} may be {@code null} for none. */
    public static <C> Fallback<C> of(C primary, C fallback) {
        return new Fallback<>(primary, fallback);
    }

    public C primary() {
        return primary;
    }

    public Optional<C> fallback() {
        return Optional.ofNullable(fallback);
    }

    /** {@link #call(Function, Predicate, Consumer)} falling back on any failure. */
    public <T> T call(Function<? super C, ? extends T> call, Consumer<RuntimeException> onFallback) {
        return call(call, failure -> true, onFallback);
    }

    /**
     * Calls the primary; when it fails with a failure {@code worthFallingBack} accepts and there is a fallback, tells
     * {@code onFallback} and calls the fallback, whose failure goes to the caller. Any other failure of the primary
     * goes to the caller as it is.
     */
    public <T> T call(Function<? super C, ? extends T> call, Predicate<RuntimeException> worthFallingBack,
            Consumer<RuntimeException> onFallback) {
        try {
            return call.apply(primary);
        } catch (RuntimeException failure) {
            if (fallback == null || !worthFallingBack.test(failure)) {
                throw failure;
            }
            onFallback.accept(failure);
            return call.apply(fallback);
        }
    }
}
