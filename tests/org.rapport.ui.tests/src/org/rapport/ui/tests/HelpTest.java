/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.help.internal.HelpIds;
import org.rapport.help.internal.HelpView;
import org.rapport.help.internal.PageViewer;
import org.rapport.help.internal.Welcome;
import org.rapport.help.internal.WelcomePart;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.agenda.AgendaIds;
import org.rapport.ui.internal.editors.goals.GoalsPage;
import org.rapport.ui.internal.views.AgendaView;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Input;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * The help, used as a user would: F1 on an editor page and on a view opens their topics in the Help view, Help >
 * Help Contents shows the guide's table of contents and its pages link to each other, the welcome shows on a first
 * launch until it is closed and comes back from Help > Welcome.
 */
@ExtendWith(ScreenshotOnFailure.class)
class HelpTest {

	private static final String GUIDE = "/" + HelpIds.BUNDLE + "/help/"; //$NON-NLS-1$

	private final Robot robot = Robot.current();

	@TempDir
	Path dir;

	@AfterEach
	void closeHelpAndWelcome() {
		IViewPart help = Workbench.page().findView(HelpIds.VIEW);
		if (help != null) {
			Workbench.page().hideView(help);
		}
		IIntroPart intro = PlatformUI.getWorkbench().getIntroManager().getIntro();
		if (intro != null) {
			PlatformUI.getWorkbench().getIntroManager().closeIntro(intro);
		}
	}

	@Test
	void f1OnAPageAndOnAViewOpensTheirTopics() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Workbench.page().activate(editor);
		editor.setActivePage(GoalsPage.ID);
		Table goals = robot.showingById(Workbench.shell(), "goals.goals", Table.class);
		robot.clickRow(goals, 0);
		robot.pressUntil(0, SWT.F1, "F1 on the Goals page opens its topic", () -> shows("goals.html"));
		HelpView help = helpView();
		assertEquals("Goals and aspirations", help.getPageTitle());
		assertTrue(help.getPageText().contains("Networking Goals"), "the topic describes the page: " + help.getPageText());

		IViewPart agenda = Workbench.page().showView(AgendaIds.VIEW);
		assertTrue(agenda instanceof AgendaView);
		Tree tree = robot.showingById(Workbench.shell(), AgendaIds.TREE, Tree.class);
		robot.clickItem(tree, tree.getItem(0).getItem(0));
		robot.waitUntil("the Agenda is the active part", () -> Workbench.page().getActivePart() == agenda);
		robot.pressUntil(0, SWT.F1, "F1 in the Agenda opens its topic (shows " + help.getPage() + ")",
				() -> shows("agenda.html"));
		assertTrue(help.getPageText().contains("Losing touch"), help.getPageText());
		Workbench.page().showView(UiIds.VIEW_CONTACTS); // the Contacts view in front again, as other tests expect
	}

	@Test
	void helpContentsShowsTheGuidesTableOfContentsAndItsPagesLink() throws Exception {
		Workbench.openSample(robot);
		openHelpMenu();
		robot.pressUntil(0, 'h', "H in the Help menu (Help Contents) opens the Help view",
				() -> Workbench.page().findView(HelpIds.VIEW) != null);
		HelpView help = helpView();
		robot.waitUntil("Help Contents opens the guide on its first page (shows " + help.getPage() + ")",
				() -> (GUIDE + "getting-started.html").equals(help.getPage()));

		Tree toc = robot.showingById(Workbench.shell(), HelpIds.TOC, Tree.class);
		List<String> chapters = Widgets.allItems(toc).stream().map(TreeItem::getText).toList();
		for (String chapter : List.of("Getting started", "The method: five strategies, five attitudes", "Contacts",
				"Goals and aspirations", "Audiences and communication", "Tiers and cadence", "The Agenda and reminders",
				"Scores, findings and validation", "Plan reviews", "Import and export", "Keys")) {
			assertTrue(chapters.contains(chapter), "the table of contents lists " + chapter + ": " + chapters);
		}

		robot.clickItem(toc, toc.getItem(0));
		robot.press(SWT.END); // the last chapter
		robot.waitUntil("End in the contents shows the last chapter, Keys (shows " + help.getPage() + ")",
				() -> (GUIDE + "keys.html").equals(help.getPage()));
		assertTrue(help.getPageText().contains("Ctrl+Alt+L"), help.getPageText());

		robot.clickItem(toc, Widgets.allItems(toc).stream().filter(i -> i.getText().equals("The method: five strategies, five attitudes"))
				.findFirst().orElseThrow());
		robot.waitUntil("the method's page shows", () -> (GUIDE + "method.html").equals(help.getPage()));
		String method = help.getPageText();
		for (String part : List.of("Set goals aligned with your career aspirations",
				"Identify target audiences and tailor your communication",
				"Look for opportunities proactively, online and offline",
				"Build credibility and trust through consistent follow-up", "Keep learning", "Patient and persistent",
				"Authentic", "Open to learning and feedback", "Generous", "Grateful")) {
			assertTrue(method.contains(part), "the method's page explains " + part);
		}

		clickLink(help.viewer(), "Goals");
		robot.waitUntil("a link on a page opens the page it names (shows " + help.getPage() + ")",
				() -> (GUIDE + "goals.html").equals(help.getPage()));
		assertEquals("Goals and aspirations", toc.getSelection()[0].getText(), "the contents follow the page shown");
	}

	@Test
	void theWelcomeShowsUntilClosedAndComesBackFromTheHelpMenu() throws Exception {
		Workbench.openSample(robot);
		robot.activate(Workbench.shell());
		Welcome.reset();
		assertTrue(Welcome.openUnlessDismissed(Workbench.window()), "on a first launch the welcome shows");
		WelcomePart welcome = welcome();
		robot.waitUntil("the welcome page is shown", () -> Widgets.isShowing(welcome.viewer().getControl()));
		assertEquals("Welcome to Rapport", welcome.viewer().getTitle());
		assertTrue(welcome.viewer().getText().contains("How to start"), welcome.viewer().getText());
		if (!welcome.viewer().usesBrowser()) {
			// on a wide screen the lines keep a readable length, as the pages' style sheet makes them in a browser
			GC gc = new GC(welcome.viewer().getControl());
			double character = gc.getFontMetrics().getAverageCharacterWidth();
			gc.dispose();
			Control page = welcome.viewer().getControl();
			robot.waitUntil("the welcome fills a window wide enough to tell", () -> page.getSize().x > 120 * character,
					() -> page.getSize().x + " px");
			robot.waitUntil("no line of the welcome is wider than about 100 characters",
					() -> widestLine(page) <= 101 * character,
					() -> "widest line " + widestLine(page) + " px of " + page.getSize().x);
		}

		Point at = clickLink(welcome.viewer(), "Explore the sample plan");
		robot.waitUntil("its first link closes the welcome (clicked at " + at + ", " + Input.lastMouseDown() + ")",
				() -> PlatformUI.getWorkbench().getIntroManager().getIntro() == null);
		assertTrue(Welcome.isDismissed(), "closing the welcome is remembered");
		assertFalse(Welcome.openUnlessDismissed(Workbench.window()), "the next launch does not show it");
		assertNull(PlatformUI.getWorkbench().getIntroManager().getIntro());

		openHelpMenu();
		robot.pressUntil(0, 'w', "W in the Help menu (Welcome) shows the welcome again",
				() -> PlatformUI.getWorkbench().getIntroManager().getIntro() instanceof WelcomePart part
						&& Widgets.isShowing(part.viewer().getControl()));

		ShellWatcher wizard = robot.onShell("the welcome's Create a plan... opens the New Plan wizard",
				s -> s != Workbench.shell() && s.isVisible(), Shell::close);
		clickLink(welcome().viewer(), "Create a plan...");
		wizard.await(Duration.ofSeconds(20));
		assertNull(PlatformUI.getWorkbench().getIntroManager().getIntro(), "acting on the welcome closes it");
	}

	// ------------------------------------------------------------------------------------------------- helpers

	/** The widest line of a page shown as text, in pixels. */
	private static int widestLine(Control page) {
		StyledText text = Widgets.findAll(page, StyledText.class, t -> true).get(0);
		int widest = 0;
		for (int line = 0; line < text.getLineCount(); line++) {
			int start = text.getOffsetAtLine(line);
			int end = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) - 1 : text.getCharCount();
			if (end > start) {
				widest = Math.max(widest, text.getTextBounds(start, end - 1).width);
			}
		}
		return widest;
	}

	private HelpView helpView() {
		return robot.waitFor("the Help view is open", () -> Workbench.page().findView(HelpIds.VIEW) instanceof HelpView view
				&& Widgets.isShowing(view.viewer().getControl()) ? view : null);
	}

	/** Whether the Help view shows that page of the guide. */
	private static boolean shows(String page) {
		return Workbench.page().findView(HelpIds.VIEW) instanceof HelpView view && (GUIDE + page).equals(view.getPage());
	}

	/** Alt+H, as a user opens the Help menu from the keyboard. */
	private void openHelpMenu() {
		Shell shell = Workbench.shell();
		robot.activate(shell);
		MenuItem help = Arrays.stream(shell.getMenuBar().getItems())
				.filter(item -> item.getText().replace("&", "").equals("Help")).findFirst().orElseThrow();
		robot.pressUntil(SWT.ALT, 'h', "Alt+H opens the Help menu", () -> help.getMenu().isVisible());
	}

	private static WelcomePart welcome() {
		IIntroPart intro = PlatformUI.getWorkbench().getIntroManager().getIntro();
		assertTrue(intro instanceof WelcomePart, "the welcome is Rapport's: " + intro);
		return (WelcomePart) intro;
	}

	/** Clicks the middle of the first word of a link of a page shown as text; where it clicked. */
	private Point clickLink(PageViewer page, String label) {
		assertFalse(page.usesBrowser(), "the tests run with -Drapport.help.browser=none");
		robot.waitFor("the page shows the link " + label, () -> page.showLink(label));
		// measured again once the page has its size and has scrolled the link into view
		robot.flush();
		Rectangle bounds = page.showLink(label);
		Control text = Widgets.findById(page.getControl(), HelpIds.PAGE, Control.class);
		assertNotNull(text, "the page is shown as text");
		Point local = text.toControl(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		robot.click(text, local.x, local.y);
		return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
	}
}
