package org.cryows.planner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A plan with its undo and redo, as the Plan workspace edits it. Immutable: every operation returns
 * a new history, so a view-model can publish it as a snapshot.
 *
 * <p>Revision numbers only grow: an edit made after an undo gets a number above every revision this
 * history has issued, so a prediction made for a revision that was undone and replaced can never be
 * mistaken for one of the new revision. Undo and redo bring back the earlier values as they were,
 * signature included.
 *
 * @param undone the revisions before the current one, oldest first
 * @param redoable the revisions undone, the next to redo first
 * @param highestRevision the highest revision number issued so far
 */
public record PlanHistory(
    List<Plan> undone, Plan current, List<Plan> redoable, long highestRevision) {

  /** How many steps back undo reaches. */
  public static final int MAX_UNDO = 200;

  public PlanHistory {
    Objects.requireNonNull(current, "current");
    undone = List.copyOf(undone);
    redoable = List.copyOf(redoable);
    if (highestRevision < current.revision()) {
      throw new IllegalArgumentException("the highest revision is below the current one");
    }
  }

  /** A history starting at a plan (a loaded file, a new draft). */
  public static PlanHistory of(Plan plan) {
    return new PlanHistory(List.of(), plan, List.of(), plan.revision());
  }

  /**
   * Applies an edit: the result becomes the current revision, unsigned and numbered above every
   * revision issued so far, and the redo list is dropped. An edit that changes nothing (the same
   * value back) leaves the history as it is.
   */
  public PlanHistory edit(UnaryOperator<Plan> change) {
    Plan changed = change.apply(current);
    if (changed.equals(current)) {
      return this;
    }
    long revision = highestRevision + 1;
    Plan numbered = changed.asRevision(revision);
    List<Plan> before = new ArrayList<>(undone);
    before.add(current);
    if (before.size() > MAX_UNDO) {
      before.removeFirst();
    }
    return new PlanHistory(before, numbered, List.of(), revision);
  }

  public boolean canUndo() {
    return !undone.isEmpty();
  }

  public boolean canRedo() {
    return !redoable.isEmpty();
  }

  public PlanHistory undo() {
    if (!canUndo()) {
      throw new IllegalStateException("nothing to undo");
    }
    List<Plan> before = new ArrayList<>(undone);
    Plan previous = before.removeLast();
    List<Plan> after = new ArrayList<>();
    after.add(current);
    after.addAll(redoable);
    return new PlanHistory(before, previous, after, highestRevision);
  }

  public PlanHistory redo() {
    if (!canRedo()) {
      throw new IllegalStateException("nothing to redo");
    }
    List<Plan> before = new ArrayList<>(undone);
    before.add(current);
    List<Plan> after = new ArrayList<>(redoable);
    Plan next = after.removeFirst();
    return new PlanHistory(before, next, after, highestRevision);
  }

  /** Replaces the current revision by its signed form (signing is not an edit: nothing to undo). */
  public PlanHistory signed(Signature signature) {
    return new PlanHistory(undone, current.signedWith(signature), redoable, highestRevision);
  }
}
