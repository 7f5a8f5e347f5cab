package org.rapport.ui.internal.validation;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.model.validation.PlanValidation;

/**
 * Validates plans off the UI thread: {@link #validate(NetworkingPlan)} copies the plan (a {@link PlanSnapshot},
 * taken on the UI thread where no edit can happen halfway), validates the copy in a job, maps the problems back
 * to the plan's objects and hands them to the consumer on the UI thread. A newer request supersedes an older one
 * still running: only the newest result is delivered.
 */
public final class ValidationRunner {

	/** The family of the validation jobs (tests join it). */
	public static final Object FAMILY = ValidationRunner.class;

	private final Display display;
	private final Consumer<List<ValidationProblem>> consumer;
	private int generation;
	private Job running;
	private boolean disposed;

	public ValidationRunner(Display display, Consumer<List<ValidationProblem>> consumer) {
		this.display = display;
		this.consumer = consumer;
	}

	/** Starts validating the plan; call on the UI thread. */
	public void validate(NetworkingPlan plan) {
		int mine = ++generation;
		if (running != null) {
			running.cancel();
		}
		if (plan == null) {
			running = null;
			return;
		}
		PlanSnapshot snapshot = PlanSnapshot.of(plan);
		Job job = new Job(NLS.bind(Messages.Validation_job, RapportLabels.text(plan))) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				List<ValidationProblem> problems = PlanProblems.of(PlanValidation.validate(snapshot.getPlan()),
						snapshot::toOriginal);
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				if (!display.isDisposed()) {
					display.asyncExec(() -> {
						if (!disposed && mine == generation) {
							running = null;
							consumer.accept(problems);
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.setPriority(Job.SHORT);
		running = job;
		job.schedule();
	}

	/** Whether a result is still to come. */
	public boolean isRunning() {
		return running != null;
	}

	/** Drops any result still to come. */
	public void dispose() {
		disposed = true;
		generation++;
		if (running != null) {
			running.cancel();
			running = null;
		}
	}
}
