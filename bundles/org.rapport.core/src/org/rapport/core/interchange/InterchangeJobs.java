package org.rapport.core.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;

/**
 * Background jobs for imports and exports, for the workbench (which shows their progress and lets the user
 * cancel) and the command line (which joins them). Jobs never change a plan: a read or preview job hands its
 * result to a callback, and the caller applies the preview's command on the thread that owns the plan.
 * Cancelling a job therefore changes nothing. Failures end the job with an error status whose message is
 * written for the user.
 */
public final class InterchangeJobs {

	/** The plug-in id used in statuses. */
	static final String PLUGIN_ID = "org.rapport.core"; //$NON-NLS-1$

	private InterchangeJobs() {
	}

	/**
	 * A job that reads a contacts file. It only touches the file, so it is safe while the plan is edited.
	 *
	 * @param format    the format, or {@code null} to detect it
	 * @param whenRead called in the job's thread with what was read, unless the job fails or is cancelled
	 */
	public static Job read(Path file, ContactFormat format, Consumer<ParsedContacts> whenRead) {
		Objects.requireNonNull(whenRead, "whenRead"); //$NON-NLS-1$
		return Job.create(Messages.bind(Messages.Job_read, file.getFileName()), monitor -> {
			try {
				whenRead.accept(Interchange.read(file, format, monitor));
			} catch (IOException | InterchangeException e) {
				throw failure(file, e);
			}
		});
	}

	/**
	 * A job that reads a contacts file and computes the preview of importing it. The job reads the plan:
	 * nothing may change the plan while it runs (the command line, or a modal wizard).
	 *
	 * @param whenReady called in the job's thread with the preview, unless the job fails or is cancelled
	 */
	public static Job preview(Path file, ContactFormat format, NetworkingPlan plan, Consumer<ImportPreview> whenReady) {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		Objects.requireNonNull(whenReady, "whenReady"); //$NON-NLS-1$
		return Job.create(Messages.bind(Messages.Job_read, file.getFileName()), monitor -> {
			try {
				whenReady.accept(Interchange.preview(file, format, plan, monitor));
			} catch (IOException | InterchangeException e) {
				throw failure(file, e);
			}
		});
	}

	/**
	 * A job that writes contacts to a file, atomically. The list is copied when the job is created; the
	 * contacts themselves are read while it runs.
	 */
	public static Job export(Path file, ContactExporter exporter, List<? extends Contact> contacts) {
		Objects.requireNonNull(exporter, "exporter"); //$NON-NLS-1$
		List<? extends Contact> snapshot = List.copyOf(contacts);
		return Job.create(Messages.bind(Messages.Job_export, file.getFileName()), monitor -> {
			try {
				Interchange.export(file, exporter, snapshot, monitor);
			} catch (IOException e) {
				throw failure(file, e);
			}
		});
	}

	private static CoreException failure(Path file, Exception e) {
		String message = e instanceof InterchangeException ? e.getMessage()
				: Messages.bind(Messages.Job_ioFailed, file.getFileName(), e.getLocalizedMessage());
		return new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, message, e));
	}
}
