/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingGoal;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.agenda.AgendaIds;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * The "Networking Plan" perspective as Window &gt; Reset Perspective leaves it (the layout of a first launch), at the
 * test's window size, with the sample plan: the editor has most of the width and shows all its page tabs, the Agenda
 * is in sight beside the Contacts view, the Properties view is not in the layout, and every cell of the views' lists
 * that shows only part of its text has a tooltip with the whole text.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DefaultLayoutTest {

	/** Pixels a cell needs besides its text: the margins GTK draws around it. */
	private static final int CELL_MARGINS = 12;
	private static final int ROWS_CHECKED = 40;
	/** Where a JFace viewer column keeps itself on its widget (ViewerColumn.COLUMN_VIEWER_KEY, not public). */
	private static final String COLUMN_VIEWER_KEY = "org.eclipse.jface.columnViewer";

	private final Robot robot = Robot.current();

	@Test
	void afterResetPerspectiveTheEditorHasMostOfTheWidthTheAgendaIsInSightAndNothingIsCutWithoutATooltip() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		IWorkbenchPage page = Workbench.page();
		page.showView(IPageLayout.ID_PROP_SHEET);
		resetPerspective();
		robot.waitUntil("the Properties view is closed by the reset",
				() -> page.findViewReference(IPageLayout.ID_PROP_SHEET) == null);
		page.activate(editor);
		robot.flush();
		robot.screenshot(Workbench.screenshotFolder().resolve("DefaultLayout.png"));

		Shell shell = Workbench.shell();
		Rectangle window = shell.getClientArea();
		CTabItem editorTab = Workbench.editorTab(editor);
		Rectangle editorArea = editorTab.getParent().getBounds();
		assertTrue(editorArea.width * 2 > window.width, "the editor has most of the width: " + editorArea.width + " of "
				+ window.width);

		for (String id : List.of(UiIds.VIEW_CONTACTS, AgendaIds.VIEW, UiIds.VIEW_SCORECARD)) {
			IViewPart view = page.findView(id);
			assertNotNull(view, id + " is in the layout");
			assertTrue(page.isPartVisible(view), id + " is in sight, not behind another tab");
		}
		assertNull(page.findViewReference(IPageLayout.ID_PROP_SHEET), "the Properties view is not in the default layout");

		CTabFolder pages = Workbench.pageTabs(editor);
		List<String> hidden = new ArrayList<>();
		for (CTabItem tab : pages.getItems()) {
			if (!tab.isShowing()) {
				hidden.add(tab.getText());
			}
		}
		assertEquals(List.of(), hidden, "every page tab shows, none behind the chevron (folder "
				+ pages.getBounds().width + " px wide)");

		List<String> cut = new ArrayList<>();
		cut.addAll(cutWithoutTooltip(robot.showingById(shell, UiIds.VIEW_CONTACTS_TABLE, Table.class)));
		cut.addAll(cutWithoutTooltip(robot.showingById(shell, AgendaIds.TREE, Tree.class)));
		cut.addAll(cutWithoutTooltip(robot.showingById(shell, UiIds.SCORECARD_FINDINGS, Table.class)));
		assertEquals(List.of(), cut, "cells cut off without a tooltip");
	}

	/**
	 * The Properties view, when the user shows it, reads as the forms do: a goal's progress as a percentage, the days
	 * since a contact as words, a contact's cadence of 0 as their tier's.
	 */
	@Test
	void thePropertiesViewShowsReadableValues() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		IWorkbenchPage page = Workbench.page();
		PropertySheet sheet = Workbench.propertiesView();
		try {
			NetworkingGoal goal = editor.getPlan().getGoals().get(0);
			editor.select(goal);
			String percent = NumberFormat.getPercentInstance().format(goal.getProgress());
			robot.waitUntil("the goal's progress reads " + percent + " (" + Workbench.propertiesShown(sheet) + ")",
					() -> percent.equals(Workbench.propertyValue(sheet, "Progress")));

			Contact contact = editor.getPlan().getContacts().stream()
					.filter(c -> c.getCadenceDays() == 0 && c.getDaysSinceContact() > 1).findFirst().orElseThrow();
			editor.showContact(contact);
			String days = contact.getDaysSinceContact() + " days ago";
			robot.waitUntil("the days since " + contact.getFullName() + " read '" + days + "' ("
					+ Workbench.propertiesShown(sheet) + ")", () -> days.equals(Workbench.propertyValue(sheet, "Days Since Contact")));
			assertEquals("as their tier", Workbench.propertyValue(sheet, "Cadence Days"));
		} finally {
			page.hideView(sheet);
		}
	}

	private void resetPerspective() {
		ShellWatcher question = robot.onShell("Reset Perspective asks first", s -> "Reset Perspective".equals(s.getText()),
				s -> robot.click(InterchangeUi.button(s, "Reset Perspective")));
		InterchangeUi.choose(InterchangeUi.menuItem("Window", "Reset Perspective..."));
		question.await(Duration.ofSeconds(20));
		robot.waitUntil("the question closed", () -> question.shell().isDisposed());
	}

	/**
	 * The cells of the first rows in view whose text is wider than the part of their column in view, and whose column
	 * gives no tooltip with that text.
	 */
	private static List<String> cutWithoutTooltip(Scrollable list) {
		List<String> cut = new ArrayList<>();
		Rectangle area = list.getClientArea();
		List<Item> rows = rows(list);
		GC gc = new GC(list);
		try {
			for (Item row : rows) {
				for (int column = 0; column < columnCount(list); column++) {
					String text = text(row, column);
					Rectangle cell = bounds(row, column);
					// a row below the view, or a column right of it, is scrolled to (the list has scroll bars), not cut
					if (text.isEmpty() || cell.y + cell.height > area.y + area.height || cell.x >= area.x + area.width) {
						continue;
					}
					Image image = image(row, column);
					int needed = gc.textExtent(text).x + (image == null ? 0 : image.getBounds().width) + CELL_MARGINS;
					int shown = Math.max(0, Math.min(cell.x + cell.width, area.x + area.width) - Math.max(cell.x, area.x));
					if (needed > shown && !tooltipHas(list, column, row.getData(), text)) {
						cut.add(Widgets.describe(list) + " column " + column + ": '" + text + "' needs " + needed + " px, "
								+ shown + " in view");
					}
				}
			}
		} finally {
			gc.dispose();
		}
		return cut;
	}

	private static boolean tooltipHas(Control list, int column, Object element, String text) {
		Widget header = list instanceof Table table ? table.getColumn(column) : ((Tree) list).getColumn(column);
		Object viewerColumn = header.getData(COLUMN_VIEWER_KEY);
		if (!(viewerColumn instanceof ViewerColumn vc) || element == null) {
			return false;
		}
		ColumnViewer viewer = vc.getViewer();
		CellLabelProvider provider = viewer.getLabelProvider(column);
		String tip = provider instanceof ColumnLabelProvider labels ? labels.getToolTipText(element) : null;
		return tip != null && tip.replaceAll("\\s+", " ").contains(text.replaceAll("\\s+", " "));
	}

	private static List<Item> rows(Scrollable list) {
		List<Item> rows = new ArrayList<>();
		if (list instanceof Table table) {
			for (int i = table.getTopIndex(); i < Math.min(table.getItemCount(), table.getTopIndex() + ROWS_CHECKED); i++) {
				rows.add(table.getItem(i));
			}
		} else {
			for (TreeItem item : Widgets.allItems((Tree) list)) {
				if (rows.size() < ROWS_CHECKED) {
					rows.add(item);
				}
			}
		}
		return rows;
	}

	private static int columnCount(Scrollable list) {
		return list instanceof Table table ? table.getColumnCount() : ((Tree) list).getColumnCount();
	}

	private static String text(Item row, int column) {
		String text = row instanceof TableItem item ? item.getText(column) : ((TreeItem) row).getText(column);
		return text == null ? "" : text;
	}

	private static Image image(Item row, int column) {
		return row instanceof TableItem item ? item.getImage(column) : ((TreeItem) row).getImage(column);
	}

	private static Rectangle bounds(Item row, int column) {
		return row instanceof TableItem item ? item.getBounds(column) : ((TreeItem) row).getBounds(column);
	}
}
