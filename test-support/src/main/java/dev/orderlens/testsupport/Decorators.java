package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * A decorator of a port (a breaker, a cache, a failover) must forward every method of the port. A method the
 * decorator does not declare itself runs the port's default instead, around the decorator rather than through it:
 * a default method added to a port later would silently skip every breaker and cache. This check fails for that.
 */
public final class Decorators {

    private Decorators() {
    }

    /** Asserts that {@code decorator} declares every instance method of {@code port}, defaults included. */
    public static void assertDeclaresEveryMethodOf(Class<?> decorator, Class<?> port) {
        assertThat(port).as("%s decorates %s", decorator.getSimpleName(), port.getSimpleName())
                .isAssignableFrom(decorator);
        List<String> missing = Arrays.stream(port.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> !declares(decorator, method))
                .map(Method::toGenericString)
                .toList();
        assertThat(missing).as("methods of %s that %s does not forward", port.getSimpleName(),
                decorator.getSimpleName()).isEmpty();
    }

    private static boolean declares(Class<?> decorator, Method method) {
        try {
            decorator.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
