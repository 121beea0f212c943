package org.cryows.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the ERROR log messages a test provokes on purpose. {@link ErrorLogGuard} fails any test
 * that logs an ERROR not matched by one of these regular expressions, and any test whose expected
 * ERROR never came.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ExpectedErrorLog {
  /** Regular expressions, each matched against the whole formatted message. */
  String[] value();
}
