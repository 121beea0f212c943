package org.cryows.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test that logs an ERROR it did not declare with {@link ExpectedErrorLog}. Registered for
 * every test by JUnit's extension auto-detection (enabled in the build), so a silent error in a
 * background thread cannot pass unnoticed.
 */
public final class ErrorLogGuard implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ErrorLogGuard.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    var recorder = new ErrorRecorder();
    recorder.setContext(loggerContext());
    recorder.start();
    rootLogger().addAppender(recorder);
    context.getStore(NAMESPACE).put(ErrorRecorder.class, recorder);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    var recorder = context.getStore(NAMESPACE).remove(ErrorRecorder.class, ErrorRecorder.class);
    if (recorder == null) {
      return;
    }
    rootLogger().detachAppender(recorder);
    recorder.stop();
    List<Pattern> expected = expectedPatterns(context);
    List<String> unexpected = new ArrayList<>();
    List<Pattern> unseen = new ArrayList<>(expected);
    for (String message : recorder.messages) {
      Optional<Pattern> match =
          expected.stream().filter(p -> p.matcher(message).matches()).findFirst();
      if (match.isPresent()) {
        unseen.remove(match.get());
      } else {
        unexpected.add(message);
      }
    }
    if (!unexpected.isEmpty()) {
      throw new AssertionError("unexpected ERROR log during the test: " + unexpected);
    }
    if (!unseen.isEmpty() && context.getExecutionException().isEmpty()) {
      throw new AssertionError("expected ERROR log never came: " + unseen);
    }
  }

  private static List<Pattern> expectedPatterns(ExtensionContext context) {
    List<Pattern> patterns = new ArrayList<>();
    context
        .getTestMethod()
        .map(m -> m.getAnnotation(ExpectedErrorLog.class))
        .ifPresent(a -> addAll(patterns, a));
    context
        .getTestClass()
        .map(c -> c.getAnnotation(ExpectedErrorLog.class))
        .ifPresent(a -> addAll(patterns, a));
    return patterns;
  }

  private static void addAll(List<Pattern> patterns, ExpectedErrorLog annotation) {
    for (String regex : annotation.value()) {
      patterns.add(Pattern.compile(regex, Pattern.DOTALL));
    }
  }

  private static LoggerContext loggerContext() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }

  private static Logger rootLogger() {
    return loggerContext().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private static final class ErrorRecorder extends AppenderBase<ILoggingEvent> {
    final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
      if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
        messages.add(event.getLoggerName() + ": " + event.getFormattedMessage());
      }
    }
  }
}
