/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IPageChangeProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PlanReview;
import org.rapport.model.RapportPackage;
import org.rapport.model.Severity;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.internal.scoring.ReplicaLease;
import org.rapport.ui.review.IReviewWizardRegistry;
import org.rapport.ui.review.ReviewContext;
import org.rapport.ui.review.ReviewPages;
import org.rapport.ui.review.ReviewWizardDescriptor;

/**
 * Run Plan Review: scores the plan with every strategy, walks through each strategy (its score and findings,
 * then the pages of its review wizards), and ends with a summary where the user writes notes and decisions.
 * <p>
 * The first page offers a quick path: only the strategies with findings to act on (warnings or errors), each
 * through the pages of its review wizards (which list only pages with something to decide) or, without any, its own
 * page; then the summary. Finish is enabled from the moment the plan is scored, on every page; a review finished
 * before every strategy was seen says in its notes which ones were.
 * </p>
 * <p>
 * The contract with review wizards (documented in the extension point): every action a page takes is a command
 * on the plan's stack, executed at once, one undo step each. Finish keeps them and records a {@link PlanReview}
 * as one more undo step; Cancel undoes them, as long as they are still on top of the stack.
 * </p>
 * <p>
 * Scoring runs in the dialog ({@link #start()}, through the container's {@code run}) on the editor's
 * {@link PlanReplica}, held from the start of the review until the scores are in (waiting for it, with the dialog's
 * progress, while scoring or validation has it): the UI thread never copies the whole plan, and the strategies never
 * see the plan the pages change; findings are mapped back to the plan's own objects.
 * </p>
 */
public final class PlanReviewWizard extends Wizard {

	private final NetworkingPlan plan;
	private final PlanReplica replica;
	private final EditingDomain domain;
	private final AdapterFactory adapterFactory;
	private final IStrategyRegistry strategies;
	private final IReviewWizardRegistry reviewWizards;
	private final LocalDate today;

	private final ScoringPage scoringPage = new ScoringPage();
	private final List<ReviewContext> contexts = new ArrayList<>();
	private SummaryPage summaryPage;
	private PlanHealth health;
	private Map<String, Double> weights = Map.of();
	private PlanReview recorded;
	/** Each strategy's pages (its own and its review wizards'), and the strategy of each page. */
	private final Map<IWizardPage, StrategyOutcome> strategyOf = new IdentityHashMap<>();
	private final Set<IWizardPage> quickPages = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<StrategyOutcome> reviewed = new LinkedHashSet<>();
	private boolean quick = true;

	/** @param replica the plan editor's replica of the plan, which the review is scored on */
	public PlanReviewWizard(NetworkingPlan plan, PlanReplica replica, EditingDomain domain,
			AdapterFactory adapterFactory, IStrategyRegistry strategies, IReviewWizardRegistry reviewWizards,
			LocalDate today) {
		this.plan = plan;
		this.replica = replica;
		this.domain = domain;
		this.adapterFactory = adapterFactory;
		this.strategies = strategies;
		this.reviewWizards = reviewWizards;
		this.today = today;
		setWindowTitle(Messages.PlanReview_windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(scoringPage);
	}

	/**
	 * Scores the plan in the dialog (with its progress bar and Cancel), then adds the pages of the review. Called
	 * by the dialog once it is open.
	 */
	void start() {
		PlanHealth[] result = new PlanHealth[1];
		Map<String, Double> usedWeights = new HashMap<>();
		Display display = getShell().getDisplay();
		// in proportion to the edits since the replica was last brought up to date; the plan as the review starts
		ReplicaLease taken = ReplicaLease.take(replica);
		try {
			getContainer().run(true, true, monitor -> {
				ReplicaLease lease = taken != null ? taken : ReplicaLease.await(replica, display, monitor);
				try {
					score(lease.getSnapshot(), usedWeights, result, monitor);
				} finally {
					lease.release();
				}
			});
		} catch (InvocationTargetException e) {
			// the registry isolates strategies, so this is a problem of Rapport's own
			ILog.of(PlanReviewWizard.class).error(Messages.PlanReview_scoringFailed, e.getCause());
			scoringPage.showProblem(NLS.bind(Messages.PlanReview_scoringFailedBecause, e.getCause()));
			return;
		} catch (InterruptedException e) {
			scoringPage.showProblem(Messages.PlanReview_scoringCanceled);
			return;
		} finally {
			if (taken != null) {
				// had the runnable not run
				taken.release();
			}
		}
		health = result[0];
		weights = Map.copyOf(usedWeights);
		addReviewPages(scoringPage.getControl().getParent());
		if (getContainer() instanceof IPageChangeProvider pages) {
			pages.addPageChangedListener(event -> {
				StrategyOutcome outcome = strategyOf.get(event.getSelectedPage());
				if (outcome != null) {
					reviewed.add(outcome);
				}
			});
		}
		// every page after the scoring page; the quick path: its pages and the summary
		scoringPage.showChoice(quickPages.size() + 1, getPageCount() - 1, chosen -> {
			quick = chosen.booleanValue();
			getContainer().updateButtons();
		});
		PlanReview draft = draft(new Date(), null, List.of());
		int failed = (int) health.getOutcomes().stream().filter(StrategyOutcome::isFailed).count();
		int findings = health.getOutcomes().stream().mapToInt(o -> o.getFindings().size()).sum();
		scoringPage.showResult(draft, health.getOutcomes().size(), failed, findings);
		getContainer().updateButtons();
	}

	/** Scores the snapshot with every strategy, in the dialog's runnable; the health about the plan's own objects. */
	private void score(PlanSnapshot snapshot, Map<String, Double> usedWeights, PlanHealth[] result,
			IProgressMonitor monitor) throws InterruptedException {
		List<StrategyDescriptor> descriptors = strategies.getStrategies();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.PlanReview_scoringTask, descriptors.size());
		ScoringContext context = new ScoringContext(today, FollowUpPreferences.current(), monitor::isCanceled,
				RapportLabels::date);
		List<StrategyOutcome> outcomes = new ArrayList<>();
		for (StrategyDescriptor strategy : descriptors) {
			if (monitor.isCanceled()) {
				throw new InterruptedException();
			}
			progress.subTask(strategy.getName());
			outcomes.add(strategies.score(strategy, snapshot.getPlan(), context));
			usedWeights.put(strategy.getId(), Double.valueOf(strategies.getWeight(strategy)));
			progress.worked(1);
		}
		if (monitor.isCanceled()) {
			throw new InterruptedException();
		}
		result[0] = snapshot.mapBack(new PlanHealth(outcomes, s -> usedWeights.get(s.getId()).doubleValue()));
	}

	private PlanReview draft(Date date, String notes, List<String> decisions) {
		return PlanReviews.create(plan, health, s -> weights.getOrDefault(s.getId(), Double.valueOf(s.getDefaultWeight())).doubleValue(),
				date, notes, decisions);
	}

	/**
	 * For each strategy, its page and the pages of its review wizards; then the summary. A review wizard whose
	 * pages cannot be created (or whose pages' controls cannot) is left out, with a note on its strategy's page.
	 */
	private void addReviewPages(Composite pageContainer) {
		for (StrategyOutcome outcome : health.getOutcomes()) {
			ReviewContext context = new ReviewContext(plan, domain, outcome);
			contexts.add(context);
			StrategyPage page = new StrategyPage(outcome, weights.getOrDefault(outcome.getStrategy().getId(),
					Double.valueOf(1)).doubleValue(), adapterFactory);
			addPage(page);
			strategyOf.put(page, outcome);
			if (outcome.isFailed()) {
				// nothing was found, so there is nothing to walk through
				continue;
			}
			List<IWizardPage> toDecide = new ArrayList<>();
			for (ReviewWizardDescriptor wizard : reviewWizards.getReviewWizards(outcome.getStrategy().getId())) {
				ReviewPages pages = reviewWizards.createPages(wizard, context);
				if (!pages.isFailed()) {
					pages = createControls(pages, pageContainer);
				}
				if (pages.isFailed()) {
					page.addProblem(pages.getFailure());
				} else if (!pages.getPages().isEmpty()) {
					page.addFollowing(wizard.getName());
					for (IWizardPage contributed : pages.getPages()) {
						addPage(contributed);
						strategyOf.put(contributed, outcome);
						toDecide.add(contributed);
					}
				}
			}
			if (outcome.getFindings().stream().anyMatch(f -> f.getSeverity() != Severity.INFO)) {
				// the quick path: the pages that act on the findings, or the strategy's own page when none does;
				// a strategy with notes only has nothing to decide
				if (toDecide.isEmpty()) {
					quickPages.add(page);
				} else {
					quickPages.addAll(toDecide);
				}
			}
		}
		PlanReview draft = draft(new Date(), null, List.of());
		summaryPage = new SummaryPage(draft, contexts);
		addPage(summaryPage);
	}

	/**
	 * Creates the controls of a contribution's pages now, through {@code SafeRunner}, rather than when the dialog
	 * first shows each: a page that fails then would break the dialog halfway through the review.
	 */
	private ReviewPages createControls(ReviewPages pages, Composite pageContainer) {
		for (IWizardPage page : pages.getPages()) {
			String[] failure = new String[1];
			Throwable[] cause = new Throwable[1];
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() {
					try {
						page.setWizard(PlanReviewWizard.this);
						page.createControl(pageContainer);
						if (page.getControl() == null) {
							failure[0] = NLS.bind(Messages.ReviewWizards_noControl, page.getName());
						} else {
							// hidden until the dialog shows it, as the dialog does with the controls it creates
							page.getControl().setVisible(false);
						}
					} catch (Exception | LinkageError | AssertionError e) {
						handleException(e);
					}
				}

				@Override
				public void handleException(Throwable e) {
					failure[0] = NLS.bind(Messages.ReviewWizards_controlThrew, page.getName(),
							ReviewWizardRegistry.describe(e));
					cause[0] = e;
				}
			});
			if (failure[0] != null) {
				discard(pages.getPages());
				return ReviewWizardRegistry.failed(pages.getWizard(), failure[0], cause[0]);
			}
		}
		return pages;
	}

	private static void discard(List<IWizardPage> pages) {
		for (IWizardPage page : pages) {
			SafeRunner.run(() -> {
				Control control = page.getControl();
				if (control != null && !control.isDisposed()) {
					control.dispose();
				}
				page.dispose();
			});
		}
	}

	/** On the quick path, the next page on it: the pages left out are skipped. */
	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		IWizardPage next = super.getNextPage(page);
		while (quick && next != null && strategyOf.containsKey(next) && !quickPages.contains(next)) {
			next = super.getNextPage(next);
		}
		return next;
	}

	@Override
	public IWizardPage getPreviousPage(IWizardPage page) {
		IWizardPage previous = super.getPreviousPage(page);
		while (quick && previous != null && strategyOf.containsKey(previous) && !quickPages.contains(previous)) {
			previous = super.getPreviousPage(previous);
		}
		return previous;
	}

	/** The strategies' pages are added after the dialog is created, when it has already chosen its buttons. */
	@Override
	public boolean needsPreviousAndNextButtons() {
		return true;
	}

	@Override
	public boolean canFinish() {
		return health != null && recorded == null;
	}

	@Override
	public boolean performFinish() {
		if (health == null) {
			return false;
		}
		PlanReview review = draft(new Date(), withWhatWasReviewed(summaryPage.getNotes()), summaryPage.getDecisions());
		Command add = AddCommand.create(domain, plan, RapportPackage.Literals.NETWORKING_PLAN__REVIEWS, review);
		if (!add.canExecute()) {
			MessageDialog.openError(getShell(), Messages.PlanReview_windowTitle, Messages.PlanReview_notRecorded);
			return false;
		}
		domain.getCommandStack().execute(add);
		recorded = review;
		return true;
	}

	/**
	 * The notes, followed by which strategies were reviewed when not all of them were (a quick review, or one finished
	 * early), so that the history says how thorough each review was.
	 */
	private String withWhatWasReviewed(String notes) {
		int all = health.getOutcomes().size();
		if (reviewed.size() >= all) {
			return notes;
		}
		String names = reviewed.stream().map(o -> o.getStrategy().getName())
				.collect(Collectors.joining(Messages.PlanReview_reviewedSeparator));
		String line = reviewed.isEmpty() ? NLS.bind(Messages.PlanReview_reviewedNone, Integer.valueOf(all))
				: NLS.bind(quick ? Messages.PlanReview_reviewedQuick : Messages.PlanReview_reviewedPart,
						new Object[] { Integer.valueOf(reviewed.size()), Integer.valueOf(all), names });
		return notes == null || notes.isBlank() ? line : notes.strip() + "\n\n" + line; //$NON-NLS-1$
	}

	/**
	 * Undoes the commands the review's pages executed, newest first, as long as the newest command on the stack
	 * is one of them. Any left (other changes were made on top of them) are kept, and the user is told.
	 */
	@Override
	public boolean performCancel() {
		Set<Command> executed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (ReviewContext context : contexts) {
			executed.addAll(context.getExecutedCommands());
		}
		CommandStack stack = domain.getCommandStack();
		while (!executed.isEmpty()) {
			Command top = stack.getUndoCommand();
			if (top == null || !executed.contains(top) || !stack.canUndo()) {
				break;
			}
			stack.undo();
			executed.remove(top);
		}
		if (!executed.isEmpty()) {
			MessageDialog.openInformation(getShell(), Messages.PlanReview_windowTitle,
					NLS.bind(executed.size() == 1 ? Messages.PlanReview_keptOne : Messages.PlanReview_kept,
							Integer.valueOf(executed.size())));
		}
		return true;
	}

	/** The review Finish recorded, or {@code null}. */
	public PlanReview getRecordedReview() {
		return recorded;
	}
}
