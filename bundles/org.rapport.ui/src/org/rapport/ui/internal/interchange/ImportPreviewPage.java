/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportRow;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;

/**
 * The second page of the import: what the import would do with every row of the file (new, update,
 * duplicate, rejected and why, with its line), the counts, and a check box per row to leave it out. The
 * table is virtual, so files of thousands of rows show at once.
 */
final class ImportPreviewPage extends WizardPage {

	static final int COLUMN_LINE = 0;
	static final int COLUMN_STATUS = 1;
	static final int COLUMN_NAME = 2;
	static final int COLUMN_WHAT = 3;

	/** Ticks in quick succession are applied together, after the user paused this long. */
	private static final int UPDATE_DELAY_MILLIS = 150;

	private ImportSelection selection;
	private Label source;
	private Label summary;
	private Table table;
	private Text details;
	private boolean updatePending;
	private final Runnable delayedUpdate = this::applyPendingUpdate;

	ImportPreviewPage() {
		super("preview"); //$NON-NLS-1$
		setTitle(Messages.Preview_title);
		setDescription(Messages.Preview_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);

		source = new Label(composite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(source);
		summary = new Label(composite, SWT.WRAP);
		summary.setData(UiIds.KEY, InterchangeIds.PREVIEW_SUMMARY);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(summary);

		table = new Table(composite, SWT.VIRTUAL | SWT.CHECK | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(UiIds.KEY, InterchangeIds.PREVIEW_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.Preview_columnLine, 60, SWT.RIGHT);
		column(Messages.Preview_columnStatus, 90, SWT.LEFT);
		column(Messages.Preview_columnName, 170, SWT.LEFT);
		column(Messages.Preview_columnWhat, 520, SWT.LEFT);
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 260).applyTo(table);
		table.addListener(SWT.SetData, this::fill);
		table.addListener(SWT.Selection, this::selected);

		Composite buttons = new Composite(composite, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.Preview_selectAll, InterchangeIds.PREVIEW_INCLUDE_ALL, false);
		button(buttons, Messages.Preview_deselectAll, InterchangeIds.PREVIEW_LEAVE_ALL_OUT, true);

		Label detailsLabel = new Label(composite, SWT.NONE);
		detailsLabel.setText(Messages.Preview_details);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(detailsLabel);
		details = new Text(composite, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		details.setData(UiIds.KEY, InterchangeIds.PREVIEW_DETAILS);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 60).applyTo(details);
		setControl(composite);
	}

	private void column(String text, int width, int alignment) {
		TableColumn column = new TableColumn(table, alignment);
		column.setText(text);
		column.setWidth(width);
	}

	private void button(Composite parent, String text, String id, boolean skip) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(UiIds.KEY, id);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> {
			if (selection != null) {
				selection.setAllSkipped(skip);
				scheduleUpdate();
			}
		});
	}

	/** Shows the preview of a file just read; every row that can be imported is ticked. */
	void setPreview(ImportPreview preview) {
		selection = new ImportSelection(preview);
		source.setText(NLS.bind(Messages.Preview_source, preview.getParsed().sourceName(),
				RapportLabels.text(preview.getPlan())));
		table.setItemCount(0);
		table.setItemCount(preview.getRows().size());
		details.setText(Messages.Preview_detailsHint);
		showSummary();
		((Composite) getControl()).layout(true, true);
	}

	/** Forgets the preview (the file, format or plan changed). */
	void clear() {
		selection = null;
		cancelPendingUpdate();
		if (table != null) {
			table.setItemCount(0);
		}
		setPageComplete(false);
	}

	ImportSelection getSelection() {
		return selection;
	}

	/** The preview Finish applies, with every tick taken into account. */
	ImportPreview currentPreview() {
		applyPendingUpdate();
		return selection == null ? null : selection.current();
	}

	private void fill(Event event) {
		TableItem item = (TableItem) event.item;
		int index = table.indexOf(item);
		if (selection == null || index < 0 || index >= selection.rows().size()) {
			return;
		}
		ImportRow row = selection.rows().get(index);
		ImportRow now = selection.effective(row);
		item.setData(row);
		item.setChecked(now != null && ImportSelection.isSkippable(row));
		item.setText(COLUMN_LINE, Integer.toString(row.getLine()));
		item.setText(COLUMN_STATUS, statusText(now));
		item.setText(COLUMN_NAME, (now == null ? row : now).getDisplayName());
		item.setText(COLUMN_WHAT, now == null ? NLS.bind(Messages.Preview_skippedMessage, row.getMessage()) : now.getMessage());
		Color color = null;
		if (now == null) {
			color = table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
		} else if (now.getStatus() == ImportStatus.REJECTED) {
			color = JFaceColors.getErrorText(table.getDisplay());
		}
		item.setForeground(color);
	}

	/** The user ticked or unticked a row, or selected one to read its details. */
	private void selected(Event event) {
		if (!(event.item instanceof TableItem item) || !(item.getData() instanceof ImportRow row)) {
			return;
		}
		if (event.detail == SWT.CHECK) {
			if (!ImportSelection.isSkippable(row)) {
				// a rejected row cannot be imported: its box stays empty
				item.setChecked(false);
				return;
			}
			selection.setSkipped(row, !item.getChecked());
			scheduleUpdate();
		}
		showDetails(row);
	}

	private void showDetails(ImportRow row) {
		ImportRow now = selection.effective(row);
		String text = now == null ? NLS.bind(Messages.Preview_skippedMessage, row.getMessage()) : now.getMessage();
		details.setText(NLS.bind(Messages.Preview_detailsText, statusText(now), text));
	}

	/** The status column's text for what the import does with a row now ({@code null}: left out). */
	private static String statusText(ImportRow now) {
		if (now == null) {
			return Messages.Preview_statusSkipped;
		}
		switch (now.getStatus()) {
		case NEW:
			return Messages.Preview_statusNew;
		case UPDATE:
			return Messages.Preview_statusUpdate;
		case DUPLICATE:
			return Messages.Preview_statusDuplicate;
		case REJECTED:
		default:
			return Messages.Preview_statusRejected;
		}
	}

	private void scheduleUpdate() {
		setPageComplete(false);
		if (!updatePending) {
			updatePending = true;
			table.getDisplay().timerExec(UPDATE_DELAY_MILLIS, delayedUpdate);
		}
	}

	private void cancelPendingUpdate() {
		if (updatePending && table != null && !table.isDisposed()) {
			table.getDisplay().timerExec(-1, delayedUpdate);
		}
		updatePending = false;
	}

	private void applyPendingUpdate() {
		if (!updatePending) {
			return;
		}
		cancelPendingUpdate();
		if (selection == null || table.isDisposed()) {
			return;
		}
		selection.update();
		// statuses of other rows may change with a tick ("also on line 3" becomes new): refill every row
		table.clearAll();
		int index = table.getSelectionIndex();
		if (index >= 0) {
			showDetails(selection.rows().get(index));
		}
		showSummary();
	}

	private void showSummary() {
		ImportPreview current = selection.current();
		summary.setText(selection.summary());
		boolean changes = current.hasChanges();
		// the file's warnings (not UTF-8...) stay shown; that nothing would change is said too, as Finish is off
		List<String> messages = new ArrayList<>(current.getParsed().warnings());
		if (!changes) {
			messages.add(Messages.Preview_nothingToImport);
		}
		setMessage(messages.isEmpty() ? null : String.join(" ", messages), IMessageProvider.WARNING); //$NON-NLS-1$
		setPageComplete(changes);
		summary.getParent().layout(new org.eclipse.swt.widgets.Control[] { summary });
	}
}
