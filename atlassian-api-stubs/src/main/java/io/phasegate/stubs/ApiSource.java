package io.phasegate.stubs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The public source that a compile-only stub type or member was copied from.
 *
 * <p>Every stub type under {@code com.atlassian} carries one. A member carries its own only when
 * its evidence differs from the type's. {@code ApiStubListingTest} reads these at runtime to check
 * them and to generate {@code docs/dev/api-stubs.md}.
 *
 * <p>Source: Phasegate's own annotation, not an Atlassian type; like the stubs it is compile-only
 * and never packaged.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface ApiSource {

    /** An https URL of the javadoc page or source file that shows the signature. */
    String value();

    /** What the source is (product version, repository, commit, build version) and any caveat. */
    String note() default "";
}
