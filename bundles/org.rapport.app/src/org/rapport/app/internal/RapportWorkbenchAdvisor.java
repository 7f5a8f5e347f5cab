/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.app.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.statushandlers.StatusManager;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.editors.PlanPreloads;

class RapportWorkbenchAdvisor extends WorkbenchAdvisor {

	static final String PLUGIN_ID = "org.rapport.app"; //$NON-NLS-1$

	private final StartupOptions options;
	/** The sample plan being written on a first launch, or {@code null}. */
	private CompletableFuture<Void> sampleInstall;

	RapportWorkbenchAdvisor(StartupOptions options) {
		this.options = options;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(options.screenshot() == null);
		readAhead();
	}

	/**
	 * Starts reading the plans the first window will most likely show on threads of their own, while the window is
	 * built (issue 17: the first paint of a plan waited for its loading on the UI thread): the plans given, else the
	 * one opened last, which the restored editor shows; on a first launch (no plan ever opened) the sample plan, which
	 * is also written then.
	 */
	private void readAhead() {
		if (!options.plans().isEmpty()) {
			options.plans().forEach(PlanPreloads::load);
			return;
		}
		Path recent = PlanEditors.mostRecentPlan();
		if (recent != null) {
			PlanPreloads.load(recent);
		} else {
			sampleInstall = SamplePlanInstaller.ensureSampleInBackground(SamplePlanInstaller.defaultLocation());
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return NetworkingPlanPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new RapportWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		MApplication application = getWorkbenchConfigurer().getWorkbench().getService(MApplication.class);
		if (application != null) {
			PlatformKeys.removeUnused(application);
		}
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			openStartupPlans(window.getActivePage());
		}
		PlanPreloads.discardUntaken();
		if (options.screenshot() != null) {
			new WindowScreenshot(options.screenshot()).takeWhenIdle(getWorkbenchConfigurer().getWorkbench());
		}
	}

	private void openStartupPlans(IWorkbenchPage page) {
		List<Path> plans = options.plans();
		if (plans.isEmpty() && page.getEditorReferences().length == 0) {
			Path sample = SamplePlanInstaller.defaultLocation();
			try {
				if (sampleInstall != null) {
					SamplePlanInstaller.await(sampleInstall);
				} else {
					SamplePlanInstaller.ensureSample(sample);
				}
				plans = List.of(sample);
			} catch (Exception e) {
				report(NLS.bind(Messages.Startup_sampleFailed, sample), e);
				return;
			}
		}
		for (Path plan : plans) {
			try {
				PlanEditors.open(page, plan);
			} catch (PartInitException e) {
				report(NLS.bind(Messages.Startup_openFailed, plan), e);
			}
		}
	}

	private static void report(String message, Throwable e) {
		IStatus status = new Status(IStatus.ERROR, PLUGIN_ID, message, e);
		Platform.getLog(RapportWorkbenchAdvisor.class).log(status);
		StatusManager.getManager().handle(status, StatusManager.SHOW);
	}
}
