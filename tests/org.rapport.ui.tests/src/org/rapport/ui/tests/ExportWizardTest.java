/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryRegistryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.interchange.exporter.XmiExporter;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.importer.GoogleContactsImporter;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.interchange.importer.VCardImporter;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.store.PlanStore;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.interchange.ExportJob;
import org.rapport.ui.internal.interchange.InterchangeIds;
import org.rapport.ui.internal.outcome.Outcomes;
import org.rapport.ui.internal.scoring.ReplicaLease;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;

/**
 * File &gt; Export &gt; Rapport as a user does it, on a copy of the sample plan: each format written to a typed
 * file name and read back by another reader (dynamic EMF for XMI, the core's importers for vCard and Google CSV,
 * iCal4j for iCalendar); replacing a file is asked first; a cancelled export leaves the file as it was; an edit made
 * while the export runs is not in the file; Finish while scoring holds the plan waits for it in the wizard.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ExportWizardTest {

	private final Robot robot = Robot.current();

	@TempDir
	Path dir;

	private PlanEditor editor;
	private NetworkingPlan plan;

	@BeforeEach
	void openACopyOfTheSamplePlan() throws Exception {
		robot.activate(Workbench.shell());
		Path file = dir.resolve("export-test.rapport");
		new PlanStore().save(SamplePlan.create(LocalDate.now()), file);
		editor = InterchangeUi.open(robot, file);
		plan = editor.getPlan();
	}

	@AfterEach
	void closeThePlan() {
		Job.getJobManager().cancel(ExportJob.FAMILY);
		InterchangeUi.close(editor);
	}

	@Test
	void xmiWithTheModelBesideItLoadsInDynamicEmf() throws Exception {
		Path target = dir.resolve("shared").resolve("plan.xmi");
		Files.createDirectories(target.getParent());
		String[] what = new String[1];
		exportWith(shell -> {
			Text file = robot.showingById(shell, InterchangeIds.EXPORT_FILE, Text.class);
			assertTrue(file.getText().endsWith("export-test.xmi"), "the file name follows the plan and format: " + file.getText());
			what[0] = robot.showingById(shell, InterchangeIds.EXPORT_WHAT, Label.class).getText();
			type(file, target);
			InterchangeUi.paint(robot, shell, "ExportWizard-xmi");
		}, "xmi");
		awaitExport(target);
		assertEquals("The whole plan will be written, with rapport.ecore beside it.", what[0]);

		Path ecore = target.resolveSibling(XmiExporter.ECORE_FILE_NAME);
		assertTrue(Files.isRegularFile(ecore), "rapport.ecore is written beside the export");
		// nothing of Rapport registered: EMF finds the model through the file's schema location, next to it
		Resource resource = isolatedResourceSet().getResource(URI.createFileURI(target.toString()), true);
		EObject root = resource.getContents().get(0);
		assertEquals(RapportPackage.eNS_URI, root.eClass().getEPackage().getNsURI());
		assertFalse(root instanceof NetworkingPlan, "a dynamic object, not our generated class");
		assertEquals(plan.getName(), root.eGet(root.eClass().getEStructuralFeature("name")));
		List<?> contacts = (List<?>) root.eGet(root.eClass().getEStructuralFeature("contacts"));
		assertEquals(plan.getContacts().size(), contacts.size(), "every contact");
		for (Contact contact : plan.getContacts()) {
			EObject twin = resource.getEObject(Workbench.idOf(contact));
			assertNotNull(twin, "the contact keeps its id " + Workbench.idOf(contact));
			assertEquals(contact.getLastName(), twin.eGet(twin.eClass().getEStructuralFeature("lastName")));
			assertEquals(contact.getInteractions().size(),
					((List<?>) twin.eGet(twin.eClass().getEStructuralFeature("interactions"))).size());
		}
		assertFalse(editor.isDirty(), "an export does not change the plan");
	}

	@Test
	void contactsAsVCard4AndAsGoogleCsvAreReadBackByTheImporters() throws Exception {
		Path vcf = dir.resolve("contacts.vcf");
		exportWith(shell -> {
			Combo version = robot.showingById(shell, InterchangeIds.EXPORT_VCARD_VERSION, Combo.class);
			robot.waitUntil("the version can be chosen for vCard", version::isEnabled);
			// a read-only GTK combo opens a native popup the robot cannot reach: select as the popup would
			version.select(version.indexOf("4.0"));
			type(robot.showingById(shell, InterchangeIds.EXPORT_FILE, Text.class), vcf);
			InterchangeUi.paint(robot, shell, "ExportWizard-vcard");
		}, "vcard");
		awaitExport(vcf);
		String text = Files.readString(vcf, StandardCharsets.UTF_8);
		assertTrue(text.contains("VERSION:4.0"), "vCard 4.0 as chosen");
		ParsedContacts cards = read(new VCardImporter(), vcf);
		assertEquals(names(plan), cards.records().stream().map(ContactRecord::getFullName).toList(), "every contact");

		Path csv = dir.resolve("google.csv");
		exportWith(shell -> type(robot.showingById(shell, InterchangeIds.EXPORT_FILE, Text.class), csv), "google_csv");
		awaitExport(csv);
		ParsedContacts rows = read(new GoogleContactsImporter(), csv);
		assertEquals(names(plan), rows.records().stream().map(ContactRecord::getFullName).toList(), "every contact");
		assertTrue(rows.records().stream().allMatch(r -> r.getRejection() == null), "no row rejected");
	}

	@Test
	void followUpsAndEventsAsICalendarPassValidation() throws Exception {
		Path ics = dir.resolve("agenda.ics");
		exportWith(shell -> {
			Button openOnly = robot.showingById(shell, InterchangeIds.EXPORT_OPEN_ONLY, Button.class);
			robot.waitUntil("open-only can be ticked for iCalendar", openOnly::isEnabled);
			if (openOnly.getSelection()) {
				robot.click(openOnly);
			}
			for (String option : List.of(InterchangeIds.EXPORT_FOLLOW_UP_EVENTS, InterchangeIds.EXPORT_REMINDER)) {
				Button tick = robot.showingById(shell, option, Button.class);
				if (!tick.getSelection()) {
					robot.click(tick);
				}
				robot.waitUntil(option + " is ticked", tick::getSelection);
			}
			Spinner days = robot.showingById(shell, InterchangeIds.EXPORT_REMINDER_DAYS, Spinner.class);
			robot.waitUntil("the reminder's days can be set once it is ticked", days::isEnabled);
			type(robot.showingById(shell, InterchangeIds.EXPORT_FILE, Text.class), ics);
			InterchangeUi.paint(robot, shell, "ExportWizard-ics");
		}, "icalendar");
		awaitExport(ics);
		Calendar calendar;
		try (InputStream in = Files.newInputStream(ics)) {
			calendar = new CalendarBuilder().build(in);
		}
		assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
		assertEquals(plan.getFollowUps().size(), calendar.getComponents(Component.VTODO).size(), "every follow-up");
		long dates = plan.getContacts().stream()
				.mapToLong(c -> (c.getBirthday() != null ? 1 : 0) + c.getImportantDates().size()).sum();
		assertTrue(dates > 0, "the sample plan has birthdays and dates");
		assertEquals(plan.getOpportunities().stream().filter(o -> o.getDate() != null).count() + dates
				+ plan.getFollowUps().stream().filter(f -> f.getDueDate() != null).count(),
				calendar.getComponents(Component.VEVENT).size(),
				"every dated opportunity, birthday and date, and every follow-up as an event too");
		assertTrue(Files.readString(ics, StandardCharsets.UTF_8).contains("TRIGGER:-PT15H\r\n"),
				"the reminder ticked: 9:00 the day before");
	}

	@Test
	void replacingAFileIsAskedAndACancelledExportLeavesItAsItWas() throws Exception {
		Path target = dir.resolve("contacts.vcf");
		Files.writeString(target, "previous export", StandardCharsets.UTF_8);
		List<String> questions = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		AtomicReference<IStatus> result = new AtomicReference<>();
		// the user cancels the export as soon as it runs (the Cancel of the progress dialog does job.cancel())
		IJobChangeListener canceller = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ExportJob.FAMILY)) {
					event.getJob().cancel();
				}
			}

			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ExportJob.FAMILY)) {
					result.set(event.getResult());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(canceller);
		try {
			InterchangeUi.inFileDialog(robot, "Export...", "Export", shell -> {
				InterchangeUi.chooseWizard(robot, shell, "calendar", "Plan, Contacts or Calendar");
				WizardDialog dialog = (WizardDialog) shell.getData();
				Text file = robot.showingById(shell, InterchangeIds.EXPORT_FILE, Text.class);
				robot.click(robot.showingById(shell, "export.format.vcard", Button.class));

				// names that cannot be written are refused on the page, with Finish off
				type(file, dir);
				problems.add(dialog.getCurrentPage().getErrorMessage());
				assertFalse(InterchangeUi.button(shell, "Finish").isEnabled());
				type(file, editor.getFile());
				problems.add(dialog.getCurrentPage().getErrorMessage());
				type(file, dir.resolve("no such folder").resolve("x.vcf"));
				problems.add(dialog.getCurrentPage().getErrorMessage());

				type(file, target);
				ShellWatcher no = robot.onShell("the question whether to replace the file", s -> "File Exists".equals(s.getText()),
						question -> {
							questions.add(messageOf(question));
							robot.click(InterchangeUi.button(question, "No"));
						});
				InterchangeUi.press(robot, shell, "Finish");
				no.await();
				assertFalse(shell.isDisposed(), "No keeps the wizard open");
				ShellWatcher yes = robot.onShell("the question again", s -> "File Exists".equals(s.getText()),
						question -> robot.click(InterchangeUi.button(question, "Yes")));
				InterchangeUi.press(robot, shell, "Finish");
				yes.await();
			});
			robot.waitUntil("the export job ended", () -> result.get() != null, Duration.ofSeconds(30));
		} finally {
			Job.getJobManager().removeJobChangeListener(canceller);
		}
		assertEquals(dir.toString() + " is a folder, not a file.", problems.get(0));
		assertEquals(editor.getFile() + " is the plan's own file; choose another name.", problems.get(1));
		assertEquals("The folder " + dir.resolve("no such folder") + " does not exist.", problems.get(2));
		assertEquals(List.of(target + " already exists. Replace it?"), questions);
		assertEquals(IStatus.CANCEL, result.get().getSeverity(), "the export was cancelled: " + result.get());
		assertEquals("previous export", Files.readString(target), "the file is as it was");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("contacts.vcf", "export-test.rapport"),
					files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left behind");
		}
		assertEquals(0, Job.getJobManager().find(ExportJob.FAMILY).length, "no export left running");
	}

	/**
	 * An export that fails while writing (here: the file system refuses the name of the temporary file next to a
	 * target whose name is as long as a name can be) tells the user why in a dialog, and the file that was there is untouched.
	 */
	@Test
	void aFailedExportSaysWhyAndLeavesTheFileAsItWas() throws Exception {
		Path target = dir.resolve("c".repeat(251) + ".vcf");
		Files.writeString(target, "previous export", StandardCharsets.UTF_8);
		List<String> report = new ArrayList<>();
		ShellWatcher problem = robot.onShell("the dialog that says the export failed", s -> "Export Failed".equals(s.getText()),
				shell -> {
					Widgets.findAll(shell, Label.class, l -> l.getText().contains("failed")).forEach(l -> report.add(l.getText()));
					InterchangeUi.paint(robot, shell, "ExportWizard-failed");
					robot.click(InterchangeUi.button(shell, "OK"));
				});
		exportWith(shell -> {
			type(robot.showingById(shell, InterchangeIds.EXPORT_FILE, Text.class), target);
			robot.onShell("the question whether to replace the file", s -> "File Exists".equals(s.getText()),
					question -> robot.click(InterchangeUi.button(question, "Yes")));
		}, "vcard");
		problem.await(Duration.ofSeconds(60));
		robot.waitUntil("the export job is done", () -> Job.getJobManager().find(ExportJob.FAMILY).length == 0);

		assertEquals(1, report.size(), "one message: " + report);
		assertTrue(report.get(0).startsWith("The export to " + target + " failed: File name too long."), report.get(0));
		assertTrue(report.get(0).endsWith("Nothing was written; a file that was there is as it was."), report.get(0));
		assertEquals("previous export", Files.readString(target), "the file is as it was");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(2, files.count(), "the plan and the old export, no temporary file");
		}
	}

	@Test
	void anEditRightAfterFinishIsNotInTheExport() throws Exception {
		Path csv = dir.resolve("before-the-edit.csv");
		List<String> atFinish = names(plan);
		Contact renamed = plan.getContacts().get(0);
		EditingDomain domain = editor.getEditingDomain();
		// the edit lands after Finish and before the job copies the plan: as the job is about to run
		IJobChangeListener editAfterFinish = new JobChangeAdapter() {
			@Override
			public void aboutToRun(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ExportJob.FAMILY)) {
					Display.getDefault().syncExec(() -> domain.getCommandStack().execute(SetCommand.create(domain,
							renamed, RapportPackage.Literals.CONTACT__LAST_NAME, "Edited After Finish")));
				}
			}
		};
		Job.getJobManager().addJobChangeListener(editAfterFinish);
		try {
			exportWith(shell -> type(robot.showingById(shell, InterchangeIds.EXPORT_FILE, Text.class), csv), "google_csv");
			awaitExport(csv);
		} finally {
			Job.getJobManager().removeJobChangeListener(editAfterFinish);
		}
		assertEquals("Edited After Finish", renamed.getLastName(), "the edit was made");
		ParsedContacts rows = read(new GoogleContactsImporter(), csv);
		assertEquals(atFinish, rows.records().stream().map(ContactRecord::getFullName).toList(),
				"the contacts as they were at Finish");
	}

	@Test
	void finishWhileScoringHoldsThePlanWaitsInTheWizardThenExports() throws Exception {
		Path csv = dir.resolve("after-the-wait.csv");
		PlanReplica replica = editor.getAdapter(PlanReplica.class);
		// held as scoring or validation holds it, from before Finish until the wizard shows that it waits
		ReplicaLease held = robot.waitFor("the plan's replica is free", () -> ReplicaLease.take(replica));
		Display display = robot.display();
		boolean[] waited = new boolean[1];
		Runnable releaseOnceWaiting = new Runnable() {
			@Override
			public void run() {
				if (waited[0]) {
					return;
				}
				boolean waiting = Arrays.stream(display.getShells()).anyMatch(shell -> !Widgets
						.findAll(shell, Label.class, l -> Widgets.isShowing(l) && l.getText().contains("Taking a snapshot of the plan"))
						.isEmpty());
				if (waiting) {
					waited[0] = true;
					held.release();
				} else {
					display.timerExec(50, this);
				}
			}
		};
		try {
			exportWith(shell -> {
				type(robot.showingById(shell, InterchangeIds.EXPORT_FILE, Text.class), csv);
				display.timerExec(50, releaseOnceWaiting);
			}, "google_csv");
			awaitExport(csv);
		} finally {
			held.release();
		}
		assertTrue(waited[0], "the wizard showed that it waits for the plan");
		ParsedContacts rows = read(new GoogleContactsImporter(), csv);
		assertEquals(names(plan), rows.records().stream().map(ContactRecord::getFullName).toList(), "every contact");
	}

	/** Opens File &gt; Export..., picks Rapport's wizard and the format, runs the steps, presses Finish. */
	private void exportWith(java.util.function.Consumer<Shell> steps, String format) {
		InterchangeUi.inFileDialog(robot, "Export...", "Export", shell -> {
			InterchangeUi.chooseWizard(robot, shell, "calendar", "Plan, Contacts or Calendar");
			Button radio = robot.showingById(shell, "export.format." + format, Button.class);
			robot.click(radio);
			robot.waitUntil("the format " + format + " is chosen", radio::getSelection);
			assertEquals(List.of(radio), Widgets.findAll(shell, Button.class, b -> b.getSelection()
					&& String.valueOf(b.getData(Widgets.ID_KEY)).startsWith(InterchangeIds.EXPORT_FORMAT_PREFIX)),
					"one format is chosen, the others are not");
			Combo planCombo = robot.showingById(shell, InterchangeIds.EXPORT_PLAN, Combo.class);
			assertTrue(planCombo.getText().contains(editor.getFile().toString()), "the active plan: " + planCombo.getText());
			steps.accept(shell);
			InterchangeUi.press(robot, shell, "Finish");
		});
	}

	private void type(Text field, Path path) {
		InterchangeUi.paste(robot, field, path.toString());
	}

	/** Waits until the export job is done, then checks it succeeded and closes the notification it ended with. */
	private void awaitExport(Path target) {
		robot.waitUntil("the export job is done", () -> Job.getJobManager().find(ExportJob.FAMILY).length == 0,
				Duration.ofSeconds(60));
		assertTrue(Files.isRegularFile(target), "the export wrote " + target);
		// the export ends with a notification; closed before the next step types (Display.post gives the robot's
		// keys to the newest top-level window)
		Shell notice = robot.waitFor("the export's notification shows", Outcomes::lastNotificationShell);
		Outcomes.closeNotification();
		robot.waitUntil("the notification closed", notice::isDisposed);
	}

	private static ParsedContacts read(org.rapport.core.interchange.importer.ContactImporter importer, Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return importer.read(in, file.getFileName().toString(), null);
		}
	}

	private static List<String> names(NetworkingPlan plan) {
		return plan.getContacts().stream().map(Contact::getFullName).toList();
	}

	private static String messageOf(Shell dialog) {
		return Widgets.findAll(dialog, Label.class, l -> l.getText().contains("exists")).stream().map(Label::getText)
				.findFirst().orElse("(no message)");
	}

	/** A resource set that knows nothing of Rapport: only XMI, and only the packages a file leads it to. */
	private static ResourceSet isolatedResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		EPackage.Registry packages = new EPackageRegistryImpl();
		packages.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.setPackageRegistry(packages);
		ResourceFactoryRegistryImpl factories = new ResourceFactoryRegistryImpl() {
			@Override
			protected Resource.Factory delegatedGetFactory(URI uri, String contentTypeIdentifier) {
				return null;
			}
		};
		factories.getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
		resourceSet.setResourceFactoryRegistry(factories);
		resourceSet.getLoadOptions().put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		return resourceSet;
	}
}
