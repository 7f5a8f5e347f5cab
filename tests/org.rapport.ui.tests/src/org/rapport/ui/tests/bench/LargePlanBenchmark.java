/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rapport.core.followup.FollowUpCommands;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.followup.FollowUps;
import org.rapport.core.followup.LogRequest;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.model.validation.PlanValidation;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.internal.editors.ContactColumns;
import org.rapport.ui.internal.editors.ReviewsPage;
import org.rapport.ui.internal.editors.audiences.AudiencesPage;
import org.rapport.ui.internal.editors.givetake.GiveTakePage;
import org.rapport.ui.internal.editors.goals.GoalsPage;
import org.rapport.ui.internal.editors.interactions.InteractionIds;
import org.rapport.ui.internal.editors.interactions.InteractionsPage;
import org.rapport.ui.internal.editors.learning.LearningPage;
import org.rapport.ui.internal.editors.opportunities.OpportunitiesPage;
import org.rapport.core.internal.strategies.IncrementalScoring;
import org.rapport.core.internal.strategies.Rescorings;
import org.rapport.ui.internal.scoring.PlanScoring;
import org.rapport.ui.internal.scoring.ReplicaLease;
import org.rapport.ui.internal.views.AgendaView;
import org.rapport.ui.internal.views.ContactsView;
import org.rapport.ui.internal.views.ScorecardView;
import org.rapport.ui.internal.views.ValidationView;
import org.rapport.ui.tests.robot.Robot;

/**
 * Prints how long the workbench takes with a 10,000-contact plan (another size with the environment variable
 * {@code RAPPORT_BENCH_CONTACTS}, for example {@code 100000}; the test JVM then gets a larger heap, see the pom): opening it in the editor, filtering and sorting
 * the Contacts view and the editor's Contacts and Interactions pages, an edit with everything open (a first name, an
 * interaction logged; the UI thread's time) and the rescoring an edit starts, validating (directly, the snapshot, and the Validation view end to end). Asserts nothing about
 * times. Runs only with the environment variable {@code RAPPORT_BENCH=1}:
 * {@code RAPPORT_BENCH=1 xvfb-run -a mvn verify ... -Dtest=LargePlanBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LargePlanBenchmark {

	private static final int CONTACTS = size();
	private static final String COUNT = String.format(Locale.ROOT, "%,d", CONTACTS);
	/** Timed runs per measure: 7, or the number in {@code RAPPORT_BENCH_RUNS} (3 keep a 100,000-contact run short). */
	private static final int RUNS = runs();
	/** How much longer than at 10,000 contacts the waits may take. */
	private static final int SCALE = Math.max(1, CONTACTS / 10_000);

	private final Robot robot = Robot.current();

	private static int runs() {
		String runs = System.getenv("RAPPORT_BENCH_RUNS");
		return runs == null || runs.isBlank() ? 7 : Integer.parseInt(runs.strip());
	}

	/** 10,000 contacts, or the number in {@code RAPPORT_BENCH_CONTACTS}. */
	private static int size() {
		String size = System.getenv("RAPPORT_BENCH_CONTACTS");
		return size == null || size.isBlank() ? 10_000 : Integer.parseInt(size.strip());
	}

	@Test
	void largePlan() throws Exception {
		Assumptions.assumeTrue("1".equals(System.getenv("RAPPORT_BENCH")), "a benchmark: runs with RAPPORT_BENCH=1");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		long t0 = System.nanoTime();
		NetworkingPlan generated = LargePlans.generate(CONTACTS);
		long generate = System.nanoTime() - t0;
		t0 = System.nanoTime();
		Path file = LargePlans.save(generated, "bench-" + CONTACTS);
		long save = System.nanoTime() - t0;
		// the editor loads its own copy: this one would only take heap (half a gigabyte at 100,000 contacts)
		generated = null;
		print("generate " + COUNT + " contacts", generate);
		print("save", save);

		ContactsView contacts = (ContactsView) page.showView(UiIds.VIEW_CONTACTS);
		Table table = robot.byId(page.getWorkbenchWindow().getShell(), UiIds.VIEW_CONTACTS_TABLE, Table.class);
		t0 = System.nanoTime();
		PlanEditor editor = (PlanEditor) PlanEditors.open(page, file);
		long opened = System.nanoTime() - t0;
		robot.waitUntil("the Contacts view shows the plan", () -> contacts.getRows().size() == CONTACTS,
				scaled(15));
		robot.flush();
		long shown = System.nanoTime() - t0;
		print("open in the plan editor (PlanEditors.open returns)", opened);
		print("open until the Contacts view lists " + COUNT + " and paints", shown);
		try {
			NetworkingPlan plan = editor.getPlan();
			contactsPage(editor, plan);
			interactionsPage(editor, plan);
			otherPages(editor, plan);
			oneEdit(editor, plan);
			incrementalRescoring(editor, plan);
			exportFinish(editor, plan);
			String word = plan.getContacts().get(5).getOrganization().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
			median("Contacts view: filter '" + word + "' (index, table, paint)", () -> {
				contacts.filterNow(word);
				table.update();
				contacts.filterNow("");
				table.update();
				return null;
			}, 2);
			median("Contacts view: filter 'zz' (few matches; index, table, paint)", () -> {
				contacts.filterNow("zz");
				table.update();
				contacts.filterNow("");
				table.update();
				return null;
			}, 2);
			median("Contacts view: sort " + COUNT + " by last contact (index, table, paint)", () -> {
				contacts.sort(ContactColumns.LAST_CONTACT, false);
				table.update();
				return null;
			}, 1);
			median("Contacts view: sort " + COUNT + " by name", () -> {
				contacts.sort(ContactColumns.NAME, true);
				table.update();
				return null;
			}, 1);
			median("Contacts view: sort " + COUNT + " by audience", () -> {
				contacts.sort(ContactColumns.AUDIENCES, true);
				table.update();
				return null;
			}, 1);
			median("Contacts view: sort " + COUNT + " by tier", () -> {
				contacts.sort(ContactColumns.TIER, true);
				table.update();
				return null;
			}, 1);
			int[] problems = new int[1];
			median("PlanValidation.validate (" + COUNT + " contacts; in a job since the replica)", () -> {
				problems[0] = PlanValidation.problems(PlanValidation.validate(plan)).size();
				return null;
			}, 1);
			System.out.println("BENCH problems found: " + problems[0]);
			median("PlanSnapshot.of (a whole copy, as the export job takes of the replica's; once on the UI thread)",
					() -> PlanSnapshot.of(plan), 1);

			ValidationView validation = (ValidationView) page.showView(ValidationView.ID);
			page.activate(editor);
			median("Validation view end to end after a change (300 ms pause, validate, table)", () -> {
				int before = validation.getResultCount();
				plan.setName(plan.getName() + "x");
				// the debounce delay (300 ms) is part of what the user sees; wait for the result
				robot.waitUntil("validation ends", () -> validation.getResultCount() > before,
						scaled(60));
				return null;
			}, 1);
		} finally {
			page.closeEditor(editor, false);
		}
	}

	/** The editor's Contacts page: first shown (created, filled, painted), then filtered and sorted. */
	private void contactsPage(PlanEditor editor, NetworkingPlan plan) {
		long t0 = System.nanoTime();
		editor.setActivePage(UiIds.PAGE_CONTACTS);
		Control control = editor.findPage(UiIds.PAGE_CONTACTS).getPartControl();
		Table table = robot.byId(control, UiIds.CONTACTS_TABLE, Table.class);
		long created = System.nanoTime() - t0;
		table.update();
		long painted = System.nanoTime() - t0;
		print("Contacts page: first shown (setActivePage returns)", created);
		print("Contacts page: first shown and its table painted", painted);
		robot.flush();
		Text filter = robot.byId(control, UiIds.CONTACTS_FILTER, Text.class);
		String word = plan.getContacts().get(5).getOrganization().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
		median("Contacts page: filter '" + word + "' as typed, until the rows change and paint", () -> {
			filter.setText(word);
			robot.waitUntil("the page filters", () -> table.getItemCount() < CONTACTS, scaled(15));
			table.update();
			filter.setText("");
			robot.waitUntil("the page shows all", () -> table.getItemCount() == CONTACTS, scaled(15));
			table.update();
			return null;
		}, 2);
		TableColumn lastContact = Arrays.stream(table.getColumns()).filter(c -> "Last Contact".equals(c.getText()))
				.findFirst().orElseThrow();
		median("Contacts page: sort " + COUNT + " by last contact (header click, table, paint)", () -> {
			lastContact.notifyListeners(SWT.Selection, new Event());
			table.update();
			return null;
		}, 1);
		editor.setActivePage(UiIds.PAGE_OVERVIEW);
	}

	/** The editor's Interactions page (some 50,000 interactions and 10,000 follow-ups): first shown. */
	private void interactionsPage(PlanEditor editor, NetworkingPlan plan) {
		long t0 = System.nanoTime();
		editor.setActivePage(InteractionsPage.ID);
		Control control = editor.findPage(InteractionsPage.ID).getPartControl();
		Table table = robot.byId(control, InteractionIds.INTERACTIONS, Table.class);
		long created = System.nanoTime() - t0;
		table.update();
		long painted = System.nanoTime() - t0;
		String what = "Interactions page (" + plan.getInteractions().size() + " interactions): first shown";
		print(what + " (setActivePage returns)", created);
		print(what + " and painted", painted);
		robot.flush();
		TableColumn summary = Arrays.stream(table.getColumns()).filter(c -> "Summary".equals(c.getText())).findFirst()
				.orElseThrow();
		median("Interactions page: sort by summary (header click, table, paint)", () -> {
			summary.notifyListeners(SWT.Selection, new Event());
			table.update();
			return null;
		}, 1);
		editor.setActivePage(UiIds.PAGE_OVERVIEW);
	}

	/** The other pages of the editor, each first shown (created, filled, painted) with the plan's counts. */
	private void otherPages(PlanEditor editor, NetworkingPlan plan) {
		String[] pages = { UiIds.PAGE_OVERVIEW, GoalsPage.ID, AudiencesPage.ID, OpportunitiesPage.ID, GiveTakePage.ID,
				LearningPage.ID, ReviewsPage.ID };
		System.out.printf(Locale.ROOT, "BENCH the plan has %d goals, %d audiences, %d opportunities, %d exchanges, "
				+ "%d thank-you notes, %d skills, %d reviews%n", plan.getGoals().size(), plan.getAudiences().size(),
				plan.getOpportunities().size(), plan.getExchanges().size(), plan.getGratitudes().size(),
				plan.getSkills().size(), plan.getReviews().size());
		for (String id : pages) {
			editor.setActivePage(UiIds.PAGE_CONTACTS);
			robot.flush();
			long t0 = System.nanoTime();
			editor.setActivePage(id);
			editor.findPage(id).getPartControl().update();
			print("page '" + id + "': first shown and painted", System.nanoTime() - t0);
			robot.flush();
		}
		editor.setActivePage(UiIds.PAGE_OVERVIEW);
	}

	/**
	 * One edit (a first name; then an interaction logged as the Log Interaction dialog does) on the Contacts page once
	 * every page was opened, with the Contacts, Agenda, Scorecard and Validation
	 * views open: the time the UI thread is busy from the command until everything it causes has settled (the
	 * refreshes of pages, views and status line, and the hand-offs of scoring and validation to their jobs, which
	 * start after the model has been quiet for 300 ms), measured as the time spent in
	 * {@code Display.readAndDispatch} while that lasts. Undone after each run; edit and undo are each one operation.
	 */
	private void oneEdit(PlanEditor editor, NetworkingPlan plan) throws Exception {
		IWorkbenchPage page = editor.getSite().getPage();
		ScorecardView scorecard = (ScorecardView) page.showView(ScorecardView.ID);
		ValidationView validation = (ValidationView) page.showView(ValidationView.ID);
		page.showView(AgendaView.ID);
		page.activate(editor);
		editor.setActivePage(UiIds.PAGE_CONTACTS);
		PlanScoring scoring = editor.getAdapter(PlanScoring.class);
		BooleanSupplier settled = () -> !scoring.isScoring() && !validation.isValidating();
		robot.waitUntil("the first scoring and validation end", () -> {
			robot.flush();
			return settled.getAsBoolean() && scorecard.getScoring() == scoring;
		}, scaled(120));
		Contact contact = plan.getContacts().get(0);
		String name = contact.getFirstName();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Display display = robot.display();
		long[] busy = new long[3];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Supplier<Command> firstName = () -> SetCommand.create(editor.getEditingDomain(), contact,
				RapportPackage.Literals.CONTACT__FIRST_NAME, name + "x");
		// as the Log Interaction dialog's Finish: the interaction added to the plan's long list, follow-ups answered
		LocalDate today = LocalDate.now();
		Contact withFollowUps = plan.getContacts().stream()
				.filter(c -> !FollowUps.answerable(List.of(c), today).isEmpty()).findFirst().orElse(contact);
		Supplier<Command> logging = () -> FollowUpCommands.logInteraction(editor.getEditingDomain(), plan,
				new LogRequest(List.of(withFollowUps), Channel.PHONE, today, "Caught up", null,
						FollowUps.answerable(List.of(withFollowUps), today), today.plusDays(30), null));
		AtomicReference<Supplier<Command>> edit = new AtomicReference<>(firstName);
		long[] dispatching = new long[1];
		Supplier<Object> editAndUndo = () -> {
			long cpu = threads.getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			stack.execute(edit.get().get());
			long wall = System.nanoTime() - t0;
			dispatching[0] = threads.getCurrentThreadCpuTime() - cpu;
			wall += settle(display, settled, dispatching);
			long undo = threads.getCurrentThreadCpuTime();
			t0 = System.nanoTime();
			stack.undo();
			wall += System.nanoTime() - t0;
			dispatching[0] += threads.getCurrentThreadCpuTime() - undo;
			wall += settle(display, settled, dispatching);
			busy[0] = threads.getCurrentThreadCpuTime() - cpu;
			busy[1] = wall;
			busy[2] = dispatching[0];
			return null;
		};
		// the floor of that measure: the event loop polled for 700 ms with nothing to do (settle's shortest wait)
		long[] idle = new long[1];
		median("  the event loop alone for 700 ms, nothing to do: UI-thread CPU", () -> {
			long cpu = threads.getCurrentThreadCpuTime();
			settle(display, () -> true);
			idle[0] = threads.getCurrentThreadCpuTime() - cpu;
			return null;
		}, 1, () -> idle[0]);
		median("one edit (a first name), every page and view open: UI-thread CPU until settled", editAndUndo, 2,
				() -> busy[0]);
		median("the same: UI thread busy (wall clock in readAndDispatch) until settled", editAndUndo, 2,
				() -> busy[1]);
		median("the same: UI-thread CPU of the command and the dispatches that did something", editAndUndo, 2,
				() -> busy[2]);
		edit.set(logging);
		median("one edit (an interaction logged among " + plan.getInteractions().size()
				+ "), every page and view open: UI-thread CPU until settled", editAndUndo, 2, () -> busy[0]);
		median("the same: UI thread busy (wall clock in readAndDispatch) until settled", editAndUndo, 2,
				() -> busy[1]);
		median("the same: UI-thread CPU of the command and the dispatches that did something", editAndUndo, 2,
				() -> busy[2]);
		editor.setActivePage(UiIds.PAGE_OVERVIEW);
	}

	/**
	 * The editor's rescoring after one edit, step by step as {@link PlanScoring} takes it once the model is quiet: the
	 * editor's replica brought up to date with the edit (on the UI thread), then, in its job, the strategies the edit
	 * affects ({@link IncrementalScoring#toScore}) scored on the replica's plan (through {@link Rescorings}, from what
	 * they kept at the run before), their findings mapped back to the
	 * plan's objects, and the outcomes merged with those kept into a new health. Measured for an edit of a contact (a
	 * first name, which most strategies look at) and of a goal; each undone after its run.
	 */
	private void incrementalRescoring(PlanEditor editor, NetworkingPlan plan) {
		PlanScoring scoring = editor.getAdapter(PlanScoring.class);
		PlanReplica replica = editor.getAdapter(PlanReplica.class);
		ValidationView validation = (ValidationView) editor.getSite().getPage().findView(ValidationView.ID);
		IStrategyRegistry registry = scoring.getRegistry();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Contact contact = plan.getContacts().get(1);
		rescoring(editor, "a first name", contact, RapportPackage.Literals.CONTACT__FIRST_NAME, contact.getFirstName() + "x",
				scoring, replica, validation, registry, stack);
		NetworkingGoal goal = plan.getGoals().get(0);
		rescoring(editor, "a goal's description", goal, RapportPackage.Literals.NETWORKING_GOAL__DESCRIPTION,
				goal.getDescription() + " x", scoring, replica, validation, registry, stack);
	}

	/**
	 * What File &gt; Export's Finish and the start of a plan review cost the UI thread for the plan: the editor's
	 * replica brought up to date with one edit just made and taken ({@link ReplicaLease#take}), where they took a
	 * whole copy ({@code PlanSnapshot.of}) before. Each run waits until scoring and validation have let go of the
	 * replica, edits a first name, times the taking, gives the replica back and undoes the edit.
	 */
	private void exportFinish(PlanEditor editor, NetworkingPlan plan) {
		PlanScoring scoring = editor.getAdapter(PlanScoring.class);
		PlanReplica replica = editor.getAdapter(PlanReplica.class);
		ValidationView validation = (ValidationView) editor.getSite().getPage().findView(ValidationView.ID);
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Contact contact = plan.getContacts().get(2);
		String name = contact.getFirstName();
		Display display = robot.display();
		long[] took = new long[1];
		median("export's Finish / a review's start after one edit: the replica taken (UI thread)", () -> {
			settle(display, () -> !scoring.isScoring() && (validation == null || !validation.isValidating()));
			stack.execute(SetCommand.create(editor.getEditingDomain(), contact,
					RapportPackage.Literals.CONTACT__FIRST_NAME, name + "x"));
			long t0 = System.nanoTime();
			ReplicaLease lease = ReplicaLease.take(replica);
			took[0] = System.nanoTime() - t0;
			assertNotNull(lease, "the replica was free");
			lease.release();
			stack.undo();
			return null;
		}, 1, () -> took[0]);
	}

	private void rescoring(PlanEditor editor, String what, EObject object, EStructuralFeature feature, Object value,
			PlanScoring scoring, PlanReplica replica, ValidationView validation, IStrategyRegistry registry,
			CommandStack stack) {
		Set<String> classes = new HashSet<>();
		EContentAdapter recorder = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				classes.addAll(IncrementalScoring.changeOf(notification).eClassNames());
			}
		};
		long[] apply = new long[RUNS];
		long[] score = new long[RUNS];
		long[] merge = new long[RUNS];
		List<String> scored = new ArrayList<>();
		int[] builtIns = new int[1];
		// as the editor's scoring: the strategies that score incrementally start from what they kept at the run before
		// (the first run, a warm-up, scores in full)
		Rescorings rescorings = new Rescorings(replica);
		for (int run = -1; run < RUNS; run++) {
			robot.waitUntil("scoring and validation are idle", () -> {
				robot.flush();
				return !scoring.isScoring() && (validation == null || !validation.isValidating());
			}, scaled(120));
			classes.clear();
			editor.getPlan().eAdapters().add(recorder);
			stack.execute(SetCommand.create(editor.getEditingDomain(), object, feature, value));
			editor.getPlan().eAdapters().remove(recorder);
			// no event loop in between: the scoring's own timer cannot take the replica first
			long t0 = System.nanoTime();
			PlanSnapshot snapshot = replica.acquire();
			long t1 = System.nanoTime();
			try {
				// the seven built-in strategies, as the product has them (the test bundle's fakes, one of which sleeps on
				// purpose, and the example plugin's are left out)
				List<StrategyDescriptor> strategies = registry.getStrategies().stream()
						.filter(strategy -> strategy.getId().startsWith("org.rapport.strategies.")).toList(); //$NON-NLS-1$
				builtIns[0] = strategies.size();
				List<StrategyDescriptor> affected = IncrementalScoring.toScore(strategies, false, classes, Set.of());
				ScoringContext context = new ScoringContext(LocalDate.now(), FollowUpPreferences.current(), () -> false,
						RapportLabels::date);
				Map<String, StrategyOutcome> fresh = new HashMap<>();
				for (StrategyDescriptor strategy : affected) {
					fresh.put(strategy.getId(),
							snapshot.mapBack(rescorings.score(registry, strategy, snapshot.getPlan(), context)));
				}
				long t2 = System.nanoTime();
				Map<String, StrategyOutcome> kept = new HashMap<>();
				scoring.getHealth().getOutcomes().forEach(outcome -> kept.put(outcome.getStrategy().getId(), outcome));
				new PlanHealth(IncrementalScoring.merge(strategies, kept, fresh, false), registry::getWeight);
				long t3 = System.nanoTime();
				if (run >= 0) {
					apply[run] = t1 - t0;
					score[run] = t2 - t1;
					merge[run] = t3 - t2;
				}
				scored.clear();
				affected.forEach(strategy -> scored.add(strategy.getName()));
			} finally {
				replica.release();
				stack.undo();
			}
		}
		rescorings.dispose();
		long[] total = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			total[i] = apply[i] + score[i] + merge[i];
		}
		String edit = "rescoring after one edit (" + what + "; " + scored.size() + " of " + builtIns[0] + " strategies)";
		print(edit + ": total", total);
		print("  of which the replica brought up to date (UI thread)", apply);
		print("  of which scoring the affected strategies (job)", score);
		print("  of which merging into a new health", merge);
		System.out.println("BENCH   strategies scored: " + String.join(", ", scored));
	}

	private static java.time.Duration scaled(long seconds) {
		return java.time.Duration.ofSeconds(seconds * SCALE);
	}

	private static void print(String what, long[] nanos) {
		long[] times = nanos.clone();
		Arrays.sort(times);
		System.out.printf(Locale.ROOT, "BENCH %-75s median %8.1f ms  min %8.1f ms  max %8.1f ms%n", what,
				times[times.length / 2] / 1e6, times[0] / 1e6, times[times.length - 1] / 1e6);
	}

	/**
	 * Runs the event loop until {@code done} holds and the queue is empty, at least 700 ms (past the 300 ms quiet
	 * periods), at most 60 s (at 10,000 contacts); returns the time spent dispatching.
	 */
	private static long settle(Display display, BooleanSupplier done) {
		return settle(display, done, null);
	}

	/**
	 * As {@link #settle(Display, BooleanSupplier)}, adding to {@code cpu[0]} the UI thread's CPU time in the dispatches
	 * that did something: the polling of an idle queue, which a product's event loop spends asleep instead, left out.
	 */
	private static long settle(Display display, BooleanSupplier done, long[] cpu) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long busy = 0;
		while (true) {
			long c0 = cpu == null ? 0 : threads.getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			boolean dispatched = display.readAndDispatch();
			long spent = System.nanoTime() - t0;
			if (dispatched) {
				busy += spent;
				if (cpu != null) {
					cpu[0] += threads.getCurrentThreadCpuTime() - c0;
				}
				continue;
			}
			long elapsed = System.nanoTime() - start;
			if ((elapsed > 700_000_000L && done.getAsBoolean()) || elapsed > scaled(60).toNanos()) {
				return busy;
			}
			try {
				Thread.sleep(2);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return busy;
			}
		}
	}

	private void median(String what, Supplier<Object> run, int operations, LongSupplier measured) {
		run.get(); // warm up
		long[] times = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			run.get();
			times[i] = measured.getAsLong() / operations;
		}
		Arrays.sort(times);
		System.out.printf(Locale.ROOT, "BENCH %-75s median %8.1f ms  min %8.1f ms  max %8.1f ms%n", what,
				times[RUNS / 2] / 1e6, times[0] / 1e6, times[RUNS - 1] / 1e6);
	}

	private void median(String what, Supplier<Object> run, int operations) {
		run.get(); // warm up
		long[] times = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long t0 = System.nanoTime();
			run.get();
			times[i] = (System.nanoTime() - t0) / operations;
		}
		Arrays.sort(times);
		System.out.printf(Locale.ROOT, "BENCH %-75s median %8.1f ms  min %8.1f ms  max %8.1f ms%n", what,
				times[RUNS / 2] / 1e6, times[0] / 1e6, times[RUNS - 1] / 1e6);
	}

	private static void print(String what, long nanos) {
		System.out.printf(Locale.ROOT, "BENCH %-75s %8.1f ms%n", what, nanos / 1e6);
	}
}
