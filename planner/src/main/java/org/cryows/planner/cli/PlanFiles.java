package org.cryows.planner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.cryows.planner.check.InputProblem;
import org.cryows.planner.check.PlanInputs;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFile;
import org.cryows.planner.plan.PlanFormatException;

/** Loading a plan for a command: any problem is written to stderr, naming the file and field. */
final class PlanFiles {

  static final int EXIT_OK = 0;
  static final int EXIT_REFUSED = 1;
  static final int EXIT_INVALID = 2;

  private PlanFiles() {}

  /** The plan, or empty after explaining on {@code err} why it cannot be read. */
  static Optional<Plan> load(Path file, String command, PrintWriter err) {
    try {
      return Optional.of(PlanFile.load(file));
    } catch (PlanFormatException e) {
      err.println(command + ": " + file + ": " + e.getMessage());
    } catch (IOException e) {
      err.println(command + ": cannot read " + file + ": " + e.getMessage());
    }
    err.flush();
    return Optional.empty();
  }

  /** The plan, loaded and fit to check, or empty after naming every problem. */
  static Optional<Plan> loadCheckable(Path file, String command, PrintWriter err) {
    return load(file, command, err).filter(plan -> checkable(plan, file, command, err));
  }

  /** Whether a plan can be checked; if not, every problem is named on {@code err}. */
  static boolean checkable(Plan plan, Path file, String command, PrintWriter err) {
    var problems = PlanInputs.problems(plan);
    for (InputProblem problem : problems) {
      err.println(command + ": " + file + ": " + problem);
    }
    err.flush();
    return problems.isEmpty();
  }

  static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".").toAbsolutePath() : parent;
  }
}
