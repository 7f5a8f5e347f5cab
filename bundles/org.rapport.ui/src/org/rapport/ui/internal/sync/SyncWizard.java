/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.sync;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;
import org.rapport.core.internal.sync.DavClient;
import org.rapport.core.internal.sync.SyncAccount;
import org.rapport.core.internal.sync.SyncException;
import org.rapport.core.internal.sync.SyncPreferences;
import org.rapport.core.internal.sync.SyncPreview;
import org.rapport.core.internal.sync.SyncState;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.interchange.PreviewWizard;
import org.rapport.ui.internal.outcome.Outcomes;

/**
 * File &gt; Sync...: the account (address book, calendar, user and password), then the preview of what the sync does
 * per contact (pushed, the server's changes ticked, conflicts with Keep Mine / Take Theirs, deletions unticked), then
 * Finish: the plan's side is put on the server in a job with progress and cancel, the server's side is executed as
 * one command on the plan editor's stack, and the sync state is written beside the plan. The wizard is modal, so the
 * plan does not change while a job reads it; a failure leaves the plan and the state as they were.
 */
public class SyncWizard extends PreviewWizard {

	private final PlanEditor editor;
	private final IWorkbenchWindow window;
	private SyncAccountPage accountPage;
	private SyncPreviewPage previewPage;
	private SyncState state;
	private char[] password;

	public SyncWizard(PlanEditor editor, IWorkbenchWindow window) {
		this.editor = editor;
		this.window = window;
		setWindowTitle(Messages.Sync_windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		accountPage = new SyncAccountPage(SyncPreferences.account(), editor.getFile());
		previewPage = new SyncPreviewPage();
		addPage(accountPage);
		addPage(previewPage);
	}

	@Override
	protected IWizardPage sourcePage() {
		return accountPage;
	}

	@Override
	protected IWizardPage previewPage() {
		return previewPage;
	}

	@Override
	protected boolean computePreview() {
		SyncAccount account = accountPage.getAccount();
		NetworkingPlan plan = editor.getPlan();
		Path stateFile = SyncState.fileOf(editor.getFile());
		clearPassword();
		password = accountPage.getPassword();
		AtomicReference<SyncPreview> result = new AtomicReference<>();
		try {
			state = SyncState.load(stateFile);
			DavClient client = new DavClient(account.user(), password);
			getContainer().run(true, true, monitor -> SyncJobs.run(Messages.Sync_reading,
					m -> result.set(SyncPreview.compute(plan, state, account, client, m)), monitor));
		} catch (IOException e) {
			accountPage.setMessage(NLS.bind(Messages.Sync_stateUnreadable, stateFile, e.getMessage()), IMessageProvider.ERROR);
			return false;
		} catch (InvocationTargetException e) {
			accountPage.setMessage(failure(e), IMessageProvider.ERROR);
			return false;
		} catch (InterruptedException e) {
			accountPage.setMessage(Messages.Sync_cancelled, IMessageProvider.WARNING);
			return false;
		}
		accountPage.setMessage(null);
		accountPage.rememberPassword();
		previewPage.setPreview(result.get());
		return true;
	}

	private static String failure(InvocationTargetException e) {
		Throwable cause = e.getCause();
		if (cause instanceof SyncException) {
			return cause.getMessage();
		}
		ILog.of(SyncWizard.class).error(cause.toString(), cause);
		return NLS.bind(Messages.Sync_internalError, cause);
	}

	@Override
	public boolean performFinish() {
		SyncPreview preview = previewPage.getPreview();
		if (preview == null) {
			return false;
		}
		if (editor.getPlan() != preview.getPlan() || editor.getEditingDomain() == null) {
			previewPage.setErrorMessage(Messages.Sync_planClosed);
			return false;
		}
		SyncAccount account = preview.getAccount();
		DavClient client = new DavClient(account.user(), password);
		try {
			getContainer().run(true, true, monitor -> SyncJobs.run(Messages.Sync_writing, m -> preview.push(client, m), monitor));
		} catch (InvocationTargetException e) {
			previewPage.failed(failure(e));
			return false;
		} catch (InterruptedException e) {
			previewPage.failed(Messages.Sync_writeCancelled);
			return false;
		}
		boolean applied = false;
		if (preview.hasIncoming()) {
			Command command = preview.createCommand(editor.getEditingDomain());
			if (command.canExecute()) {
				editor.getEditingDomain().getCommandStack().execute(command);
				applied = true;
			}
		}
		try {
			preview.commit(state, SyncState.fileOf(editor.getFile()), applied);
			SyncPreferences.remember(account);
		} catch (IOException | BackingStoreException e) {
			ILog.of(SyncWizard.class).error(e.getMessage(), e);
			previewPage.failed(NLS.bind(Messages.Sync_stateUnwritable, e.getMessage()));
			return false;
		}
		String done = SyncPreviewPage.outcome(preview, applied);
		getShell().getDisplay().asyncExec(() -> Outcomes.announce(window, Messages.Sync_outcomeTitle, done, null));
		return true;
	}

	private void clearPassword() {
		if (password != null) {
			Arrays.fill(password, '\0');
			password = null;
		}
	}

	@Override
	public void dispose() {
		clearPassword();
		super.dispose();
	}
}
